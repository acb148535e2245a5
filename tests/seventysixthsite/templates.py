"""The Cloudflare-optimised markup of the copy: minified pages, Rocket Loader, email
obfuscation, Mirage images, the beacon and the browser-check interstitial."""

from __future__ import annotations

import hashlib
import json
from html import escape
from typing import Any

from tests.copykit.catalogue import Response
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, cut_at_word

ROBOTS = b"User-agent: *\nDisallow: /cdn-cgi/\nDisallow: /search\nDisallow: /personal/\n"
RL = "a1b2c3-text/javascript"  # Rocket Loader's rewritten script type
CT = "text/html; charset=UTF-8"


def _h(text: str) -> str:
    return escape(text, quote=False)


def _ray(target: str) -> str:
    return hashlib.sha1(target.encode()).hexdigest()[:16]


def cf_headers(target: str) -> dict[str, str]:
    """What Cloudflare adds to every answer: its server name, the ray id, the bot cookie."""
    ray = _ray(target)
    return {"Server": "cloudflare", "CF-RAY": f"{ray}-ALA", "cf-cache-status": "DYNAMIC",
            "Set-Cookie": f"__cf_bm={ray}{ray}.1733100000-1.0.1.1; path=/; "
                          "expires=Mon, 02-Dec-24 04:00:00 GMT; domain=.ic24.kz; HttpOnly; "
                          "Secure; SameSite=None"}


def cf_email(address: str) -> str:
    """The address as Cloudflare's email obfuscation writes it (key byte, then XOR-ed bytes)."""
    key = 0x5A
    code = f"{key:02x}" + "".join(f"{ord(c) ^ key:02x}" for c in address)
    return (f'<a href="/cdn-cgi/l/email-protection#{code}" class=__cf_email__ '
            f'data-cfemail={code}>[email&#160;protected]</a>')


def _month(lang: str, month: int) -> str:
    return {"ru": RU_MONTHS, "en": EN_MONTHS, "kk": KK_MONTHS}[lang][month - 1]


def info_date(art: Any) -> str:
    """The info line's date: ``20 Апреля 2023`` / ``2 August 2021`` (``numdate``:
    ``20.04.2023`` / ``August 2, 2021``)."""
    d = art.day
    if art.dev == "numdate":
        return f"{_month('en', d.month)} {d.day}, {d.year}" if art.lang == "en" \
            else d.strftime("%d.%m.%Y")
    return f"{d.day} {_month(art.lang, d.month).capitalize()} {d.year}"


def listing_date(art: Any) -> str:
    return f"{art.day.day} {RU_MONTHS[art.day.month - 1].capitalize()} {art.day.year}"


def _scripts_head(title: str) -> str:
    return (f'<script type={RL}>window.dataLayer=window.dataLayer||[];'
            f'function gtag(){{dataLayer.push(arguments)}}gtag("js",new Date());'
            f'gtag("config","G-IC24KZ01");</script>'
            f'<script type={RL} src="https://www.googletagmanager.com/gtag/js?id=G-IC24KZ01" '
            f'async></script>'
            f'<script type={RL}>var pageTitle={json.dumps(title, ensure_ascii=False)};</script>')


def _scripts_tail(target: str) -> str:
    beacon = json.dumps({"rayId": _ray(target), "version": "2024.11.0", "r": 1,
                         "token": "3f1c0d2b8e7a4c6f9b0e1d2c3a4b5c6d",
                         "server_timing": {"name": {"cfL4": True}}}, separators=(",", ":"))
    return (f'<script type={RL}>(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{'
            f'(m[i].a=m[i].a||[]).push(arguments)}};}})(window,document,"script",'
            f'"https://mc.yandex.ru/metrika/tag.js","ym");ym(48112233,"init",{{}});</script>'
            f'<noscript><div><img src="https://mc.yandex.ru/watch/48112233" '
            f'style="position:absolute;left:-9999px" alt></div></noscript>'
            f'<script src="/cdn-cgi/scripts/7d0fa10a/cloudflare-static/rocket-loader.min.js" '
            f'data-cf-settings="a1b2c3-|49" defer></script>'
            '<script defer src="https://static.cloudflareinsights.com/beacon.min.js/'
            'v84a3a4012de8" '
            f"integrity=sha512-euoFGowhlaLqXsPWQ48qSkBSCFs3DPRyiwVu3FjR96cMPx+Fr+gpWRhIafcHwqwCqWS42"
            f" data-cf-beacon='{beacon}' crossorigin=anonymous></script>")


def _head(title: str, canonical: str, desc: str, image: str | None) -> str:
    og = f'<meta property=og:image content="{image}">' if image else ""
    return (f'<!DOCTYPE html><html lang=ru><head><meta charset=UTF-8>'
            f'<meta name=viewport content="width=device-width,initial-scale=1">'
            f'<title>{_h(title)} | Центр информации</title>'
            f'<meta name=description content="{escape(desc)}">'
            f'<meta property=og:title content="{escape(title)}">'
            f'<meta property=og:type content=article>{og}'
            f'<link rel=canonical href="{canonical}">'
            f'<link rel=stylesheet href="/local/templates/ic24/css/style.min.css?v=1701">'
            f'{_scripts_head(title)}</head>')


def _top() -> str:
    return ('<body><div id=cookie-notice class=cookie>Мы используем файлы cookie, чтобы сайт '
            'работал лучше. Оставаясь на сайте, вы соглашаетесь с этим. '
            '<button type=button class=cookie__ok>Принять</button></div>'
            '<header class=header><div class=currency><ul><li>• USD/KZT <b>0.0</b>'
            '<li>• EUR/KZT <b>0.0</b><li>• RUB/KZT <b>0.0</b><li>• CNY/KZT <b>0.0</b></ul></div>'
            '<a class=logo href="/"><img src="/local/templates/ic24/img/logo.svg" '
            'alt="Центр информации"></a><nav class=menu><ul><li><a href="/novosti">Новости</a>'
            '<li><a href="/novosti/obshchestvo">Общество</a><li><a href="/novosti/ekonomika">'
            'Экономика</a><li><a href="/novosti/proisshestviya">Происшествия</a></ul></nav>'
            '<form class=search action="/search" method=get><input type=text name=q '
            'placeholder="Поиск по сайту"><button type=submit>Найти</button></form></header>')


def _aside(exclude: int) -> str:
    from tests.seventysixthsite import site
    top = sorted((a for a in site.build() if a.views and a.num != exclude),
                 key=lambda a: -(a.views or 0))[:5]
    items = "".join(f'<li><a href="{a.path}">{_h(a.title)}</a><span class=eye>{a.views}</span>'
                    for a in top)
    return ('<aside class=sidebar><div class=adv><a href="https://ads.ic24.kz/click?b=17" '
            'rel=nofollow target=_blank><img data-cfsrc="/upload/rk/240x400_bank.gif" '
            'width=240 height=400 alt=Реклама style="display:none;visibility:hidden;">'
            '<noscript><img src="/upload/rk/240x400_bank.gif" width=240 height=400 alt=Реклама>'
            f'</noscript></a></div><div class=popular><h3>Самое читаемое</h3><ol>{items}</ol>'
            '</div></aside>')


def _footer() -> str:
    return ('<footer class=footer><div class=contacts>Центр информации, г. Алматы, '
            'ул. Жандосова, 58, офис 12. Тел.: +7 (727) 355-00-12. E-mail: '
            f'{cf_email("info@ic24.kz")}</div><div class=counters>'
            '<a href="https://www.liveinternet.ru/click" target=_blank><img '
            'src="https://counter.yadro.ru/hit?t44.6" width=31 height=31 alt></a></div>'
            '<p class=copy>© 2012–2026 Центр информации. При использовании материалов ссылка '
            'на ic24.kz обязательна.</footer>')


def _page(title: str, canonical: str, desc: str, image: str | None, main: str, exclude: int,
          target: str) -> bytes:
    return (_head(title, canonical, desc, image) + _top()
            + f'<div class=wrap><main class=content>{main}</main>{_aside(exclude)}</div>'
            + _footer() + _scripts_tail(target) + "</body></html>").encode("utf-8")


def _photo(art: Any, base: str) -> str:
    out = []
    for k, path in enumerate(art.image_paths()):
        alt = escape(art.title)
        credit = ""
        if k == 0 and art.photo_credit:
            credit = (f"<figcaption>{_h(art.title)}. Фото:{_h(art.photo_credit)}</figcaption>"
                      if art.dev == "caption"
                      else f"<div class=photo_author>Фото:{_h(art.photo_credit)}</div>")
        out.append(f'<figure class=news_img><img data-cfsrc="{path}" alt="{alt}" '
                   f'style="display:none;visibility:hidden;"><noscript><img src="{path}" '
                   f'alt="{alt}"></noscript>{credit}</figure>')
    return "".join(out)


def _info(art: Any) -> str:
    parts = [f"<span class=date>{info_date(art)}</span>"]
    if art.views is not None:
        parts.append(f"<span class=views>{art.views}</span>")
    if art.category:
        parts.append(f'<a class=cat href="/novosti/{art.category.lower()}">{_h(art.category)}</a>')
    if art.tags:
        tags = ", ".join(f'<a href="/tag/{escape(t.lower())}">{_h(t)}</a>' for t in art.tags)
        parts.append(f"<span class=tags>{tags}</span>")
    return f"<div class=info>{' '.join(parts)}</div>"


def _paragraphs(art: Any) -> str:
    raw = list(art.raw_paragraphs or art.paragraphs)
    out = []
    for k, para in enumerate(raw):
        text = _h(para)
        if art.email and k == len(raw) - 1:
            text = text.replace(art.email, cf_email(art.email))
        if k == 0 and art.place:
            text = f"<strong>{_h(art.dateline())}</strong>{text}"
        out.append(f"<p>{text}")
        if art.dev == "nbsp" and k in (0, len(raw) - 2):
            out.append("<p>&nbsp;")
    if art.source and art.source_line:
        out.append(f"<p class=source>Источник: {_h(art.source)}")
    return "".join(out)


def _latest(art: Any) -> str:
    from tests.seventysixthsite import site
    others = [a for a in site.build() if a.num != art.num][:12]
    items = "".join(f"<li><span class=lang>{a.lang if a.lang != 'kk' else 'ru'}</span>"
                    f'<a href="{a.path}">{_h(cut_at_word(a.title, 60))}</a>' for a in others)
    return f"<div class=last_news><div class=ttl>Последние новости</div><ul>{items}</ul></div>"


def _share(url: str) -> str:
    return ('<div class=share>Поделиться: '
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={url}" target=_blank>'
            'Facebook</a> '
            f'<a href="https://t.me/share/url?url={url}" target=_blank>Telegram</a> '
            f'<a href="https://api.whatsapp.com/send?text={url}" target=_blank>WhatsApp</a></div>')


def article(art: Any, base: str) -> Response:
    url = base + art.path
    shown = art.title.replace(" ", " \u200b", 2) if art.dev == "zwsp" else art.title
    main = (f'<div class=breadcrumbs><a href="/">Главная</a> / <a href="/novosti">Новости</a>'
            f'</div><article class=news_detail><h1 class=news_title>{_h(shown)}</h1>'
            f'{_photo(art, base)}{_info(art)}<div class=news_body>{_paragraphs(art)}</div>'
            f'{_share(url)}</article>{_latest(art)}')
    images = art.image_paths()
    body = _page(art.title, url, art.paragraphs[0][:150], base + images[0] if images else None,
                 main, art.num, art.path)
    return 200, {"Content-Type": CT}, body


def _listing_path(n: int) -> str:
    return "/novosti" if n == 1 else f"/novosti?page={n}"


def listing(page: int, base: str) -> Response:
    from tests.seventysixthsite import site
    items = []
    for a in site.page_items(page):
        thumb = (f'<img data-cfsrc="/upload/resize_cache/{a.num}_300x200.jpg" alt '
                 'style="display:none;visibility:hidden;">' if a.images else "")
        items.append(f"<div class=news_item>{thumb}<div class=news_text>"
                     f'<a href="{a.path}">{_h(a.title)}</a><p>{listing_date(a)}</div></div>')
    count = site.page_count()
    pager = "".join(f'<a href="{_listing_path(n)}">{n}</a>' if n != page
                    else f"<span class=cur>{n}</span>" for n in range(1, count + 1))
    if page < count:
        pager += f'<a class=next href="/novosti?page={page + 1}">Следующая</a>'
    main = f"<h1>Новости</h1><div class=news_list>{''.join(items)}</div>" \
           f"<div class=pagination>{pager}</div>"
    target = "/novosti" + (f"?page={page}" if page > 1 else "")
    return 200, {"Content-Type": CT}, _page("Новости", base + target, "Новости Казахстана",
                                            None, main, 0, target)


def not_found() -> bytes:
    return _page("Страница не найдена", "/404", "404", None,
                 "<h1>404</h1><p>Страница не найдена.", 0, "/404")


def challenge(target: str, host: str) -> bytes:
    """Cloudflare's "Checking your browser" interstitial for ``target``."""
    ray = _ray(target)
    return ('<!DOCTYPE html><html lang=en-US><head><title>Just a moment...</title>'
            '<meta http-equiv=refresh content=5><meta name=robots content="noindex,nofollow">'
            '<link rel=stylesheet href="/cdn-cgi/styles/challenges.css"></head><body>'
            '<div class=main-wrapper role=main><div class=main-content>'
            f'<h1 class=zone-name-title>{escape(host)}</h1>'
            '<h2 class=h2 id=challenge-running>Checking if the site connection is secure</h2>'
            '<div id=challenge-body-text>Checking your browser before accessing ic24.kz. '
            'ic24.kz needs to review the security of your connection before proceeding.</div>'
            f'<form id=challenge-form action="{escape(target)}?__cf_chl_f_tk={ray}" '
            'method=POST enctype=application/x-www-form-urlencoded>'
            f'<input type=hidden name=md value={ray}></form></div></div>'
            f'<script>(function(){{window._cf_chl_opt={{cvId:"2",cZone:"ic24.kz",'
            f'cType:"managed",cRay:"{ray}"}};var cpo=document.createElement("script");'
            f'cpo.src="/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray={ray}";'
            'document.getElementsByTagName("head")[0].appendChild(cpo);}());</script>'
            f'<div class=footer>Ray ID: <code>{ray}</code> Performance &amp; security by '
            'Cloudflare</div></body></html>').encode()

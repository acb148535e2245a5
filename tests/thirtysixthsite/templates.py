"""The thirty-sixth copy's markup: one article template whose photos come in every form.

The lead photo: a lazy ``data-src``/``data-lazy-src``/``data-original`` behind a 1x1 placeholder,
``srcset`` with width descriptors, ``<picture>`` with WebP sources, ``<noscript>`` only, a CSS
``background-image`` on a protocol-relative CDN, WordPress ``-300x200`` sizes, ``?w=`` and
``/resize/WxH/`` variants, a relative ``../`` path. Credits as ``Фото: X``, ``Фото:X``, in the
caption, ``© X`` and a CSS ``attr(data-credit)``. Around the text: logos, avatars, share icons,
a banner, a counter, a tracking pixel, emoji, and thumbnails of other articles.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from tests.copykit.catalogue import MONTHS, Response
from tests.thirtysixthsite.site import CDN, LISTING, Article, page_count, page_items

GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
LABEL = {"ru": "Фото", "en": "Photo", "kk": "Суреттер"}
CAPTIONS = {"ru": ["Во время церемонии открытия", "Участники встречи", "Вид на объект"],
            "en": ["During the opening ceremony", "Participants of the meeting"],
            "kk": ["Ашылу салтанатында", "Кездесу қатысушылары"]}
ENLARGE = {"ru": "Нажмите, чтобы увеличить", "en": "Click to enlarge",
           "kk": "Үлкейту үшін басыңыз"}
PROMO = {"ru": "Подписывайтесь на наш Telegram-канал", "en": "Follow us on Telegram",
         "kk": "Telegram-арнамызға жазылыңыз"}
READ_ALSO = {"ru": "Читайте также", "en": "Read also", "kk": "Сондай-ақ оқыңыз"}
HTML = "text/html; charset=utf-8"
e = html.escape


def resized(ref: str, w: int, h: int) -> str:
    """The CMS resizer's URL of ``ref`` (on the CDN when ``ref`` is there)."""
    if ref.startswith(CDN):
        return f"{CDN}/resize/{w}x{h}{ref[len(CDN):]}"
    return f"/resize/{w}x{h}{ref}"


def wp_size(ref: str, w: int, h: int) -> str:
    stem, _, ext = ref.rpartition(".")
    return f"{stem}-{w}x{h}.{ext}"


def caption(a: Article, k: int) -> str:
    pool = CAPTIONS[a.lang]
    return pool[(a.num + k) % len(pool)]


def _lead_img(a: Article) -> str:
    full, alt = a.photo(1), e(a.title)
    author = f' data-author="{e(a.photo_credit)}"' if a.photo_credit else ""
    kinds: dict[str, Callable[[], str]] = {
        "data-src": lambda: f'<img class="lazyload" src="{GIF}" data-src="{full}" alt="{alt}" '
        f'width="1200" height="800"{author}><noscript><img src="{full}" alt="{alt}"></noscript>',
        "data-lazy-src": lambda: f'<img src="/static/img/blank.gif" data-lazy-src="{full}" '
        f'data-lazy-srcset="{wp_size(full, 300, 200)} 300w, {full} 1200w" alt="{alt}">',
        "data-original": lambda: f'<img class="lazy" src="/static/img/1x1.gif" '
        f'data-original="{full}" alt="{alt}">',
        "srcset": lambda: f'<img loading="lazy" src="{resized(full, 300, 200)}" srcset="'
        f'{resized(full, 300, 200)} 300w, {resized(full, 800, 600)} 800w, {full} 1600w" '
        f'sizes="(max-width: 800px) 100vw, 800px" alt="{alt}">',
        "picture": lambda: f'<picture><source type="image/webp" srcset="{full[:-4]}.webp 1x, '
        f'{full[:-4]}@2x.webp 2x"><source type="image/jpeg" srcset="{full}">'
        f'<img src="{full}" alt="{alt}" loading="lazy"></picture>',
        "noscript": lambda: f'<div class="js-lazy" data-ph="1"></div><noscript><img '
        f'src="{full}" alt="{alt}"></noscript>',
        "background": lambda: f'<div class="lead-bg" role="img" aria-label="{alt}" '
        f"style=\"background-image:url('{full}');height:420px;background-size:cover\"></div>",
        "wp-sizes": lambda: f'<a href="{full}" class="lightbox"><img class="wp-post-image" '
        f'src="{wp_size(full, 768, 512)}" srcset="{wp_size(full, 300, 200)} 300w, '
        f'{wp_size(full, 768, 512)} 768w, {wp_size(full, 1024, 683)} 1024w" alt="{alt}"></a>',
        "query": lambda: f'<img src="{full}?w=800&amp;q=75" data-full="{full}" '
        f'srcset="{full}?w=400 400w, {full}?w=800 800w" alt="{alt}">',
        "relative": lambda: f'<img src="..{full}" alt="{alt}">',
        "cdn-resize": lambda: f'<img class="lazy" src="{resized(full, 800, 600)}" '
        f'data-srcset="{resized(full, 400, 300)} 400w, {resized(full, 800, 600)} 800w" '
        f'data-full="{full}" alt="{alt}">',
    }
    return kinds[str(a.lead)]()


def lead_block(a: Article) -> str:
    if not a.lead:
        return ""
    img, credit, label = _lead_img(a), a.photo_credit, LABEL[a.lang]
    form = a.credit_form
    if form == "figcaption":
        tail = f" {label}: {e(credit)}" if credit else ""
        return (f'<figure class="lead">{img}<figcaption>{e(caption(a, 1))}.{tail}'
                "</figcaption></figure>")
    if form == "css-attr" and credit:
        return f'<figure class="lead ph" data-credit="{label}: {e(credit)}">{img}</figure>'
    line = {"span": f'<div class="photo-credit">{label}: {e(credit or "")}</div>',
            "nospace": f'<div class="photo-credit">{label}:{e(credit or "")}</div>',
            "copyright": f'<div class="copyright">© {e(credit or "")}</div>'}.get(form, "")
    return f'<div class="lead">{img}</div>' + (line if credit else "")


def inline_block(a: Article) -> str:
    full, cap = a.photo(2), e(caption(a, 2))
    return {
        "figure": f'<figure class="wp-block-image"><img loading="lazy" '
        f'src="{wp_size(full, 1024, 683)}" srcset="{wp_size(full, 300, 200)} 300w, '
        f'{wp_size(full, 1024, 683)} 1024w, {full} 1600w" alt=""><figcaption>{cap}</figcaption>'
        "</figure>",
        "wp-caption": f'<div class="wp-caption aligncenter" style="width: 310px"><a href="{full}">'
        f'<img class="size-medium" src="{wp_size(full, 300, 200)}" width="300" height="200" '
        f'alt=""></a><p class="wp-caption-text">{cap}</p></div>',
        "line": f'<p style="text-align: center;"><img src="{full}" width="800" alt=""></p>'
        f'<p style="text-align: center;"><em>{cap}</em></p>',
        "alt-only": f'<p><img src="{full}" alt="{cap}" title="{cap}"></p>',
    }[str(a.inline)]


def infographic_block(a: Article) -> str:
    return (f'<figure class="infographic"><a href="{a.infographic_full()}" target="_blank">'
            f'<img src="/uploads/infographics/ic{a.num}-800.png" alt="Инфографика"></a>'
            f"<figcaption>{ENLARGE[a.lang]}</figcaption></figure>")


def gallery_block(a: Article) -> str:
    refs = [a.photo(10 + k) for k in range(a.gallery_size)]
    if a.gallery == "report":
        slides = "".join(
            f'<div class="swiper-slide"><img class="swiper-lazy" src="{GIF}" data-src="{r}" '
            f'alt=""><div class="swiper-lazy-preloader"></div><p class="slide-count">{k + 1} / '
            f"{len(refs)}</p></div>" for k, r in enumerate(refs))
        thumbs = "".join(f'<div class="swiper-slide"><img src="{resized(r, 120, 80)}" alt=""></div>'
                         for r in refs)
        return (f'<section class="photo-report"><h3>Фоторепортаж</h3><div class="swiper main">'
                f'<div class="swiper-wrapper">{slides}</div></div><div class="swiper thumbs">'
                f'<div class="swiper-wrapper">{thumbs}</div></div></section>')
    items = "".join(
        f'<figure class="gallery-item"><a href="{r}" data-fancybox="gallery"><img '
        f'src="{wp_size(r, 150, 150)}" data-full="{r}" width="150" height="150" alt="">'
        f'</a><figcaption><a href="{a.path}/attachment/ic{a.num}-{10 + k}">{e(caption(a, k))}'
        "</a></figcaption></figure>" for k, r in enumerate(refs))
    box = "".join(f'<img src="{r}" data-full="{r}" alt="">' for r in refs)
    return (f'<div class="gallery" id="gallery-1">{items}</div>'
            f'<a class="gallery-open" href="{a.path}?photo=1#gallery">+{len(refs)}</a>'
            f'<div class="pswp" aria-hidden="true" style="display:none">{box}</div>')


EMBED_TEXT = {"ru": "Сегодня утром на площади собрались сотни горожан", "en":
              "Hundreds of residents gathered on the square this morning",
              "kk": "Бүгін таңертең алаңға жүздеген тұрғын жиналды"}
VIDEO_FALLBACK = "Ваш браузер не поддерживает видео."


def embed_block(a: Article) -> str:
    said = EMBED_TEXT[a.lang]
    frame = '<div class="video-wrap"><iframe src="{}" width="640" height="360" frameborder="0" ' \
            'allowfullscreen></iframe></div>'
    return {
        "youtube": frame.format(f"https://www.youtube.com/embed/dQ{a.num}xYz?rel=0"),
        "vimeo": frame.format(f"https://player.vimeo.com/video/{a.num}7"),
        "vk": frame.format(f"https://vk.com/video_ext.php?oid=-12345&amp;id={a.num}&amp;hash=9f"),
        "rutube": frame.format(f"https://rutube.ru/play/embed/{a.num:x}aa"),
        "video": f'<video controls preload="none" poster="/uploads/video/ic{a.num}-poster.jpg">'
        f'<source src="/uploads/video/ic{a.num}.mp4" type="video/mp4">{VIDEO_FALLBACK}</video>',
        "instagram": f'<blockquote class="instagram-media" data-instgrm-permalink="https://www.'
        f'instagram.com/p/C{a.num}/"><div><a href="https://www.instagram.com/p/C{a.num}/">'
        f'<img src="https://scontent.cdninstagram.com/v/t51/{a.num}_n.jpg" alt=""></a>'
        f"<p>{said}</p><p>Публикация от Akimat (@almaty_akimat)</p></div></blockquote>"
        '<script async src="//www.instagram.com/embed.js"></script>',
        "telegram": f'<script async src="https://telegram.org/js/telegram-widget.js?22" '
        f'data-telegram-post="ic24kz/{a.num}" data-width="100%"></script>'
        f'<noscript><blockquote class="telegram-post">{said}</blockquote></noscript>',
        "x": f'<blockquote class="twitter-tweet"><p lang="{a.lang}" dir="ltr">{said} <a href='
        f'"https://t.co/x{a.num}">pic.twitter.com/x{a.num}</a></p>&mdash; MFA KZ (@MFA_KZ) '
        f'<a href="https://twitter.com/MFA_KZ/status/{a.num}">2023</a></blockquote>'
        '<script async src="https://platform.twitter.com/widgets.js"></script>',
    }[str(a.embed)]


def _day_text(a: Article) -> str:
    month = MONTHS[a.lang][a.day.month - 1]
    month = month.capitalize() if a.lang == "ru" else month
    text = f"{a.day.day} {month} {a.day.year}"
    return text + (f", {a.clock:%H:%M}" if a.clock else "")


def meta_line(a: Article) -> str:
    views = (f'<span class="views"><img src="/static/icons/eye.svg" width="16" alt=""> '
             f"{a.views}</span>" if a.views is not None else "")
    tags = ", ".join(f'<a href="/tag/{k}">{e(t)}</a>' for k, t in enumerate(a.tags))
    return (f'<div class="post-meta"><time>{_day_text(a)}</time> {views} '
            f'<a class="cat" href="/category/{a.num % 6}">{e(str(a.category))}</a> '
            f'<span class="tags">{tags}</span></div>')


def body_block(a: Article) -> str:
    paras = [e(p) for p in (a.raw_paragraphs or a.paragraphs)]
    paras[0] = e(a.dateline()) + paras[0]
    parts = [f"<p>{p}</p>" for p in paras]
    if a.inline:
        parts.insert(1, inline_block(a))
    if a.embed:
        parts.insert(min(3, len(parts)), embed_block(a))
    if a.infographic:
        parts.insert(len(parts) - 1, infographic_block(a))
    if a.gallery:
        parts.append(gallery_block(a))
    if a.promo:
        parts.append('<p class="promo"><img class="emoji" src="https://s.w.org/images/core/'
                     'emoji/15.0.3/72x72/1f4e2.png" alt="📢" draggable="false"> '
                     f'<a href="https://t.me/ic24kz">{PROMO[a.lang]}</a></p>')
    return '<div class="post-body">' + "".join(parts) + "</div>"


def read_also(a: Article) -> str:
    others = [o for o in page_items(1) if o.num != a.num][:3]
    cards = "".join(
        f'<li><a href="{o.path}"><img src="{resized(o.photo(1), 240, 160)}" alt=""> '
        f"{e(o.title)}</a></li>" for o in others)
    return f'<section class="read-also"><h3>{READ_ALSO[a.lang]}</h3><ul>{cards}</ul></section>'


def _head(title: str, extra: str = "", lang: str = "ru") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{e(title)}</title>"
            '<style>.ph::after{content:attr(data-credit);display:block;font-size:12px}'
            ".pswp{display:none}</style>"
            f"{extra}</head><body><header><a href=\"/\"><img class=\"logo\" "
            'src="/static/img/logo.svg" alt="Центр информации"></a><div class="currency">'
            "• USD/KZT 0.0 • EUR/KZT 0.0 • RUB/KZT 0.0 • CNY/KZT 0.0</div>"
            '<img src="https://mc.yandex.ru/watch/87654321" width="1" height="1" alt="" '
            'style="position:absolute;left:-9999px"></header>')


FOOT = ('<footer><img src="/static/img/logo-white.png" alt="ic24.kz"> <a href="//www.'
        'liveinternet.ru/click"><img src="/static/counters/li.gif" width="88" height="31" '
        'alt=""></a> © Центр информации</footer></body></html>')


def article(a: Article, base: str) -> Response:
    og = resized(a.photo(1), 1200, 630) if a.lead else "/static/img/og-default.png"
    og = og if og.startswith("//") else base + og
    stamp = (f'<meta property="article:published_time" content="{a.local.isoformat()}">'
             if a.clock else "")
    head = _head(a.title, f'<meta property="og:image" content="{og}">{stamp}'
                 f'<link rel="canonical" href="{base}{a.path}">', a.lang)
    source = (f'<p class="source">Источник: {e(a.source)}</p>' if a.source_line and a.source
              else "")
    page = (f'{head}<main><article class="post"><h1 class="post-title">{e(a.title)}</h1>'
            f'{lead_block(a)}{meta_line(a)}<div class="post-author"><img class="avatar" '
            'src="/static/avatars/editor-48x48.jpg" width="48" alt=""> <span>Редакция</span>'
            f"</div>{body_block(a)}{source}"
            '<div class="share"><a href="https://vk.com/share.php"><img src="/static/icons/'
            'vk.svg" alt="VK"></a><a href="https://t.me/share"><img src="/static/icons/tg.svg" '
            'alt="Telegram"></a></div><aside class="banner"><a href="https://ads.example.kz/c'
            '?id=7"><img src="/banners/kaspi-728x90.gif" width="728" height="90" alt="Реклама">'
            f"</a></aside>{read_also(a)}</article></main>{FOOT}")
    return 200, {"Content-Type": HTML}, page.encode("utf-8")


def listing(n: int, base: str) -> Response:
    items = "".join(
        f'<div class="news_text"><a href="{a.path}"><img class="lazy" src="{GIF}" '
        f'data-src="{resized(a.photo(1), 360, 240)}" alt=""></a><a href="{a.path}">'
        f"{e(a.title)}</a><p>{a.day.day} {MONTHS['ru'][a.day.month - 1].capitalize()} "
        f"{a.day.year}</p></div>" for a in page_items(n))
    pages = " ".join(f"<span>{k}</span>" if k == n else
                     f'<a href="{LISTING}{f"?page={k}" if k > 1 else ""}">{k}</a>'
                     for k in range(1, page_count() + 1))
    nxt = (f'<a class="next" rel="next" href="{LISTING}?page={n + 1}">Следующая</a>'
           if n < page_count() else "")
    page = (f'{_head("Новости")}<main><h1>Новости</h1>{items}<nav class="pager">{pages} {nxt}'
            f"</nav></main>{FOOT}")
    return 200, {"Content-Type": HTML}, page.encode("utf-8")


def not_found() -> bytes:
    return (_head("404") + "<main><h1>Страница не найдена</h1></main>" + FOOT).encode("utf-8")

"""The fifty-fifth copy's markup: a local studio's own PHP templates (XHTML 1.0, jQuery 1.8).

The page furniture is kept one element a line as the studio's templates print it, so some
lines are longer than the linter's limit."""
# ruff: noqa: E501

from __future__ import annotations

import html
from collections.abc import Sequence

from tests.copykit.catalogue import AGENCY, Response
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, cut_at_word, ru_slug
from tests.fiftyfifthsite import site

HTML_TYPE = "text/html; charset=utf-8"
LABELS = {
    "ru": {"updated": "Обновлено в 14:25", "read": "Читайте также:",
           "src_mid": "Источник данных: Бюро национальной статистики"},
    "en": {"updated": "Updated at 14:25", "read": "Read also:",
           "src_mid": "Data source: Bureau of National Statistics"},
    "kk": {"updated": "Жаңартылды 14:25", "read": "Оқи отырыңыз:",
           "src_mid": "Дерек көзі: Ұлттық статистика бюросы"},
}
COMMENT_FORM = ('<form class="k-forma" action="/ajax/comment.php" method="post">'
                '<input type="text" name="imya" placeholder="Ваше имя" />'
                '<textarea name="tekst"></textarea><input type="hidden" name="nid" value="{num}" />'
                '<input type="submit" value="Отправить" /></form>')


def esc(text: str) -> str:
    """Text as the studio's ``htmlspecialchars`` plus its own «» entities writes it."""
    return html.escape(text, quote=False).replace("«", "&laquo;").replace("»", "&raquo;")


def attr(text: str) -> str:
    """Text inside a double-quoted attribute (``htmlspecialchars`` escapes the quotes)."""
    return html.escape(text, quote=True)


def date_line(art: site.Article) -> str:
    """'20 Апреля 2023', '2 August 2021', '16 Сәуір 2021': the day under the headline."""
    months = {"ru": RU_MONTHS, "en": EN_MONTHS, "kk": KK_MONTHS}[art.lang]
    month = months[art.day.month - 1]
    return f"{art.day.day} {month[:1].upper()}{month[1:]} {art.day.year}"


def spaced(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def _with_homoglyph(text: str, lang: str) -> str:
    """One 'o' of a long word swapped for the other script's look-alike."""
    words = text.split(" ")
    own, other = ("o", "\u043e") if lang == "en" else ("\u043e", "o")
    for k, word in enumerate(words):
        if len(word) >= 5 and own in word[1:]:
            words[k] = word[0] + word[1:].replace(own, other, 1)
            break
    return " ".join(words)


# --------------------------------------------------------------------------- page furniture


def head(title: str, lang: str, base: str, canonical: str = "", extra: str = "") -> str:
    canon = f'<link rel="canonical" href="{canonical}" />\n' if canonical else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{title}</title>
{canon}{extra}<link rel="stylesheet" href="/css/style.css?v=2019" type="text/css" />
<link rel="stylesheet" href="/js/fancybox/jquery.fancybox.css" type="text/css" />
<link rel="stylesheet" href="/bvi/css/bvi.min.css" type="text/css" />
<link rel="shortcut icon" href="/favicon.ico" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/js/jquery.cookie.js"></script>
<script type="text/javascript" src="/js/fancybox/jquery.fancybox.pack.js"></script>
<script type="text/javascript" src="/bvi/js/bvi.min.js"></script>
<script type="text/javascript" src="/js/main.js?v=14"></script>
<!-- Yandex.Metrika counter -->
<script type="text/javascript">
(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};
m[i].l=1*new Date();k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)}})
(window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");
ym(21874512, "init", {{clickmap:true, trackLinks:true, accurateTrackBounce:true, webvisor:true}});
</script>
<noscript><div><img src="https://mc.yandex.ru/watch/21874512" style="position:absolute; left:-9999px;" alt="" /></div></noscript>
<!-- /Yandex.Metrika counter -->
</head>
"""


def top(lang: str) -> str:
    return f"""<body>
<div id="cookie_plashka" style="display:none">Сайт использует файлы cookie. Продолжая работу с сайтом, вы соглашаетесь с этим. <a href="javascript:void(0)" class="cookie_ok">Хорошо</a></div>
<div class="verh">
 <div class="kursy">
  <span class="kurs">&bull; USD/KZT <b id="kurs_usd">0.0</b></span>
  <span class="kurs">&bull; EUR/KZT <b id="kurs_eur">0.0</b></span>
  <span class="kurs">&bull; RUB/KZT <b id="kurs_rub">0.0</b></span>
  <span class="kurs">&bull; CNY/KZT <b id="kurs_cny">0.0</b></span>
 </div>
 <div class="yazyki"><a href="/?lang=kk"{' class="akt"' if lang == "kk" else ""}>Қаз</a> | <a href="/?lang=ru"{' class="akt"' if lang == "ru" else ""}>Рус</a> | <a href="/?lang=en"{' class="akt"' if lang == "en" else ""}>Eng</a></div>
 <a href="#" class="bvi-open" title="Версия сайта для слабовидящих"><img src="/img/glaz.png" alt="" /> Версия для слабовидящих</a>
 <form class="poisk" action="/poisk" method="get"><input type="text" name="q" value="" placeholder="Поиск по сайту" /><input type="submit" value="Найти" /></form>
</div>
<div class="shapka">
 <a href="/" class="logo"><img src="/img/logo.png" alt="Центр информации" /></a>
 <div class="mob-knopka" onclick="$('.menu').slideToggle()">&#9776; Меню</div>
 <ul class="menu">
  <li><a href="/novosti">Новости</a></li><li><a href="/rubrika/obshchestvo">Общество</a></li>
  <li><a href="/rubrika/ekonomika">Экономика</a></li><li><a href="/rubrika/politika">Политика</a></li>
  <li><a href="/rubrika/proisshestviya">Происшествия</a></li><li><a href="/o-nas">О нас</a></li>
  <li><a href="/kontakty">Контакты</a></li>
 </ul>
</div>
<div class="banner_verh"><a href="https://ads.astana-media.kz/click.php?b=112" target="_blank" rel="nofollow"><img src="/banners/top_970x90.gif" width="970" height="90" alt="Реклама" /></a></div>
<div class="kontent">
"""


def most_read(current: int | None = None) -> str:
    """'Самое читаемое': the five most viewed stories, linked by their old ``?id=`` address."""
    arts = sorted((a for a in site.build() if a.views and a.num != current),
                  key=lambda a: -(a.views or 0))[:5]
    items = "\n".join(f' <li class="sc_item"><a href="/news.php?id={a.num}">{esc(a.title)}</a> '
                      f'<span class="vw">{spaced(a.views or 0)}</span></li>' for a in arts)
    return f'<div class="samoe_chitaemoe"><div class="blok_zag">Самое читаемое</div>\n<ul>\n{items}\n</ul></div>\n'


def sidebar(current: int | None = None) -> str:
    return f"""<div class="pravaya_kolonka">
{most_read(current)}<div class="reklama"><a href="https://ads.astana-media.kz/click.php?b=117" target="_blank" rel="nofollow"><img src="/banners/side_240x400.jpg" alt="Реклама" /></a></div>
<div class="soc-seti"><div class="blok_zag">Мы в соцсетях</div>
 <a href="https://www.instagram.com/ic24.kz/" target="_blank">Instagram</a> <a href="https://t.me/ic24kz" target="_blank">Telegram</a> <a href="https://www.facebook.com/ic24kz" target="_blank">Facebook</a>
 <iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fic24kz&amp;tabs=timeline&amp;width=240&amp;height=300" width="240" height="300" style="border:none;overflow:hidden" scrolling="no" frameborder="0"></iframe>
</div>
</div>
"""


def footer() -> str:
    return """</div>
<div class="podval">
 <div class="kontakty">Адрес редакции: г. Алматы, ул. Желтоксан, 115, офис 310. Тел.: +7 (727) 273-10-24. E-mail: info@ic24.kz</div>
 <div class="kopirait">&copy; 2012&ndash;2026 &laquo;Центр информации&raquo;. При использовании материалов гиперссылка на ic24.kz обязательна. 18+</div>
 <div class="razrabotka">Разработка сайта &mdash; <a href="http://web-studio-almaty.kz" target="_blank">веб-студия &laquo;Алатау Web&raquo;</a></div>
 <!--LiveInternet counter--><a href="//www.liveinternet.ru/click" target="_blank"><img id="licnt2A6F" width="31" height="31" style="border:0" title="LiveInternet" src="data:image/gif;base64,R0lGODlhAQABAJAAAP8AAAAAACH5BAUQAAAALAAAAAABAAEAAAICBAEAOw==" alt="" /></a><script>(function(d,s){d.getElementById("licnt2A6F").src="https://counter.yadro.ru/hit?t44.1;r"+escape(d.referrer)+";"+Math.random()})(document,screen)</script><!--/LiveInternet-->
</div>
<script type="text/javascript">$(function(){ if(!$.cookie('cookie_ok')){ $('#cookie_plashka').show(); } $('.fancybox').fancybox(); kursy_zagruzit(); });</script>
</body>
</html>
"""


# --------------------------------------------------------------------------- the article


def info_line(art: site.Article) -> str:
    """Date, views, rubric, tags: '20 Апреля 2023 683 Социум Алматы, аким, субботник'."""
    parts = [f'<span class="data_publikacii dt">{date_line(art)}</span>']
    if art.views is not None:
        parts.append(f'<span class="prosmotry vw"><img src="/img/glaz_mal.png" alt="" /> '
                     f'{art.views}</span>')
    if art.category:
        parts.append(f'<span class="rubrika"><a href="/rubrika/{ru_slug(art.category)}">'
                     f"{esc(art.category)}</a></span>")
    if art.tags:
        tags = ", ".join(f'<a href="/teg/{ru_slug(t)}">{esc(t)}</a>' for t in art.tags)
        parts.append(f'<span class="tegi">{tags}</span>')
    return '<div class="info_stroka">' + " ".join(parts) + "</div>\n"


def photo(art: site.Article) -> str:
    if not art.images:
        return ""
    credit = (f'<div class="foto_avtor">Фото:{esc(art.photo_credit)}</div>'
              if art.photo_credit else "")
    return (f'<div class="foto_novosti"><img src="{art.image_paths()[0]}" alt="{attr(art.title)}" '
            f'class="glavnoe_foto" />{credit}</div>\n')


def _older(art: site.Article) -> site.Article:
    arts = site.build()
    k = next(i for i, a in enumerate(arts) if a.num == art.num)
    return arts[(k + 1) % len(arts)]


def text_block(art: site.Article) -> str:
    """The story's text: dateline in bold before the lead, the editor's extras, the nbsp
    line and ``Источник:``."""
    raw = list(art.raw_paragraphs or art.paragraphs)
    if art.homoglyph:
        raw[-1] = _with_homoglyph(raw[-1], art.lang)
    labels = LABELS[art.lang]
    dateline = f"<b>{esc(art.dateline())}</b>" if art.place else ""
    lead = f"{dateline}{esc(raw[0])}"
    out: list[str] = []
    if art.form == "updated":
        out.append(f'<p class="obnovleno"><em>({labels["updated"]})</em></p>')
    out.append(f"<p><strong>{lead}</strong></p>" if art.form == "bold_lead" else f"<p>{lead}</p>")
    if art.form == "list":
        out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in art.list_items) + "</ul>")
    if art.form == "table":
        rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>"
                       for row in art.table_rows)
        out.append(f'<table class="tablica" border="1" cellpadding="4">{rows}</table>')
    for k, para in enumerate(raw[1:], start=1):
        if art.form == "quote" and k == 1:
            out.append(f'<blockquote class="citata"><p>{esc(para)}</p></blockquote>')
        elif art.form == "source_mid" and k == 1:
            out.append(f"<p>{esc(para)}</p>")
            out.append(f'<p><em>{labels["src_mid"]}</em></p>')
        else:
            out.append(f"<p>{esc(para)}</p>")
        if k == 1 and art.form == "read_also":
            other = _older(art)
            out.append(f'<p class="chitaite">{labels["read"]} <a href="{other.path}">'
                       f"{esc(other.title)}</a></p>")
        if k == 1 and art.form == "video":
            out.append('<div class="video"><iframe width="560" height="315" '
                       'src="https://www.youtube.com/embed/x7Hq3bT2kLw" frameborder="0" '
                       "allowfullscreen></iframe></div>")
        if k == 2 and art.num % 2 == 0:
            out.append('<div class="bnr-v-tekste"><!--noindex--><a href="https://ads.astana-media'
                       '.kz/click.php?b=131" rel="nofollow" target="_blank"><img src="/banners/'
                       'intext_600x90.jpg" alt="Реклама" /></a><!--/noindex--></div>')
    out.append("<p>&nbsp;</p>")
    if art.source and art.source_line:
        out.append(f'<p class="istochnik">Источник: {esc(art.source)}</p>')
    return '<div class="tekst_novosti nws-txt">\n' + "\n".join(out) + "\n</div>\n"


def gallery(art: site.Article) -> str:
    if not art.gallery:
        return ""
    thumbs = art.image_paths()[1:]
    items = "".join(f'<a class="fancybox" rel="gal{art.num}" href="{p}">'
                    f'<img src="{p.replace("_big", "_mini")}" alt="" /></a>' for p in thumbs)
    return f'<div class="fotogalereya"><div class="blok_zag">Фотогалерея</div>{items}</div>\n'


def tools(art: site.Article, base: str) -> str:
    url = base + art.path
    return f"""<div class="nws-tools">
 <a href="/print.php?id={art.num}" class="pechat" target="_blank" rel="nofollow">Версия для печати</a>
 <div class="podelitsya">Поделиться: <a href="https://vk.com/share.php?url={url}" target="_blank">VK</a> <a href="https://www.facebook.com/sharer.php?u={url}" target="_blank">Facebook</a> <a href="https://t.me/share/url?url={url}" target="_blank">Telegram</a> <a href="whatsapp://send?text={url}">WhatsApp</a></div>
</div>
"""


def comments(art: site.Article) -> str:
    if art.num % 4 != 1:
        return (f'<div class="kommentarii"><div class="blok_zag">Комментарии (0)</div>'
                f"{COMMENT_FORM.format(num=art.num)}</div>\n")
    return (f'<div class="kommentarii"><div class="blok_zag">Комментарии (1)</div>'
            f'<div class="k-item"><b class="k-avtor">Гость</b> <span class="k-dt">'
            f"{art.day.day + 1 if art.day.day < 28 else 1:02d}.{art.day.month:02d}."
            f"{art.day.year} 09:12</span><p>Хорошая новость, спасибо!</p></div>"
            f"{COMMENT_FORM.format(num=art.num)}</div>\n")


def latest_block() -> str:
    """The 'ru' headline block under every article: the newest Russian stories, cut."""
    ru = [a for a in site.build() if a.lang == "ru"][:12]
    items = "\n".join(f'<div class="pn_item"><span class="yaz">ru</span> '
                      f'<a href="{a.path}">{esc(cut_at_word(a.title, 70))}</a></div>' for a in ru)
    return f'<div class="poslednie_novosti">\n{items}\n</div>\n'


def article_html(art: site.Article, base: str) -> str:
    canonical = base + art.path
    description = attr(art.paragraphs[0][:160])
    meta = (f'<meta name="keywords" content="{attr(", ".join(art.tags))}" />\n'
            f'<meta name="description" content="{description}" />\n'
            f'<meta property="og:type" content="article" />\n'
            f'<meta property="og:title" content="{attr(art.title)}" />\n'
            f'<meta property="og:url" content="{canonical}" />\n')
    if art.images:
        meta += f'<meta property="og:image" content="{base}{art.image_paths()[0]}" />\n'
    lang = "en" if art.lang == "en" else "ru"
    return (head(f"{esc(art.title)} | Центр информации", lang, base, canonical, meta)
            + top(art.lang)
            + f'<div class="levaya_kolonka">\n<div class="novost" id="novost_{art.num}">\n'
            + f'<h1 class="zagolovok nws-ttl">{esc(art.title)}</h1>\n'
            + photo(art) + info_line(art) + text_block(art) + gallery(art)
            + tools(art, base) + "</div>\n" + comments(art) + latest_block() + "</div>\n"
            + sidebar(art.num) + footer())


def article(art: site.Article, base: str) -> Response:
    return 200, {"Content-Type": HTML_TYPE}, article_html(art, base).encode("utf-8")


def print_page(art: site.Article, base: str) -> bytes:
    paras = "".join(f"<p>{esc(p)}</p>" for p in art.paragraphs)
    return (f'<html><head><meta charset="utf-8" /><title>{esc(art.title)}</title>'
            f'<meta name="robots" content="noindex" /></head><body onload="window.print()">'
            f"<h2>{esc(art.title)}</h2><div>{date_line(art)}</div>{paras}"
            f"<div>{AGENCY[art.lang]} &mdash; ic24.kz</div></body></html>").encode()


# --------------------------------------------------------------------------- the listing


def listing_items(arts: Sequence[site.Article]) -> str:
    out = []
    for a in arts:
        img = (f'<div class="news_img"><a href="{a.path[1:]}"><img src="{a.image_paths()[0]}" '
               f'alt="" /></a></div>' if a.images else "")
        out.append(f'<div class="news_item">{img}<div class="news_text">'
                   f'<a href="{a.path[1:]}">{esc(a.title)}</a><p>{date_line(a)}</p></div></div>')
    return "\n".join(out)


def pager(page: int) -> str:
    count = site.page_count()
    links = []
    if page > 1:
        prev = "/novosti" if page == 2 else f"/novosti?page={page - 1}"
        links.append(f'<a href="{prev}" class="pred">&laquo; Предыдущая</a>')
    for n in range(1, count + 1):
        target = "/novosti" if n == 1 else f"/novosti?page={n}"
        links.append(f"<span>{n}</span>" if n == page else f'<a href="{target}">{n}</a>')
    if page < count:
        links.append(f'<a href="/novosti?page={page + 1}" class="sled">Следующая &raquo;</a>')
    return '<div class="stranicy">' + " ".join(links) + "</div>\n"


def listing(page: int, base: str) -> Response:
    items = listing_items(site.page_items(page))
    canonical = base + ("/novosti" if page == 1 else f"/novosti?page={page}")
    body = (head("Новости | Центр информации", "ru", base, canonical) + top("ru")
            + '<div class="levaya_kolonka">\n<h1 class="zagolovok">Новости</h1>\n'
            + f'<div class="spisok_novostey">\n{items}\n</div>\n{pager(page)}</div>\n'
            + sidebar() + footer())
    return 200, {"Content-Type": HTML_TYPE}, body.encode("utf-8")


def not_found() -> bytes:
    return (head("Страница не найдена | Центр информации", "ru", "") + top("ru")
            + '<div class="oshibka"><h1>404</h1><p>Страница не найдена. Вернуться на '
            + '<a href="/novosti">главную</a>.</p></div>' + footer()).encode("utf-8")

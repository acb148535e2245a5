"""The eighty-eighth copy's markup: a Joomla 3 page (Gantry wrappers, module positions) around
K2's item and category views, written from SITE.md (see __init__ for the guesses)."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from tests.copykit.catalogue import Response
from tests.copykit.text import EN_MONTHS, KK_MONTHS, cut_at_word

HTML = "text/html; charset=utf-8"
# Joomla's ru-RU date strings: capitalised genitive months and weekdays.
RU_MONTHS_CAP = ["Января", "Февраля", "Марта", "Апреля", "Мая", "Июня", "Июля", "Августа",
                 "Сентября", "Октября", "Ноября", "Декабря"]
KK_CAP = [m.capitalize() for m in KK_MONTHS]
MONTHS = {"ru": RU_MONTHS_CAP, "en": list(EN_MONTHS), "kk": KK_CAP}
WEEKDAYS = {"ru": ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота",
                   "Воскресенье"],
            "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
            "kk": ["Дүйсенбі", "Сейсенбі", "Сәрсенбі", "Бейсенбі", "Жұма", "Сенбі", "Жексенбі"]}
LABELS = {
    "ru": {"hits": "Прочитано {} раз", "cat": "Опубликовано в", "tags": "Теги",
           "more": "Ещё в этой категории:", "related": "Похожие материалы", "share": "Поделиться"},
    "en": {"hits": "Read {} times", "cat": "Published in", "tags": "Tagged under",
           "more": "More in this category:", "related": "Related items", "share": "Share"},
    "kk": {"hits": "Оқылды {} рет", "cat": "Жарияланды", "tags": "Тегтер",
           "more": "Осы санаттағы:", "related": "Ұқсас материалдар", "share": "Бөлісу"},
}
CATEGORY_SLUG = {"Социум": "sotsium", "Общество": "obshchestvo"}


def day_text(lang: str, d: date, stock: bool = False) -> str:
    """'20 Апреля 2023' (the override, and the listing with lang 'ru'); K2's stock
    'Четверг, 20 Апреля 2023' with a zero-padded day."""
    if stock:
        return f"{WEEKDAYS[lang][d.weekday()]}, {d.day:02d} {MONTHS[lang][d.month - 1]} {d.year}"
    return f"{d.day} {MONTHS[lang][d.month - 1]} {d.year}"


def _site() -> Any:
    from tests.eightyeighthsite import site  # the router imports this module
    return site


def _cat_href(cat: str) -> str:
    return "/novosti/" + CATEGORY_SLUG.get(cat, cat.lower().replace(" ", "-"))


def _page(title: str, body: str, base: str, head: str = "", side: bool = True) -> bytes:
    site = _site()
    popular = sorted(site.build(), key=lambda a: -(a.views or 0))[:5]
    most = "".join(f'<li><a href="{a.path}">{escape(a.title)}</a></li>' for a in popular)
    sidebar = (
        '<div id="rt-sidebar-a" class="rt-grid-4"><div class="rt-block">'
        '<div class="moduletable mostread"><h3>Самое читаемое</h3>'
        f'<ul class="mostread">{most}</ul></div>'
        '<div class="moduletable banner"><div class="bannergroup"><div class="banneritem">'
        '<a href="https://bcc.kz/?utm_source=ic24" target="_blank" rel="noopener">'
        '<img src="/images/banners/bcc_300x250.jpg" alt="Реклама"></a></div></div></div>'
        '</div></div>') if side else ""
    page = f"""<!DOCTYPE html>
<html lang="ru-ru" dir="ltr">
<head>
<meta charset="utf-8">
<base href="{base}/">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{escape(title)}</title>
{head}
<link href="/templates/rt_ic24/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon">
<link rel="stylesheet" href="/media/k2/assets/css/k2.fonts.css?v=2.10.3">
<link rel="stylesheet" href="/templates/rt_ic24/css-compiled/master.css">
<script src="/media/jui/js/jquery.min.js?5e1a3b"></script>
<script src="/media/k2/assets/js/k2.frontend.js?v=2.10.3&b=20200429"></script>
<script type="application/json" class="joomla-script-options new">
{{"csrf.token":"8f0c2a","system.paths":{{"root":"","base":""}}}}
</script>
</head>
<body class="gantry site com_k2 view-item no-layout no-task">
<div id="rt-page-surround">
<header id="rt-top-surround"><div id="rt-top"><div class="rt-container"><div class="rt-grid-12">
<div class="rt-block"><div class="moduletable currency"><div class="custom currency">
<ul class="rates"><li>• USD/KZT <span id="usd">0.0</span>
</li> <li>• EUR/KZT <span id="eur">0.0</span></li>
<li>• RUB/KZT <span id="rub">0.0</span></li> <li>• CNY/KZT <span id="cny">0.0</span></li></ul>
</div></div></div></div></div></div>
<div id="rt-header"><div class="rt-container"><div class="rt-grid-8">
<div class="rt-block logo-block">
<a href="/" id="rt-logo">Центр информации</a></div></div>
<div class="rt-grid-4"><div class="rt-block"><div class="moduletable search">
<form action="/novosti" method="post" class="form-inline">
<label for="mod-search-searchword">Искать...</label>
<input name="searchword" id="mod-search-searchword" maxlength="200"
 class="inputbox search-query" type="search" placeholder="Поиск...">
<input type="hidden" name="task" value="search">
<input type="hidden" name="option" value="com_search"></form>
</div></div></div></div></div>
<div id="rt-menu"><ul class="menu"><li class="item-101 current active">
<a href="/novosti">Новости</a></li>
<li class="item-102"><a href="/novosti/sotsium">Социум</a></li><li class="item-103">
<a href="/o-nas">О нас</a></li></ul></div>
</header>
<div id="rt-main" class="mb8-sa4"><div class="rt-container">
<div class="rt-grid-8"><div class="rt-block"><div id="rt-mainbody"><div class="component-content">
{body}
</div></div></div></div>
{sidebar}
</div></div>
<footer id="rt-footer"><div class="rt-container"><div class="rt-grid-12"><div class="rt-block">
<div class="moduletable contacts"><div class="custom">
<p>© 2010-2026 Центр информации. Все права защищены.</p>
<p>Адрес: 050000, г. Алматы, пр. Абая, 10, офис 5. Тел.: +7 (727) 250-00-00.
E-mail: info@ic24.kz</p>
<p>При использовании материалов ссылка на ic24.kz обязательна.</p></div></div>
<div class="moduletable counters"><!-- Yandex.Metrika counter --><script>
(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};}})
(window,document,"script","https://mc.yandex.ru/metrika/tag.js","ym");
ym(44000000,"init",{{clickmap:true}});</script>
<noscript><div>
<img src="https://mc.yandex.ru/watch/44000000" style="position:absolute;left:-9999px" alt=""></div>
</noscript></div>
</div></div></div></footer>
<div id="cookie-banner" class="cookie-notice">
Сайт использует файлы cookie. Продолжая работу с сайтом,
вы соглашаетесь с этим. <button type="button">Принять</button></div>
</div>
</body>
</html>"""
    return page.encode("utf-8")


def not_found() -> bytes:
    return _page("404 - Статья не найдена", '<div class="error"><h1>404</h1>'
                 '<p>Статья не найдена. К2 материал не существует.</p>'
                 '<p><a href="/novosti">На главную</a></p></div>', "", side=False)


# --------------------------------------------------------------------------- the category view


def _pagination(n: int, count: int) -> str:
    site = _site()

    def li(label: str, page: int | None, title: str = "") -> str:
        if page is None:
            return f'<li class="disabled"><a>{label}</a></li>'
        t = f' title="{title}"' if title else ""
        href = escape(site.listing_path(page))
        return f'<li><a{t} href="{href}" class="pagenav">{label}</a></li>'

    items = [li("В начало", 1 if n > 1 else None, "В начало"),
             li("Назад", n - 1 if n > 1 else None, "Назад")]
    for k in range(1, count + 1):
        items.append(f'<li class="active"><a>{k}</a></li>' if k == n else li(str(k), k))
    items += [li("Следующая", n + 1 if n < count else None, "Следующая"),
              li("В конец", count if n < count else None, "В конец")]
    return (f'<div class="k2Pagination"><div class="pagination"><ul class="pagination-list">'
            f'{"".join(items)}</ul></div><p class="counter">Страница {n} из {count}</p></div>')


def listing(n: int, base: str) -> Response:
    site = _site()
    items = []
    for a in site.page_items(n):
        intro = escape(a.paragraphs[0][:160])
        items.append(
            '<div class="itemContainer itemContainerLast" style="width:100.0%;">'
            '<div class="catItemView groupLeading"><div class="news_text">'
            f'<h3 class="catItemTitle"><a href="{a.path[1:]}">{escape(a.title)}</a></h3>'
            f'<p class="catItemDateCreated">{day_text("ru", a.day)}</p>'
            f'<div class="catItemIntroText">{intro}</div>'
            f'<a class="k2ReadMore" href="{a.path[1:]}">Подробнее...</a>'
            '</div></div></div>')
    body = ('<div id="k2Container" class="itemListView">'
            '<div class="itemListCategory"><h2>Новости</h2></div>'
            f'<div class="itemList"><div id="itemListLeading">{"".join(items)}'
            '<div class="clr"></div></div></div>'
            f'{_pagination(n, site.page_count())}</div>')
    title = "Новости - Центр информации" + ("" if n == 1 else f" - Страница {n}")
    return 200, {"Content-Type": HTML}, _page(title, body, base)


# --------------------------------------------------------------------------- the item view


def _tags(a: Any, sep: str) -> str:
    lis = [f'<li><a href="/novosti/itemlist/tag/{escape(t)}">{escape(t)}</a>{sep}</li>'
           for t in a.tags]
    if lis and sep:
        lis[-1] = lis[-1].replace(f"{sep}</li>", "</li>")
    return f'<ul class="itemTags">{"".join(lis)}</ul>'


def _image(a: Any) -> str:
    if not a.images:
        return ""
    cache = f"/media/k2/items/cache/{a.md5}"
    credit = a.photo_credit
    if not ("bare_credit" in a.quirks and a.layout == "stock"):
        credit = f"Фото:{credit}"
    return ('<div class="itemImageBlock"><span class="itemImage">'
            f'<a class="modal" rel="{{handler: \'image\'}}" href="{cache}_XL.jpg" '
            f'title="Нажмите для увеличения изображения">'
            f'<img src="{cache}_L.jpg" alt="{escape(a.title)}" style="width:600px; height:auto;">'
            '</a></span>'
            f'<span class="itemImageCaption">{escape(a.title)}</span>'
            f'<span class="itemImageCredits">{escape(credit)}</span>'
            '<div class="clr"></div></div>')


def _hits(a: Any, stock: bool) -> str:
    if a.views is None:
        return ""
    text = LABELS[a.lang]["hits"].format(a.views) if stock else str(a.views)
    return f'<span class="itemHits">{text}</span>'


def _cat(a: Any, stock: bool) -> str:
    label = LABELS[a.lang]["cat"] + " " if stock else ""
    return (f'<span class="itemCategory">{label}<a href="{_cat_href(a.category)}">'
            f'{escape(a.category)}</a></span>')


def _body(a: Any) -> str:
    paras = [escape(p) for p in (a.raw_paragraphs or a.paragraphs)]
    paras[0] = escape(a.dateline()) + paras[0]
    tail = []
    extra = ""
    if a.source and a.source_line:
        if "extra_source" in a.quirks:
            extra = ('<div class="itemExtraFields"><h3>Дополнительная информация</h3><ul>'
                     '<li class="odd typeTextfield group1">'
                     '<span class="itemExtraFieldsLabel">Источник:</span>'
                     f'<span class="itemExtraFieldsValue">{escape(a.source)}</span></li>'
                     '</ul><div class="clr"></div></div>')
        else:
            tail = ["<p>&nbsp;</p>", f"<p>Источник: {escape(a.source)}</p>"]
    ps = [f"<p>{p}</p>" for p in paras]
    if "intro_all" in a.quirks:
        return (f'<div class="itemIntroText">{"".join(ps + tail)}</div>{extra}')
    return (f'<div class="itemIntroText">{ps[0]}</div>'
            f'<div class="itemFullText">{"".join(ps[1:] + tail)}</div>{extra}')


def _latest(a: Any) -> str:
    site = _site()
    items = "".join(f'<li><a href="{b.path}"><span class="badge">{b.lang}</span> '
                    f'{escape(cut_at_word(b.title, 60))}</a></li>'
                    for b in site.build()[:12])
    return ('<div class="moduletable latestnews"><h3>Лента новостей</h3>'
            f'<ul class="latestnews">{items}</ul></div>')


def _nav(a: Any) -> str:
    site = _site()
    same = [b for b in site.build() if b.category == a.category]
    i = same.index(a)
    prev = same[i + 1] if i + 1 < len(same) else None
    nxt = same[i - 1] if i > 0 else None
    links = ""
    if prev:
        links += f'<a class="itemPrevious" href="{prev.path}">&laquo; {escape(prev.title)}</a>'
    if nxt:
        links += f'<a class="itemNext" href="{nxt.path}">{escape(nxt.title)} &raquo;</a>'
    related = [b for b in same if b is not a][:3]
    rel = "".join(f'<li class="{"even" if k % 2 else "odd"}">'
                  f'<a class="itemRelTitle" href="{b.path}">{escape(b.title)}</a></li>'
                  for k, b in enumerate(related))
    lab = LABELS[a.lang]
    out = ""
    if rel:
        out += (f'<div class="itemRelated"><h3>{lab["related"]}</h3><ul>{rel}</ul>'
                '<div class="clr"></div></div>')
    if links:
        out += (f'<div class="itemNavigation"><span class="itemNavigationTitle">{lab["more"]}'
                f'</span>{links}</div>')
    return out


def _share(a: Any, base: str) -> str:
    url = escape(base + a.path)
    return ('<div class="itemSocialSharing"><span class="shareLabel">'
            f'{LABELS[a.lang]["share"]}:</span>'
            f'<a class="fb" href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a>'
            f'<a class="vk" href="https://vk.com/share.php?url={url}">ВКонтакте</a>'
            f'<a class="tg" href="https://t.me/share/url?url={url}">Telegram</a>'
            f'<a class="wa" href="https://wa.me/?text={url}">WhatsApp</a></div>')


def article(a: Any, base: str) -> Response:
    stock = a.layout == "stock"
    lab = LABELS[a.lang]
    header = '<div class="itemHeader">'
    if stock:
        clock = f" {a.clock:%H:%M}" if a.clock else ""
        header += f'<span class="itemDateCreated">{day_text(a.lang, a.day, True)}{clock}</span>'
    header += f'<h2 class="itemTitle">{escape(a.title)}</h2></div>'
    info = ""
    if not stock:
        tags = f'<div class="itemTagsBlock">{_tags(a, ",")}</div>' if a.tags else ""
        info = ('<div class="itemInfo">'
                f'<span class="itemDateCreated">{day_text(a.lang, a.day)}</span> '
                f'{_hits(a, False)} {_cat(a, False)} {tags}</div>')
    footer = ""
    if stock:
        footer = f'<div class="itemContentFooter">{_hits(a, True)}</div>'
        links = f'<div class="itemCategory">{_cat(a, True)}</div>'
        if a.tags:
            links += (f'<div class="itemTagsBlock"><span>{lab["tags"]}</span>'
                      f'{_tags(a, "")}<div class="clr"></div></div>')
        footer += f'<div class="itemLinks">{links}</div>'
    body = (f'<span id="startOfPageId{a.num}"></span>'
            f'<div id="k2Container" class="itemView itemIsFeatured">{header}'
            '<div class="itemToolbar"><ul><li><a class="itemPrintLink" rel="nofollow" '
            f'href="{a.path}?tmpl=component&amp;print=1">Печать</a></li>'
            '<li><a class="itemEmailLink" rel="nofollow" '
            'href="/component/mailto/?tmpl=component">E-mail</a></li></ul></div>'
            f'<div class="itemBody">{_image(a)}{info}{_body(a)}<div class="clr"></div></div>'
            f'{footer}{_share(a, base)}{_nav(a)}'
            '<div class="itemBackToTop"><a class="k2Anchor" href="'
            f'{a.path}#startOfPageId{a.num}">наверх</a></div></div>'
            f'{_latest(a)}')
    og_image = (f'<meta property="og:image" content="{base}/media/k2/items/cache/{a.md5}_M.jpg">'
                if a.images else "")
    head = (f'<meta name="description" content="{escape(a.paragraphs[0][:150])}">'
            f'<meta property="og:url" content="{base}{a.path}">'
            f'<meta property="og:type" content="article">'
            f'<meta property="og:title" content="{escape(a.title)}">{og_image}')
    return 200, {"Content-Type": HTML}, _page(f"{a.title} - Центр информации", body, base, head)

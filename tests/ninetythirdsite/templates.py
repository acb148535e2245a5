"""Drupal 7 markup of the ninety-third copy: page.tpl, node.tpl and field.tpl output of a
Bartik sub-theme (``ic24``), the ``novosti`` view page, the front page and the 404.

Every page carries what a Drupal 7 news site has around its content: the XHTML+RDFa doctype
and namespaces, ``Drupal.settings``, the currency block in ``region-header``, the main menu,
the breadcrumb, the ``region-sidebar-first`` blocks (search, rubrics, popular content, an ad),
the ``latest_news`` view block with language badges after the node, the footer, Google
Analytics, Yandex.Metrika and LiveInternet counters.
"""

from __future__ import annotations

import hashlib
import html
from datetime import date, datetime, timedelta

from tests.copykit.catalogue import Response
from tests.copykit.text import EN_MONTHS, RU_MONTHS, cut_at_word
from tests.ninetythirdsite import site

HTML = "text/html; charset=utf-8"
SITE_NAME = "Центр информации"
RU_DAYS = ("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс")
EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
LANG_NAMES = {"ru": "Русский", "en": "English", "kk": "Қазақша"}
# interface strings of the two languages the site is served in
UI = {
    "ru": {"submitted": "Опубликовано пользователем {user} в {date}", "tags": "Теги:",
           "source": "Источник:", "add_comment": "Добавить комментарий", "print":
           "Версия для печати", "comments": "Комментарии", "reply": "ответить",
           "permalink": "Постоянная ссылка", "guest": "Гость (не проверено)",
           "up": "вверх", "home": "Главная", "news": "Новости", "here": "Вы здесь",
           "skip": "Перейти к основному содержанию", "latest": "Последние новости"},
    "en": {"submitted": "Submitted by {user} on {date}", "tags": "Tags:",
           "source": "Источник:", "add_comment": "Add new comment", "print":
           "Printer-friendly version", "comments": "Comments", "reply": "reply",
           "permalink": "Permalink", "guest": "Guest (not verified)",
           "up": "up", "home": "Home", "news": "News", "here": "You are here",
           "skip": "Skip to main content", "latest": "Latest news"},
}
COMMENTS = {
    "ru": ["Спасибо за новость, давно ждали.", "А когда это дойдёт до нашего района?"],
    "en": ["Thank you for the news.", "Good to hear, when will it reach other regions?"],
}
e = html.escape


def medium_date(moment: datetime, ui: str) -> str:
    """Drupal's medium date as the site sets it: 'Чт, 20/04/2023 - 10:30' in Russian,
    'Thu, 04/20/2023 - 10:30' (month first, Drupal's default) in English."""
    if ui == "en":
        return f"{EN_DAYS[moment.weekday()]}, {moment:%m/%d/%Y - %H:%M}"
    return f"{RU_DAYS[moment.weekday()]}, {moment:%d/%m/%Y - %H:%M}"


def caps_day(day: date) -> str:
    """'20 Апреля 2023': the listing's date."""
    return f"{day.day} {RU_MONTHS[day.month - 1].capitalize()} {day.year}"


def info_date(a: site.Article) -> str:
    """The info line's day: '20 Апреля 2023', on English nodes '2 August 2021'."""
    if a.lang == "en":
        return f"{a.day.day} {EN_MONTHS[a.day.month - 1]} {a.day.year}"
    return caps_day(a.day)


def views_word(count: int, ui: str) -> str:
    """The statistics module's counter: '683 просмотра', '1 read'."""
    if ui == "en":
        return "1 read" if count == 1 else f"{count} reads"
    tail = count % 100
    if count % 10 == 1 and tail != 11:
        word = "просмотр"
    elif 2 <= count % 10 <= 4 and not 12 <= tail <= 14:
        word = "просмотра"
    else:
        word = "просмотров"
    return f"{count} {word}"


def _token(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()


def _head(title: str, ui: str, base: str, extra: str = "", nid: int | None = None) -> str:
    settings = ('{"basePath":"\\/","pathPrefix":"","ajaxPageState":{"theme":"ic24",'
                f'"theme_token":"{_token("theme", title)[:43]}"}}'
                + (f',"statistics":{{"data":{{"nid":"{nid}"}},"url":'
                   '"\\/modules\\/statistics\\/statistics.php"}' if nid else "")
                + ',"googleanalytics":{"trackOutbound":1,"trackMailto":1}}')
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="{ui}" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:og="http://ogp.me/ns#"
  xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
  xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:sioct="http://rdfs.org/sioc/types#"
  xmlns:skos="http://www.w3.org/2004/02/skos/core#"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema#">

<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="{base}/sites/all/themes/ic24/favicon.ico"
 type="image/vnd.microsoft.icon" />
<meta name="generator" content="Drupal 7 (http://drupal.org)" />
{extra}
  <title>{e(title)} | {SITE_NAME}</title>
  <style type="text/css" media="all">
@import url("{base}/modules/system/system.base.css?q8zv1c");
@import url("{base}/modules/field/theme/field.css?q8zv1c");
@import url("{base}/modules/node/node.css?q8zv1c");
@import url("{base}/sites/all/modules/views/css/views.css?q8zv1c");
@import url("{base}/sites/all/themes/ic24/css/style.css?q8zv1c");
</style>
  <script type="text/javascript" src="{base}/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="{base}/misc/drupal.js?q8zv1c"></script>
<script type="text/javascript" src="{base}/sites/all/themes/ic24/js/rates.js?q8zv1c"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {settings});
//--><!]]>
</script>
</head>"""


def _header(base: str, ui: str) -> str:
    words = UI[ui]
    return f"""
<div id="page-wrapper"><div id="page">
  <div id="header" class="without-secondary-menu"><div class="section clearfix">
    <a href="/" title="{words['home']}" rel="home" id="logo"><img
 src="{base}/sites/all/themes/ic24/logo.png" alt="{words['home']}" /></a>
    <div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="{words['home']}"
 rel="home"><span>{SITE_NAME}</span></a></strong></div>
    <div id="site-slogan">Новости Алматы и Казахстана</div></div>
    <div class="region region-header">
  <div id="block-block-3" class="block block-block">
    <div class="content">
    <ul class="currency-rates">
<li>• USD/KZT <span class="rate" data-code="USD">0.0</span></li>
<li>• EUR/KZT <span class="rate" data-code="EUR">0.0</span></li>
<li>• RUB/KZT <span class="rate" data-code="RUB">0.0</span></li>
<li>• CNY/KZT <span class="rate" data-code="CNY">0.0</span></li>
</ul>  </div>
</div>
  </div>
    <div id="main-menu" class="navigation">
      <h2 class="element-invisible">Главное меню</h2><ul id="main-menu-links"
 class="links clearfix"><li class="menu-218 first"><a href="/">{words['home']}</a></li>
<li class="menu-412 active-trail"><a href="/novosti" class="active-trail">{words['news']}</a></li>
<li class="menu-519"><a href="/o-centre">О центре</a></li>
<li class="menu-520 last"><a href="/kontakty">Контакты</a></li>
</ul>    </div>
  </div></div>"""


def _sidebar(base: str, current: int | None) -> str:
    others = [a for a in site.build() if a.num != current]
    popular = sorted((a for a in others if a.views), key=lambda a: -(a.views or 0))[:5]
    popular_html = "".join(f'<li class="{"first" if k == 0 else ""}"><a href="{a.path}">'
                           f"{e(a.title)}</a></li>" for k, a in enumerate(popular))
    rubrics = "".join(
        f'<li class="leaf"><a href="/taxonomy/term/{site.terms()[name][0]}">{e(name)}</a></li>'
        for name in sorted({a.category for a in site.build() if a.category and a.lang == "ru"}))
    return f"""
    <div id="sidebar-first" class="column sidebar"><div class="section">
      <div class="region region-sidebar-first">
  <div id="block-search-form" class="block block-search" role="search">
    <div class="content">
    <form action="/novosti" method="post" id="search-block-form" accept-charset="UTF-8"><div>
<div class="container-inline"><h2 class="element-invisible">Форма поиска</h2>
<div class="form-item form-type-textfield form-item-search-block-form">
 <label class="element-invisible" for="edit-search-block-form--2">Поиск </label>
 <input title="Введите ключевые слова для поиска." type="text" id="edit-search-block-form--2"
 name="search_block_form" value="" size="15" maxlength="128" class="form-text" />
</div>
<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit"
 name="op" value="Поиск" class="form-submit" /></div><input type="hidden" name="form_build_id"
 value="form-{_token('search', current)[:43]}" />
<input type="hidden" name="form_id" value="search_block_form" />
</div></div></form>  </div>
</div>
<div id="block-menu-menu-rubrics" class="block block-menu" role="navigation">
    <h2>Рубрики</h2>
  <div class="content">
    <ul class="menu">{rubrics}</ul>  </div>
</div>
<div id="block-statistics-popular" class="block block-statistics">
    <h2>Популярное</h2>
  <div class="content">
    <div class="item-list"><h3>За всё время:</h3><ul>{popular_html}</ul></div>  </div>
</div>
<div id="block-block-7" class="block block-block">
  <div class="content">
    <div class="banner-240"><a href="https://ads.example.kz/click?b=240" target="_blank"
 rel="nofollow">Реклама</a></div>  </div>
</div>
      </div>
    </div></div>"""


def _latest_block(current: int | None, ui: str) -> str:
    others = [a for a in site.build() if a.num != current][:12]
    rows = "\n".join(
        f'  <div class="views-row views-row-{k + 1} views-row-{"odd" if k % 2 == 0 else "even"}'
        f'{" views-row-first" if k == 0 else ""}">\n'
        f'  <span class="views-field views-field-language"><span class="field-content lang-badge">'
        f"{a.lang}</span></span>  \n"
        f'  <span class="views-field views-field-title"><span class="field-content"><a '
        f'href="{a.path}">{e(cut_at_word(a.title, 60))}</a></span></span>  </div>'
        for k, a in enumerate(others))
    return f"""
<div id="block-views-latest-news-block" class="block block-views">
    <h2>{UI[ui]['latest']}</h2>
  <div class="content">
    <div class="view view-latest-news view-id-latest_news view-display-id-block
 view-dom-id-{_token('latest', current)[:32]}">
      <div class="view-content">
{rows}
    </div>
  </div>  </div>
</div>"""


def _footer() -> str:
    return f"""
  <div id="footer-wrapper"><div class="section">
      <div id="footer" class="clearfix">
        <div class="region region-footer">
  <div id="block-block-1" class="block block-block">
  <div class="content">
    <p>© 2012–2026 {SITE_NAME}. При использовании материалов ссылка на ic24.kz обязательна.</p>
<p>050000, г. Алматы, ул. Толе би, 101. Тел.: +7 (727) 271-65-00. E-mail:
 <a href="mailto:info@ic24.kz">info@ic24.kz</a></p>  </div>
</div>
<div id="block-block-2" class="block block-block">
  <div class="content">
    <!--LiveInternet counter--><a href="//www.liveinternet.ru/click" target="_blank"
 rel="nofollow"><img src="//counter.yadro.ru/hit?t14.6" alt="" title="LiveInternet" width="88"
 height="31" /></a><!--/LiveInternet-->  </div>
</div>
        </div>
      </div>
  </div></div>
</div></div>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
(function(i,s,o,g,r,a,m){{i["GoogleAnalyticsObject"]=r;i[r]=i[r]||function(){{(i[r].q=i[r].q||
[]).push(arguments)}},i[r].l=1*new Date();a=s.createElement(o),m=s.getElementsByTagName(o)[0];
a.async=1;a.src=g;m.parentNode.insertBefore(a,m)}})(window,document,"script",
"//www.google-analytics.com/analytics.js","ga");ga("create", "UA-38911207-1",
{{"cookieDomain":"auto"}});ga("send", "pageview");
//--><!]]>
</script>
<script type="text/javascript">
(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};
}})(window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");
ym(21874600, "init", {{clickmap:true, trackLinks:true, accurateTrackBounce:true}});
</script>
<noscript><div><img src="https://mc.yandex.ru/watch/21874600" style="position:absolute;
 left:-9999px;" alt="" /></div></noscript>
</body>
</html>"""


def _breadcrumb(ui: str, trail: list[tuple[str, str]]) -> str:
    words = UI[ui]
    links = " » ".join([f'<a href="/">{words["home"]}</a>',
                        *(f'<a href="{href}">{e(name)}</a>' for name, href in trail)])
    return (f'\n    <div id="breadcrumb"><h2 class="element-invisible">{words["here"]}</h2>'
            f'<div class="breadcrumb">{links}</div></div>')


def _page(head: str, body_class: str, ui: str, base: str, trail: list[tuple[str, str]],
          title: str, content: str, current: int | None, latest: bool) -> bytes:
    return f"""{head}
<body class="html {body_class} i18n-{ui}" >
  <div id="skip-link">
    <a href="#main-content" class="element-invisible element-focusable">{UI[ui]['skip']}</a>
  </div>
    {_header(base, ui)}
  <div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
{_breadcrumb(ui, trail)}
{_sidebar(base, current)}
    <div id="content" class="column"><div class="section">
            <a id="main-content"></a>
                    <h1 class="title" id="page-title">
          {e(title)}        </h1>
                          <div class="tabs">
                  </div>
                          <div class="region region-content">
  <div id="block-system-main" class="block block-system">
  <div class="content">
    {content}  </div>
</div>{_latest_block(current, ui) if latest else ""}
  </div>
    </div></div> <!-- /.section, /#content -->
  </div></div> <!-- /#main, /#main-wrapper -->
{_footer()}""".encode()


# --------------------------------------------------------------------------- the node


def _rdf(a: site.Article) -> bool:
    return a.look != "no_rdf"


def _field(name: str, ftype: str, items: str, label: str | None = None,
           inline: bool = False) -> str:
    """field.tpl.php's output: ``div.field.field-name-… > div.field-items``."""
    where = "hidden" if label is None else "inline" if inline else "above"
    cls = f"field field-name-{name} field-type-{ftype} field-label-{where}"
    if inline:
        cls += " clearfix"
    head = "" if label is None else f'<div class="field-label">{label}&nbsp;</div>'
    return f'<div class="{cls}">{head}<div class="field-items">{items}</div></div>'


def _items(values: list[str], attrs: str = "") -> str:
    return "".join(f'<div class="field-item {"even" if k % 2 == 0 else "odd"}"{attrs}>{v}</div>'
                   for k, v in enumerate(values))


def _submitted(a: site.Article) -> str:
    ui = a.ui()
    stamp = medium_date(a.local, ui)
    if not _rdf(a):
        user = ('<a href="/users/admin" title="Информация о пользователе." '
                'class="username">admin</a>')
        return ('\n      <div class="meta submitted">\n                '
                + UI[ui]["submitted"].format(user=user, date=stamp) + "\n      </div>")
    user = ('<span class="username" xml:lang="" about="/users/admin" typeof="sioc:UserAccount" '
            'property="foaf:name" datatype="">admin</span>')
    return (f'\n      <div class="meta submitted">\n                <span property="dc:date '
            f'dc:created" content="{a.local.isoformat()}" datatype="xsd:dateTime" '
            f'rel="sioc:has_creator">' + UI[ui]["submitted"].format(user=user, date=stamp)
            + "</span>      </div>")


def _term_link(name: str, aliased: bool = False) -> str:
    tid, alias = site.terms()[name]
    return f'<a href="{alias if aliased else f"/taxonomy/term/{tid}"}">{e(name)}</a>'


def _info_line(a: site.Article) -> str:
    """The outlet's own line under the photo: day, count, rubric, tags."""
    parts = [f'<span class="date-display-single">{info_date(a)}</span>']
    if a.views is not None and a.look != "views_links_only":
        parts.append(f'<span class="node-views" title="Просмотры">{a.views}</span>')
    if a.category:
        parts.append(f'<span class="node-rubric">{_term_link(a.category)}</span>')
    if a.tags and a.look != "tags_comma":
        parts.append('<span class="node-tags">'
                     + ", ".join(_term_link(t) for t in a.tags) + "</span>")
    return '<div class="node-info">' + " ".join(parts) + "</div>"


def _image(a: site.Article, base: str) -> str:
    if not a.images:
        return ""
    styled, original = base + a.styled_path(), base + a.image_paths()[0]
    rdf = f' rel="og:image rdfs:seeAlso" resource="{styled}"' if _rdf(a) else ""
    typeof = ' typeof="foaf:Image"' if _rdf(a) else ""
    img = (f'<a href="{original}"><img{typeof} src="{styled}" width="480" height="320" '
           f'alt="{e(a.title)}" /></a>')
    out = _field("field-image", "image", _items([img], rdf))
    if a.photo_credit and a.look != "credit_in_body":
        out += _field("field-photo-author", "text", _items([f"Фото:{e(a.photo_credit)}"]))
    return out


def _paragraphs(a: site.Article) -> list[str]:
    """The body field's paragraphs as the editor saved them (the dateline on the first)."""
    raw = [e(p) for p in (a.raw_paragraphs or a.paragraphs)]
    dateline = e(a.dateline())
    if dateline and a.num % 2:
        dateline = f"<strong>{dateline}</strong>"
    first = dateline + raw[0]
    if a.look == "credit_in_body" and a.photo_credit:
        first = f"<em>Фото:{e(a.photo_credit)}</em>{first}"
    paras = [first, *raw[1:]]
    out = [f"<p>{p}</p>" if p.strip() else "<p>&nbsp;</p>" for p in paras]
    if a.num == 45694:
        out.append("<p>\u00a0</p>")  # the seed's line of a no-break space before the source
    if a.source and a.source_line and a.look != "source_field":
        out.append(f"<p>Источник: {e(a.source)}</p>")
    return out


def _body(a: site.Article) -> str:
    attrs = ' property="content:encoded"' if _rdf(a) else ""
    return _field("body", "text-with-summary", _items(["\n".join(_paragraphs(a))], attrs))


def _summary(a: site.Article) -> str:
    return _field("body-summary", "ds", _items([f'<p class="lead">{e(a.paragraphs[0])}</p>']))


def _source(a: site.Article) -> str:
    if a.look != "source_field" or not a.source:
        return ""
    return _field("field-source", "text", _items([e(a.source)]), UI[a.ui()]["source"],
                  inline=True)


def _tags(a: site.Article) -> str:
    if not a.tags:
        return ""
    label = UI[a.ui()]["tags"]
    if a.look == "tags_comma":
        links = ", ".join(_term_link(t, aliased=True) for t in a.tags)
        return _field("field-tags", "taxonomy-term-reference",
                      _items([f'<span class="textformatter-list">{links}</span>']), label,
                      inline=True)
    values = []
    for t in a.tags:
        tid = site.terms()[t][0]
        values.append(f'<a href="/taxonomy/term/{tid}" typeof="skos:Concept" '
                      f'property="rdfs:label skos:prefLabel" datatype="">{e(t)}</a>'
                      if _rdf(a) else f'<a href="/taxonomy/term/{tid}">{e(t)}</a>')
    return _field("field-tags", "taxonomy-term-reference",
                  _items(values, ' rel="dc:subject"' if _rdf(a) else ""), label)


def _book(a: site.Article) -> str:
    if a.look != "book_nav":
        return ""
    parent, sibling = (site.by_num()[n] for n in site.BOOK)
    return f"""
  <div id="book-navigation-{parent.num}" class="book-navigation">
    <ul class="menu"><li class="leaf first"><a href="{sibling.path}">{e(sibling.title)}</a></li>
<li class="leaf last active-trail"><a href="{a.path}" class="active">{e(a.title)}</a></li>
</ul>
        <div class="page-links clearfix">
              <a href="{sibling.path}" class="page-previous"
 title="Перейти на предыдущую страницу">‹ {e(sibling.title)}</a>
                    <a href="{parent.path}" class="page-up"
 title="Перейти на родительскую страницу">{UI[a.ui()]['up']}</a>
                </div>
    </div>"""


def _twin(a: site.Article) -> site.Article | None:
    return site.by_num().get(site.TWINS.get(a.num, 0))


def _links(a: site.Article) -> str:
    words = UI[a.ui()]
    items = []
    twin = _twin(a)
    if twin is not None:
        items.append(f'<li class="translation_{twin.lang}"><a href="{twin.path}" '
                     f'title="{e(twin.title)}" class="translation-link" '
                     f'xml:lang="{twin.lang}">{LANG_NAMES[twin.lang]}</a></li>')
    items.append(f'<li class="comment-add"><a href="/comment/reply/{a.num}#comment-form" '
                 f'title="Поделитесь своими мыслями и мнениями, связанными с этим материалом.">'
                 f"{words['add_comment']}</a></li>")
    if a.views:
        items.append(f'<li class="statistics_counter"><span>{views_word(a.views, a.ui())}'
                     f"</span></li>")
    items.append(f'<li class="print_html"><a href="/print/{a.num}" title="Показать версию этой '
                 f'страницы для печати." class="print-page" rel="nofollow">{words["print"]}'
                 f"</a></li>")
    items[0] = items[0].replace('class="', 'class="first ', 1)
    items[-1] = items[-1].replace('class="', 'class="last ', 1)
    return '\n  <ul class="links inline">' + "".join(items) + "</ul>"


def _comments(a: site.Article) -> str:
    if a.look != "comments":
        return ""
    ui = a.ui()
    words = UI[ui]
    out = [f'\n  <div id="comments" class="comment-wrapper">\n          <h2 class="title">'
           f"{words['comments']}</h2>"]
    for k, text in enumerate(COMMENTS[ui]):
        cid = a.num * 3 + k
        moment = a.local + timedelta(hours=5 + 26 * k, minutes=17)
        out.append(f"""
  <a id="comment-{cid}"></a>
<div class="comment comment-by-anonymous {"odd" if k == 0 else "even"} clearfix"
 about="/comment/{cid}#comment-{cid}" typeof="sioc:Post sioct:Comment">
  <div class="attribution">
    <div class="submitted">
      <p class="commenter-name">
        <span rel="sioc:has_creator"><span class="username" xml:lang="" typeof="sioc:UserAccount"
 property="foaf:name" datatype="">{words['guest']}</span></span>      </p>
      <p class="comment-time">
        <span property="dc:date dc:created" content="{moment.isoformat()}"
 datatype="xsd:dateTime">{medium_date(moment, ui)}</span>      </p>
      <p class="comment-permalink">
        <a href="/comment/{cid}#comment-{cid}" class="permalink"
 rel="bookmark">{words['permalink']}</a>      </p>
    </div>
  </div>
  <div class="comment-text">
    <div class="comment-arrow"></div>
    <div class="content">
      <span rel="sioc:reply_of" resource="{a.path}" class="rdf-meta element-hidden"></span>
<div class="field field-name-comment-body field-type-text-long field-label-hidden"><div
 class="field-items"><div class="field-item even" property="content:encoded"><p>{e(text)}</p>
</div></div></div>    </div>
  </div>
  <ul class="links inline"><li class="comment-reply first last"><a
 href="/comment/reply/{a.num}/{cid}">{words['reply']}</a></li></ul></div>""")
    out.append(f"""
  <h2 class="title comment-form">{words['add_comment']}</h2>
  <form class="comment-form" action="/comment/reply/{a.num}" method="post" id="comment-form"
 accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name">
  <label for="edit-name">Ваше имя </label>
 <input type="text" id="edit-name" name="name" value="" size="30" maxlength="60"
 class="form-text" /></div>
<div class="form-item form-type-textarea"><textarea id="edit-comment-body" name="comment_body"
 cols="60" rows="5" class="form-textarea"></textarea></div>
<div class="form-actions form-wrapper" id="edit-actions"><input type="submit"
 id="edit-submit" name="op" value="Сохранить" class="form-submit" /></div></div></form>
  </div>""")
    return "".join(out)


def node(a: site.Article, base: str) -> str:
    """node.tpl.php's output for a node in full view."""
    rdf = _rdf(a)
    ntype = "article" if rdf else "news"
    classes = " ".join(["node", f"node-{ntype}", *(["node-promoted"] if a.promoted else []),
                        "view-mode-full", "clearfix"])
    attrs = f' about="{a.path}" typeof="sioc:Item foaf:Document"' if rdf else ""
    meta = ""
    if rdf:
        replies = len(COMMENTS["ru"]) if a.look == "comments" else 0
        meta = (f'\n  <span property="dc:title" content="{e(a.title)}" class="rdf-meta '
                f'element-hidden"></span><span property="sioc:num_replies" content="{replies}" '
                f'datatype="xsd:integer" class="rdf-meta element-hidden"></span>')
        if a.look == "hidden_submitted":
            meta += (f'<span property="dc:date dc:created" content="{a.local.isoformat()}" '
                     f'datatype="xsd:dateTime" class="rdf-meta element-hidden"></span>')
    submitted = "" if a.look == "hidden_submitted" else _submitted(a)
    image, body = _image(a, base), _body(a)
    summary = _summary(a) if a.look == "summary_apart" else ""
    if a.look == "image_after":
        fields = f"{_info_line(a)}{body}{_source(a)}{image}"
    else:
        fields = f"{summary}{image}{_info_line(a)}{body}{_source(a)}"
    return f"""<div id="node-{a.num}" class="{classes}"{attrs}>
{meta}{submitted}

  <div class="content clearfix">
    {fields}{_tags(a)}{_book(a)}  </div>
{_links(a)}{_comments(a)}

</div>"""


def article(a: site.Article, base: str) -> Response:
    ui = a.ui()
    lead = a.paragraphs[0]
    description = lead if len(lead) <= 200 else lead[:197].rsplit(" ", 1)[0] + "..."
    extra = [f'<meta name="description" content="{e(description)}" />',
             f'<link rel="canonical" href="{a.path}" />',
             f'<link rel="shortlink" href="{a.node_path}" />',
             f'<meta property="og:site_name" content="{SITE_NAME}" />',
             '<meta property="og:type" content="article" />',
             f'<meta property="og:url" content="{base}{a.path}" />',
             f'<meta property="og:title" content="{e(a.title)}" />']
    if a.images:
        extra.append(f'<meta property="og:image" content="{base}{a.image_paths()[0]}" />')
    twin = _twin(a)
    if twin is not None:
        extra += [f'<link rel="alternate" hreflang="{x.lang}" href="{base}{x.path}" />'
                  for x in (a, twin)]
    ntype = "article" if _rdf(a) else "news"
    body_class = (f"not-front not-logged-in one-sidebar sidebar-first page-node page-node- "
                  f"page-node-{a.num} node-type-{ntype}")
    trail = ([(site.by_num()[site.BOOK[0]].title, site.by_num()[site.BOOK[0]].path)]
             if a.look == "book_nav" else [(UI[ui]["news"], site.LISTING)])
    page = _page(_head(a.title, ui, base, "\n".join(extra), a.num), body_class, ui, base,
                 trail, a.title, node(a, base), a.num, latest=True)
    return 200, {"Content-Type": HTML, "X-Generator": "Drupal 7 (http://drupal.org)",
                 "Cache-Control": "no-cache, must-revalidate",
                 "Content-Language": ui}, page


# --------------------------------------------------------------------------- lists


def _row(k: int, a: site.Article) -> str:
    href = a.node_path if a.look == "node_href" else a.path
    return (f'  <div class="views-row views-row-{k + 1} views-row-{"odd" if k % 2 == 0 else "even"}'
            f'{" views-row-first" if k == 0 else ""}">\n'
            f'    <div class="news_text"><a href="{href}">{e(a.title)}</a><p>{caps_day(a.day)}'
            f"</p></div>  </div>")


def _pager(page: int) -> str:
    """Drupal's full pager: the first page without a query, then ``?page=1`` and on."""
    count = site.page_count()
    if count < 2:
        return ""
    items = []
    if page > 1:
        items.append(f'<li class="pager-first first"><a title="На первую страницу" '
                     f'href="{site.page_target(1)}">« первая</a></li>')
        items.append(f'<li class="pager-previous"><a title="На предыдущую страницу" '
                     f'href="{site.page_target(page - 1)}">‹ предыдущая</a></li>')
    for n in range(1, count + 1):
        items.append(f'<li class="pager-current">{n}</li>' if n == page else
                     f'<li class="pager-item"><a title="На страницу номер {n}" '
                     f'href="{site.page_target(n)}">{n}</a></li>')
    if page < count:
        items.append(f'<li class="pager-next"><a title="На следующую страницу" '
                     f'href="{site.page_target(page + 1)}">следующая ›</a></li>')
        items.append(f'<li class="pager-last last"><a title="На последнюю страницу" '
                     f'href="{site.page_target(count)}">последняя »</a></li>')
    return ('<h2 class="element-invisible">Страницы</h2><div class="item-list"><ul class="pager">'
            + "".join(items) + "</ul></div>")


def listing(page: int, base: str) -> Response:
    rows = "\n".join(_row(k, a) for k, a in enumerate(site.page_items(page)))
    content = f"""<div class="view view-novosti view-id-novosti view-display-id-page
 view-dom-id-{_token('novosti', page)[:32]}">
      <div class="view-content">
{rows}
    </div>
      {_pager(page)}
  </div>"""
    head = _head("Новости", "ru", base)
    body_class = "not-front not-logged-in one-sidebar sidebar-first page-novosti"
    return 200, {"Content-Type": HTML, "X-Generator": "Drupal 7 (http://drupal.org)"}, \
        _page(head, body_class, "ru", base, [], "Новости", content, None, latest=False)


def _teaser(a: site.Article) -> str:
    return f"""<div id="node-{a.num}" class="node node-article node-promoted node-teaser clearfix">
  <h2><a href="{a.path}">{e(a.title)}</a></h2>
  <div class="content clearfix"><p>{e(a.paragraphs[0])}</p></div>
  <ul class="links inline"><li class="node-readmore first last"><a href="{a.path}" rel="tag"
 title="{e(a.title)}">Подробнее<span class="element-invisible"> о {e(a.title)}</span></a></li>
</ul>
</div>"""


def front(base: str) -> bytes:
    promoted = [a for a in site.build() if a.promoted][:10]
    content = "\n".join(_teaser(a) for a in promoted) + \
        '\n<p class="all-news"><a href="/novosti">Все новости</a></p>'
    head = _head(SITE_NAME, "ru", base, '<link rel="canonical" href="/" />')
    return _page(head, "front not-logged-in one-sidebar sidebar-first page-node", "ru", base,
                 [], SITE_NAME, content, None, latest=False)


def not_found() -> bytes:
    head = _head("Страница не найдена", "ru", "")
    return _page(head, "not-front not-logged-in one-sidebar sidebar-first page-404", "ru", "",
                 [], "Страница не найдена",
                 "Запрашиваемая страница не найдена.", None, latest=False)

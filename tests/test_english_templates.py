"""English article pages as real English-language news templates print them (WordPress and
its Newspaper and Jannah themes, a Drupal node, an AMP page, a plain CMS's page), filled with
the English seed's text and the outlet's furniture: every field of the record checked."""

from __future__ import annotations

from typing import Any

import pytest

from kznews import article_from_html

URL = "https://ic24.kz/news/Artwork-of-young-Kazakhstanis-presented-in-Luxembourg-u46768"
TITLE = "Artwork of young Kazakhstanis presented in Luxembourg"
DATELINE = "Almaty. August 2. Information Center - "
P = [
    "The Kazakh diaspora gathered recently for the meet-up of friends of Kazakhstan and for the "
    "exhibition of artworks by young Kazakhstanis called 'The world through the eyes of the "
    "children of Kazakhstan', EU reporter reports.",
    "The event is part of the celebration of the 30th Anniversary of the Independence of "
    "Kazakhstan and was attended by representatives of the ministry of foreign affairs of "
    "Luxembourg, business and culture circles.",
    "It was organized by the Embassy of Kazakhstan, the Kazakhstan-Luxembourg Association, and "
    "the Ayalagan Alaqan, a Public Charitable Foundation from Kazakhstan.",
    "During the meeting, Nurgul Tursyn, the president of the Kazakhstan-Luxembourg Association, "
    "spoke about the contribution of the Association in promoting the image of Kazakhstan "
    "abroad.",
]
BODY = "\n\n".join(P)
BRUSSELS = "https://ic24.kz/news/Exhibition-in-Brussels-u46700"
DAY = "2021-08-02T00:00:00+06:00"
TEN = "2021-08-02T10:00:00+06:00"


def _text(dateline: str = DATELINE, paras: list[str] = P) -> str:
    return "".join(f"<p>{dateline if i == 0 else ''}{p}</p>" for i, p in enumerate(paras))


def _record(html: str) -> dict[str, Any]:
    rec = article_from_html(html, URL, today="2026-06-01")
    assert rec is not None
    return rec


def _check(rec: dict[str, Any], **want: Any) -> None:
    expected: dict[str, Any] = {
        "title": TITLE, "body": BODY, "lang": "en", "dateline_place": "Almaty",
        "source": "EU Reporter", "photo_credit": None, "category": "Society", "tags": [],
        "views": None, "image_urls": [], "related": [], "published_at": DAY}
    expected.update(want)
    got = {k: rec[k] for k in expected}
    if isinstance(expected["related"], list) and expected["related"] and \
            isinstance(expected["related"][0], tuple):
        got["related"] = [(r["url"], r["title"], r["lang"]) for r in rec["related"]]
    assert got == expected


def plain_page(info: str, text: str | None = None, after: str = "", side: str = "") -> str:
    """A plain CMS's English page: currency widget, English breadcrumbs, the headline, an
    info line, the text and the outlet's Russian source label."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{TITLE} | Information Center</title></head><body>
<header><a href="/">Information Center</a><div class="currency">• USD/KZT 0.0 • EUR/KZT 0.0
</div></header>
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/novosti">News</a> ›
<a href="/society">Society</a></div>
<div class="article"><h1>{TITLE}</h1><div class="info">{info}</div>
<div class="article-text">{text if text is not None else _text()}<p>Источник: EU Reporter</p>
</div>{after}</div>{side}<footer>© 2021 Information Center</footer></body></html>"""


# ----------------------------------------------------------------------- found wrong, fixed
def test_posted_on_by_author_is_neither_rubric_nor_tags() -> None:
    """WordPress's ``Posted on <date> by <author>`` printed as text: ``by`` is no rubric and
    the author's name no tag."""
    rec = _record(plain_page("Posted on August 2, 2021 by admin"))
    _check(rec)
    rec = _record(plain_page("Posted on August 2, 2021 by John Smith"))
    _check(rec)


@pytest.mark.parametrize(("info", "when"), [
    ("2nd August 2021", DAY),
    ("Monday, 2nd August 2021", DAY),
    ("August 2nd, 2021 | 10:00", TEN),
    ("2nd of August 2021, 10:00", TEN),
])
def test_ordinal_day(info: str, when: str) -> None:
    """A day printed with its ordinal suffix (British ``2nd August 2021``, American ``August
    2nd, 2021``): the page's date, not the dateline's day in the crawl's year."""
    rec = _record(plain_page(info))
    _check(rec, published_at=when)
    assert rec["extraction"]["published_at"] == "text:info-line"


@pytest.mark.parametrize(("info", "when"), [
    ("02/08/2021", DAY),  # day first, as Kazakh and British pages write it
    ("Published: 02/08/2021 10:00", TEN),
    ("08/02/2021", DAY),  # month first, as American templates write it
    ("Published: 08/02/2021 10:00", TEN),
])
def test_slashed_date_in_the_datelines_order(info: str, when: str) -> None:
    """An English page's slashed date whose numbers could be either order: the dateline's
    ``August 2`` tells which."""
    _check(_record(plain_page(info)), published_at=when)


def test_slashed_date_without_a_dated_dateline_is_month_first() -> None:
    """Guard: with no day in the dateline an English page's ambiguous slashed date stays month
    first."""
    rec = _record(plain_page("02/08/2021", _text("ALMATY (IC) – ")))
    _check(rec, published_at="2021-02-08T00:00:00+06:00")


@pytest.mark.parametrize("info", [
    "August 2, 2021 | Comments (0) | Views 1234",
    "August 2, 2021 | Views 1234",
    "August 2, 2021 · Views 1234 · Reading time: 3 min",
])
def test_count_label_after_a_separator_is_no_rubric(info: str) -> None:
    """``<date> | Views 1234``: the count's label after a separator goes with the count,
    never read as the rubric."""
    _check(_record(plain_page(info)), views=1234)


# ----------------------------------------------------------------------- guards
@pytest.mark.parametrize(("info", "when"), [
    ("August 2, 2021", DAY),
    ("Aug 2, 2021 at 10:00 am", TEN),
    ("2 August 2021, 10:00", TEN),
    ("Monday, 2 August 2021", DAY),
    ("Published: 02.08.2021 | Updated: 03.08.2021", DAY),
    ("Updated: August 3, 2021 | Published: August 2, 2021", DAY),
    ("August 2, 2021 10:00 AM GMT+6", TEN),
    ("Mon, 02 Aug 2021 10:00:00 +0600", TEN),
    ("10:00, 2 August 2021", TEN),
    ('<span class="ago">2 hours ago</span> <time datetime="2021-08-02T04:00:00Z"></time>', TEN),
    ('<time datetime="2021-08-02T10:00:00+06:00">2 hours ago</time>', TEN),
])
def test_english_date_forms(info: str, when: str) -> None:
    _check(_record(plain_page(info)), published_at=when)


def test_almaty_offset_after_march_2024() -> None:
    rec = _record(plain_page("March 5, 2024, 10:00", _text("Almaty. March 5. IC - ")))
    _check(rec, published_at="2024-03-05T10:00:00+05:00")
    rec = _record(plain_page("February 29, 2024 at 11:30 pm", _text("Almaty. February 29. IC - ")))
    _check(rec, published_at="2024-02-29T23:30:00+06:00")


@pytest.mark.parametrize(("dateline", "place"), [
    ("ALMATY, August 2 (Information Center) – ", "Almaty"),
    ("NUR-SULTAN. August 2. – ", "Nur-Sultan"),
    ("Almaty, 2 August (IC) — ", "Almaty"),
    ("ALMATY, Aug. 2 /Information Center/ - ", "Almaty"),
])
def test_english_datelines(dateline: str, place: str) -> None:
    _check(_record(plain_page("August 2, 2021", _text(dateline))), dateline_place=place)


@pytest.mark.parametrize(("info", "views"), [
    ("August 2, 2021 | Views: 1,234", 1234),
    ("August 2, 2021 | 1.2K views", 1200),
    ("August 2, 2021 | 1 234 views", 1234),
])
def test_english_view_counts(info: str, views: int) -> None:
    _check(_record(plain_page(info)), views=views)


def test_russian_sidebar_on_an_english_page() -> None:
    side = '<aside class="sidebar"><h3>Последние новости</h3><ul>' + "".join(
        f'<li><span class="lang">ru</span> <a href="https://ic24.kz/news/ru-{i}-u6000{i}">{t}</a>'
        "</li>" for i, t in enumerate(["Крупный строительный объект оштрафован в Алматы",
                                       "Сенат вернул проект трехлетнего бюджета в Мажилис"])
    ) + "</ul></aside>"
    rec = _record(plain_page("August 2, 2021 683 Society Luxembourg, diaspora", side=side))
    _check(rec, views=683, tags=["Luxembourg", "diaspora"], related=[
        ("https://ic24.kz/news/ru-0-u60000", "Крупный строительный объект оштрафован в Алматы",
         "ru"),
        ("https://ic24.kz/news/ru-1-u60001", "Сенат вернул проект трехлетнего бюджета в Мажилис",
         "ru")])


def test_english_text_quoting_a_russian_sentence() -> None:
    quote = ("The ambassador wrote in Russian: «Выставка детских рисунков вызвала большой "
             "интерес у гостей мероприятия».")
    rec = _record(plain_page("August 2, 2021", _text(paras=[*P, quote])))
    _check(rec, body="\n\n".join([*P, quote]))


def test_furniture_inside_the_text_container() -> None:
    text = ("<p>By John Smith</p>" + _text() + "<p>Photo by Embassy of Kazakhstan</p>"
            f"<p>Read more: <a href='{BRUSSELS}'>Exhibition in Brussels</a></p>"
            "<p>Share this:</p><p>Subscribe to our newsletter</p><p>Print</p><p>Comments (0)</p>")
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title>
</head><body><div class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a> ›
<a href="/society">Society</a></div><h1>{TITLE}</h1>
<div class="meta">August 2, 2021 | Views: 1,234 | Reading time: 3 min</div>
<div class="article-body">{text}<p>Source: EU Reporter</p></div>
<div class="tags">Tags: <a href="/tags/luxembourg">Luxembourg</a>, <a href="/tags/diaspora">
diaspora</a></div><div id="cookie-notice">This website uses cookies. By continuing to browse
you agree. <a href="/privacy">Learn more</a> <button>OK</button></div></body></html>"""
    _check(_record(page), photo_credit="Embassy of Kazakhstan", views=1234,
           tags=["Luxembourg", "diaspora"],
           related=[(BRUSSELS, "Exhibition in Brussels", "en")])


def test_wordpress_default_theme() -> None:
    page = f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">
<title>{TITLE} – Information Center</title>
<meta property="og:image" content="https://ic24.kz/wp-content/uploads/2021/08/art.jpg"></head>
<body class="single single-post"><header><a href="/">Information Center</a><nav>
<a href="/category/news/">News</a><a href="/category/society/">Society</a></nav></header>
<main><article class="post type-post"><header class="entry-header"><div class="entry-categories">
<a href="/category/society/" rel="category tag">Society</a></div>
<h1 class="entry-title">{TITLE}</h1><div class="entry-meta">Posted on <a href="{URL}"
rel="bookmark"><time class="entry-date published" datetime="2021-08-02T10:00:00+06:00">August 2,
2021</time></a> by <span class="author vcard"><a href="/author/admin/">admin</a></span></div>
</header><figure class="wp-block-image"><img src="/wp-content/uploads/2021/08/art.jpg" alt="">
<figcaption>Photo by Embassy of Kazakhstan</figcaption></figure>
<div class="entry-content">{_text()}<p>Источник: EU Reporter</p><div class="sharedaddy">
<h3>Share this:</h3><ul><li><a href="https://twitter.com/share">Twitter</a></li></ul></div>
</div><footer class="entry-footer"><span class="cat-links">Filed under: <a
href="/category/society/" rel="category tag">Society</a></span><span class="tags-links">Tags:
<a href="/tag/luxembourg/" rel="tag">Luxembourg</a>, <a href="/tag/diaspora/" rel="tag">diaspora
</a></span></footer></article><div id="comments"><h2>Comments (0)</h2><h3>Leave a Reply</h3>
</div></main><aside><h2>Related:</h2><ul><li><a href="{BRUSSELS}">Exhibition in Brussels</a>
</li></ul><div class="newsletter">Subscribe to our newsletter</div></aside>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button>
</div></body></html>"""
    _check(_record(page), published_at=TEN, photo_credit="Embassy of Kazakhstan",
           tags=["Luxembourg", "diaspora"],
           image_urls=["https://ic24.kz/wp-content/uploads/2021/08/art.jpg"],
           related=[(BRUSSELS, "Exhibition in Brussels", "en")])


def test_jannah_theme() -> None:
    page = f"""<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">
<title>{TITLE} - Information Center</title></head><body><nav id="breadcrumb"><a href="/">Home</a>
<em class="delimiter">/</em><a href="/category/society/">Society</a><em class="delimiter">/</em>
<span class="current">{TITLE}</span></nav><article id="the-post" class="post-content">
<header class="entry-header-outer"><div class="entry-header"><span class="post-cat-wrap"><a
class="post-cat" href="/category/society/">Society</a></span><h1 class="post-title entry-title">
{TITLE}</h1><div id="single-post-meta" class="post-meta"><span class="meta-author"><a
href="/author/admin/" class="author-name">admin</a></span><span class="date meta-item">Aug 2,
2021 at 10:00 am</span><span class="meta-views meta-item"> 1.2K views</span><span
class="meta-reading-time meta-item"> Reading time: 3 min</span></div></div></header>
<div class="featured-area"><figure class="single-featured-image"><img
src="/wp-content/uploads/2021/08/art.jpg"><figcaption class="single-caption-text"> Image: gov.kz
</figcaption></figure></div><div class="entry-content entry">{_text()}<p>Source: EU Reporter</p>
</div><div class="post-bottom-meta post-bottom-tags"><div class="post-bottom-meta-title"> Tags
</div><span class="tagcloud"><a href="/tag/luxembourg/" rel="tag">Luxembourg</a><a
href="/tag/diaspora/" rel="tag">diaspora</a></span></div><div class="share-links"><a
href="https://www.facebook.com/sharer.php?u=x">Facebook</a><a href="#">Print</a></div></article>
<div id="related-posts"><h3>Related Articles</h3><div class="related-item"><h3 class="post-title">
<a href="{BRUSSELS}">Exhibition in Brussels</a></h3><span class="date meta-item">Jul 30, 2021
</span></div></div></body></html>"""
    _check(_record(page), published_at=TEN, photo_credit="gov.kz", views=1200,
           tags=["Luxembourg", "diaspora"],
           image_urls=["https://ic24.kz/wp-content/uploads/2021/08/art.jpg"],
           related=[(BRUSSELS, "Exhibition in Brussels", "en")])


def test_drupal_english_node() -> None:
    page = f"""<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8">
<title>{TITLE} | Information Center</title><link rel="canonical" href="{URL}"></head>
<body class="path-node page-node-type-article"><nav class="breadcrumb"><ol><li><a href="/">Home
</a></li><li><a href="/news">News</a></li></ol></nav><article role="article"
class="node node--type-article node--view-mode-full"><h1 class="page-title"><span
class="field field--name-title">{TITLE}</span></h1><footer class="node__meta"><div
class="node__submitted">Submitted by <span class="field--name-uid">admin</span> on <span
class="field field--name-created">Mon, 08/02/2021 - 10:00</span></div></footer>
<div class="node__content"><div class="field field--name-field-image"><img
src="/sites/default/files/2021-08/art.jpg" alt=""></div><div class="text-formatted field
field--name-body field__item">{_text()}<p>Источник: EU Reporter</p></div><div class="field
field--name-field-tags field--label-above"><div class="field__label">Tags</div><div
class="field__items"><div class="field__item"><a href="/taxonomy/term/5">Luxembourg</a></div>
<div class="field__item"><a href="/taxonomy/term/6">diaspora</a></div></div></div><div
class="field field--name-field-category field--label-inline"><div class="field__label">Category
</div><div class="field__item"><a href="/taxonomy/term/2">Society</a></div></div>
<div class="statistics">1234 views</div></div></article></body></html>"""
    _check(_record(page), published_at=TEN, views=1234, tags=["Luxembourg", "diaspora"],
           image_urls=["https://ic24.kz/sites/default/files/2021-08/art.jpg"])


def test_amp_page() -> None:
    page = f"""<!doctype html><html ⚡ lang="en"><head><meta charset="utf-8"><title>{TITLE}</title>
<link rel="canonical" href="{URL}"><script type="application/ld+json">{{"@context":
"https://schema.org","@type":"NewsArticle","headline":"{TITLE}","datePublished":
"2021-08-02T10:00:00+06:00","image":["https://ic24.kz/uploads/art.jpg"]}}</script></head><body>
<header class="amp-header"><a href="/">Information Center</a></header><article class="amp-article">
<div class="amp-category"><a href="/society">Society</a></div><h1 class="amp-title">{TITLE}</h1>
<div class="amp-meta"><span class="amp-author">By John Smith</span> <time
datetime="2021-08-02T10:00:00+06:00">August 2, 2021</time></div><amp-img
src="https://ic24.kz/uploads/art.jpg" width="800" height="450" layout="responsive"></amp-img>
<p class="amp-caption">Photo: gov.kz</p><div class="amp-content">{_text()}
<p>Источник: EU Reporter</p></div><amp-social-share type="facebook"></amp-social-share>
<div class="amp-related"><h3>Related</h3><a href="{BRUSSELS}">Exhibition in Brussels</a></div>
</article><footer><a href="{URL}">View non-AMP version</a></footer></body></html>"""
    _check(_record(page), published_at=TEN, photo_credit="gov.kz",
           image_urls=["https://ic24.kz/uploads/art.jpg"],
           related=[(BRUSSELS, "Exhibition in Brussels", "en")])


def test_source_only_in_the_lead() -> None:
    text = _text()
    page = plain_page("August 2, 2021", text).replace("<p>Источник: EU Reporter</p>", "")
    _check(_record(page), source="EU reporter")


@pytest.mark.parametrize("line", [
    "<p>Filed under: <a href='/culture'>Culture</a></p>",
    "<div class='cats'>FILED UNDER: <a href='/culture'>Culture</a></div>",
    "<p>Filed under: Culture</p>",
])
def test_filed_under_names_the_rubric(line: str) -> None:
    """WordPress's ``Filed under:`` label before the post's category, printed with no
    ``rel=category`` on its link: the rubric."""
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title>
</head><body><div class="post"><h1>{TITLE}</h1><p class="date">August 2, 2021</p>
<div class="post-text">{_text()}<p>Источник: EU Reporter</p></div>{line}</div></body></html>"""
    _check(_record(page), category="Culture")


def test_filed_under_in_a_sentence_is_text() -> None:
    """Guard: ``Filed under`` opening a sentence of the text (no colon) is no label."""
    line = "Filed under the new law, the claim reached the court."
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title>
</head><body><div class="post"><h1>{TITLE}</h1><p class="date">August 2, 2021</p>
<div class="post-text">{_text(paras=[*P, line])}<p>Источник: EU Reporter</p></div></div>
</body></html>"""
    _check(_record(page), category=None, body="\n\n".join([*P, line]))

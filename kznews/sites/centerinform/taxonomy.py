"""ic24.kz article pages: the fields that classify and credit — rubric, tags, views, source
(the photo's credit is in ``credit.py``)."""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree

from kznews import processors as P
from kznews.extract import jsonld
from kznews.extract.chain import Field, Named, Rule, Weak, rule
from kznews.extract.labels import values_in
from kznews.extract.layout import in_embed
from kznews.language import block_counts
from kznews.sites.centerinform import outlet as O
from kznews.sites.centerinform import signs as S
from kznews.sites.centerinform import state as ST
from kznews.sites.centerinform import vocab as V
from kznews.sites.centerinform import words as W
from kznews.sites.centerinform.anchors import in_rubric_box, tag_block
from kznews.sites.centerinform.crumbs import crumbs
from kznews.sites.centerinform.footrubric import filed_in
from kznews.sites.centerinform.marks import builder_views, icon_count, section_link, tag_links
from kznews.sites.centerinform.page import ArticlePage as Page
from kznews.sites.centerinform.page import in_trail
from kznews.sites.centerinform.rules import (
    css_text,
    itemprop_values,
    labelled,
    meta_text,
    selectors_doc,
)
from kznews.sites.centerinform.scan import by_picture, copyright_source

_GOES_ON = re.compile(r"[.!?…][»”\"')]*\s+[^\W_]+\s+\S")
"""A sentence end followed by words (``«Вопрос — ответ». Читатели спрашивают…``): what a
label opens there may be a sentence of the text, not a rubric's name (``_goes_on``)."""
MAX_SUBRUBRIC_WORDS = 3  # ``Спорт. Футбол и хоккей``: a rubric and its section, not a sentence


def _goes_on(text: str, pos: int = 0) -> bool:
    """Whether ``text`` goes on as a sentence after a sentence end from ``pos``: what follows
    it ends as a sentence, holds a comma or is longer than a section's name (``«Вопрос —
    ответ». Читатели спрашивают, когда…``), unlike a rubric and its section (``Спорт. Футбол
    и хоккей``) or an abbreviation (``Новости г. Алматы и области``)."""
    found = _GOES_ON.search(text, pos)
    if found is None:
        return False
    rest = text[found.start() + 1:].lstrip("»”\"')").strip()
    return rest.endswith((".", "!", "?", "…")) or "," in rest or \
        len(rest.split()) > MAX_SUBRUBRIC_WORDS
_QUOTED_NAME = re.compile(rf"^(?:{W.RUBRIC_WORDS})\s*:\s*(«[^«»]{{1,60}}»|“[^“”]{{1,60}}”|"
                          r"\"[^\"]{1,60}\")\s*[.!?…]", re.I)


def _rubric_line(p: Page) -> str | None:
    """The name after a rubric's label on a line of its own; on a line that goes on as a
    sentence after a quoted name (``Рубрика: «Вопрос — ответ». Читатели спрашивают…``), the
    name in quotes, as printed."""
    for i, text in enumerate(p.clean):
        match = W.RUBRIC_LINE.match(text)
        # ``Рубрики: X Метки: a, b`` (inline boxes run together): another label follows
        if match and match.group(2).strip() and not W.NOT_RUBRIC.search(match.group(2)) and \
                not _goes_on(match.group(2)) and not tag_block(p.lines[i].links, text):
            return match.group(2).strip()
        quoted = _QUOTED_NAME.match(text)
        if quoted and _goes_on(text, quoted.start(1)):
            return quoted.group(1)
    return None


def _first(values: tuple[str, ...]) -> str | None:
    return P.clean_text(values[0]).rstrip(" .:") or None if values else None


def _rubric_name(values: tuple[str, ...]) -> str | None:
    """The first labelled value when it is a rubric's name; a value that goes on as a sentence
    after it (``Рубрика: «Вопрос — ответ». Читатели спрашивают…``, a paragraph of the text
    opening with the label) is none: the next rules are asked, and the text's own rule
    (``text:rubric-line``) takes the quoted name when none of them finds a rubric."""
    name = _first(values)
    return None if name is None or _goes_on(P.clean_text(values[0])) else name


def _real_rubric(r: Rule[Page]) -> Rule[Page]:
    """The rule's rubric unless it is a CMS's default for posts filed nowhere (``Без
    рубрики``, ``Uncategorized``) or the name of the folder the article's address is in,
    as a static site's generator writes it for every page (Hugo's ``article:section`` of
    ``/news/…``: ``news``, ``novosti``): that is no rubric, and the next rule is asked. Another
    folder's name (``sport`` of ``/sport/…``, maybe the rubric the page prints in lower case)
    is the rubric only when no later rule finds one."""
    def read(p: Page) -> Named | Weak | str | None:
        found = r.read(p)
        value = found.value if isinstance(found, Weak) else found
        value = value.value if isinstance(value, Named) else value
        if not isinstance(value, str):
            return found
        if value.casefold() in W.PLACEHOLDER_RUBRICS:
            return None
        if _path_folder(p.url, value):
            # ``news`` of ``/news/…`` files every story; ``sport`` of ``/sport/…`` may be the
            # rubric the page prints in lower case, so it yields only to a later rule's
            return None if value.casefold() in _FOLDER_UMBRELLAS else \
                found if isinstance(found, Weak) else Weak(found)
        return found
    return Rule(r.name, read, r.doc)


# folders every story of a site is filed under (``/news/…``, ``/novosti/…``): no rubric
_FOLDER_UMBRELLAS = W.UMBRELLA_SECTIONS | {
    "novosti", "novost", "post", "posts", "article", "articles", "stati", "statya", "blog",
    "materials", "materialy", "stories", "story", "content", "lenta", "zhanalyqtar",
    "janalyqtar", "zhanalyktar", "zhanalyk", "habarlar", "xabarlar"}


def _path_folder(url: str, value: str) -> bool:
    """``value`` is the lower-case folder the article's address starts with (``news`` of
    ``https://ic24.kz/news/…-u123``)."""
    if not (value.isascii() and value.islower()) or f"/{value}/" not in url:
        return False
    path = url.split("://", 1)[-1].partition("/")[2]
    return path.split("/", 1)[0] == value


RUBRIC_BOX_CLASSES = W.RUBRIC_BOX_CLASSES
MAX_RUBRIC_BOX = 80  # characters: a rubric, maybe under its section; a list of rubrics is more


def _classed_rubric(p: Page) -> str | None:
    for token in RUBRIC_BOX_CLASSES:
        for el in p.index.with_class(token):
            if p.zone(el) is None and next(el.iter("a"), None) is not None and \
                    0 < len(p.text(el)) <= MAX_RUBRIC_BOX and \
                    not tag_block(list(el.iter("a")), p.text(el)):
                values = values_in(p.index, el, None)  # its link, a path's last one
                return values[0] if values else None
    return None


def _info_rubric(p: Page) -> str | None:
    """The info line's rubric; not a tag's link, nor a labelled value that goes on as a
    sentence (a paragraph ``Рубрика: «Вопрос — ответ». Читатели спрашивают…`` read with a line
    holding no date)."""
    rubric = p.info.category if p.info else None
    if rubric is None or p.tag_link_named(rubric) or _goes_on(rubric) or \
            _tag_elsewhere(p, rubric):
        return None
    return rubric


def _tag_elsewhere(p: Page, word: str) -> bool:
    """The info line's only word after its count is a tag the page links as one elsewhere
    (its tag pills under the text: ``19 Мая 2020 2349 Алматы`` over the pill ``Алматы``), the
    line naming no tag besides: a line of tags with no rubric."""
    if p.info is None or p.info.tags:
        return False
    found = tag_links.read(p)
    return found is not None and word in found.value


def _info_tags(p: Page) -> list[str] | None:
    """The info line's tags, and the word it took for the rubric when that is a tag's link;
    of a line read without a date, the links in an element of it classed as tags."""
    if p.info is None:
        return _boxed_tags(p)
    rubric = p.info.category
    lone = [rubric] if rubric and p.tag_link_named(rubric) else []
    return P.split_tags([*lone, *p.info.tags]) if lone else p.info.tags


TAGS_BOX_REACH = 3  # levels from a tag's link up to its box: the link, a list item, a list
_TAGS_BOX_TOKEN = re.compile(r"(?:[a-z0-9]+(?:-{1,2}|_{1,2}))*(?:tags|tag-?list|keywords|metki"
                             r"|teg[iy])", re.I)
"""A class naming a box of tags by its last word (``tags``, ``news-tags``, ``post__tags``,
``tag-list``): not Ghost's ``tag-politika`` on the whole article, naming its rubric."""


def _boxed_tags(p: Page) -> list[str] | None:
    """An info line that holds no date (``544 Политика аким``: the count first, the date printed
    above the headline or not at all) is read by nothing but its parts' classes: the links in
    an element of the line classed as tags (``<span class="news-tags"><a>аким</a>``,
    ``<ul class="post__tags"><li><a>``) are its tags; the rubric's box holds none."""
    found = [p.text(a).lstrip("#") for i in p.region for a in p.lines[i].links
             if any(_own_tags_box(node) for node in islice(a.iterancestors(), TAGS_BOX_REACH))
             and not in_rubric_box(a)]
    return P.split_tags(found) or None


_CLOUD_WORDS = frozenset({"popular", "top", "hot", "trending", "trend", "cloud", "all", "best",
                          "related", "other", "more", "site", "footer", "sidebar", "widget"})
"""Words of a class naming a box of the site's tags, not the article's (``popular-tags``,
``tags-cloud``, ``sidebar__tags``)."""


def _own_tags_box(node: etree._Element) -> bool:
    """Whether ``node`` is a box of the article's own tags: classed by a tags word, no word of
    a site's tag cloud in that class, and no heading of its own (``<h4>Популярные теги</h4>``:
    a widget's)."""
    for token in (node.get("class") or "").split():
        if _TAGS_BOX_TOKEN.fullmatch(token) and \
                not _CLOUD_WORDS & set(re.split(r"[-_]+", token.lower())):
            return next(node.iter("h1", "h2", "h3", "h4", "h5", "h6"), None) is None
    return False


def _kicker(p: Page) -> str | Weak | None:
    """The kicker's rubric. A kicker's own text with no link yields to a rubric link between
    the headline and the body: a paper's kicker may be a genre's or a topic's word
    (``АКТУАЛЬНО``, ``ИНТЕРВЬЮ``) over a story the page files under its rubric's link."""
    if p.kicker is not None:
        return p.text(p.kicker)
    text = p.kicker_text
    if text:
        return Weak(text) if p.taxonomy_links[1] not in (None, text) else text
    box = p.rubric_box
    return p.text(box) if box is not None else None


def _script(text: str) -> str | None:
    """``cyrillic`` or ``latin``: the script most of the text's letters are in."""
    latin, cyrillic = block_counts(text)
    if cyrillic == latin:
        return None
    return "cyrillic" if cyrillic > latin else "latin"


def _story_sample(p: Page) -> str:
    """The headline and the page's description of the story: a Russian headline may be
    mostly brand names (``Apple представила iPhone 16 Pro Max и AirPods Pro``)."""
    description = p.meta.get("description") or p.meta.get("og:description") or \
        p.ld.get("description")
    return " ".join(t for t in (p.fields.value("title"), description) if isinstance(t, str))


def _ld_section(p: Page) -> str | Weak | None:
    """``articleSection``: of a list, the first section that is not an umbrella one; one
    written in another script than the headline (a template's English `Society` over a
    Russian story) only when no later rule finds the rubric the page shows."""
    sections = [P.clean_text(s) for s in jsonld.strings_of(p.ld.get("articleSection"))]
    sections = [s for s in sections if s]
    own = [s for s in sections if s.casefold() not in W.UMBRELLA_SECTIONS]
    if not sections:
        return None
    section = (own or sections)[0]
    script = _script(section)
    if script is not None and _script(_story_sample(p)) not in (None, script):
        return Weak(section)
    return section


CATEGORY: Field[Page] = Field("category", tuple(map(_real_rubric, (
    Rule("jsonld:articleSection", _ld_section,
         "of a list, the first that is not an umbrella section every story is filed under "
         "(`[\"Новости\", \"Спорт\"]`: `Новости`, `News`, `Жаңалықтар`, `Главное`); one in "
         "another script than the headline (`Society` over a Russian story) only when no "
         "later rule finds the rubric"),
    meta_text("article:section"),
    V.parsely_section,
    Rule("microdata:articleSection", lambda p: _first(itemprop_values(p, "articleSection")),
         "`itemprop=articleSection`: a `<meta>`'s `content`, else the element's text"),
    css_text(O.CATEGORY_CSS),
    labelled("category", _rubric_name, "`Рубрика:`/`Category:`/`Айдар:` and its link, on one "
             "line or "
             "as a label element before its values (`field-label` + `field-items`, `dt` + `dd`, "
             "`th` + `td`, a box whose `aria-label` is the label; not a label over keywords' "
             "links — several `rel=\"tag\"`/tag-search links, or one under `Filed under:`, "
             "Plone's Subjects, while WordPress's `rel=\"category tag\"` stays the rubric), or "
             "a field classed "
             "`field-name-field-rubric`/`…-category`; a value that goes on as a sentence "
             "(`Рубрика: «Вопрос — ответ». Читатели спрашивают…`, a paragraph of the text) is "
             "no rubric's name"),
    section_link,
    Rule("css:kicker", _kicker,
         "a link in a `primary-tag`/`kicker`/`eyebrow` box above the headline (Ghost's "
         "primary tag at `/tag/x/`); else the short text of such a box, or of an `uptitle`/"
         "`rubric` one, with no link (a page builder's `t-uptitle`); else the link of a "
         "rubric's box or a supertag above the headline (`<div class=\"category\"><a>`, "
         "`a.article__supertag`); else a short bold line right above the headline "
         "(`<b>Социум</b><br/>`: a WAP page's kicker without a class), not a date nor a "
         "sentence; a kicker's text with no link yields to a rubric's link between headline "
         "and body (a paper's `АКТУАЛЬНО`, `ИНТЕРВЬЮ` over a story filed under `Политика`)"),
    Rule("css:a[href*=category]", lambda p: p.taxonomy_links[1],
         "a rubric-shaped link between headline and body"),
    Rule("text:info-line", _info_rubric,
         "its rubric, or a details row's; in a line printed as one text the rubric ends where a "
         "name the page gives elsewhere ends (its menu's or a rubric link's text, not a tag list's "
         "nor a search link's, the JSON-LD or meta section, an element of its own in the line: "
         "`Мир спорта`), at a closing quote (`«Рухани жаңғыру»`) or at the separator parting the "
         "line's fields (`/`, `•`), else after a preposition's word or a joined one (`В "
         "мире`, `Наука и образование`), and a lower-case word is a tag in a line with capitals "
         "(Cyrillic always, any script when the page's menu does not name it); a count after "
         "the rubric is the count (`Социум 683 Алматы, аким`); a comma-separated list right after "
         "the count is tags, a"
         " word that is a tag's link (`/tag/x/`, in a `tags` box) on a page with no rubric is a "
         "tag, so is a lone word after the count that the page's tag links elsewhere name (its "
         "pills under the text), and a bare label, another label's part (`Добавил: admin`), "
         "a label element's word "
         "and its value (`<dt>Просмотров</dt><dd>7528</dd>`, `<th>Views</th><td>`: the count's "
         "label and the count) or a count's word before it, a time zone, a reading time, a "
         "credit, a change's date (`Updated: October 14, 2020`, or a second date after the first)"
         " or the heading of a readers' block (`Мнение читателя`, `Самое читаемое`, `Опрос`, "
         "`Most read`, `Оқырман пікірі`; a heading in a box classed `reader-…`, `poll`, "
         "`most-read`, `comments`) is never the rubric"),
    Rule("jsonld:BreadcrumbList|css:breadcrumb|microdata:BreadcrumbList|text:crumb-trail", crumbs,
         "last crumb that is not home (a link to the site's root, whatever it says, or the "
         "site's name: `IC24`, `ЦИ`), an archive (`Архив 2021`, `Archive`, "
         "`Мұрағат`, a bare year) or the headline, nor comes before the news listing's crumb "
         "when a crumb there names a portal's section holding the news (`Главная / "
         "Пресс-центр / Новости / …`; a rubric's own news listing, `Главная / Спорт / "
         "Новости / …`, leaves the rubric); of a "
         "block marked as a trail by class or id "
         "(`breadcrumbs`, `crumbs`, `trail`, `path`, `nav-path`, `pathway`, `kroshki`; not a "
         "menu's `active-trail`, the item on the way to the page), by "
         "`aria-label` (`breadcrumb`, `Хлебные крошки`; `Навигация` only when shaped as a "
         "trail) or by schema.org's `BreadcrumbList` in microdata or RDFa; without one, the "
         "trail after a home link and an arrow (`Главная / …`; in a `<nav>` only when one to "
         "three links follow)"),
    ST.CATEGORY,
    Rule("text:rubric-line", _rubric_line,
         "`Рубрика: X` or `Рубрика — X` (a spaced dash) anywhere; on a line that goes on as a "
         "sentence after a quoted name (`Рубрика: «Вопрос — ответ». Читатели спрашивают…`), "
         "the name in quotes"),
    filed_in,
    Rule("css:.category", _classed_rubric,
         "the link of a short box classed `category`/`rubric`/`cat-links` outside page "
         "furniture (the post's own footer under its text); of a path, its last part "
         "(`Новости / Общество`)"),
))), "A CMS's default rubric (`Без рубрики`, `Uncategorized`, `Uncategorised`, `Без "
    "категории`, `Санатсыз`) is none. An umbrella section every story is filed under "
    "(`Новости`, `News`, `Главное`, `Жаңалықтар`) is the rubric only when no later rule "
    "finds one (the info line's `Социум` under a JSON-LD `articleSection: \"Новости\"`); the "
    "lower-case folder the article's address starts with (a static site's `article:section` "
    "`news` of `/news/…`) is none when every story is filed there (`news`, `novosti`, "
    "`articles`), else the rubric only when no later rule finds one (`sport` of `/sport/…`).",
    weak=lambda value: isinstance(value, str) and value.casefold() in W.UMBRELLA_SECTIONS)


@rule("css:<selector>", selectors_doc(O.TAGS_CSS) + ", every element of it outside a "
      "breadcrumb or menu and outside the page's edge (the post's own footer, not a sidebar, "
      "is the post's)")
def _css_tags(p: Page) -> Named | None:
    found = p.index.css_first(O.TAGS_CSS)
    if found is None:
        return None
    els = [a for a in p.index.css(found[1]) if not in_trail(a) and not in_rubric_box(a) and (
        p.zone(a) != "boundary" or not p.in_aside(a))]
    return Named(P.split_tags(p.text(a) for a in els), f"css:{found[1]}")


def _not_kicker(r: Rule[Page]) -> Rule[Page]:
    """The rule's tags without the rubric printed as the kicker above the headline."""
    def read(p: Page) -> Named | list[str] | None:
        found = r.read(p)
        if isinstance(found, Named):
            return Named(p.not_kicker(found.value), found.rule)
        return p.not_kicker(found) if found else found
    return Rule(r.name, read, r.doc)


def _keywords(r: Rule[Page]) -> Rule[Page]:
    """The rule's keywords as tags: the outlet's own name is no tag, and a list of it and
    news phrases only (``Центр информации, новости Казахстана``) is the site's default set
    on every page, no tags (``Центр информации, энергетика`` keeps ``энергетика``); the
    record's rubric among them (``Общество, бюджет``) is the rubric, no tag, when the tags
    the page shows are the other keywords, all of them and only them."""
    def read(p: Page) -> Named | list[str] | None:
        found = r.read(p)
        words = found.value if isinstance(found, Named) else found
        if words and any(O.SITE_NAME.fullmatch(w) for w in words):
            words = [w for w in words if not O.SITE_NAME.fullmatch(w)]
            if all(_NEWS_PHRASE.search(w) for w in words):
                return None
            found = Named(words, found.rule) if isinstance(found, Named) else words
        if not words:
            return None
        rubric = p.fields.value("category")
        if not isinstance(rubric, str) or rubric.casefold() not in {w.casefold() for w in words}:
            return found
        kept = [w for w in words if w.casefold() != rubric.casefold()]
        shown = _shown_tags(p)
        if not kept or not shown or {t.casefold() for t in shown} != {w.casefold() for w in kept}:
            return found
        return Named(kept, found.rule) if isinstance(found, Named) else kept
    return Rule(r.name, read, r.doc)


_NEWS_PHRASE = re.compile(r"новост|\bnews\b|жаңалық|zhanalyq|jańalyq", re.I)
"""A phrase of a site's default keywords (``новости Казахстана``, ``Almaty news``)."""


def _shown_tags(p: Page) -> list[str] | None:
    """The tags the page prints (the first of the rules reading its text and links)."""
    for r in TAGS.rules:
        if r.name.startswith(("css:", "text:")):
            found = p.fields.read(r)
            value = found.value if isinstance(found, Named) else found
            if value:
                return list(value)
    return None


def _hashtags_after_body(p: Page) -> list[str] | None:
    end = p.body_scan().end
    if end is None:
        return None
    for i in range(end, min(len(p.lines), end + AFTER_BODY)):
        text = p.clean[i]
        if p.zone(p.lines[i].element) == "boundary":
            return None
        if W.is_hashtag_line(text):
            linked = [p.text(a).lstrip("#") for a in p.lines[i].links]
            return P.split_tags(linked or [text])
    return None


AFTER_BODY = 4  # lines: a source line, a credit, a share line, then the hashtags


def _hashtag_box(p: Page) -> list[str] | None:
    for token in [t for t in p.index.class_tokens() if "hashtag" in t.lower()]:
        for el in p.index.with_class(token):
            text = p.text(el)
            if p.zone(el) is None and W.is_hashtag_line(text):
                return P.split_tags([text])
    return None


_PUNCT = re.compile(r"[^\w\s-]+")
_SPACED_SLASH = re.compile(r"\s/\s")


def _labelled_tags(values: tuple[str, ...]) -> list[str]:
    """Tags under a label: a value printed as names apart by a spaced slash (1C-Bitrix joins
    a property's values with ``&nbsp;/&nbsp;``) is several; ``COVID-19/коронавирус`` one."""
    return P.split_tags(part for v in values for part in _SPACED_SLASH.split(P.clean_text(v)))


def _page_keywords(p: Page) -> list[str] | None:
    words = P.split_tags(p.meta.all("keywords"))
    if not words:
        return None
    title = p.index.top.findtext(".//title") or ""
    seen = " ".join([title, *p.body_scan().paras]).casefold()
    bare = " ".join(_PUNCT.sub(" ", seen).split())
    if " ".join(words).casefold() in bare or any(
            len(w) == 1 or (len(w) == 2 and w.islower()) for w in words):
        return None  # a CMS's keywords cut from the text's words (``В``, ``за``), no tags
    if not all(w.casefold() in seen for w in words):
        return None
    return None if _text_words(words) else words


AUTO_KEYWORDS = 8
"""A keywords list this long of lone words, most lower-case, is a CMS's pick of the text's
words (DataLife Engine fills ``<meta name="keywords">`` so when a story has none), not tags."""


def _text_words(words: list[str]) -> bool:
    """Whether ``words`` (each found in the page's text) are the text's words picked by a CMS:
    many lone words, most of them lower-case (``зарубежных, торговых, площадок, …``), where an
    editor's tags are few, and names or phrases among them."""
    if len(words) < AUTO_KEYWORDS or any(" " in w for w in words):
        return False
    return sum(w.islower() for w in words) * 2 > len(words)


TAGS: Field[Page] = Field("tags", tuple(map(_not_kicker, (
    *map(_keywords, (
        Rule("jsonld:keywords", lambda p: P.split_tags(jsonld.strings_of(p.ld.get("keywords")))),
        Rule("meta:article:tag", lambda p: P.split_tags(p.meta.all("article:tag"))),
        V.news_keywords,
        V.vocab_tags,
        Rule("microdata:keywords", lambda p: P.split_tags(itemprop_values(p, "keywords", True)),
             "`itemprop=keywords`: a `<meta>`'s `content`, else the element's links, items or "
             "comma-separated text; of every such element (`<li itemprop=keywords>` each)"))),
    _css_tags,
    Rule("text:tags-line", lambda p: p.body_scan().tags,
         "`Теги: …` (its links, else commas) or a `#tag` line ending the body"),
    labelled("tags", _labelled_tags, "`Теги:`/`Tags:`/`Ключевые слова:`/`Keywords:`/`Тегтер:`/"
             "`Topics:`/`Темы:`/`Тақырыптар:` anywhere outside page furniture, on one line or as "
             "a label element before its values (a heading over a list of short names too: "
             "`<h3>Related topics</h3><ul><li><a>…`), or a field classed "
             "`field-name-field-tags`; unlinked names apart by a spaced slash are several "
             "(1C-Bitrix's `Теги:&nbsp;Япония&nbsp;/&nbsp;казахи`)"),
    tag_links,
    Rule("css:a[href*=tag]", lambda p: p.taxonomy_links[0],
         "tag-shaped links outside body and menus"),
    Rule("text:hashtags-after-body", _hashtags_after_body,
         "a line of only `#tags` among the few lines after the body's end (a post's hashtags "
         "after its `Source:` line)"),
    Rule("text:info-line", _info_tags,
         "a word taken for the rubric that is a tag's link is a tag; of an info line with no "
         "date (`544 Политика аким`: the views first, the date above the headline), the links "
         "in an element of it classed as tags (`<span class=\"news-tags\"><a>аким</a>`); a "
         "date (`October 14`, "
         "`14 қазан`, or after a field's label: `Опубликовано: 12.09.2020 05:45`), a change's "
         "line (`Updated: …`, `Обновлено: …`, "
         "`Жаңартылды: …`), a source line (`Источник: …`, `Source: …`) or the author's link "
         "(to a profile, `/users/1`, `/author/x/`, `?author=2`; `rel=author`; in a part "
         "classed as the user's or author's, InstantCMS's `bi_user`) is never a tag"),
    Rule("css:a[href*=?tag=]", lambda p: p.taxonomy_links[2],
         "links naming the tag in a search's query (`/search?tag=x`, WordPress's `/?tag=x`, "
         "Liferay's asset tags summary: `?p_r_p_tag=x`) outside body, menus, sidebars and a "
         "box under a heading of its own (`Популярные теги`: a widget's cloud), and none "
         "when there are more than 20 (a site's whole cloud); after the "
         "info line, which prints the tags as typed where Liferay keeps them in lower case"),
    ST.TAGS,
    Rule("css:.hashtags", _hashtag_box,
         "a line of only `#tags` in a box classed `…hashtag…` (`<p class=\"hashtags\">#a #b`), "
         "outside page furniture"),
    _keywords(Rule("meta:keywords", _page_keywords,
         "last resort: the page's `<meta name=\"keywords\">`, only when every keyword occurs "
         "in the page's title or text (many CMSs print the same site-wide keywords on every "
         "page: those are not the article's tags), and they are not the text's own words in a "
         "row or short function words (keywords a CMS cut from a sentence), and not when they are "
         "8 or more lone words, most lower-case (a CMS's pick of the text's words)")),
))), "The outlet's own name among keywords (JSON-LD, meta, microdata) is no tag, and a list "
    "of it and news phrases only (`Центр информации, новости Казахстана`) is the site's "
    "default set, no tags; the record's rubric among them is no "
    "tag when the tags the page prints are the other keywords. The rubric printed as a "
    "kicker above the headline (a link in a `primary-tag`/`kicker`/"
    "`eyebrow` box: Ghost's primary tag, which its keywords list first) is not a tag.")


def _count(text: str) -> int | None:
    """A view count, when ``text`` reads as one (a number, with at most a views word or
    icon): a block classed ``…views…`` (Drupal's ``block-views`` list) is not a counter."""
    if not S.VIEWS_COUNT.match(text) or S.DATE_LIKE.search(text):
        return None
    return P.parse_views(text)


MAX_LIST_ENTRY = 300  # characters: a list entry's headline and its count, not a page's box


def _beside_other_story(p: Page, el: etree._Element) -> bool:
    """A count printed in a list entry's box with a link to another article (a "most read"
    list's entry: headline, count) is that story's; a page's own box holding the counter and,
    further on, links to other stories is no entry."""
    parent = el.getparent()
    if parent is None or len(p.text(parent)) > MAX_LIST_ENTRY:
        return False
    ids = {O.article_id(a.get("href") or "") for a in parent.iter("a")}
    return bool(ids - {None, p.id})


@rule("css:<selector>", selectors_doc(O.VIEWS_CSS) + ": the first element outside sidebars "
      "whose text reads as a count (`683`, `Просмотров: 683`, `683 views`; not a date), not "
      "one beside a link to another article (a most-read list's entry)")
def _css_views(p: Page) -> Named | None:
    for css in O.VIEWS_CSS:
        for el in p.index.css(css):
            own = (p.zone(el) != "boundary" or p.in_own_post(el)) and \
                not _beside_other_story(p, el)
            found = _count(p.text(el)) if own else None
            # an embedded post's counter (Telegram's ``tgme_widget_message_views``) is its own
            if found is not None and not (p.has_embed and in_embed(el)
                                          and not p.in_own_post(el)):
                return Named(found, f"css:{css}")
    return None


def _ld_views(p: Page) -> int | None:
    stats = p.ld.get("interactionStatistic")
    for stat in stats if isinstance(stats, list) else [stats]:
        if not isinstance(stat, dict):
            continue
        kind = stat.get("interactionType")
        kind = kind.get("@type", "") if isinstance(kind, dict) else str(kind or "")
        if V.interaction_is_views(kind):
            count = P.parse_views(str(stat.get("userInteractionCount", "")))
            if count is not None:
                return count
    return None


_DIGITS_APART = re.compile(r"[\s,.'\u00a0\u202f]")


def _shown_over_stated(p: Page) -> int | None:
    """The counter under the headline when it shows more views than JSON-LD's
    ``userInteractionCount`` (cached when the page was published): printed in full there
    (``3539``, ``3 539``, not ``3.5K``), it is the live count."""
    stated = _ld_views(p)
    if stated is None:
        return None
    info = p.info.views if p.info else None
    found, icon = p.fields.read(_css_views), p.fields.read(icon_count)
    for count in (info, icon, found.value if isinstance(found, Named) else None):
        if count is not None and count > stated and any(
                str(count) in _DIGITS_APART.sub("", p.clean[i]) for i in p.region):
            return int(count)
    return None


COUNTER_REACH = 25  # lines under the body: its labelled fields, links row and comments


def _counter_line(p: Page) -> int | None:
    """A labelled counter on a line of its own, above the body or in the rows under it (up to
    the first line of a sidebar or footer: their counters are other articles')."""
    end = p.body_scan().end
    after = range(end, min(len(p.lines), end + COUNTER_REACH)) if end is not None else range(0)
    for i in (*p.region, *after):
        text = p.clean[i]
        match = W.VIEWS_LINE.match(text) or W.VIEWS_AFTER.match(text) or \
            W.VIEWS_AROUND.match(text)
        if match:
            return P.parse_views(match[1])
        if "👁" in text or "👀" in text:  # ``💬 12 👁 683``: the eye's count, not the balloon's
            glyph = W.VIEWS_GLYPH.fullmatch(W.COMMENT_COUNT.sub("", text).strip())
            if glyph:
                return P.parse_views(glyph["n"])
        if i >= (end or 0) and p.zone(p.lines[i].element) == "boundary":
            break
    return None


ROW_REACH = 2  # lines under the headline: its details row, maybe read as the text's first


def _row_views(p: Page) -> int | None:
    """A labelled count inside a details row under the headline, after other labels
    (``Начало трансляции: … Обновлено: 18:19 Просмотров: 3635``), or a count and its word
    (``2 сағат бұрын 3 296 рет оқылды``), whether or not the text's scan took the row for
    the text's first line."""
    title = p.fields.value("title")
    head = next((i for i, t in enumerate(p.clean) if t == title), None) if title else None
    after = range(head + 1, min(len(p.lines), head + 1 + ROW_REACH)) if head is not None else ()
    for i in dict.fromkeys((*p.region, *after)):
        text = p.clean[i]
        if len(text) > W.MAX_ROW:
            continue
        match = (W.VIEWS_IN_ROW.search(text) if ":" in text else None) or \
            W.COUNT_IN_ROW.search(text)
        if match:
            return P.parse_views(match["n"])
    return None


VIEWS: Field[Page] = Field("views", (
    Rule("text:counter-over-jsonld", _shown_over_stated,
         "the counter under the headline (the info line's, an icon's, a views box's) when it "
         "shows, in full, more views than JSON-LD's count, cached when the page was written"),
    Rule("jsonld:interactionStatistic", _ld_views,
         "the count of a `WatchAction`/`ReadAction`/`ViewAction` (or untyped) counter, not "
         "a `CommentAction`'s or `LikeAction`'s"),
    V.meta_views,
    V.data_views,
    _css_views,
    V.microdata_views,
    Rule("text:info-line", lambda p: p.info.views if p.info else None,
         "`683`, `Просмотров: 683`, `683 просмотров`, `13 847 рет оқылды` (thousands "
         "after a space, a no-break or a narrow no-break space), a bare count in brackets "
         "after the date (`20.04.23 15:40 (683)`); a reading time (`3 min read`, "
         "`5 мин чтения`), a comment count (`Пікірлер: 2`, `12 comments`) and a time's parts "
         "are no count; a row read as a date alone (a platform's byline date, `Feb 29, 2024 ∙ "
         "Paid`) gives way to a line after it that holds the count, rubric or tags"),
    icon_count,
    builder_views,
    Rule("text:counter-line", _counter_line,
         "`Hits: 1065`, `Количество просмотров: 1725`, `1065 просмотров`, "
         "`[Прочитано: 487]`, `Оқылды: 120`, `Прочитано 1315 раз`, `Read 5789 times`, "
         "`Оқылды 683 рет`, an eye glyph's "
         "`👁 683` (beside a comments balloon's `💬 12`) on its own line next to the body"),
    V.glyph_counter,
    Rule("text:info-row", _row_views,
         "a labelled count among a details row's other labels, under the headline (`Начало "
         "трансляции: 09.12.2022, 09:50 Обновлено: 18:19 Просмотров: 3635`, `Started: … "
         "Views: 6278`), or a count before its word there, whatever the date beside it (`2 "
         "сағат бұрын 3 296 рет оқылды`, `1,234 views`)"),
    labelled("views", lambda vs: _count(vs[0]),
             "`Просмотров:`/`Views:`/`Қаралды:` as a label element before its count (a "
             "details table's `<td>Просмотров:</td><td>683</td>`), or as a box's `aria-label` "
             "(`<div aria-label=\"Views\">👁 7,192</div>`)"),
    ST.VIEWS,
))


def _source_after_body(p: Page) -> str | None:
    end, notes = p.body_scan().end or 0, p.note_lines
    for i in range(end, min(len(p.lines), end + 3)):
        if i in notes:  # a footnote is the text's (``По данным …`` cites its figures)
            continue
        found = P.source_from_clean_line(p.with_value(i, len(p.lines))) or _mark_source(p, i)
        if found:
            return found
    return None


def _mark_source(p: Page, i: int) -> str | None:
    """``© X`` on a line of its own after the text, away from any picture and outside page
    furniture: the text's source (``copyright_source``)."""
    text, el = p.clean[i], p.lines[i].element
    if not text.startswith("©") or p.zone(el) or by_picture(el, p.text):
        return None
    return copyright_source(text)


def _source_above(p: Page) -> str | None:
    """A source's line between the headline and the text (``По материалам X``, ``Source:
    X`` in a box of its own), the info line's neighbour."""
    for i in p.region:
        found = P.source_from_clean_line(p.with_value(i, len(p.lines)))
        if found:
            return found
    return None


FOOTER_REACH = 2  # lines: the body's last ones and those after it, where contacts stand




def _press_footer(p: Page) -> str | None:
    """The press service a release's contacts footer names, in the body's last lines or just
    after them (``Пресс-служба Министерства …, тел.: …``); under a contacts heading closing
    the text (``Контакты для СМИ:``) a press service is whom to call, not the source."""
    scan = p.body_scan()
    end = len(p.lines) if scan.end is None else scan.end
    stop = min(len(p.lines), end + FOOTER_REACH + 1)
    if scan.contacts is not None:
        stop = min(stop, scan.contacts)
    for i in range(max(0, end - FOOTER_REACH), stop):
        text = p.clean[i]
        if not any(n in text for n in S.PRESS_NEEDLES):
            continue
        name = S.press_signature(text)
        if name:
            return name
    return None


def _source_in_lead(p: Page) -> str | None:
    """The lead is the first paragraph that is not a byline (``Автор: Дмитрий Ким`` printed
    over the text, whether or not the body kept it)."""
    lead = next((q for q in p.fields.value("body") or [] if not W.is_byline(q)), None)
    return P.source_from_lead(P.clean_text(lead)) if lead else None


SOURCE: Field[Page] = Field("source", (
    Rule("text:source-line", lambda p: p.body_scan().source, "`Источник: X` ending the body"),
    Rule("text:source-after", _source_after_body,
         "`Source: X` just after the body (the label may be a box of its own, its value the "
         "next; never a footnote of the text: `По данным …` there cites its figures)"),
    Rule("text:source-above", _source_above,
         "`По материалам X`, `Source: X` on a line of its own between the headline and the "
         "text"),
    labelled("source", lambda vs: P.source_value(P.clean_text(vs[0])),
             "`Источник:`/`Source:`/`Дереккөз:` as a label element before its value "
             "(anywhere outside page furniture; its own element run straight into its link, "
             "`<span>ИСТОЧНИК</span><a>КазТАГ</a>`, too), or a field classed "
             "`field-name-field-source`; "
             "never a sentence (`Источник: по данным министерства, в этом году построено 120 "
             "школ.`: it opens in lower case, runs past six words and has a clause's comma or "
             "a sentence's end)"),
    Rule("text:press-footer", _press_footer,
         "the press service a release's contacts footer names, in the body's last lines or "
         "just after them (`Пресс-служба Министерства …, тел.: …, e-mail: …`, `Press service "
         "of …, phone: …`, `… баспасөз қызметі, тел.: …`), or its name alone on such a line"),
    ST.SOURCE,
    Rule("text:bracketed", lambda p: p.body_scan().bracketed,
         "a short name in brackets after the text's last sentence (`… в следующем месяце. "
         "(КазТАГ)`, `(по материалам Kazinform)`; a bracket inside a sentence, `(Фото)` or "
         "`(Продолжение следует)` is text); it is no text either"),
    Rule("text:lead", _source_in_lead,
         "`сообщает КазТАГ`, `передает Kazinform`, `EU reporter reports`, `деп хабарлайды "
         "Kazinform`, `Бұл туралы X хабарлады`, `X мәліметінше`, `dep habarlaidy X` in the first "
         "paragraph that is not a byline (`Автор: …`, `Author: …`, `Мәтін: …`)"),
    Rule("text:dateline-agency", lambda p: p.dateline.agency if p.dateline else None,
         "an agency other than the outlet named in the dateline (`ASTANA, May 9 (Reuters) — "
         "…`, `Алматы. 16 апреля. Казинформ – …`, `ASTANA, May 9, 2022 /Kazinform/ – …`, "
         "`Астана, КАЗИНФОРМ – …`, `АЛМАТЫ, Orda – …`); a name printed in capitals is recorded "
         "as the outlet spells it (`ALMATY, KAZTAG – …`: `КазТАГ`), else by its name "
         "(`Казинформ`), a short one (`ТАСС`, `AP`) as printed; the "
         "outlet's own name or initials (`(IC)`, `Центр информации`) name no source"),
))

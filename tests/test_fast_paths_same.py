"""The cheap tests that stand in for a regex or a scan give the same answers as they do."""

from __future__ import annotations

import random
import re
import string

from lxml import etree

from kznews import processors as P
from kznews.extract import caseless
from kznews.extract.index import COMMON_TAGS, LISTED_ATTRS, PageIndex
from kznews.extract.layout import EMBED_CLASS, has_embed_class
from kznews.language import block_counts
from kznews.sites.centerinform import marks, vocab
from kznews.sites.centerinform import outlet as O

_ALREADY_CLEAN_PATTERN = re.compile(f"(?:[{P._PLAIN}]+ )*[{P._PLAIN}]+")


def test_already_clean_is_the_word_pattern() -> None:
    rng = random.Random(7)
    alphabet = "ab Я  \n<\u00a0x«\u2009."
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9)))
        assert P._already_clean(text) == bool(_ALREADY_CLEAN_PATTERN.fullmatch(text)), text


def test_clean_text_known_long_texts_stay_the_same() -> None:
    raw = "  Алматы.\u00a016 апреля. " + "Текст  новости с Latin словами, " * 10
    first = P.clean_text(raw)
    assert first in P.KNOWN_CLEAN
    assert P.clean_text(first) == first == P._clean_full(raw)


def _regex_counts(text: str) -> tuple[int, int]:
    size = len(text)
    latin = size - len(re.sub(r"[A-Za-z]+", "", text))
    cyrillic = size - len(re.sub("[\u0400-\u0481\u048a-\u04ff]+", "", text))
    return latin, cyrillic


def test_letter_counts_match_the_character_classes() -> None:
    every = "".join(chr(c) for c in range(0x0600)) + "\ud800\udfff\U0001f600\u2028"
    assert block_counts(every) == _regex_counts(every)
    rng = random.Random(3)
    pool = [chr(c) for c in (*range(0x20, 0x7f), *range(0x400, 0x500), 0xd800, 0x1f600)]
    for _ in range(5_000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 12)))
        assert block_counts(text) == _regex_counts(text), text


def test_embed_needles_agree_with_the_regex() -> None:
    cases = ["entry tgme_widget_message", "TWITTER-TWEET", "x-Instagram-Media", "fb-post",
             "vk_post", "VK-Post", "tiktok-embed", "embedded", "reembed", "post-card",
             "telegram-post", "telegram-channel", "wp-block-embed", "\u212aK-post", "", "embe d"]
    for classes in cases:
        assert has_embed_class(classes) == bool(EMBED_CLASS.search(classes)), classes


def test_class_substring_selector_lists_each_element_once_in_page_order() -> None:
    page = PageIndex('<html><body><div class="views views" id="a">1</div>'
                     '<span class="x-views-count">2</span><p class="views-n other">3</p>'
                     '<p id="plain">4</p></body></html>')
    found = page.css("[class*=views]")
    assert [el.text for el in found] == ["1", "2", "3"]
    assert [el.text for el in page.css("div[class*=views]")] == ["1"]
    assert page.css("[class*=nothing]") == []
    assert len(page.css("[class*=]")) == 3  # an empty part is in every class (not an id)


_EVERY_CHARACTER = "".join(map(chr, range(0x110000)))
_WORD_ALPHABET = "0123456789" + string.ascii_letters + "".join(map(chr, range(0x400, 0x500)))


def test_case_blind_words_leave_to_the_pattern_every_character_it_folds_otherwise() -> None:
    odd = set(re.findall(f"[{caseless.ODD_CHARACTERS}]", _EVERY_CHARACTER))
    # outside ``odd`` lower-casing keeps positions: one character for one
    assert {c for c in _EVERY_CHARACTER if len(c.lower()) != 1} <= odd
    lowered = {c.lower() for c in _WORD_ALPHABET}
    folded = set(re.findall(f"[{_WORD_ALPHABET}]", _EVERY_CHARACTER, re.IGNORECASE))
    near = folded | {c for c in _EVERY_CHARACTER if c.lower() in lowered}
    for c in near - odd:  # re.I and str.lower agree on which letter it is
        for letter in _WORD_ALPHABET:
            assert bool(re.fullmatch(re.escape(letter), c, re.IGNORECASE)) == (
                c.lower() == letter.lower()), (hex(ord(c)), letter)


def test_case_blind_words_answer_as_their_pattern() -> None:
    words = caseless.Words("фото", "Photo", "i18n", "сурет")
    rng = random.Random(11)
    alphabet = "фФоОтТpPhHoOiI18nNсСуУрРеЕ ıİſ\u1c82Kxß"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert words.search(text) == (words.pattern.search(text) is not None), text
    assert words.search("ФОТО: akorda") and words.search("PHOTO") and not words.search("фто")
    assert P._CREDIT_WORD.search("Участники. ФОТОСУРЕТ: x") and not P._CREDIT_WORD.search("Текст")


def test_article_id_hint_is_the_case_blind_letter() -> None:
    blind = re.compile("u[0-9]", re.IGNORECASE)
    for c in _EVERY_CHARACTER:
        text = c + "7"
        assert (O.ID_HINT.search(text) is None) == (blind.search(text) is None), hex(ord(c))


def test_common_tags_and_attributes_are_the_lists_asked_one_by_one() -> None:
    html = ("<html lang=ru><head><title>T</title><meta property='og:title' content=x>"
            "<link rel=alternate hreflang=kk href='/kk'><base href='/'>"
            "<script type='application/ld+json'>{}</script><meta name=a content=b></head>"
            "<body id=b><div id=top itemprop=x property=y><img src=a.jpg id=i>"
            "<p itemprop=text>P<img src=b.jpg></p><a hreflang=en href='/en'>en</a></div>"
            "<meta itemprop=datePublished content=2024-01-01><script>var a</script>"
            "<time data-timestamp=1618566000 aria-label=t>3 года назад</time>"
            "<span class=views data-views=5>5</span></body></html>")
    index = PageIndex(html)
    fresh = PageIndex(html)
    fresh._tags.clear()
    fresh._attrs.clear()
    for name in COMMON_TAGS:
        assert [el.sourceline for el in index.tag(name)] == [
            el.sourceline for el in fresh.tag(name)]
        assert [id(el) for el in index.tag(name)] == [id(el) for el in index.top.iter(name)]
    # site rules' attributes (``marks.unix_stamp``, ``vocab.data_views``)
    assert {"data-timestamp", "data-views"} <= set(LISTED_ATTRS)
    assert marks.unix_stamp and vocab.data_views
    for name in LISTED_ATTRS:
        asked = [el for el in index.top.iter(etree.Element) if el.get(name) is not None]
        assert index.with_attr(name) == asked and fresh.with_attr(name) == [
            el for el in fresh.top.iter(etree.Element) if el.get(name) is not None], name
    assert [el.tag for el in index.with_attr("itemprop")] == ["div", "p", "meta"]


_PICTURE_PAGES = [
    "<div><img src=a.jpg><p>x<amp-img alt=b></amp-img></p><img src=c.jpg></div>",
    "<div><p style='background: url(a.jpg)'>x</p><img src=b.jpg></div>",
    "<div><p style='color: red'>x</p><img src=b.jpg></div>",
    "<div><x-picture src=a.jpg></x-picture><img src=b.jpg></div>",
    "<div><x-picture data-srcset='a.jpg 1x'></x-picture><span>s</span></div>",
    "<div><p data-bg=a.jpg>x</p><img src=b.jpg></div>",
    "<div><p data-original=a.jpg>x</p></div>",
    "<div><meta itemprop=image content=a.jpg><link itemprop='photo image' href=b.jpg></div>",
    "<div><meta itemprop=name content=a><img src=b.jpg></div>",
]


def test_pictures_of_the_index_are_the_xpaths() -> None:
    from kznews.extract import images
    kinds = []
    for body in _PICTURE_PAGES:
        index = PageIndex(f"<html><body><main>{body}</main><img src=z.jpg></body></html>")
        only = images.img_only(index)
        kinds.append(only)
        for el in index.top.iter(etree.Element):
            assert images.pictures(el, only) == images.PICTURES(el), (body, el.tag)
    assert kinds == [True, False, True, False, False, False, False, False, True]


def test_trail_check_is_the_plain_reading() -> None:
    from kznews.sites.centerinform import anchors
    from kznews.sites.centerinform import words as W

    def plain(el: etree._Element) -> bool:
        for node in el.iterancestors():
            if node.tag == "nav" and not anchors._tags_nav(node):
                return True
            if any(c in f"{node.get('class')} {node.get('id')}".lower()
                   for c in W.BREADCRUMB_CLASS):
                return True
        return False

    rng = random.Random(7)
    names = [None, "", "x", "Breadcrumb", "bread", "top-crumbs", "crumb", "none"]
    for _ in range(300):
        html, close = "<html><body>", ""
        for _ in range(rng.randrange(1, 5)):
            tag = rng.choice(["div", "ul", "nav", "span"])
            attrs = "".join(f" {a}='{v}'" for a in ("class", "id", "aria-label")
                            if (v := rng.choice(names)) is not None)
            html, close = html + f"<{tag}{attrs}>", f"</{tag}>" + close
        root = PageIndex(html + "<a href='/t'>t</a>" + close + "</body></html>").top
        a = next(root.iter("a"))
        assert anchors.in_trail(a) == plain(a) == anchors.in_trail(a), html


def test_details_aside_reads_as_the_whole_text() -> None:
    from kznews.extract import layout

    def plain(node: etree._Element) -> bool:
        text = "".join(node.itertext())
        if len(text.strip()) > layout.MAX_DETAILS_TEXT:
            return False
        for dl in node.iter("dl"):
            terms = ["".join(dt.itertext()).strip() for dt in dl.iterchildren("dt")]
            named = sum(1 for t in terms if layout.FACT_LABEL.fullmatch(t))
            if named >= 2 and named * 2 > len(terms):
                return True
        return layout.FACTS_CLASS.search(node.get("class", "")) is not None and \
            layout._YEAR.search(text) is not None

    rng = random.Random(11)
    pieces = [" " * 150, "\n" * 300, "x" * 120, "2024", "<dt>Date</dt><dd>1</dd>",
              "<dt>Views</dt><dd>2</dd>", "<p>a b</p>", "<span>" + " " * 500 + "</span>"]
    for _ in range(400):
        inner = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 9)))
        cls = rng.choice(["post-meta", "sidebar", ""])
        top = etree.fromstring(f"<html><body><aside class='{cls}'><dl>{inner}</dl>{inner}"
                               "</aside></body></html>", etree.HTMLParser())
        aside = next(top.iter("aside"))
        assert layout.is_details_aside(aside) == plain(aside), inner


def test_ad_label_lines_found_where_the_needles_are() -> None:
    from kznews.extract import adslots

    rng = random.Random(5)
    words = ["Реклама", "РЕКЛАМ", "реклама", "Advertisement", "partner", "İstanbul", "ПАРТН",
             "текст", "news", "\n", " ", "Жарнама", "промо", "sponsor"]
    for _ in range(500):
        lines = ["".join(rng.choice(words) for _ in range(rng.randrange(0, 5)))
                 for _ in range(rng.randrange(1, 8))]
        html = "<html><body>" + "".join(f"<p>{t}</p>" for t in lines) + "</body></html>"
        index = PageIndex(html)
        short = [line for line in index.lines if len(line.text) <= 2 * adslots.MAX_LABEL]
        raw = "\n".join(line.text for line in short)
        low = raw.lower()
        found = [n for n in adslots.LINE_NEEDLES if n in low]
        held = adslots._holding(short, raw, low, found)
        plain = [line for line in short
                 if adslots._any_in(line.text.lower(), adslots.LINE_NEEDLES)]
        assert [line for line in held if line in plain] == plain, lines
        if "İ" not in raw:
            assert held == plain, lines


_CREDIT_LINES = ["photo: x", "photos by Jane", "image credit: x", "picture credits: x",
                 "courtesy of Jane", "credit: x", "фото: x", "фотосуреттер: x", "фото/видео: x",
                 "сурет: x", "суретті түсірген: x", "foto: x", "fotolar: x", "suret: x",
                 "súret: x", "автор фото: x", "фотограф: x", "photographer: x",
                 "инфографика: x", "infographics: x", "коллаж: x", "collage: x",
                 "иллюстрация: x", "illustrations: x", "графика: x", "graphics: x",
                 "скриншот: x", "screenshot: x", "images: x", "pictures: x", "© x"]


def test_photo_label_gate_lets_through_every_first_character_a_label_opens_with() -> None:
    from kznews.sites.centerinform import words as W

    full, first = W.PHOTO_LABEL.pattern, W.PHOTO_LABEL.first
    for line in _CREDIT_LINES:
        assert full.match(line) and full.match(line.upper()), line
    for code in range(0x20000):
        if 0xD800 <= code < 0xE000:
            continue
        c = chr(code)
        if first.match(c):
            continue
        for line in _CREDIT_LINES:  # a first character the gate refuses opens no label
            assert full.match(c + line[1:]) is None, (hex(code), line)
    assert W.PHOTO_LABEL.match("📷 Фото: gov.kz") and not W.PHOTO_LABEL.match("Фотосессия")

"""The cheap tests that stand in for a regex or a scan give the same answers as they do."""

from __future__ import annotations

import random
import re

from kznews import processors as P
from kznews.extract.index import PageIndex
from kznews.extract.layout import EMBED_CLASS, has_embed_class
from kznews.language import block_counts

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

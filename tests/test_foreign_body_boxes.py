"""Boxes around or inside other outlets' text that used to lose it: a box of other stories atop
the text in the text's own box, the headline printed again in a list under the text, and the
page's wrapper an off-canvas ad pushes aside (named for the ad)."""

from __future__ import annotations

import pytest

from kznews import article_from_html
from tests.foreign_story import TEXT, TITLE, URL

MORE = {"ru": "Ещё по теме", "en": "More on museums", "kk": "Тақырыпқа қатысты"}


def _page(lang: str, story: str, wrapper: str = "page") -> str:
    return (f'<html lang="{lang}"><head><title>{TITLE[lang]}</title>'
            '<meta property="article:published_time" content="2019-11-18T10:00:00+06:00">'
            f'</head><body><div class="{wrapper}"><header class="site-header"><a href="/">Site</a>'
            f'</header><h1>{TITLE[lang]}</h1>{story}</div><footer>© 2026</footer></body></html>')


def _paras(lang: str) -> str:
    return "".join(f"<p>{p}</p>" for p in TEXT[lang])


def _body(page: str) -> str:
    rec = article_from_html(page, URL)
    assert rec is not None
    return str(rec["body"])


@pytest.mark.parametrize("lang", ["ru", "en", "kk"])
def test_a_box_of_other_stories_atop_the_text_in_its_own_box(lang: str) -> None:
    items = "".join(f'<li class="recirc__item"><a href="/n/u{61100 + i}">{TITLE[lang]} {i}</a>'
                    "</li>" for i in range(3))
    story = (f'<div class="story__content"><div class="related-recirc"><h3>{MORE[lang]}</h3>'
             f"<ul>{items}</ul></div>{_paras(lang)}</div>")
    assert _body(_page(lang, story)) == "\n\n".join(TEXT[lang])


@pytest.mark.parametrize("lang", ["ru", "en", "kk"])
def test_the_headline_again_in_a_list_under_the_text(lang: str) -> None:
    guides = "".join(f"<li>{t}</li>" for t in (f"{TITLE[lang]} 2018", TITLE[lang]))
    story = f'<div class="storyBody">{_paras(lang)}<ul>{guides}</ul><p>—</p></div>'
    body = _body(_page(lang, story))
    assert body.startswith(TEXT[lang][0]) and all(p in body for p in TEXT[lang])


@pytest.mark.parametrize("lang", ["ru", "en", "kk"])
def test_a_page_box_an_off_canvas_ad_pushes_aside_is_no_ad(lang: str) -> None:
    story = f'<article class="m-story">{_paras(lang)}</article>'
    page = _page(lang, story, wrapper="m-advertisement-off-canvas--pusher")
    assert _body(page) == "\n\n".join(TEXT[lang])


@pytest.mark.parametrize("lang", ["ru", "en", "kk"])
def test_parts_of_the_text_split_by_photos_and_ad_slots(lang: str) -> None:
    a, b, c = TEXT[lang]
    related = '<div class="ad-slot"><script>ad()</script></div>'
    photo = '<div class="photo"><img src="/i/1.jpg"></div>'
    story = (f'<div class="story-body"><div class="text-description"><p>{a}</p></div>{related}'
             f'<div class="text-description"><p>{b}</p><p>{a[:20]} {b}</p></div>{photo}{photo}'
             f'<div class="text-description"><p>{c}</p></div></div>')
    body = _body(_page(lang, story))
    assert body.split("\n\n")[0] == a and body.endswith(c)


@pytest.mark.parametrize("lang", ["ru", "en", "kk"])
def test_parts_of_the_text_each_in_a_card_with_an_ad_slot(lang: str) -> None:
    a, b, c = TEXT[lang]
    cards = "".join(
        f'<div class="card item"><div class="card-content"><p>{t}</p>{slot}</div></div>'
        for t, slot in ((a, ""), (f"{b} {a}", '<div class="slot"><script>x()</script></div>'),
                        (c, "")))
    body = _body(_page(lang, f'<div class="collection">{cards}</div>'))
    assert body.split("\n\n")[0] == a and body.endswith(c)

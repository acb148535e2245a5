"""A pager box classed with both ages (``newer-older``) names neither link's: each goes where
its words say, at cursor addresses that number no page."""

from __future__ import annotations

import pytest

from tests.test_pager_age_class import BASE, OLDER, blogger, pages

BEFORE, AFTER = "/novosti?before=45000", "/novosti?after=45009"


@pytest.mark.parametrize("box, newer, older", [
    ("pagination newer-older", "← Новее", "Старее →"),
    ("older-newer", "Предыдущая страница", "Следующая страница"),
    ("nav-newer-older", "Newer posts", "Older posts"),
])
def test_a_box_naming_both_ages_leaves_each_link_its_words(box: str, newer: str,
                                                           older: str) -> None:
    pager = f'<nav class="{box}"><a href="{AFTER}">{newer}</a> <a href="{BEFORE}">{older}</a></nav>'
    assert pages(pager) == [(f"{BASE}{BEFORE}", 2)]
    later = dict(pages(pager, url=f"{BASE}/novosti?before=45010", page=2))
    assert later.get(f"{BASE}{BEFORE}") == 3
    assert later.get(f"{BASE}{AFTER}") in (None, 1)


def test_an_age_in_the_link_s_own_class_still_outranks_its_words() -> None:
    assert pages(blogger()) == [(f"{BASE}{OLDER}", 2)]
    pager = (f'<div class="newer-older"><a class="older-link" href="{BEFORE}">Предыдущие</a>'
             '</div>')
    assert pages(pager) == [(f"{BASE}{BEFORE}", 2)]

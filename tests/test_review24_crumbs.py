"""A rubric's own news listing in a breadcrumb trail leaves the rubric; a portal's press
section before the news listing is still no rubric."""

from __future__ import annotations

import json

import pytest

from tests.test_review21_extract import TITLE, page, record


def _trail(*names: str) -> str:
    links = " / ".join(f'<a href="/{i}/">{c}</a>' if i else f'<a href="/">{c}</a>'
                       for i, c in enumerate(names))
    return f'<nav class="breadcrumbs">{links} / <span>{TITLE}</span></nav>'


def _ld(*names: str) -> str:
    items = [{"@type": "ListItem", "position": i + 1, "name": c, "item": f"https://ic24.kz/{i}/"}
             for i, c in enumerate(names)]
    data = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


@pytest.mark.parametrize("names, rubric", [
    (("Главная", "Спорт", "Новости"), "Спорт"),
    (("Главная", "Экономика", "Новости"), "Экономика"),
    (("Басты бет", "Спорт", "Жаңалықтар"), "Спорт"),
    (("Home", "Sport", "News"), "Sport"),
    (("Главная", "Пресс-центр", "Новости"), None),
    (("Главная", "Медиа", "Новости"), None),
    (("Home", "Press Center", "News"), None),
    (("Главная", "О городе", "Новости"), None),
    (("Басты бет", "Қала туралы", "Жаңалықтар"), None),
    (("Главная", "Пресс-центр", "Новости", "Экономика"), "Экономика"),
])
def test_the_rubric_before_its_news_listing(names: tuple[str, ...], rubric: str | None) -> None:
    assert record(page(before=_trail(*names)))["category"] == rubric
    assert record(page(head=_ld(*names)))["category"] == rubric

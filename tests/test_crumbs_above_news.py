"""A breadcrumb before the news listing's crumb is the part of a site holding the news, not
the story's rubric (kznews.sites.centerinform.crumbs): on a portal whose trail reads
``Главная / Пресс-центр / Новости / <headline>``, a story without a rubric got
``Пресс-центр`` as its category (an English page too)."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "https://ic24.kz/news/vystavka-v-astane-u52907"
TEXT = "".join(f"<p>Абзац {i}: выставка в Астане собрала художников со всей страны и гостей.</p>"
               for i in range(3))


def page(trail: list[tuple[str, str]], title: str = "Выставка в Астане") -> str:
    crumbs = " / ".join(f'<a href="{href}">{name}</a>' if href else f"<span>{name}</span>"
                        for name, href in trail)
    return (f'<html lang="ru"><head><title>{title}</title></head><body>'
            f'<div class="breadcrumbs">{crumbs}</div><article><h1>{title}</h1>'
            f'<div class="news_text"><p>Астана. 20 апреля. Центр информации - Выставка '
            f'открылась в столице.</p>{TEXT}</div></article></body></html>')


def category(html: str) -> str | None:
    found = article_from_html(html, URL)
    assert found is not None
    return found["category"]


HOME, NEWS, HEAD = ("Главная", "/"), ("Новости", "/novosti"), ("Выставка в Астане", "")


@pytest.mark.parametrize("above", [("Пресс-центр", "/press"), ("Press centre", "/press"),
                                   ("О городе", "/city")])
def test_a_section_above_the_news_is_no_rubric(above: tuple[str, str]) -> None:
    assert category(page([HOME, above, NEWS, HEAD])) is None
    assert category(page([HOME, above, ("Жаңалықтар", "/kk/news"), HEAD])) is None


def test_the_rubric_after_the_news_crumb_stays() -> None:
    trail = [HOME, ("Пресс-центр", "/press"), NEWS, ("Социум", "/novosti/socium"), HEAD]
    assert category(page(trail)) == "Социум"


@pytest.mark.parametrize("trail, want", [
    ([HOME, ("Социум", "/socium"), HEAD], "Социум"),
    ([NEWS, ("Экономика", "/ekonomika"), HEAD], "Экономика"),
    ([HOME, ("Спорт", "/sport")], "Спорт"),
])
def test_trails_without_a_portal_section_read_as_before(trail: list[tuple[str, str]],
                                                        want: str) -> None:
    assert category(page(trail)) == want

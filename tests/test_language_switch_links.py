"""A language switcher's link whose only job is to switch the interface language (Laravel's
``/locale/en``, ``/lang/en``, Yii2's bare ``/kk``/``/ru``/``/en``, ``?lang=kk``) is no listing
section: never requested as one. A language's own news section (``/en/news``,
``/kz/zhanalyqtar``) is still walked."""

from __future__ import annotations

from pathlib import Path

import pytest

from kznews.spiders.sections import language_switch
from tests.copykit.crawl import crawl_copy
from tests.copykit.server import CopyServer
from tests.fifteenthsite import site as fifteenth
from tests.seventyseventhsite import site as seventyseventh
from tests.sixtyfifthsite import site as sixtyfifth


@pytest.mark.parametrize("url", [
    "http://h/locale/ru", "http://h/lang/en", "http://h/kk", "http://h/ru/", "http://h/en",
    "http://h/?lang=kk", "http://h/novosti?lang=kk", "http://h/site/language?lang=en",
    "http://h/set-language/kk", "http://h/?locale=en",
])
def test_a_switch_of_the_interface_language(url: str) -> None:
    assert language_switch(url, "/novosti")


@pytest.mark.parametrize("url", [
    "http://h/en/news", "http://h/kz/zhanalyqtar", "http://h/ru/novosti", "http://h/en?page=2",
    "http://h/novosti?page=2", "http://h/section/sport", "http://h/?page=2&lang=en",
    "http://h/news?lang=en", "http://h/",
])
def test_a_section_or_a_page_is_no_switch(url: str) -> None:
    assert not language_switch(url, "/novosti")


@pytest.mark.parametrize(("copy", "switches"), [
    (sixtyfifth, {"/locale/ru", "/locale/en"}),
    (seventyseventh, {"/kk", "/ru", "/en"}),
])
def test_a_crawl_never_asks_for_a_switch(copy: object, switches: set[str],
                                         tmp_path: Path) -> None:
    with CopyServer(copy.route) as srv:  # type: ignore[attr-defined]
        result = crawl_copy(srv.url, tmp_path, {"KZNEWS_RENDER": "never"})
        asked = {target.split("#")[0] for _, target, _ in srv.requests}
        truth = copy.truth(srv.url)  # type: ignore[attr-defined]
    assert not asked & switches, sorted(asked)
    assert {item["id"] for item in result.items} == set(truth)


def test_a_languages_own_news_section_is_still_walked(tmp_path: Path) -> None:
    with CopyServer(fifteenth.route) as srv:
        crawl_copy(srv.url, tmp_path, {"KZNEWS_RENDER": "never"})
        asked = {target for _, target, _ in srv.requests}
    assert {"/en/news", "/kz/zhanalyqtar"} <= asked

"""A language's news section named with its language (``/kazakh-news``, ``/kz-lenta``,
``/en-news``) is no switch of the interface language, however leniently a language code is
read from a word: the crawl walks it. A locale alone (``/kk-kz``, ``/ru_RU``, ``/english``)
is still a switch."""

from __future__ import annotations

from pathlib import Path

import pytest

from kznews.spiders.sections import language_switch
from tests.copykit.crawl import crawl_copy
from tests.copykit.server import CopyServer
from tests.fifteenthsite import site as fifteenth


@pytest.mark.parametrize("url", [
    "http://h/kazakh-news", "http://h/kz-lenta/", "http://h/en-news", "http://h/english-news",
    "http://h/kaz-news", "http://h/ru_news", "http://h/lang/kazakh-news",
])
def test_a_language_named_section_is_no_switch(url: str) -> None:
    assert not language_switch(url, "/novosti")


@pytest.mark.parametrize("url", [
    "http://h/kk-kz", "http://h/ru_RU/", "http://h/en-gb", "http://h/english", "http://h/kazakh",
    "http://h/kk-latn", "http://h/locale/kk-KZ",
])
def test_a_locale_alone_is_a_switch(url: str) -> None:
    assert language_switch(url, "/novosti")


SECTION, RENAMED = "/kz/zhanalyqtar", "/kazakh-news"


def _renamed(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
    """The fifteenth copy with its Kazakh section at ``/kazakh-news``."""
    if target.startswith(SECTION):
        return 404, {"Content-Type": "text/plain"}, b"not found"
    status, headers, body = fifteenth.route(target.replace(RENAMED, SECTION, 1)
                                            if target.startswith(RENAMED) else target, host)
    return status, headers, body.replace(SECTION.encode(), RENAMED.encode())


def test_a_language_named_section_is_walked(tmp_path: Path) -> None:
    with CopyServer(_renamed) as srv:
        crawl_copy(srv.url, tmp_path, {"KZNEWS_RENDER": "never"})
        asked = {target.split("?")[0] for _, target, _ in srv.requests}
    assert RENAMED in asked, sorted(asked)

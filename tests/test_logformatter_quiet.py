"""The per-page and per-item DEBUG lines are not made when LOG_LEVEL drops them anyway."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from kznews.logformatter import KznewsLogFormatter

ITEM = {"id": "u1", "url": "http://h/news/u1"}


def lines(level: Any) -> list[Any]:
    crawler = get_crawler(settings_dict={"LOG_LEVEL": level})
    formatter = KznewsLogFormatter.from_crawler(crawler)
    request = Request("http://h/news/u1")
    response = HtmlResponse("http://h/news/u1", body=b"<html></html>", request=request)
    spider: Any = type("S", (), {"crawler": crawler})()
    return [formatter.crawled(request, response, spider),
            formatter.scraped(ITEM, response, spider),
            formatter.dropped(ITEM, Exception("bad"), response, spider)]


@pytest.mark.parametrize("level", ["INFO", "warning", logging.ERROR])
def test_above_debug_no_crawled_or_scraped_line(level: Any) -> None:
    crawled, scraped, dropped = lines(level)
    assert crawled is None and scraped is None
    assert dropped is not None and "id=u1" in dropped["msg"] % dropped["args"]


@pytest.mark.parametrize("level", ["DEBUG", logging.DEBUG])
def test_at_debug_every_line(level: Any) -> None:
    crawled, scraped, _ = lines(level)
    assert crawled is not None and crawled["level"] == logging.DEBUG
    assert scraped is not None and "id=u1" in scraped["msg"] % scraped["args"]

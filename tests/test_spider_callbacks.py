"""Scrapy's check for generator callbacks that ``return`` a value is off in kznews's settings
(it re-parses a callback's source for nearly every response); this runs the same check once."""

from __future__ import annotations

import inspect

from scrapy.utils.misc import is_generator_with_return_value

from kznews import settings
from kznews.spiders.centerinform import CenterinformSpider


def generator_methods(cls: type) -> list[str]:
    return [name for name, member in inspect.getmembers(cls, inspect.isfunction)
            if inspect.isgeneratorfunction(member)]


def test_the_runtime_check_is_off_in_the_settings() -> None:
    assert settings.WARN_ON_GENERATOR_RETURN_VALUE is False


def test_no_generator_callback_returns_a_value() -> None:
    names = generator_methods(CenterinformSpider)
    assert {"article_read", "parse_listing", "related_requests"} <= set(names)
    offenders = [n for n in names
                 if is_generator_with_return_value(getattr(CenterinformSpider, n))]
    assert offenders == []


def test_the_check_finds_a_returned_value() -> None:
    class Returning(CenterinformSpider):
        def parse_article(self, response, listing_date=None):  # type: ignore[no-untyped-def]
            yield None
            return 1

    assert is_generator_with_return_value(Returning.parse_article)

"""A Scrapy setting misspelt on the command line is refused in one line
(kznews.setting_checks): Scrapy ignores names it does not know, so ``-s DOWNLOAD_DELAYS=5``
crawled at full speed without a word (also when Scrapyd passed it as a job's setting).
Names of extensions kznews cannot list stay allowed."""

from __future__ import annotations

import pytest
from scrapy.settings import Settings

from kznews import enqueue
from kznews.setting_checks import _distance, check_settings


def settings_with(name: str, value: str = "1") -> Settings:
    settings = Settings()
    settings.setmodule("kznews.settings", priority="project")
    settings.set(name, value, priority="cmdline")
    return settings


@pytest.mark.parametrize("slip, meant", [
    ("DOWNLOAD_DELAYS", "DOWNLOAD_DELAY"), ("CONCURENT_REQUESTS", "CONCURRENT_REQUESTS"),
    ("CONCURRENT_REQUEST", "CONCURRENT_REQUESTS"), ("USER_AGNET", "USER_AGENT"),
    ("ROBOTSTXT_OBAY", "ROBOTSTXT_OBEY"), ("AUTOTHROTTLE_ENABLE", "AUTOTHROTTLE_ENABLED"),
    ("LOG_LEVLE", "LOG_LEVEL"), ("DOWNLOAD_TIMOUT", "DOWNLOAD_TIMEOUT"),
    ("download_delay", "DOWNLOAD_DELAY"),  # Scrapy's names are upper-case only
    ("CLOSESPIDER_ITEMCOUNTS", "CLOSESPIDER_ITEMCOUNT"),
    ("LOG_LVL", "LOG_LEVEL"), ("DOWNLOAD_DLAY", "DOWNLOAD_DELAY"),  # letters left out
])
def test_a_slip_of_a_known_name_is_refused_naming_it(slip: str, meant: str) -> None:
    with pytest.raises(ValueError) as caught:
        check_settings(settings_with(slip))
    assert str(caught.value) == (f"unknown setting {slip} (did you mean {meant}?); Scrapy "
                                 "would crawl without it")
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("name", [
    "DOWNLOAD_DELAY", "LOG_FILE", "JOBDIR", "FEED_EXPORT_ENCODING", "CLOSESPIDER_ITEMCOUNT",
    "PLAYWRIGHT_MAX_CONTEXTS", "PLAYWRIGHT_CONTEXTS", "PLAYWRIGHT_CDP_URL",  # scrapy-playwright
    "REDIS_HOST", "REDIS_PORT", "SCHEDULER_PERSIST", "DUPEFILTER_KEY",  # scrapy-redis
    "ZYTE_API_KEY", "SPIDERMON_ENABLED", "SENTRY_DSN", "MY_PIPELINE_OPTION",
])
def test_known_names_and_an_extensions_own_pass(name: str) -> None:
    check_settings(settings_with(name))


@pytest.mark.parametrize("name, value", [
    ("FEED_DIR", "/data/feeds"),  # a project's own: URI is another word, not URI mistyped
    ("LOG_DIR", "/var/log/kznews"), ("HTTP_USER", "bot"),
    ("USER_AGENTS", '["Mozilla/5.0 (X11)", "Mozilla/5.0 (Mac)"]'),  # a rotating middleware's
    ("USER_AGENTS", "Mozilla/5.0 (X11), Mozilla/5.0 (Mac)"),
])
def test_another_word_or_a_list_for_a_plural_is_no_slip(name: str, value: str) -> None:
    check_settings(settings_with(name, value))


@pytest.mark.parametrize("slip, value", [
    ("USER_AGENTS", "Mozilla/5.0 (X11)"), ("DOWNLOAD_DELAYS", "1,5"), ("LOG_FILES", "a.log"),
])
def test_one_value_for_a_plural_is_still_a_slip(slip: str, value: str) -> None:
    with pytest.raises(ValueError, match=f"unknown setting {slip} .did you mean"):
        check_settings(settings_with(slip, value))


def test_a_slip_is_refused_before_a_job_is_queued() -> None:
    with pytest.raises(enqueue.EnqueueError, match="did you mean DOWNLOAD_DELAY"):
        enqueue._check_settings([("DOWNLOAD_DELAYS", "5")])


@pytest.mark.parametrize("a, b, d", [
    ("USER_AGNET", "USER_AGENT", 1), ("KITTEN", "SITTING", 3), ("ABC", "ABC", 0),
    ("ABC", "", 3), ("AB", "BA", 1), ("DOWNLOAD_DELAYS", "DOWNLOAD_DELAY", 1),
])
def test_the_distance_counts_letters_changed_added_dropped_or_swapped(a: str, b: str,
                                                                       d: int) -> None:
    assert _distance(a, b) == d == _distance(b, a)

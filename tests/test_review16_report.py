"""A run that read past a faulty listing page (empty, or showing the first page's list, while
the pager linked later pages) left that page's articles unread: its report does not pass and
the crawl exits with the status of a failed monitor, as other incomplete runs do (the real
crawl: tests/test_review14_walks.py)."""

from __future__ import annotations

from kznews import monitors as M


def test_the_completeness_monitor_names_skipped_listing_pages() -> None:
    cfg = M.MonitorConfig()
    result = M.check_completeness({"stats": {"discovery/faulty_listing_skipped": 2}}, cfg)
    assert not result.passed
    assert result.message.startswith("listing pages skipped")
    assert result.message.endswith("— the next run walks every listing page")
    assert M.check_completeness({"stats": {"discovery/faulty_listing_skipped": 0}}, cfg).passed


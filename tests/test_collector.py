"""The cycle collector is tuned while the engine runs and put back when it stops."""

from __future__ import annotations

import gc

import pytest
from pydispatch import dispatcher
from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from kznews.extensions.collector import CollectorTuning


def test_tuned_while_the_engine_runs_and_put_back() -> None:
    before = gc.get_threshold()
    crawler = get_crawler(settings_dict={"KZNEWS_GC_THRESHOLD": 12_345})
    tuning = CollectorTuning.from_crawler(crawler)
    for signal, handler in ((signals.engine_started, tuning.engine_started),
                            (signals.engine_stopped, tuning.engine_stopped)):
        assert handler in list(dispatcher.liveReceivers(
            dispatcher.getAllReceivers(crawler.signals.sender, signal)))
    tuning.engine_started()
    try:
        assert gc.get_threshold() == (12_345, *before[1:])
        assert gc.get_freeze_count() > 0
    finally:
        tuning.engine_stopped()
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_zero_leaves_the_collector_alone() -> None:
    with pytest.raises(NotConfigured):
        CollectorTuning.from_crawler(get_crawler(settings_dict={"KZNEWS_GC_THRESHOLD": 0}))


def test_on_by_default_in_the_project_settings() -> None:
    from kznews import settings

    assert gc.get_threshold()[0] < settings.KZNEWS_GC_THRESHOLD
    assert "kznews.extensions.collector.CollectorTuning" in settings.EXTENSIONS

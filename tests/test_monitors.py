"""Monitors, notifiers, the per-item tally and the progress line, without a crawl."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from kznews import monitors as M
from kznews.extensions.progress import choose_mode, progress_line
from kznews.report import summarise
from kznews.report.__main__ import main as report_main
from kznews.report.tally import Tally, is_fallback, is_filled


class Receiver:
    """A webhook receiver on 127.0.0.1:0 that keeps every JSON body POSTed to it."""

    def __init__(self) -> None:
        received: list[dict[str, Any]] = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length") or 0)
                received.append({"path": self.path,
                                 "content_type": self.headers.get("Content-Type"),
                                 "body": json.loads(self.rfile.read(length))})
                self.send_response(204)
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

        self.received = received
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    rec = Receiver()
    try:
        yield rec
    finally:
        rec.close()


def article(aid: int, lang: str = "ru", title_rule: str = "css:h1", body_rule: str = "css:.x",
            date_rule: str = "css:.date", **fields: Any) -> dict[str, Any]:
    item = {"id": f"u{aid}", "lang": lang, "title": "T", "body": "B",
            "published_at": f"2024-05-0{1 + aid % 3}T00:00:00+05:00", "source": None,
            "tags": [], "image_urls": ["http://x/1.jpg"], "views": 0, "category": "",
            "extraction": {"title": title_rule, "body": body_rule, "published_at": date_rule}}
    item.update(fields)
    return item


def report_of(items: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    tally = Tally()
    for item in items:
        tally.add(item)
    return {"items": len(items), "errors": 0, "finish_reason": "finished", "dropped": {},
            **tally.to_dict(), **extra}


def test_filled_and_fallback_rules() -> None:
    values: list[Any] = [None, "", "  ", [], {}, 0, "x", ["a"]]
    assert [is_filled(v) for v in values] == [
        False, False, False, False, False, True, True, True]
    assert is_fallback("body", "text:dateline-block")
    assert is_fallback("title", "text:title-tag")
    assert not is_fallback("title", "css:h1") and not is_fallback("title", None)


def test_tally_counts_languages_days_coverage_and_fallbacks() -> None:
    tally = Tally()
    tally.add(article(1, "ru", source="КазТАГ"))
    tally.add(article(2, "en", body_rule="text:densest-block"))
    tally.add(article(3, "en", title_rule="text:h2-before-dateline", source=""))
    out = tally.to_dict()
    assert out["articles_per_lang"] == {"en": 2, "ru": 1}
    assert out["articles_per_day"] == {"en": {"2024-05-01": 1, "2024-05-03": 1},
                                       "ru": {"2024-05-02": 1}}
    assert out["coverage"]["ru"]["source"] == 1.0 and out["coverage"]["en"]["source"] == 0.0
    assert out["coverage"]["all"]["views"] == 1.0  # 0 views is a value
    assert out["coverage"]["all"]["category"] == 0.0
    assert out["fallback"]["share"] == {"title": 0.3333, "body": 0.3333, "published_at": 0.0,
                                        "any": 0.6667}


def test_summarise_keeps_the_first_reports_keys() -> None:
    stats = {"downloader/request_count": 9, "item_scraped_count": 4, "feeds/ru/items": 3,
             "dedup/new": 3, "dedup/unchanged": 1, "drop/incomplete": 2,
             "validate/dropped/title": 1, "validate/dropped": 1, "dedup/dropped/in_run": 1,
             "extract/title/css:h1": 4, "extract/fallback/title": 0,
             "finish_reason": "finished", "incremental/not_modified": 5}
    out = summarise(stats)
    assert {"requests", "items", "exported_per_lang", "new", "revised", "unchanged",
            "dropped", "rules", "finish_reason"} <= set(out)
    assert (out["requests"], out["items"], out["exported_per_lang"]) == (9, 4, {"ru": 3})
    assert out["rules"] == {"title": {"css:h1": 4}}
    assert out["dropped_items"] == 4 and out["duplicates_dropped"] == 1
    assert out["articles_seen"] == 9


def test_plain_monitors() -> None:
    cfg = M.MonitorConfig(min_items=2, max_errors=1, coverage={"source": 0.5},
                          coverage_min_items=1)
    good = report_of([article(1, source="A"), article(2, source="B")])
    assert all(r.passed for r in M.run_monitors(good, [], cfg))
    bad = report_of([article(1, source=None)], errors=3, finish_reason="shutdown",
                    dropped={"validate/dropped/title": 2, "validate/dropped": 2})
    failed = {r.name: r.message for r in M.run_monitors(bad, [], cfg) if not r.passed}
    assert set(failed) == {"item_count", "error_count", "finish_reason", "schema",
                           "field_coverage"}
    assert "source 0% < 50% (ru)" in failed["field_coverage"]
    assert "title 2" in failed["schema"]
    # an incremental run that only found known, unchanged articles is not empty
    assert M.check_items({"items": 0, "articles_seen": 40}, cfg).passed
    assert M.check_finish_reason({"finish_reason": "closespider_timeout"}, cfg).passed


def test_downloads_monitor_fails_when_many_article_pages_were_not_fetched() -> None:
    cfg = M.MonitorConfig()
    assert M.check_downloads({"items": 5, "stats": {}}, cfg).passed
    few = {"items": 99, "stats": {"drop/download/TimeoutError": 1}}
    assert M.check_downloads(few, cfg).passed  # 1 of 100: a live site's blip
    many = {"items": 2, "stats": {"drop/download/TimeoutError": 5,
                                  "drop/download/ConnectionLost": 3, "drop/other": 9}}
    result = M.check_downloads(many, cfg)
    assert not result.passed
    assert "8 of 10 article pages" in result.message
    assert result.message.index("TimeoutError 5") < result.message.index("ConnectionLost 3")
    assert M.check_downloads(many, M.MonitorConfig(max_failed_share=0.9)).passed
    replay = {"items": 7, "stats": {"drop/download/NotInArchive": 49}}
    assert M.check_downloads(replay, cfg).passed  # an archive replay's missing related pages
    assert "downloads" in {r.name for r in M.run_monitors(many, [], cfg) if not r.passed}


def test_drift_compares_with_recent_runs_that_did_not_drift() -> None:
    cfg = M.MonitorConfig(drift_max_rise=0.25, drift_min_items=5)
    steady = [report_of([article(i) for i in range(10)]) for _ in range(2)]
    moved = report_of([article(i, body_rule="text:dateline-block") for i in range(10)])
    assert M.check_drift(moved, [], cfg).passed  # no earlier run: this one is the baseline
    result = M.check_drift(moved, steady, cfg)
    assert not result.passed and result.message.startswith("layout drift in body")
    assert "body 100% (was 0%)" in result.message
    # a drifted run does not become the baseline for the next one
    moved["monitors"] = {"results": [result.as_dict()]}
    assert not M.check_drift(moved, [*steady, moved], cfg).passed
    # a small rise, and runs too small to judge, pass
    some = report_of([article(i, body_rule="text:x" if i < 2 else "css:y") for i in range(10)])
    assert M.check_drift(some, steady, cfg).passed
    assert M.check_drift(report_of([article(1, body_rule="text:x")]), steady, cfg).passed


def test_drift_leaves_out_runs_that_are_no_sample_of_the_outlet() -> None:
    """A run stopped with Ctrl-C holds the pages that came first; the run after it, the
    pages that were left (those put off until their listing page was read): neither is
    judged, nor a baseline."""
    cfg = M.MonitorConfig(drift_max_rise=0.25, drift_min_items=5)
    steady = [report_of([article(i) for i in range(10)]) for _ in range(2)]
    rest = report_of([article(i, body_rule="text:dateline-block") for i in range(10)],
                     stats={M.RESUMING: 1})
    result = M.check_drift(rest, steady, cfg)
    assert result.passed and "not judged" in result.message
    rest["stats"] = {}
    assert not M.check_drift(rest, steady, cfg).passed  # the same run, judged
    stopped = report_of([article(i, body_rule="text:dateline-block") for i in range(10)],
                        finish_reason="shutdown")
    assert M.check_drift(stopped, steady, cfg).passed
    # a stopped run's shares are no baseline: the next normal run is compared with the others
    assert M.drift_baseline([*steady, stopped], cfg) == M.drift_baseline(steady, cfg)


def test_notifiers_append_to_a_file_and_post_to_a_webhook(tmp_path: Path,
                                                          receiver: Receiver) -> None:
    report = {"spider": "centerinform", "status": "failed", "items": 3,
              "monitors": {"results": [{"name": "drift", "passed": False, "message": "m"},
                                       {"name": "schema", "passed": True, "message": "ok"}]}}
    payload = M.alert_payload(report)
    target = tmp_path / "alerts" / "kznews.jsonl"
    outcome = M.notify([str(target), f"file://{tmp_path}/second.jsonl", receiver.url],
                       payload, timeout=5)
    assert [o["ok"] for o in outcome] == [True, True, True]
    lines = target.read_text("utf-8").splitlines()
    assert [json.loads(x)["failed"] for x in lines] == [[{"monitor": "drift", "message": "m"}]]
    assert (tmp_path / "second.jsonl").exists()
    assert len(receiver.received) == 1
    got = receiver.received[0]
    assert got["path"] == "/hook" and got["content_type"].startswith("application/json")
    assert got["body"]["event"] == "kznews.crawl.failed"


def test_notifier_failure_is_reported_not_raised() -> None:
    gone = Receiver()
    gone.close()  # nothing listens on its port any more
    outcome = M.notify([gone.url], {"event": "x"}, timeout=5)
    assert outcome[0]["ok"] is False and outcome[0]["error"]


@pytest.mark.parametrize("setting, tty, env, mode", [
    ("auto", True, {}, "tty"),
    ("auto", False, {}, "log"),
    ("auto", True, {"SCRAPY_JOB": "abc"}, "log"),
    ("auto", True, {"TERM": "dumb"}, "log"),
    ("tty", False, {}, "tty"),
    ("off", True, {}, "off"),
])
def test_progress_mode(setting: str, tty: bool, env: dict[str, str], mode: str) -> None:
    assert choose_mode(setting, tty, env) == mode


def test_progress_line() -> None:
    line = progress_line(120, {"ru": 40, "en": 20}, 2, 90.0)
    assert line == "pages 120 (80/min) · articles en 20 ru 40 · errors 2 · 1:30"
    with pytest.raises(ValueError):
        choose_mode("sometimes", True, {})


def test_report_cli_rebuilds_from_feed_files(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds"
    (feeds / "ru").mkdir(parents=True)
    (feeds / "en").mkdir()
    ru = [article(i, "ru") for i in range(3)]
    en = [article(10 + i, "en", revision=2) for i in range(2)]
    (feeds / "ru" / "a.jsonl").write_text("".join(json.dumps(x) + "\n" for x in ru), "utf-8")
    (feeds / "en" / "b.jsonl").write_text("".join(json.dumps(x) + "\n" for x in en), "utf-8")
    stats = tmp_path / "stats.json"
    stats.write_text(json.dumps({"downloader/request_count": 11, "log_count/ERROR": 0}))
    out = tmp_path / "reports"
    assert report_main([str(feeds), "--stats", str(stats), "--out", str(out),
                        "--name", "rebuilt"]) == 0
    report = json.loads((out / "rebuilt.json").read_text("utf-8"))
    assert (report["items"], report["requests"]) == (5, 11)
    assert report["exported_per_lang"] == {"en": 2, "ru": 3}
    assert (report["new"], report["revised"]) == (3, 2)
    assert report["rules"]["published"] == {"css:.date": 5}
    assert report["status"] == "passed"
    page = (out / "rebuilt.html").read_text("utf-8")
    # one run: per-day and coverage charts; trends need a second run (a sentence instead)
    assert page.count("<svg") == 2 and "<script" not in page
    assert "Trend charts appear from the second run on" in page


def test_site_key_tells_copies_apart_and_folds_www_and_default_ports() -> None:
    from kznews.state import site_key

    assert site_key("http://127.0.0.1:8000") != site_key("http://127.0.0.1:9000")
    assert site_key("https://www.ic24.kz:443/") == site_key("https://ic24.kz")

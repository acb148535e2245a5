"""The crawler against a hostile copy of ic24.kz: every bad input class, each with its outcome.

One fault-free and one fault-injected crawl of the same mirror (module fixtures) carry most
tests: the mirror's request log says what was asked and answered, Scrapy's stats say what the
crawler made of it, and the exported articles must equal the fault-free run's.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from scrapy.http import HtmlResponse

from kznews.middlewares import body_problem, decode_html, parse_retry_after, sniff_encoding
from kznews.mirror import MirrorServer, build_site, serve
from kznews.mirror.faults import (
    HOP_PARAM,
    KINDS,
    TRANSIENT,
    TRAP_IDS,
    Faults,
    FaultSpec,
    Hit,
    url_key,
)
from kznews.sites.centerinform.outlet import article_id
from tests.crawl_helpers import REPO, CrawlResult, run_crawl

RETRY_TIMES = 3
REDIRECT_MAX_TIMES = 5
QUIET = {"KZNEWS_MONITORS_ENABLED": "0"}  # the give-ups below are expected, not alerts


@dataclass
class Run:
    result: CrawlResult
    server: MirrorServer
    stats: dict[str, int]

    @property
    def faults(self) -> Faults:
        assert self.server.faults is not None
        return self.server.faults

    @property
    def items(self) -> dict[str, dict[str, Any]]:
        return {item["id"]: item for item in self.result.items}

    def hits(self, key: str) -> list[Hit]:
        """The requests for ``key`` in the order the server numbered them: the log is in the
        order answers finished, and two requests for one article can overlap."""
        return sorted((h for h in self.faults.log if url_key(h.path) == key),
                      key=lambda h: h.attempt)

    def trap_hits(self, name: str) -> list[Hit]:
        return [h for h in self.faults.log if f"u{TRAP_IDS[name]}" in h.path]


def scrapy_stats(stderr: str) -> dict[str, int]:
    block = stderr.rsplit("Dumping Scrapy stats:", 1)[-1]
    return {m[1]: int(m[2]) for m in re.finditer(r"'([^']+)': (\d+)[,}]", block)}


@pytest.fixture(scope="module")
def site() -> Any:
    return build_site(articles=120, seed=7)


@pytest.fixture(scope="module")
def clean(site: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    with serve(site) as server:
        result = run_crawl(server.url, tmp_path_factory.mktemp("clean"), "-a", "max_pages=1000",
                           settings=QUIET)
    yield Run(result, server, scrapy_stats(result.stderr))


@pytest.fixture(scope="module")
def canary() -> Iterator[MirrorServer]:
    with serve(build_site(articles=4)) as server:
        yield server


@pytest.fixture(scope="module")
def faulty(site: Any, canary: MirrorServer, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[Run]:
    with serve(site, faults=f"all,seed=7,canary={canary.url}") as server:
        result = run_crawl(server.url, tmp_path_factory.mktemp("faulty"), "-a",
                           "max_pages=1000", settings=QUIET)
    yield Run(result, server, scrapy_stats(result.stderr))


# -- the whole run ----------------------------------------------------------------------------


def test_fault_run_loses_nothing_and_doubles_nothing(clean: Run, faulty: Run) -> None:
    assert clean.result.returncode == 0, clean.result.stderr[-3000:]
    assert faulty.result.returncode == 0, faulty.result.stderr[-3000:]
    ids = Counter(item["id"] for item in faulty.result.items)
    assert [i for i, n in ids.items() if n > 1] == []  # duplicates = 0
    assert set(ids) == set(clean.items)  # lost = 0, extra = 0
    assert len(clean.items) == 120
    for aid, item in clean.items.items():
        got = faulty.items[aid]
        assert (got["content_hash"], got["title"], got["body"]) == (
            item["content_hash"], item["title"], item["body"]), aid
    feed = Counter(line["id"] for line in faulty.result.feed_lines())
    assert feed == Counter(set(clean.items))


def test_every_fault_kind_was_served(faulty: Run) -> None:
    served = faulty.faults.counts
    assert set(KINDS) <= set(served)
    assert {f"trap:{name}" for name in TRAP_IDS} - {"trap:closed"} <= set(served)
    assert {"traps", "robots", "endless"} <= set(served)


def test_only_the_base_host_is_ever_contacted(faulty: Run, canary: MirrorServer) -> None:
    assert canary.requests == []  # the traps link to it from every angle
    assert {h.host for h in faulty.faults.log} == {f"127.0.0.1:{faulty.server.port}"}
    assert faulty.stats.get("offsite/filtered", 0) >= 1  # the redirect to another host


# -- transient faults: fail the first k attempts, then recover ----------------------------------


def assert_recovered(clean: Run, faulty: Run, kind: str) -> None:
    keys = faulty.faults.keys_of(kind)
    assert keys
    for key in keys:
        k = faulty.faults.plan[key][1]
        hits = faulty.hits(key)
        assert [h.fault for h in hits[:k]] == [kind] * k, key
        assert any(h.fault in ("", "traps") for h in hits[k:]), f"{key} never served whole"
        aid = article_id(key)
        if aid:
            assert faulty.items[aid]["content_hash"] == clean.items[aid]["content_hash"]


@pytest.mark.parametrize("kind", ["500", "502", "503"])
def test_server_errors_are_retried(clean: Run, faulty: Run, kind: str) -> None:
    assert_recovered(clean, faulty, kind)
    reason = {"500": "500 Internal Server Error", "502": "502 Bad Gateway",
              "503": "503 Service Unavailable"}[kind]
    assert faulty.stats[f"retry/reason_count/{reason}"] >= faulty.faults.counts[kind]


def test_429_waits_at_least_retry_after(clean: Run, faulty: Run) -> None:
    assert_recovered(clean, faulty, "429")
    answered = faulty.faults.counts["429"]
    assert faulty.stats["kznews/retry_after/count"] == answered
    # the waits the crawler scheduled (Retry-After: 1), not a measured time
    assert faulty.stats["kznews/retry_delay_ms"] >= 1000 * answered


def test_connection_resets_are_retried(clean: Run, faulty: Run) -> None:
    assert_recovered(clean, faulty, "reset")


def test_body_shorter_than_content_length_is_retried(clean: Run, faulty: Run) -> None:
    assert_recovered(clean, faulty, "truncate")
    assert faulty.stats["retry/reason_count/scrapy.exceptions.ResponseDataLossError"] >= (
        faulty.faults.counts["truncate"])


def test_body_cut_without_content_length_is_retried(clean: Run, faulty: Run) -> None:
    assert_recovered(clean, faulty, "cut")
    assert faulty.stats["retry/reason_count/unclosed page"] >= faulty.faults.counts["cut"]


def test_stalled_response_is_retried(clean: Run, faulty: Run) -> None:
    assert_recovered(clean, faulty, "stall")


def test_empty_200_is_retried(clean: Run, faulty: Run) -> None:
    assert_recovered(clean, faulty, "empty")
    assert faulty.stats["retry/reason_count/empty page"] >= faulty.faults.counts["empty"]


def test_download_timeout_is_retried(tmp_path: Path) -> None:
    site = build_site(articles=12, seed=3)
    with serve(site, faults="stall=0.3,fail=1,stall_seconds=3") as server:
        result = run_crawl(server.url, tmp_path, settings={**QUIET, "DOWNLOAD_TIMEOUT": "1"})
    assert result.returncode == 0, result.stderr[-2000:]
    stats = scrapy_stats(result.stderr)
    assert stats["retry/reason_count/scrapy.exceptions.DownloadTimeoutError"] >= 1
    assert {item["id"] for item in result.items} == {a["id"] for a in site.articles}


def test_a_retry_after_beyond_the_cap_gives_the_page_up_at_once(tmp_path: Path) -> None:
    site = build_site(articles=24, seed=3)
    with serve(site, faults="429=0.1,fail=3,retry_after=999999,seed=3") as server:
        result = run_crawl(server.url, tmp_path, "-a", "max_pages=1000",
                           settings={**QUIET, "KZNEWS_RETRY_AFTER_MAX": "1"})
    run = Run(result, server, scrapy_stats(result.stderr))
    faulted = [key for key, (kind, _) in run.faults.plan.items() if kind == "429"]
    assert faulted and result.returncode == 0, result.stderr[-2000:]
    for key in faulted:  # asked once: not waited on, not retried
        assert len(run.hits(key)) == 1, key
    assert run.stats["drop/retry_after"] == len(faulted)
    assert result.stderr.count("with Retry-After: 999999") == len(faulted)
    assert "kznews/retry_delay_ms" not in run.stats
    lost = {article_id(key) for key in faulted}
    assert set(run.items) == {a["id"] for a in site.articles} - lost


# -- the same page in a hostile form on every attempt ------------------------------------------


def assert_same_articles(clean: Run, faulty: Run, kind: str) -> None:
    keys = faulty.faults.keys_of(kind)
    assert keys
    for key in keys:
        assert faulty.hits(key), f"{key} never requested"
        assert all(h.fault in (kind, "traps") for h in faulty.hits(key)
                   if HOP_PARAM not in h.path), key
        aid = article_id(key)
        if aid:
            assert faulty.items[aid]["body"] == clean.items[aid]["body"]


def test_slow_trickling_page_is_read_whole(clean: Run, faulty: Run) -> None:
    assert_same_articles(clean, faulty, "slow")


def test_redirect_chain_is_followed_to_the_page(clean: Run, faulty: Run) -> None:
    assert_same_articles(clean, faulty, "redirect")
    for key in faulty.faults.keys_of("redirect"):
        # The page may be fetched more than once (a retry under load, a second parse after
        # its listing page): every hop of the chain was requested, after the plain URL.
        paths = [h.path for h in faulty.hits(key)]
        assert HOP_PARAM not in paths[0]
        seen = {int(m.group(1)) for p in paths
                if (m := re.search(rf"{HOP_PARAM}=(\d+)", p))}
        assert {1, 2, 3} <= seen


def test_cp1251_labelled_utf8_is_read_as_cp1251(clean: Run, faulty: Run) -> None:
    assert_same_articles(clean, faulty, "mislabel")
    assert faulty.stats["kznews/charset/utf-8->cp1251"] >= len(faulty.faults.keys_of("mislabel"))


def test_cp1251_without_any_charset_is_read_as_cp1251(clean: Run, faulty: Run) -> None:
    assert_same_articles(clean, faulty, "nocharset")
    assert faulty.stats["kznews/charset/none->cp1251"] >= len(
        faulty.faults.keys_of("nocharset"))


def test_no_garbled_cyrillic_anywhere(faulty: Run) -> None:
    for item in faulty.result.items:
        text = item["title"] + item["body"]
        assert "\ufffd" not in text and not re.search("[ÐÑÃ][\u0080-\u00bf]", text), item["id"]


def test_unclosed_html_is_accepted_once_confirmed(clean: Run, faulty: Run) -> None:
    assert_same_articles(clean, faulty, "unclosed")
    assert faulty.stats["kznews/unclosed_accepted"] >= len(faulty.faults.keys_of("unclosed"))


def test_gzip_encoded_page_is_decoded(clean: Run, faulty: Run) -> None:
    assert_same_articles(clean, faulty, "gzip")


# -- traps: hostile endpoints and links -------------------------------------------------------


def test_gzip_bomb_is_stopped_while_decompressing(faulty: Run) -> None:
    assert len(faulty.trap_hits("bomb")) == 1  # not retried
    assert "during decompression" in faulty.result.stderr
    assert faulty.stats["drop/download/IgnoreRequest"] >= 1
    assert f"u{TRAP_IDS['bomb']}" not in faulty.items


@pytest.mark.parametrize("name", ["huge", "stream"])
def test_50mb_page_is_cancelled(faulty: Run, name: str) -> None:
    assert len(faulty.trap_hits(name)) == 1
    assert faulty.stats["drop/download/DownloadCancelledError"] == 2
    assert f"u{TRAP_IDS[name]}" not in faulty.items


def test_redirect_loop_ends(faulty: Run) -> None:
    assert 2 <= len(faulty.trap_hits("loop")) <= REDIRECT_MAX_TIMES + 1
    assert f"u{TRAP_IDS['loop']}" not in faulty.items


def test_redirect_to_another_host_is_not_followed(faulty: Run, canary: MirrorServer) -> None:
    assert len(faulty.trap_hits("away")) == 1
    assert not any("offsite.invalid" in h.path for h in faulty.faults.log)


def test_robots_txt_forbidden_section_is_never_requested(faulty: Run) -> None:
    assert faulty.trap_hits("closed") == []
    assert faulty.stats["robotstxt/forbidden"] >= 1
    assert not any(urlsplit(h.path).path.startswith("/news/closed-") for h in faulty.faults.log)


def test_404_article_is_not_retried(faulty: Run) -> None:
    assert len(faulty.trap_hits("gone")) == 1
    assert faulty.stats["drop/download/HttpError"] >= 1


def test_binary_answer_is_dropped_as_not_text(faulty: Run) -> None:
    assert len(faulty.trap_hits("binary")) == 1
    assert faulty.stats["drop/not_text"] == 1


def test_always_empty_page_is_dropped_with_a_reason(faulty: Run) -> None:
    assert len(faulty.trap_hits("blank")) == RETRY_TIMES + 1
    assert faulty.stats["drop/empty_page"] == 1


def test_always_truncated_page_is_never_exported(faulty: Run) -> None:
    assert len(faulty.trap_hits("broken")) == RETRY_TIMES + 1
    assert f"u{TRAP_IDS['broken']}" not in faulty.items
    assert faulty.stats["drop/download/ResponseDataLossError"] == 1


def test_always_failing_page_is_given_up(faulty: Run) -> None:
    assert len(faulty.trap_hits("down")) == RETRY_TIMES + 1
    assert faulty.stats["retry/max_reached"] >= 3  # down, blank, broken


def test_endless_pagination_stops_at_the_first_repeated_page(faulty: Run, site: Any) -> None:
    beyond = [h.path for h in faulty.faults.log
              if (url_key(h.path) or "").startswith("/novosti?page=")
              and int(url_key(h.path).rpartition("=")[2] or 0) > site.pages]  # type: ignore[union-attr]
    assert beyond == [f"/novosti?page={site.pages + 1}"]
    assert faulty.stats["discovery/stopped/repeated_listing"] == 1


def test_calendar_and_sorting_links_are_never_followed(faulty: Run) -> None:
    bad = re.compile(r"(date=|year=|day=|sort=|/calendar/|/novosti/20\d\d)")
    assert [h.path for h in faulty.faults.log if bad.search(h.path)] == []


def test_non_http_links_are_never_requested(faulty: Run) -> None:
    ids = [str(TRAP_IDS["gone"] + n) for n in range(20, 25)]  # offsite, js, mailto, data, ftp
    assert [h.path for h in faulty.faults.log if any(i in h.path for i in ids)] == []


def test_one_article_under_many_url_variants_is_fetched_once(faulty: Run, site: Any) -> None:
    paths = {urlsplit(h.path).path.rstrip("/") for h in faulty.faults.log
             if article_id(urlsplit(h.path).path) == "u45694"}
    assert len(paths) == 1
    assert sum(item["id"] == "u45694" for item in faulty.result.items) == 1


# -- the pieces, without a crawl ---------------------------------------------------------------


def test_fault_plan_is_seeded_and_exact(site: Any) -> None:
    a, b = Faults("all,seed=1", site), Faults("all,seed=1", site)
    assert a.plan == b.plan and a.plan != Faults("all,seed=2", site).plan
    urls = site.n + site.pages
    for kind, share in KINDS.items():
        assert len(a.keys_of(kind)) == max(1, round(share * urls))
    assert all(1 <= k <= 2 for kind, k in a.plan.values() if kind in TRANSIENT)


@pytest.mark.parametrize("spec, message", [
    ("bogus=0.1", "unknown fault"), ("500=2", "bad value"), ("500", "not NAME=VALUE"),
    ("500=0.6,502=0.6", "more than 1"), ("fail=0", "bad value"),
])
def test_bad_fault_spec_is_rejected(spec: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        FaultSpec.parse(spec)
    proc = subprocess.run([sys.executable, "-m", "kznews.mirror", "--faults", spec], cwd=REPO,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and message in proc.stderr and "Traceback" not in proc.stderr


def test_retry_after_forms() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert parse_retry_after(b"7") == 7.0
    assert parse_retry_after(format_datetime(now + timedelta(seconds=30), usegmt=True),
                             now=now) == 30.0
    assert parse_retry_after("Thu, 01 Jan 1970 00:00:00 GMT", now=now) == 0.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_charset_sniffing() -> None:
    ru = "<p>Алматы. 16 апреля. Центр информации - жители</p>"
    assert sniff_encoding(ru.encode("cp1251"), "utf-8") == "cp1251"
    assert sniff_encoding(ru.encode("cp1251"), None) == "cp1251"
    assert sniff_encoding(ru.encode("utf-8"), "cp1251") == "utf-8"
    assert sniff_encoding(ru.encode("utf-8"), "utf-8") is None
    assert sniff_encoding(ru.encode("cp1251"), "cp1251") is None
    assert sniff_encoding(b"<p>plain</p>", None) is None
    assert sniff_encoding("<p>café déjà</p>".encode("latin-1"), None) is None


@pytest.mark.parametrize("label", ["iso-8859-1", "windows-1252", "latin1", "ISO-8859-15"])
def test_latin1_label_on_cyrillic_bytes_is_read_as_cp1251(label: str) -> None:
    """A Russian template left with its CMS's Latin-1 default: the bytes are cp1251; a real
    Latin-1 page (French, German) keeps its label."""
    ru = "<p>Астана. 3 октября. Центр информации - В Казахстане запустили сервис</p>"
    assert sniff_encoding(ru.encode("cp1251"), label) == "cp1251"
    page = f'<meta http-equiv="Content-Type" content="text/html; charset={label}">{ru}'
    assert decode_html(page.encode("cp1251"), "text/html").endswith(ru)
    for text in ("<p>Le café déjà ouvert à Genève, où l'été arrive</p>",
                 "<p>Die Straße wird über das Wochenende für Fußgänger geöffnet</p>"):
        assert sniff_encoding(text.encode("latin-1"), label) is None


@pytest.mark.parametrize("body, flags, problem", [
    (b"", [], "empty"), (b"  \n", [], "empty"), (b"<html><body><p>a", [], "unclosed"),
    (b"<html><body><p>a</p></body></html>\n", [], None), (b"<html>x</HTML >", ["partial"], None),
])
def test_body_problems(body: bytes, flags: list[str], problem: str | None) -> None:
    response = HtmlResponse("http://h/news/u1", body=body, flags=flags, encoding="utf-8")
    assert body_problem(response) == problem


def test_a_run_that_could_not_fetch_many_articles_does_not_pass(tmp_path: Path) -> None:
    # every page answers 503 one to nine times: more often than most are retried
    site = build_site(articles=12, seed=5)
    with serve(site, faults="503=1.0,fail=9") as server:
        result = run_crawl(server.url, tmp_path, "-a", "discover=listing")
    assert result.returncode == 3, result.stderr[-2000:]
    assert "downloads" in result.stderr and "could not be fetched" in result.stderr
    assert len(result.items) < len(site.articles)

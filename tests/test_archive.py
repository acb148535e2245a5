"""The web archive: crawls kept as WARC, feeds rebuilt from WARC files with the network shut.

Live crawls run against the bundled mirror (kznews.mirror) over real HTTP; replays run with
that mirror stopped and a canary server on its port, which must see no request.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from kznews.archive.index import ArchiveIndex, scan
from kznews.mirror import build_site, serve
from tests.crawl_helpers import REPO, CrawlResult, crawl_command, run_crawl

ARTICLES = 80


def replay(workdir: Path, warc: Path | str, *args: str, base_url: str | None = None,
           settings: dict[str, str] | None = None) -> CrawlResult:
    """``scrapy crawl centerinform -a warc=…`` (without base_url unless given)."""
    extra = ("-a", f"warc={warc}", "-a", "max_pages=1000", *args)
    if base_url is not None:
        return run_crawl(base_url, workdir, *extra, settings=settings)
    workdir.mkdir(parents=True, exist_ok=True)
    cmd = crawl_command("-", workdir, settings=settings)
    at = cmd.index("base_url=-")
    del cmd[at - 1:at + 1]
    proc = subprocess.run(cmd + list(extra), cwd=REPO, capture_output=True, text=True,
                          timeout=300)
    out = workdir / "out.jsonl"
    items = [json.loads(x) for x in out.read_text("utf-8").splitlines()] if out.exists() else []
    reports = sorted((workdir / "reports").glob("*.json"))
    return CrawlResult(proc.returncode, items, proc.stderr, workdir,
                       reports[-1] if reports else None)


def warcio(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "warcio.cli", *args], capture_output=True,
                          text=True, timeout=120)


def records(files: list[Path]) -> list[dict[str, Any]]:
    fields = "warc-type,warc-target-uri,warc-record-id,warc-concurrent-to,http:status"
    proc = warcio("index", "-f", fields, *map(str, files))
    assert proc.returncode == 0, proc.stderr[-2000:]
    return [json.loads(line) for line in proc.stdout.splitlines()]


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One crawl of the mirror with the archive on (small files: several of them)."""
    workdir = tmp_path_factory.mktemp("archive-live")
    archive = workdir / "archive"
    with serve(build_site(articles=ARTICLES, seed=3), port=0) as server:
        result = run_crawl(server.url, workdir / "live", "-a", "max_pages=1000",
                           settings={"KZNEWS_ARCHIVE_DIR": str(archive),
                                     "KZNEWS_ARCHIVE_MAX_BYTES": "250000"})
        paths = list(server.requests)
        url, port = server.url, server.port
    assert result.returncode == 0, result.stderr[-3000:]
    return {"result": result, "archive": archive, "paths": paths, "url": url, "port": port,
            "files": sorted(archive.glob("*.warc.gz")), "workdir": workdir}


def test_the_archive_holds_a_response_for_every_page_fetched(live: dict[str, Any]) -> None:
    files = live["files"]
    assert len(files) >= 2, "rotation at KZNEWS_ARCHIVE_MAX_BYTES"
    assert all(f.name.startswith("kznews-") and f.stat().st_size > 0 for f in files)
    rows = records(files)
    responses = {r["warc-target-uri"]: r for r in rows if r["warc-type"] == "response"}
    fetched = {live["url"] + p for p in live["paths"]}
    assert fetched == set(responses)
    articles = [p for p in live["paths"] if p.startswith("/news/")]
    assert len(articles) >= ARTICLES and f"{live['url']}/robots.txt" in responses
    ids = {r["warc-record-id"] for r in rows if r["warc-type"] == "response"}
    requests = [r for r in rows if r["warc-type"] == "request"]
    assert len(requests) == len(ids) == len(live["paths"])
    assert {r["warc-concurrent-to"] for r in requests} == ids
    check = warcio("check", *map(str, files))
    assert check.returncode == 0, check.stdout[-2000:] + check.stderr[-2000:]


def test_every_file_starts_with_a_warcinfo_naming_the_crawl(live: dict[str, Any]) -> None:
    for path in live["files"]:
        with path.open("rb") as handle:
            first = next(iter(ArchiveIterator(handle)))
            assert first.rec_type == "warcinfo"
            info = first.content_stream().read().decode("utf-8")
        assert f"kznews-base-url: {live['url']}" in info
        assert "software: kznews/" in info and '"max_pages": 1000' in info


def test_replay_with_the_mirror_down_exports_the_same_articles(live: dict[str, Any],
                                                               tmp_path: Path) -> None:
    # The mirror is closed; a canary takes its port: any request leaving the replay lands here.
    with serve(build_site(articles=5, seed=9), port=live["port"]) as canary:
        result = replay(tmp_path, live["archive"])
        assert canary.requests == []
    assert result.returncode == 0, result.stderr[-3000:]
    before = {item["id"]: item for item in live["result"].items}
    after = {item["id"]: item for item in result.items}
    assert len(before) == ARTICLES and set(after) == set(before)
    for aid, item in before.items():
        assert {k: v for k, v in after[aid].items() if k != "crawled_at"} == \
            {k: v for k, v in item.items() if k != "crawled_at"}
    assert len(result.feed_lines()) == ARTICLES
    stats = result.report()["stats"]
    # (a page parsed again once its listing date is known is served twice)
    assert stats["archive/urls"] == len(set(live["paths"])) <= stats["archive/served"]
    assert stats.get("archive/missing", 0) == 0


def test_replay_after_a_rule_change_exports_only_the_changed_articles(
        live: dict[str, Any], tmp_path: Path) -> None:
    """A rule fix changes what the extraction gives for some pages: here the store's hash of
    one article is what "yesterday's rules" gave, so its replayed text now differs."""
    state = tmp_path / "state"
    shutil.copytree(live["result"].workdir / "state", state)
    changed = sorted(item["id"] for item in live["result"].items)[3]
    with sqlite3.connect(state / "articles.sqlite3") as db:
        db.execute("UPDATE articles SET content_hash='sha256:old-rules' WHERE id=?", (changed,))
    result = replay(tmp_path, live["archive"])
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.feed_lines()
    assert [(x["id"], x["revision"], x["previous_hash"]) for x in lines] == \
        [(changed, 2, "sha256:old-rules")]
    assert len(result.items) == ARTICLES  # every archived page read, no early stop


def test_a_killed_archive_is_read_up_to_its_last_whole_record(live: dict[str, Any],
                                                              tmp_path: Path) -> None:
    whole = live["files"][0]
    cut = tmp_path / "cut.warc.gz"
    data = whole.read_bytes()
    cut.write_bytes(data[: len(data) - 700])
    found = scan([str(cut)])
    complete = scan([str(whole)])
    assert found.cut_off == [str(cut)]
    assert 0 < len(found.captures) < len(complete.captures)
    index = ArchiveIndex(found, live["url"])
    try:
        page = index.load(found.captures[-1])
    finally:
        index.close()
    assert page.status == 200 and page.body.rstrip().endswith(b"</html>")
    mend = subprocess.run([sys.executable, "-m", "kznews.archive", "repair", str(cut)],
                          cwd=REPO, capture_output=True, text=True)
    assert mend.returncode == 0 and "bytes removed" in mend.stdout, mend.stderr
    assert warcio("check", str(cut)).returncode == 0
    repaired = scan([str(cut)])
    assert not repaired.cut_off and len(repaired.captures) == len(found.captures)
    assert cut.stat().st_size == found.ends[str(cut)] < len(data) - 700


def test_sigkill_leaves_readable_warcs(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    with serve(build_site(articles=600, seed=5), port=0) as server:
        cmd = crawl_command(server.url, tmp_path, "-a", "max_pages=1000",
                            settings={"KZNEWS_ARCHIVE_DIR": str(archive),
                                      "KZNEWS_ARCHIVE_MAX_BYTES": "400000"})
        proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and proc.poll() is None:
                if sum(f.stat().st_size for f in archive.glob("*.warc.gz")) > 600_000:
                    break
                time.sleep(0.05)
            assert proc.poll() is None, "the crawl ended before it could be killed"
            os.kill(proc.pid, signal.SIGKILL)
        finally:
            proc.wait(timeout=30)
    files = sorted(archive.glob("*.warc.gz"))
    assert len(files) >= 2
    check = warcio("check", *map(str, files))
    assert check.returncode == 0, check.stdout[-2000:]
    found = scan(map(str, files))
    assert not found.cut_off and len(found.captures) >= 40


def test_a_bad_warc_argument_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not an archive\n")
    for spec, words in ((str(tmp_path / "notes.txt"), "no WARC response record in notes.txt"),
                        (str(tmp_path / "none.warc.gz"), "no such file"),
                        (str(tmp_path / "*.warc.gz"), "no file matches"),
                        (str(tmp_path), "no *.warc")):
        result = replay(tmp_path / "run", spec)
        assert result.returncode == 2
        assert result.stderr.strip().count("\n") == 0 and words in result.stderr, result.stderr


def test_fixture_from_an_archived_page(live: dict[str, Any], tmp_path: Path) -> None:
    site = build_site(articles=ARTICLES, seed=3)
    truth = next(a for a in site.articles if a["variant"] == "classic")
    out = tmp_path / "fixture"
    proc = subprocess.run([sys.executable, "-m", "kznews.archive", "fixture", "--warc",
                           str(live["archive"]), "--url", live["url"] + truth["path"],
                           "--out", str(out)], cwd=REPO, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    meta = json.loads((out / "meta.json").read_text("utf-8"))
    expected = json.loads((out / "expected.json").read_text("utf-8"))
    assert meta["status"] == 200 and meta["url"] == truth["path"].lstrip("/")
    assert meta["archive"]["kind"] == "response" and meta["today"]
    assert (out / "page.html").read_bytes().rstrip().endswith(b"</html>")
    for field in ("id", "title", "body", "lang", "published_at"):
        assert expected[field] == truth[field], field
    missing = subprocess.run([sys.executable, "-m", "kznews.archive", "fixture", "--warc",
                              str(live["archive"]), "--url", live["url"] + "/news/x-u1",
                              "--out", str(tmp_path / "none")], cwd=REPO,
                             capture_output=True, text=True)
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1


def test_rendered_pages_are_archived_as_conversions_and_replay_without_a_browser(
        tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    site = build_site(articles=30, scripted=3)
    with serve(site, port=0) as server:
        live = run_crawl(server.url, tmp_path / "live", "-a", "max_pages=1000",
                         "-a", "render=auto", settings={"KZNEWS_ARCHIVE_DIR": str(archive)})
        port = server.port
    assert live.returncode == 0, live.stderr[-3000:]
    files = sorted(archive.glob("*.warc.gz"))
    assert warcio("check", *map(str, files)).returncode == 0
    found = scan(str(p) for p in files)
    conversions = [c for c in found.captures if c.kind == "conversion"]
    responses = {c.record_id: c for c in found.captures if c.kind == "response"}
    assert sorted(c.url.rsplit("-", 1)[-1] for c in conversions) == sorted(site.scripted_ids)
    for c in conversions:  # the rendered DOM refers to the static page fetched before it
        assert c.refers_to in responses and responses[c.refers_to].url == c.url
    with serve(build_site(articles=5, seed=9), port=port) as canary:
        again = replay(tmp_path / "replay", archive, "-a", "render=auto")
        assert canary.requests == []
    assert again.returncode == 0, again.stderr[-3000:]
    assert {i["id"] for i in again.items} == {i["id"] for i in live.items}
    rendered = {i["id"]: i for i in again.items if i["id"] in site.scripted_ids}
    assert len(rendered) == 3
    for aid, item in rendered.items():
        before = next(i for i in live.items if i["id"] == aid)
        assert item["body"] == before["body"] and item["title"] == before["title"]
    stats = again.report()["stats"]
    assert stats["archive/served_rendered"] == 3 and stats["render/playwright"] == 3
    assert "Starting download handler" not in again.stderr  # no Playwright, no chromium
    assert "Starting download handler" in live.stderr


class _DiskFillsUp:
    """``os.write`` for the writer: ``room`` bytes fit, then ENOSPC (a part-way write first),
    until ``free()``."""

    def __init__(self, room: int) -> None:
        self.room = room
        self.real = os.write

    def free(self) -> None:
        self.room = 1 << 40

    def write(self, fd: int, data: Any) -> int:
        if self.room <= 0:
            raise OSError(28, "No space left on device")
        n = min(len(data), self.room)
        self.room -= n
        return self.real(fd, bytes(data[:n]))


def test_a_write_that_fails_part_way_is_cut_back_off_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kznews.archive import writer as W

    disk = _DiskFillsUp(room=6000)
    monkeypatch.setattr(W.os, "write", disk.write, raising=True)
    out = W.WarcFileWriter(tmp_path, info={"software": "test"})
    kept, lost = [], []
    for n in range(12):
        if n == 8:
            disk.free()
        rec = out.http_record("resource", f"http://h/{n}", None, os.urandom(900))  # type: ignore[arg-type]
        try:
            out.record(rec)
        except OSError:
            lost.append(n)
        else:
            kept.append(f"http://h/{n}")
    out.close()
    assert len(lost) >= 2 and max(lost) < 8
    files = sorted(tmp_path.glob("*.warc.gz"))
    found = scan([str(f) for f in files])
    assert not found.cut_off, found.problems
    urls = []
    for f in files:
        with f.open("rb") as handle:
            recs = list(ArchiveIterator(handle))
        assert recs[0].rec_type == "warcinfo"
        urls += [r.rec_headers.get_header("WARC-Target-URI") for r in recs[1:]]
    # the records written once there was room again follow whole ones: none is lost to a cut
    assert urls == kept and kept[-1] == "http://h/11"
    assert out.records == len(urls) + len(files)


def test_a_full_disk_leaves_whole_records_and_fails_the_run(tmp_path: Path) -> None:
    from tests.crawl_helpers import tmpfs

    with tmpfs(tmp_path / "archive", "300k") as archive, \
            serve(build_site(articles=120, seed=4), port=0) as server:
        result = run_crawl(server.url, tmp_path / "run", "-a", "max_pages=1000",
                           settings={"KZNEWS_ARCHIVE_DIR": str(archive),
                                     "KZNEWS_PROGRESS": "off"}, timeout=240)
        files = [str(f) for f in sorted(archive.glob("*.warc.gz"))]
        found = scan(files)
    report = result.report()
    stats = report["stats"]
    failed = stats.get("archive/write_failed", 0)
    assert failed > 0 and len(result.items) == 120  # the feeds are whole
    assert not found.cut_off, found.problems  # and the archive holds whole records only
    assert len(found.captures) == stats["archive/records"] // 2
    errors = [ln for ln in result.stderr.splitlines() if "[kznews.archive.writer] ERROR" in ln]
    assert len(errors) == 1 and "No space left on device" in errors[0]
    assert f"archive: {failed} response(s) not archived" in result.stderr
    failing = [m["name"] for m in report["monitors"]["results"] if not m["passed"]]
    assert failing == ["archive"] and result.returncode == 3

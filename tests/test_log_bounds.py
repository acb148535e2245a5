"""Log lines stay short whatever the pages hold, and a crawl carries no code-execution server."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from kznews.logformatter import KznewsLogFormatter
from kznews.mirror import build_site, serve
from tests.crawl_helpers import REPO, crawl_command, run_crawl

MAX_LINE = 2000
HUGE = 4 * 1024 * 1024


def test_a_huge_dropped_page_makes_no_long_log_line(tmp_path: Path) -> None:
    site = build_site(articles=12)
    victim = site.articles[5]
    title = victim["title"].encode("utf-8")
    render = site.render

    def huge_title(path: str, **kwargs: Any) -> tuple[int, dict[str, str], bytes]:
        status, headers, body = render(path, **kwargs)
        if path.split("?")[0] == victim["path"] and status == 200:
            # a 4 MB page (under DOWNLOAD_MAXSIZE) whose title is the bulk of it
            repeat = HUGE // (19 * body.count(title))
            body = body.replace(title, ("Заголовок " * repeat).encode("utf-8"))
            headers = {**headers, "Content-Length": str(len(body))}
        return status, headers, body

    site.render = huge_title  # type: ignore[method-assign]
    with serve(site, port=0) as server:
        result = run_crawl(server.url, tmp_path, "-a", "max_pages=1000",
                           settings={"KZNEWS_PROGRESS": "off", "LOG_LEVEL": "DEBUG"})
    stats = result.report()["stats"]
    assert stats.get("validate/dropped/title") == 1, result.stderr[-3000:]
    assert len(result.stderr) > 10_000  # a real DEBUG log
    longest = max(result.stderr.splitlines(), key=len)
    assert len(longest) <= MAX_LINE, longest[:300]
    dropped = [line for line in result.stderr.splitlines() if "Dropped Article(" in line]
    assert len(dropped) == 1 and f"id={victim['id']}" in dropped[0]
    assert "Заголовок Заголовок Заголовок Заголовок" not in "\n".join(
        line for line in result.stderr.splitlines() if "Scraped" in line or "Dropped" in line)


def test_item_lines_name_the_article_only() -> None:
    formatter = KznewsLogFormatter()
    item = {"id": "u1", "url": "http://h/novosti/u1", "body": "x" * HUGE, "title": "t"}
    spider: Any = type("S", (), {"crawler": type("C", (), {"settings": {
        "DEFAULT_DROPITEM_LOG_LEVEL": "WARNING"}})()})()
    lines = [formatter.scraped(item, None, spider), formatter.dropped(
        item, Exception("y" * HUGE), None, spider),
        formatter.item_error(item, KeyError("z" * HUGE), None, spider)]
    for result in lines:
        text = result["msg"] % result["args"]
        assert len(text) < 500 and "id=u1" in text and "xxxx" not in text
    assert lines[0]["level"] == logging.DEBUG and lines[2]["level"] == logging.ERROR


# ---------------------------------------------------------------------- RemoteControl
def _listening_ports(pid: int) -> set[int]:
    """TCP ports the process ``pid`` listens on (its socket inodes in /proc/net/tcp*)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        found = re.fullmatch(r"socket:\[(\d+)\]", target)
        if found:
            inodes.add(found.group(1))
    ports = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A" and fields[9] in inodes:  # 0A: LISTEN
                ports.add(int(fields[1].rsplit(":", 1)[1], 16))
    return ports


def _ports_while_crawling(url: str, workdir: Path, *settings: str) -> tuple[set[int], str]:
    """Ports the crawl listens on once it is fetching pages, and its log."""
    cmd = crawl_command(url, workdir, "-a", "max_pages=1000", out="",
                        settings={"KZNEWS_PROGRESS": "off", "DOWNLOAD_DELAY": "0.2",
                                  "CONCURRENT_REQUESTS": "1", "LOG_LEVEL": "DEBUG"})
    for setting in settings:
        cmd += ["-s", setting]
    workdir.mkdir(parents=True, exist_ok=True)
    log_path = workdir / "crawl.log"
    with open(log_path, "w") as log:
        proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=log)
    try:
        deadline = time.monotonic() + 120
        while "Crawled (200)" not in log_path.read_text("utf-8"):
            assert proc.poll() is None, log_path.read_text("utf-8")[-3000:]
            assert time.monotonic() < deadline, "the crawl fetched nothing"
            time.sleep(0.05)  # polling for a condition, not timing a result
        ports = _listening_ports(proc.pid)
    finally:
        proc.kill()
        proc.wait()
    return ports, log_path.read_text("utf-8")


def test_a_crawl_runs_no_remote_control_server(tmp_path: Path) -> None:
    with serve(build_site(articles=12), port=0) as server:
        ports, log = _ports_while_crawling(server.url, tmp_path / "default")
        enabled = re.search(r"Enabled extensions:\n\[(.*?)\]", log, re.S)
        assert enabled and "CrawlReport" in enabled.group(1)
        assert "RemoteControl" not in enabled.group(1)
        assert ports == set()
        # The same check sees the server when the extension is switched back on.
        on, log = _ports_while_crawling(
            server.url, tmp_path / "on", "REMOTE_CONTROL_ENABLED=True",
            f"REMOTE_CONTROL_JOBS_DIR={tmp_path / 'jobs'}",
            'EXTENSIONS={"scrapy.extensions.remote_control.RemoteControl": 0}')
        assert on, log[-3000:]


@pytest.mark.parametrize("name", ["REMOTE_CONTROL_ENABLED"])
def test_remote_control_is_off_in_the_project_settings(name: str) -> None:
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    assert settings.getbool(name) is False
    assert settings.getdict("EXTENSIONS")["scrapy.extensions.remote_control.RemoteControl"] \
        is None

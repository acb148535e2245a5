"""Replaying a crawl's archive into the state that crawl left reads every archived article
again — also those a sitemap dates before their last check — so that a changed rule reaches
every feed line (the store decides what is exported again; unchanged articles are not)."""

from __future__ import annotations

from pathlib import Path

from kznews.mirror import build_site
from tests.copykit.server import CopyServer
from tests.crawl_helpers import run_crawl

NEVER = {"KZNEWS_RENDER": "never", "KZNEWS_PROGRESS": "off"}


def test_a_replay_reads_every_archived_article_whatever_the_sitemap_says(
        tmp_path: Path) -> None:
    site = build_site(articles=40, seed=3, sitemaps=True)
    archive = tmp_path / "archive"

    def route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
        status, head, body = site.render(target, base=f"http://{host}")
        return status, {k: v for k, v in head.items() if k != "Content-Length"}, body

    with CopyServer(route) as srv:
        first = run_crawl(srv.url, tmp_path, settings={**NEVER,
                                                       "KZNEWS_ARCHIVE_DIR": str(archive)})
        before = len(srv.requests)
        replay = run_crawl(srv.url, tmp_path, "-a", f"warc={archive}", settings=NEVER,
                           out="replay.jsonl")
        asked_during_replay = len(srv.requests) - before
    assert first.returncode == 0 and replay.returncode == 0, replay.stderr[-3000:]
    ids = {a["id"] for a in site.articles}
    assert {i["id"] for i in first.items} == ids
    stats = replay.report()["stats"]
    assert not stats.get("incremental/skipped_lastmod") and \
        not stats.get("incremental/skipped_known"), stats
    assert {i["id"] for i in replay.items} == ids  # every article read again from the archive
    assert stats.get("dedup/unchanged") == len(ids) and not stats.get("dedup/new")
    assert asked_during_replay == 0  # nothing fetched from the site

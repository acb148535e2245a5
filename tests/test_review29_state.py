"""A state or feeds directory whose files are not what kznews keeps there (a folder made in
the store's place, a link left dangling by a moved disk, a file in place of a language folder
of the feeds): the crawl said "is its disk full?" or "cannot write feed", and exited 5, the
status of a full disk, sending the user to look at free space."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tests.test_user_mistakes_crawl import crawl, one_line


@pytest.mark.parametrize("name", ["articles.sqlite3", "articles.sqlite3.init-lock",
                                  "articles.sqlite3-wal"])
def test_a_store_file_that_is_a_folder_is_a_bad_directory(tmp_path: Path, mirror: Any,
                                                          name: str) -> None:
    (tmp_path / "state" / name).mkdir(parents=True)
    line = one_line(crawl(tmp_path, mirror.url))
    assert line == (f"error: cannot open the article store under {tmp_path / 'state'}: "
                    f"{tmp_path / 'state' / name} is no file (a folder, a broken link?): move "
                    "it away")


def test_a_store_left_as_a_dangling_link_is_a_bad_directory(tmp_path: Path,
                                                            mirror: Any) -> None:
    (tmp_path / "state").mkdir()
    os.symlink(tmp_path / "gone" / "articles.sqlite3", tmp_path / "state" / "articles.sqlite3")
    assert one_line(crawl(tmp_path, mirror.url)).endswith(
        "articles.sqlite3 is no file (a folder, a broken link?): move it away")


def test_a_file_in_place_of_a_language_folder_of_the_feeds_stops_the_crawl(tmp_path: Path,
                                                                          mirror: Any) -> None:
    """Before: the crawl fetched pages, failed the first Russian article with "cannot write
    feed …/feeds/ru: File exists (EEXIST)" and exit 5, the status of a full disk."""
    (tmp_path / "feeds" / "en").mkdir(parents=True)  # a folder: fine
    (tmp_path / "feeds" / "ru").write_text("notes\n")
    assert one_line(crawl(tmp_path, mirror.url)) == (
        f"error: KZNEWS_FEEDS_DIR={tmp_path / 'feeds' / 'ru'} cannot be written: "
        f"{tmp_path / 'feeds' / 'ru'} is a file, not a directory")


@pytest.mark.parametrize("saved", [
    '{"h:1": ["http://h:1/rss"]}',  # a site's entries of another shape
    '{"h:1": {"feeds": {"urls": ["http://h:1/rss"], "at": "yesterday"}}}',  # a time that is none
    '{"h:1": {"feeds": {"urls": "http://h:1/rss", "at": null}}}',
    '["h:1"]',
])
def test_discovery_memory_of_another_shape_holds_nothing(tmp_path: Path, saved: str) -> None:
    """The state's discovery.json written by another version, or damaged: a traceback at the
    crawl's start ("Error while reading start items"), no sitemap or feed read, and PASSED."""
    from kznews.discovery.memory import DiscoveryMemory

    memory = DiscoveryMemory(tmp_path, "h:1")
    memory.path.write_text(saved, "utf-8")
    assert memory.recall("feeds") is None
    memory.remember("feeds", ["http://h:1/feed"])
    assert memory.recall("feeds") == ["http://h:1/feed"]

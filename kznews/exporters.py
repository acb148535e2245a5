"""Scrapy's JSON lines exporter (``-O out.jsonl``, ``FEEDS``) with a short way for articles.

For every item Scrapy's exporter builds an adapter and asks it, field by field, whether the
field is set, for its metadata and for its serializer: for an :class:`~kznews.items.Article`
(a dataclass whose fields are always set and carry no serializer) that is ~0.3 ms an item,
more than encoding it. Unless the feed names its fields, an Article is written here as the
same dict in the same field order through the same encoder — the same bytes; anything else
goes through Scrapy's code. When the per-language feeds have just written that very record
as UTF-8 JSON with Scrapy's default options, their line is written as it is.

Appending (``-o out.jsonl``) to a file whose last line an earlier run left cut (killed in the
middle of a write) first removes that piece of a line: the run's first article would
otherwise be glued to it, one unreadable line holding two articles.

:class:`GuardedFeedExporter` (in place of Scrapy's FeedExporter) counts the articles an
output could not take: Scrapy logs an exporter raising on an article (a full disk, an
encoding that cannot write it) as an error caught on a signal handler, with its traceback, the
article missing from the file; a run with five such articles passed.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import fields
from typing import Any

from scrapy import Spider
from scrapy.exporters import JsonLinesItemExporter
from scrapy.extensions.feedexport import FeedExporter
from scrapy.utils.python import to_bytes

from kznews.items import Article, item_dict
from kznews.pipelines.feeds import last_line

# Fields that carry exporter metadata (a serializer) must take Scrapy's path.
_PLAIN = not any(f.metadata for f in fields(Article))
logger = logging.getLogger(__name__)


def mend_cut_line(file: Any) -> None:
    """Before the first line is appended to ``file`` (opened for appending): a last line
    without its newline is ended when it is whole JSON, else removed, with a warning."""
    name, mode = getattr(file, "name", None), str(getattr(file, "mode", ""))
    if not isinstance(name, str) or "a" not in mode:
        return
    try:
        with open(name, "rb") as handle:
            end = handle.seek(0, os.SEEK_END)
            start, tail = end, b""
            while start > 0 and b"\n" not in tail:
                start = max(0, start - 65536)
                handle.seek(start)
                tail = handle.read(end - start)
    except OSError:
        return  # Scrapy's own write says what is wrong with the file
    if not tail or tail.endswith(b"\n"):
        return
    cut = tail.rfind(b"\n") + 1
    piece = tail[cut:]
    try:
        json.loads(piece)
    except ValueError:
        os.truncate(name, start + cut)
        logger.warning("%s: its last line was cut off by an earlier run (%d bytes, not JSON): "
                       "removed before appending", name, len(piece))
    else:
        file.write(b"\n")  # a whole record written without its newline


class JsonLinesExporter(JsonLinesItemExporter):
    def __init__(self, file: Any, **kwargs: Any) -> None:
        super().__init__(file, **kwargs)
        mend_cut_line(file)

    def export_item(self, item: Any) -> None:
        if type(item) is not Article or self.fields_to_export is not None or not _PLAIN:
            super().export_item(item)
            return
        record = item_dict(item)
        if self._same_as_feeds():
            line = last_line(record)
            if line is not None:
                self.file.write(line)
                return
        data = self.encoder.encode(record) + "\n"
        self.file.write(to_bytes(data, self.encoding))

    def _same_as_feeds(self) -> bool:
        """This exporter writes what the feeds write: UTF-8, no JSON options of its own."""
        return (self.encoding or "").lower().replace("_", "-") in ("utf-8", "utf8") \
            and self._kwargs == {"ensure_ascii": False}


OUTPUT_FAILED = "export/output_failed"
"""Stat: articles an output of ``-O``, ``-o`` or ``FEEDS`` could not take (the per-language
feeds hold them; the ``outputs`` monitor fails the run)."""


class GuardedFeedExporter(FeedExporter):
    """Scrapy's feed exports (``-O``, ``-o``, ``FEEDS``), each article an output could not
    take counted (:data:`OUTPUT_FAILED`), the first failure of each kind logged as one ERROR
    line naming the outputs and the reason, never a traceback."""

    def item_scraped(self, item: Any, spider: Spider) -> None:
        try:
            super().item_scraped(item, spider)
        except Exception as exc:  # noqa: BLE001 - whatever an exporter or storage raises
            self._failed(exc, getattr(item, "id", None) or "an article")

    def open_spider(self, spider: Spider) -> None:
        try:
            super().open_spider(spider)
        except Exception as exc:  # noqa: BLE001 - a storage or a FEED_URI_PARAMS function
            self._failed(exc, "its start")

    def _failed(self, exc: Exception, what: str) -> None:
        stats = self.crawler.stats
        assert stats is not None
        stats.inc_value(OUTPUT_FAILED)
        kind = type(exc).__name__
        logged: set[str] = self.__dict__.setdefault("_logged", set())
        if kind in logged:
            return
        logged.add(kind)
        outputs = ", ".join(sorted(self.feeds)) or "none"
        logger.error("output %s: could not write %s: %s: %s (further ones counted in %s; the "
                     "per-language feeds hold every article)", outputs, what, kind,
                     str(exc)[:200], OUTPUT_FAILED)

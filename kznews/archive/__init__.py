"""The web archive: every page a crawl fetched kept as WARC (ISO 28500), and crawls rebuilt
from it offline.

* :mod:`kznews.archive.writer` — ``-s KZNEWS_ARCHIVE_DIR=DIR`` writes the crawl's WARC files.
* :mod:`kznews.archive.replay` — ``-a warc=PATH`` answers the crawl from WARC files instead
  of the network (ours or any other tool's).
* :mod:`kznews.archive.index` — the index both the replay and the CLI read archives with.
* ``python -m kznews.archive`` — list an archive's captures, turn one into a test fixture.

docs/ARCHIVE.md tells the whole story.
"""

from kznews.archive.paths import ArchiveError, resolve
from kznews.archive.replay import NotInArchive, ReplayMiddleware
from kznews.archive.writer import ArchiveMiddleware, WarcFileWriter

__all__ = ["ArchiveError", "ArchiveMiddleware", "NotInArchive", "ReplayMiddleware",
           "WarcFileWriter", "resolve"]

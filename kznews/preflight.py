"""Checks run before a crawl's first request, each failing with one line a user can act on.

* the feeds, state and reports directories (and JOBDIR, LOG_FILE) can be created and written
  (a crawl that cannot write them would otherwise fetch every page and lose every article at
  the end);
* so can the output files of ``-O``/``-o`` and ``FEEDS`` on this machine, and ``-o`` does not
  append a second JSON array (or XML document) to a file already holding one; so can the
  alert files of ``KZNEWS_NOTIFY``;
* the options Scrapy reads only once the crawl runs, each of which lost the output's
  articles while the crawl passed: an encoding that cannot write the outlet's letters, a
  batch size without ``%(batch_id)d`` in the file's name, a ``%(…)s`` that names nothing, a
  field an article does not have;
* the site answers: DNS, TCP connect and, for https, a TLS handshake to the base URL's host;
* distributed mode: the Redis of ``KZNEWS_REDIS_URL`` answers and accepts the password.

Write failures during the crawl (a disk filling up) are the pipelines' business; these only
look at the start.
"""

from __future__ import annotations

import codecs
import os
import re
import socket
import ssl
import tempfile
from collections.abc import Collection
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from kznews.hints import did_you_mean

DIR_SETTINGS = (
    ("KZNEWS_FEEDS_DIR", "feeds", "KZNEWS_FEEDS_ENABLED"),
    ("KZNEWS_STATE_DIR", ".kznews", ""),
    ("KZNEWS_REPORTS_DIR", "reports", ""),
    ("KZNEWS_ARCHIVE_DIR", "", ""),  # unset: no archive
    ("JOBDIR", "", ""),  # Scrapy's pause/resume state (unset: none)
)
# Scrapy's formats that hold one document: appended to, a file of them is no longer readable
WHOLE_DOCUMENT_FORMATS = ("json", "xml")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+:")  # s3:, ftp:, stdout: … (not a drive letter)
EXIT_REDIS_UNREACHABLE = 75  # EX_TEMPFAIL: try again later
PROXY_VARIABLES = ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY")


class PreflightError(Exception):
    """Why the crawl cannot start; the message is the one line the user sees."""

    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.status = status


def check_dirs(settings: Any) -> None:
    for name, default, enabled in DIR_SETTINGS:
        if enabled and not settings.getbool(enabled, True):
            continue
        value = settings.get(name, default)
        if not value:
            continue  # an empty reports dir turns the report off
        if str(value).startswith("~"):  # quoted, or from Scrapyd or cron: no shell expanded it
            value = os.path.expanduser(str(value))
            settings.set(name, value, priority=settings.getpriority(name))
        check_writable(name, Path(str(value)))
        if name == "KZNEWS_FEEDS_DIR":
            check_feed_folders(Path(str(value)))
    check_notify_files(settings)
    check_log_file(settings)


def check_feed_folders(feeds: Path) -> None:
    """The per-language folders already there (``feeds/ru``) are writable folders: a file in
    a folder's place failed the first article of that language, after the crawl had fetched
    pages, as "cannot write feed …: File exists" and exit 5, the status of a full disk."""
    from kznews.spiders.args import LANGS

    for lang in LANGS:
        folder = feeds / lang
        if os.path.lexists(folder):
            check_writable("KZNEWS_FEEDS_DIR", folder)


def check_log_file(settings: Any) -> None:
    """``LOG_FILE`` / ``--logfile``: Scrapy opens it for appending (its folder is not made)
    when the crawl starts; one it cannot open was a traceback."""
    name = settings.get("LOG_FILE")
    if not name:
        return
    try:
        with open(str(name), "a", encoding="utf-8"):
            pass  # nothing written: only whether it can be
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise PreflightError(f"LOG_FILE={name} cannot be written: {reason}") from None


def check_notify_files(settings: Any) -> None:
    """The files ``KZNEWS_NOTIFY`` appends a failed run's alert to: written at the very end,
    a file that cannot be written lost the alert with one ERROR line, and exit status 0."""
    for target in settings.getlist("KZNEWS_NOTIFY"):
        target = str(target).strip()
        if not target or urlsplit(target).scheme.lower() in {"http", "https"}:
            continue
        path = _local_file(target)
        if path is None:
            continue  # a scheme the setting check refuses
        try:
            _probe(path.parent)
            if path.is_dir():
                raise IsADirectoryError(21, "it is a directory")
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise PreflightError(f"KZNEWS_NOTIFY={target} cannot be written: {reason}") from None


def check_writable(name: str, path: Path) -> None:
    try:
        _probe(path)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise PreflightError(f"{name}={path} cannot be written: {reason}") from None


def _probe(path: Path) -> None:
    if path.exists() and not path.is_dir():  # mkdir would say "File exists"
        raise NotADirectoryError(20, f"{path} is a file, not a directory")
    path.mkdir(parents=True, exist_ok=True)
    fd, probe = tempfile.mkstemp(prefix=".kznews-probe-", dir=path)
    os.close(fd)
    os.unlink(probe)


def check_feeds(settings: Any, uri_names: Collection[str] = ()) -> None:
    """Each local output file of the crawl (``-O``/``-o`` FILE, ``FEEDS``): its directory can
    be created and written, it is no directory, and an append keeps it readable. Scrapy opens
    it at the first article: a crawl writing to ``/readonly/out.jsonl`` fetched every page and
    logged one traceback per article. The options of every output are checked too
    (:func:`check_feed_options`; ``uri_names``: what ``%(name)s`` in a file name may name)."""
    formats = sorted(settings.getwithbase("FEED_EXPORTERS"))
    for uri, options in settings.getdict("FEEDS").items():
        if not isinstance(options, dict):  # Scrapy's feed exporter failed on it, a traceback
            raise PreflightError(f"FEEDS: the options of {uri} must be a JSON object such as "
                                 f'{{"format": "jsonlines"}}, got {options!r}')
        kind = str(options.get("format") or "")
        if kind not in formats:  # Scrapy logged one ERROR and wrote nothing all crawl long
            raise PreflightError(f"FEEDS: unknown format {kind!r} for {uri} (one of "
                                 f"{', '.join(formats)})")
        check_feed_options(settings, str(uri), options, uri_names)
        path = _local_file(str(uri))
        if path is None:
            continue  # stdout:, s3://, ftp:// …: Scrapy's storages say what they need
        folder = path.parent
        while "%(" in str(folder):  # a per-run directory (%(time)s): its parent must exist
            folder = folder.parent
        inside_feeds(settings, str(uri), folder)
        try:
            _probe(folder)
            if "%(" in path.name or not path.exists():
                continue
            if path.is_dir():
                raise IsADirectoryError(21, "it is a directory")
            append = not options.get("overwrite", False)
            if append and kind.lower() in WHOLE_DOCUMENT_FORMATS and path.stat().st_size:
                raise PreflightError(
                    f"output file {uri} already holds a {kind.upper()} document: -o would "
                    f"append a second one and leave the file unreadable; -O overwrites it, "
                    f"a .jsonl file takes appends")
            with path.open("ab"):
                pass  # nothing written: only whether it can be
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise PreflightError(f"output file {uri} cannot be written: {reason}") from None


def inside_feeds(settings: Any, uri: str, folder: Path) -> None:
    """An output file in a folder under the feeds' directory (``-o feeds/ru/…jsonl``, ``-O
    feeds/en/mine.jsonl``), where kznews writes each article once, in its language's folder:
    the output holds them all again, every language mixed, and whatever reads the feeds
    (``feeds/*/*.jsonl``: ``kznews report feeds/``) counted them twice; an append into a feed
    file made it hold another language's articles. The feeds' directory itself is left to the
    user (nothing reads files there)."""
    if not settings.getbool("KZNEWS_FEEDS_ENABLED", True):
        return
    feeds = os.path.realpath(str(settings.get("KZNEWS_FEEDS_DIR") or "feeds"))
    here = os.path.realpath(str(folder))
    if here.startswith(feeds + os.sep):
        raise PreflightError(f"output file {uri} is inside the per-language feeds of "
                             f"KZNEWS_FEEDS_DIR ({feeds}), where kznews writes each article "
                             "once: give a file outside them")


# The outlet's letters (Russian, Kazakh) and typography: every article's text is made of them,
# so an output encoding that cannot write them fails on article after article.
OUTLET_TEXT = "Алматы, Қазақстан: әғқңөұүһі «ё» — “…” №"
# Scrapy's exporters that write every character through the encoding; XML writes the others as
# character references, pickle and marshal write bytes.
STRICT_EXPORTERS = ("scrapy.exporters.JsonItemExporter", "scrapy.exporters.JsonLinesItemExporter",
                    "scrapy.exporters.CsvItemExporter")
# what Scrapy fills into a file name besides the spider's attributes (%(name)s …)
URI_PARAMS = ("time", "batch_time", "batch_id")
_PLACEHOLDER = re.compile(r"%\((\w*)\)")
_BATCH = re.compile(r"%\(batch_time\)s|%\(batch_id\)")  # what Scrapy looks for


def check_feed_options(settings: Any, uri: str, options: dict[str, Any],
                       uri_names: Collection[str] = ()) -> None:
    """The options of one output (``FEEDS`` entry, or the ``FEED_EXPORT_*`` settings it takes
    as defaults) that Scrapy reads only once the crawl runs: an unknown or non-Unicode
    encoding (a traceback per article, each missing from the file), a batch size without
    ``%(batch_id)d`` or ``%(batch_time)s`` in the name (no output at all), a ``%(…)s`` naming
    nothing (a ``KeyError``: no output), fields an article does not have (``{}`` lines). Each
    passed as "PASSED"."""
    from scrapy.utils.conf import feed_complete_default_values_from_settings

    full = feed_complete_default_values_from_settings(options, settings, uri)

    def source(key: str, setting: str) -> str:
        return f"FEEDS: the {key} of {uri}" if key in options else setting

    encoding = full.get("encoding")
    if encoding:
        try:
            codec = codecs.lookup(str(encoding)).name
        except LookupError:
            raise PreflightError(f"{source('encoding', 'FEED_EXPORT_ENCODING')}={encoding} is "
                                 "no encoding Python knows: give utf-8") from None
        if _strict(settings, str(full.get("format"))):
            try:
                OUTLET_TEXT.encode(codec)
            except UnicodeEncodeError as exc:
                raise PreflightError(
                    f"{source('encoding', 'FEED_EXPORT_ENCODING')}={encoding} cannot write the "
                    f"articles' letters ({OUTLET_TEXT[exc.start]!r} …): each article holding "
                    "one would be missing from the file; give utf-8 (utf-8-sig for Excel)"
                ) from None
    batch = full.get("batch_item_count") or 0
    try:
        batch = int(batch)
    except (TypeError, ValueError):
        raise PreflightError(f"{source('batch_item_count', 'FEED_EXPORT_BATCH_ITEM_COUNT')} "
                             f"must be a whole number, got {batch!r}") from None
    if batch < 0 or (batch and not _BATCH.search(uri)):
        stem, dot, ext = uri.rpartition(".")
        example = f"{stem}-%(batch_id)d.{ext}" if dot else f"{uri}-%(batch_id)d"
        why = ("must be ≥ 0 (0: one file)" if batch < 0 else
               f"splits the output into batches of {batch} articles: the file name must hold "
               f"%(batch_id)d or %(batch_time)s, e.g. {example}, else Scrapy writes none")
        raise PreflightError(f"{source('batch_item_count', 'FEED_EXPORT_BATCH_ITEM_COUNT')}="
                             f"{batch} {why}")
    if not full.get("uri_params"):  # a function of the user's may fill in any name
        known = {*URI_PARAMS, *uri_names}
        for name in _PLACEHOLDER.findall(uri):
            if name not in known:
                hint = did_you_mean(name, [*URI_PARAMS, "name"], "%({})s")
                raise PreflightError(f"output file {uri}: %({name})s names nothing Scrapy fills "
                                     f"in{hint}; it fills in %(time)s, %(batch_id)d, "
                                     "%(batch_time)s and %(name)s")
    _check_fields(uri, full.get("fields"), source("fields", "FEED_EXPORT_FIELDS"))


def _strict(settings: Any, kind: str) -> bool:
    from scrapy.utils.misc import load_object

    path = settings.getwithbase("FEED_EXPORTERS").get(kind)
    try:
        exporter = load_object(path) if isinstance(path, str) else path
        bases = tuple(load_object(name) for name in STRICT_EXPORTERS)
    except (ImportError, AttributeError, ValueError, NameError):
        return False  # Scrapy says what is wrong with an exporter it cannot load
    return isinstance(exporter, type) and issubclass(exporter, bases)


def _check_fields(uri: str, fields: Any, where: str) -> None:
    """``FEED_EXPORT_FIELDS`` / a feed's ``fields``: names of the article's fields (a list,
    or a mapping of field to column name). A name it lacks is left out of every line."""
    if not fields:
        return
    from dataclasses import fields as dataclass_fields

    from kznews.items import Article

    names = [f.name for f in dataclass_fields(Article)]
    given = list(fields) if isinstance(fields, (list, tuple, dict)) else [fields]
    for name in given:
        if str(name) not in names:
            hint = did_you_mean(str(name), names)
            raise PreflightError(f"{where}: {name!r} is no field of an article{hint}; the "
                                 f"fields: {', '.join(names)}")


def _local_file(uri: str) -> Path | None:
    if uri.lower().startswith("file://"):
        return Path(unquote(urlsplit(uri).path))
    if _SCHEME.match(uri):
        return None
    return Path(uri)


def check_reachable(base_url: str, timeout: float) -> None:
    """Open (and close) one connection to the base URL's host, as the crawl will."""
    if any(os.environ.get(v) for v in PROXY_VARIABLES):
        return  # the crawl goes through a proxy: a direct connection proves nothing
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    where = f"{host}:{port}"
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise PreflightError(f"could not connect to {where}: DNS lookup failed "
                             f"({exc.strerror})") from None
    family, kind, proto, _, address = infos[0]
    try:
        with socket.socket(family, kind, proto) as sock:
            sock.settimeout(timeout)
            sock.connect(address)
            if parts.scheme == "https":
                _handshake(sock, host)
    except TimeoutError:
        raise PreflightError(f"could not connect to {where}: no answer within "
                             f"{timeout:g} s (timeout)") from None
    except ssl.SSLError as exc:
        raise PreflightError(f"could not connect to {where}: TLS handshake failed "
                             f"({exc.reason or exc})") from None
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        raise PreflightError(f"could not connect to {where}: {reason}") from None


def check_redis(url: str) -> None:
    """A wrong URL or password: status 2; a Redis that does not answer: 75 (EX_TEMPFAIL, try
    again later). The password is never shown."""
    import redis  # distributed mode only

    from kznews.redact import mask_credentials
    from kznews.redis import with_password

    where = f"Redis at {mask_credentials(url)}"
    try:
        client = redis.Redis.from_url(with_password(url), socket_connect_timeout=10,
                                      socket_timeout=10)
        try:
            client.ping()
        finally:
            client.close()
    except redis.AuthenticationError as exc:
        raise PreflightError(f"{where} refused the connection: {exc} (give the password in "
                             "KZNEWS_REDIS_PASSWORD)") from None
    except (redis.ConnectionError, redis.TimeoutError) as exc:
        raise PreflightError(f"{where} does not answer: {exc}", EXIT_REDIS_UNREACHABLE) from None
    except (redis.RedisError, ValueError) as exc:
        raise PreflightError(f"{where}: {exc}") from None


def _handshake(sock: socket.socket, host: str) -> None:
    # Scrapy does not verify certificates by default; neither does this check: it only
    # catches a port that does not speak TLS at all.
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with context.wrap_socket(sock, server_hostname=host):
        pass

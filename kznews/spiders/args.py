"""Spider arguments (``-a name=value``): parsed and checked before a crawl starts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlsplit

LANGS = ("ru", "en", "kk")
RENDER_MODES = ("auto", "always", "never")
DEFAULT_MAX_PAGES = 100
# Articles linked from a listing article's related block are followed; their own related
# links are not: a site whose every article links new ones would otherwise never end.
DEFAULT_RELATED_DEPTH = 1
ARG_NAMES = ("base_url", "max_pages", "max_articles", "since", "lang", "follow_related",
             "related_depth", "render", "warc")
DEFAULT_BASE_URL = "https://ic24.kz"


class ArgumentError(ValueError):
    """A spider argument a user got wrong; its message is the one line they see."""


@dataclass(frozen=True)
class CrawlArgs:
    base_url: str
    max_pages: int
    max_articles: int
    since: date | None
    langs: frozenset[str]
    follow_related: bool
    render: str | None
    warc: tuple[str, ...] = ()  # archive files to replay instead of fetching
    # related-link hops followed from a listing article (0: none; follow_related=0 forces 0)
    related_depth: int = DEFAULT_RELATED_DEPTH

    @classmethod
    def parse(cls, base_url: str | None = None, max_pages: Any = DEFAULT_MAX_PAGES,
              max_articles: Any = 0, since: Any = None, lang: Any = "ru,en,kk",
              follow_related: Any = "1", render: Any = None, warc: Any = None,
              related_depth: Any = DEFAULT_RELATED_DEPTH, **unknown: Any) -> CrawlArgs:
        files, base_url = _archive(warc, base_url)
        try:
            parts = urlsplit(str(base_url).strip())
            _ = parts.port  # raises on a port out of range or not a number
        except ValueError:
            raise ArgumentError(f"base_url is not a valid URL: {base_url!r}") from None
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise ArgumentError(f"base_url must be an http(s) URL, got {base_url!r}")
        since_date = None
        if since not in (None, ""):
            try:
                since_date = date.fromisoformat(str(since).strip())
            except ValueError:
                raise ArgumentError(f"since must be a date YYYY-MM-DD, got {since!r}") from None
        langs = frozenset(x.strip().lower() for x in str(lang).split(",") if x.strip())
        bad = sorted(langs - set(LANGS))
        if bad or not langs:
            raise ArgumentError(f"lang must be a comma list of {','.join(LANGS)}, got {lang!r}")
        flag = str(follow_related).strip().lower()
        if flag not in {"1", "0", "true", "false", "yes", "no"}:
            raise ArgumentError(f"follow_related must be 1 or 0, got {follow_related!r}")
        depth = _positive("related_depth", related_depth, allow_zero=True)
        if render is not None and str(render) not in RENDER_MODES:
            raise ArgumentError(f"render must be one of {'/'.join(RENDER_MODES)}, got {render!r}")
        return cls(
            # a copy of the outlet may live under a path: http://host/ic24 + /novosti
            base_url=f"{parts.scheme}://{parts.netloc}".lower() + parts.path.rstrip("/"),
            max_pages=_positive("max_pages", max_pages, allow_zero=False),
            max_articles=_positive("max_articles", max_articles, allow_zero=True),
            since=since_date,
            langs=langs,
            follow_related=flag in {"1", "true", "yes"} and depth > 0,
            render=None if render is None else str(render),
            warc=files,
            related_depth=depth if flag in {"1", "true", "yes"} else 0,
        )


def _archive(warc: Any, base_url: str | None) -> tuple[tuple[str, ...], str]:
    """The archive files ``warc`` names and the base URL: given, else the archive's own."""
    if warc in (None, ""):
        return (), DEFAULT_BASE_URL if base_url is None else base_url
    from kznews.archive.index import base_url_of, check  # reads WARC: only for a replay
    from kznews.archive.paths import ArchiveError, resolve

    try:
        files = resolve(str(warc))
        check(files)
        return files, base_url_of(files) if base_url is None else base_url
    except ArchiveError as exc:
        raise ArgumentError(str(exc)) from None
    except OSError as exc:
        raise ArgumentError(f"warc: cannot read {warc!r}: {exc.strerror or exc}") from None


def _positive(name: str, value: Any, allow_zero: bool) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ArgumentError(f"{name} must be a whole number, got {value!r}") from None
    if number < 0 or (number == 0 and not allow_zero):
        raise ArgumentError(f"{name} must be {'≥ 0' if allow_zero else '≥ 1'}, got {value!r}")
    return number

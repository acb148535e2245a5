"""An outlet that redirects only some of its articles to a slashed address (a few moved
pages; the rest served without the slash, their slashed form a 404), or a slashed link
redirected to a login page or to another article: no article is lost to a slash learnt from
one of them, and the outlet's form costs no redirect per article."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from tests.copykit.server import CopyServer
from tests.crawl_helpers import run_crawl
from tests.test_trailing_slash import ONLY_LISTING, PER_PAGE, SETTINGS, SITE

ARTICLE = re.compile(r"^/news/[^/?#]+-u(\d+)$")
IDS = sorted(int(a["id"][1:]) for a in SITE.articles)
MOVED = set(IDS[-PER_PAGE:][::4])  # a few of the newest, on the first listing page


def _route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
    """Articles without the slash, their slashed form unknown (404), except the moved few:
    served only at the slashed address, the bare one redirecting to it."""
    path = urlsplit(target).path
    bare = path.rstrip("/")
    found = ARTICLE.match(bare)
    if found is not None:
        moved = int(found[1]) in MOVED
        if path.endswith("/") != moved:
            if moved:
                return 301, {"Location": bare + "/"}, b""
            return 404, {"Content-Type": "text/html; charset=utf-8"}, b"<h1>Not found</h1>"
        target = bare
    status, head, body = SITE.render(target, base=f"http://{host}")
    return status, {k: v for k, v in head.items() if k != "Content-Length"}, body


def test_a_few_articles_moved_to_a_slashed_address_lose_no_other_article(
        tmp_path: Path) -> None:
    with CopyServer(_route) as server:
        run = run_crawl(server.url, tmp_path, *ONLY_LISTING, settings=SETTINGS)
        log = server.requests
    assert run.returncode == 0, run.stderr[-2000:]
    ids = Counter(item["id"] for item in run.items)
    assert set(ids) == {a["id"] for a in SITE.articles} and max(ids.values()) == 1
    missing = [path for _, path, status in log if status == 404 and "/news/" in path]
    # the slashed form is asked only for the articles already queued when its 404s showed
    # it is not the outlet's; one listing page's worth, not one per article
    assert len(missing) <= PER_PAGE + len(MOVED) < len(ids), missing
    assert "learnt trailing slash answered 404" in run.stderr


GONE = set(IDS[:PER_PAGE][::5])  # deleted stories on the last listing page


def _slashed_route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
    """Every article served at its slashed address, the bare one redirecting there; a few
    deleted (their slashed address a 404)."""
    path = urlsplit(target).path
    bare = path.rstrip("/")
    found = ARTICLE.match(bare)
    if found is not None:
        if not path.endswith("/"):
            return 301, {"Location": bare + "/"}, b""
        if int(found[1]) in GONE:
            return 404, {"Content-Type": "text/html; charset=utf-8"}, b"<h1>Not found</h1>"
        target = bare
    status, head, body = SITE.render(target, base=f"http://{host}")
    return status, {k: v for k, v in head.items() if k != "Content-Length"}, body


def test_a_deleted_article_on_a_slashed_outlet_keeps_the_slash_learnt(tmp_path: Path) -> None:
    with CopyServer(_slashed_route) as server:
        run = run_crawl(server.url, tmp_path, *ONLY_LISTING, settings=SETTINGS)
        log = server.requests
    ids = {item["id"] for item in run.items}
    assert ids == {a["id"] for a in SITE.articles} - {f"u{n}" for n in GONE}
    moved = [path for _, path, status in log if status == 301 and "/news/" in path]
    assert len(moved) <= PER_PAGE + 2 * len(GONE) < len(ids), len(moved)
    assert "learnt trailing slash answered 404" not in run.stderr

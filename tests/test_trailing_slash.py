"""An outlet whose article addresses end in a slash (``/news/<slug>-u123/``, the address
without it answering 301): kznews fetches each article at the address the outlet serves, not
a redirect per article — once one redirect has shown which form the outlet uses, in that form
whatever the link says (before that, a sitemap's or feed's link as written, a listing's
without the slash). Ids, and so duplicates, are the same either way."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from kznews.mirror import build_site
from tests.copykit.server import CopyServer
from tests.crawl_helpers import run_crawl

PER_PAGE = 20
SITE = build_site(articles=60, seed=7, per_page=PER_PAGE)
ARTICLE = re.compile(r"^/news/[^/?#]+-u\d+$")
HREF = re.compile(rb'href="(/news/[^"/?#]+-u\d+)"')
SETTINGS = {"KZNEWS_RENDER": "never", "KZNEWS_PROGRESS": "off"}
ONLY_LISTING = ("-a", "discover=listing", "-a", "follow_related=0")


def _route(links_slashed: bool, slashed: bool):  # type: ignore[no-untyped-def]
    """The mirror with article addresses ending in a slash (``slashed``) or not; the
    listing's links written with one (``links_slashed``) or not."""
    def route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
        path = urlsplit(target).path
        bare = path.rstrip("/")
        if ARTICLE.match(bare) and path.endswith("/") != slashed:
            return 301, {"Location": bare + "/" if slashed else bare}, b""
        status, head, body = SITE.render(bare if ARTICLE.match(bare) else target,
                                         base=f"http://{host}")
        if links_slashed and "text/html" in head.get("Content-Type", ""):
            body = HREF.sub(rb'href="\1/"', body)
        return status, {k: v for k, v in head.items() if k != "Content-Length"}, body
    return route


@pytest.mark.parametrize(("links_slashed", "slashed"), [(True, True), (False, True),
                                                       (True, False)],
                         ids=["links-and-site-slashed", "site-slashed", "links-slashed"])
def test_articles_are_fetched_where_the_outlet_serves_them(tmp_path: Path, links_slashed: bool,
                                                          slashed: bool) -> None:
    with CopyServer(_route(links_slashed, slashed)) as server:
        run = run_crawl(server.url, tmp_path, *ONLY_LISTING, settings=SETTINGS)
        log = server.requests
    assert run.returncode == 0, run.stderr[-2000:]
    ids = Counter(item["id"] for item in run.items)
    assert set(ids) == {a["id"] for a in SITE.articles} and max(ids.values()) == 1
    moved = [path for _, path, status in log if status == 301 and "/news/" in path]
    fetched = [path for _, path, status in log if status == 200 and "/news/" in path]
    assert len(fetched) == len(ids)
    if not slashed:  # the listing's links are read without the slash, as the outlet serves
        assert moved == []
    else:  # the first listing page's articles at most, then the form the outlet serves
        assert 0 < len(moved) <= PER_PAGE + 5 < len(ids), len(moved)
        assert "article addresses end in a trailing slash" in run.stderr

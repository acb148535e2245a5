"""A listing page a protection answered for is asked once more in the same run, as an article
page is (kznews.spiders.centerinform._after_block, stat ``blocked/retried``): a CDN's browser
check on the page's first visit cost every article only that page reached until the next
run."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from scrapy import Request

from kznews.mirror import build_site
from tests.copykit.server import answering, serve_quietly
from tests.crawl_helpers import CrawlResult, run_crawl
from tests.test_block_retry import Checked, every_id
from tests.test_render import stat

SECOND = "/novosti?page=2"


@pytest.fixture
def outlet() -> Iterator[tuple[Checked, str]]:
    site = build_site(articles=24, seed=7)
    checked = Checked(site, [SECOND])
    httpd = serve_quietly(answering(checked.answer))
    yield checked, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def crawl(url: str, workdir: Path, out: str = "items.jsonl") -> CrawlResult:
    # the listing alone reaches the articles: no sitemap, feed or related link stands in for
    # the page that was blocked
    return run_crawl(url, workdir, "-a", "follow_related=0", "-a", "discover=listing",
                     out=out, settings={"KZNEWS_BLOCK_BACKOFF": "0.1",
                                        "KZNEWS_BLOCK_LIMIT": "20"})


def test_a_listing_page_checked_on_its_first_visit_is_read_in_the_same_run(
        outlet: tuple[Checked, str], tmp_path: Path) -> None:
    checked, url = outlet
    result = crawl(url, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert checked.seen[SECOND] == 2, checked.seen
    ids = Counter(item["id"] for item in result.items)
    assert set(ids) == every_id(checked.site) and max(ids.values()) == 1
    assert stat(result, "blocked/retried") == 1


def test_a_listing_page_blocked_every_time_is_asked_twice(
        outlet: tuple[Checked, str], tmp_path: Path) -> None:
    checked, url = outlet
    checked.always = True
    first = crawl(url, tmp_path)
    assert checked.seen[SECOND] == 2, checked.seen
    assert stat(first, "blocked/retried") == 1
    missed = every_id(checked.site) - {item["id"] for item in first.items}
    assert missed  # only that page reached them
    checked.off = True  # the next run, the check gone: it reads the page and its articles
    after = crawl(url, tmp_path, out="again.jsonl")
    assert after.returncode == 0, after.stderr[-3000:]
    feed = Counter(line["id"] for line in after.feed_lines())
    assert set(feed) == every_id(checked.site) and max(feed.values()) == 1


def test_a_blocked_json_listing_page_is_asked_once_more() -> None:
    """The JSON listing walk's page, as the HTML one: asked again once, outstanding until
    then; blocked again, it fails for good and the run is incomplete."""
    from scrapy.utils.test import get_crawler
    from twisted.python.failure import Failure

    from kznews.blocks import Blocked
    from kznews.spiders.centerinform import CenterinformSpider

    spider = CenterinformSpider.from_crawler(get_crawler(CenterinformSpider))
    spider.listings_outstanding = 1
    url = "https://ic24.kz/api/news?page=2"
    request = Request(url, callback=spider.parse_json_listing, cb_kwargs={"section": ""})

    def blocked(asked: Request) -> Failure:
        failure = Failure(Blocked("cloudflare", url, 503))
        failure.request = asked  # type: ignore[attr-defined]
        return failure

    again = list(spider.json_listing_failed(blocked(request)))
    assert len(again) == 1 and isinstance(again[0], Request) and again[0].url == url
    assert again[0].dont_filter and spider.listings_outstanding == 1 and not spider.incomplete
    assert list(spider.json_listing_failed(blocked(again[0]))) == []
    assert spider.listings_outstanding == 0 and spider.incomplete
    assert spider.crawler.stats.get_value("blocked/retried") == 1

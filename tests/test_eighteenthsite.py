"""kznews against an eighteenth copy of ic24.kz built as a JavaScript front end
(tests/eighteenthsite).

Most article pages are app shells: the server HTML holds a header, an empty ``#__next`` /
``#app`` / ``#root`` with a loading skeleton, a generic ``<title>``, ``<html lang="ru">`` on
every language, and the article only in an embedded state — ``__NEXT_DATA__``,
``window.__INITIAL_STATE__`` or an Apollo-like normalised cache — next to other articles
(latest, related, popular). The rest are server-rendered by Angular Universal and SvelteKit.
The scored crawl runs with ``KZNEWS_RENDER=never``: without a browser the state is the only
place the shells' articles are, and it is what a browser would render from.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.copykit import checks, scoring
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score, crawl_copy, crawl_fixture
from tests.copykit.server import get, served
from tests.copykit.text import normalise
from tests.eighteenthsite import site

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


base_url = served(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {a.cms for a in arts} == set(site.TEMPLATES)
    shells = [a for a in arts if a.shell]
    assert len(shells) > len(arts) / 2
    assert {(a.cms, a.blocks, a.place is not None) for a in shells} >= {
        (cms, blocks, place) for cms in site.SHELLS for blocks in (True, False)
        for place in (True, False)}
    assert {(a.cms, a.source_field) for a in arts if a.source_line} >= {
        (cms, field) for cms in site.TEMPLATES for field in (True, False)}
    assert {(a.cms, a.og_title) for a in shells} >= {(c, o) for c in site.SHELLS
                                                     for o in (True, False)}
    assert {a.lang for a in shells} == {a.lang for a in arts if not a.shell} == {"ru", "en", "kk"}
    assert any(a.clock is None for a in shells) and any(a.clock is None for a in arts
                                                        if not a.shell)
    assert any(a.category is None for a in arts) and any(not a.tags for a in arts)
    assert any(a.views is None for a in arts)
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)


def _page(art: site.Article) -> tuple[str, str]:
    return checks.page(site.route, art.path)


def _visible(markup: str) -> str:
    """The page's text as a browser without JavaScript shows it."""
    markup = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", markup, flags=re.S)
    return normalise(html.unescape(re.sub(r"<[^>]+>", " ", markup)))


def _state_record(art: site.Article, markup: str) -> dict[str, Any]:
    """The page's own record in its embedded state, in one shape for the three shells."""
    if art.cms == "next":
        raw = re.search(r'<script id="__NEXT_DATA__" type="application/json">(.*?)</script>',
                        markup)
        assert raw, art.id
        rec = json.loads(raw.group(1))["props"]["pageProps"]["article"]
        return {"title": rec["title"], "when": datetime.fromisoformat(rec["publishedAt"]),
                "tags": [t["name"] for t in rec["tags"]], "views": rec.get("views"),
                "content": rec["content"]}
    if art.cms == "state":
        raw = re.search(r"window\.__INITIAL_STATE__ = (.*?);</script>", markup)
        assert raw, art.id
        news = json.loads(raw.group(1))["news"]
        rec = news["items"][news["currentId"]]
        return {"title": rec["headline"], "when": datetime.fromtimestamp(rec["date"] / 1000, UTC),
                "tags": [t["title"] for t in rec["tags"]], "views": rec["counters"]["views"],
                "content": rec["body"]}
    raw = re.search(r"<script type=\"application/json\" data-state>(.*?)</script>", markup)
    assert raw, art.id
    cache = json.loads(raw.group(1))
    ref = cache["ROOT_QUERY"][f'article({{"id":"{art.num}"}})']["__ref"]
    rec = cache[ref]
    when = rec["publishedAt"]
    moment = (datetime.fromtimestamp(when / 1000, UTC) if isinstance(when, int)
              else datetime.fromisoformat(when if "T" in when else f"{when}T00:00+06:00"))
    return {"title": rec["title"], "when": moment, "views": rec["viewCount"],
            "tags": [cache[t["__ref"]]["name"] for t in rec["tags"]],
            "content": rec.get("body", rec.get("bodyHtml"))}


def _content_text(content: object) -> str:
    if isinstance(content, str):
        return normalise(html.unescape(re.sub(r"<[^>]+>", " ", content)))
    assert isinstance(content, list)
    return normalise(" ".join(b.get("text") or "" for b in content))


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        if not a.shell:  # a shell's text is JSON-escaped: its record is read below
            for para in [a.title, *a.paragraphs, *a.tags]:
                assert para in text, (a.id, para[:60])
        assert "USD/KZT 0.0" in text
        # Angular: <base href="/"> and relative paths ("media/news/…")
        assert all((p[1:] if a.cms == "angular" else p) in markup for p in a.image_paths())
        assert ('<base href="/">' in markup) == (a.cms == "angular")
        assert a.category is None or a.category in text
        assert a.source is None or a.source in text
        if not a.shell:
            assert (f"{site.AGENCY[a.lang]} - " in text) == bool(a.place), a.id
            assert a.views is None or re.search(rf"\b{a.views}\b", _visible(markup)), a.id
            assert a.photo_credit is None or re.search(
                rf"(Фото|Photo|Сурет): {re.escape(a.photo_credit)}", _visible(markup)), a.id
            assert all(p in _visible(markup) for p in a.paragraphs), a.id
            continue
        # a shell shows none of the text without JavaScript; its state holds the record
        assert not any(p in _visible(markup) for p in [a.title, *a.paragraphs]), a.id
        rec = _state_record(a, markup)
        assert rec["title"] == a.title and rec["views"] == a.views and rec["tags"] == a.tags
        assert rec["when"] == a.local or (a.clock is None and rec["when"].date() == a.day), a.id
        content = _content_text(rec["content"])
        assert all(p in content for p in a.paragraphs), a.id
        assert content.startswith(a.dateline()), a.id
        assert (f"{site.AGENCY[a.lang]} - " in content) == bool(a.place), a.id


def test_shell_states_carry_other_articles_before_the_page() -> None:
    """The trap the shells set: the first article in the state is never the page's."""
    for a in (a for a in site.build() if a.shell):
        markup, _ = _page(a)
        state = markup[markup.index("<script"):]
        others = [o for o in site.neighbours(a) if o.title != a.title]
        assert others and all(json.dumps(o.title, ensure_ascii=False)[1:-1] in state
                              for o in others), a.id
        first_other = min(state.index(json.dumps(o.title, ensure_ascii=False)[1:-1])
                          for o in others)
        assert first_other < state.index(json.dumps(a.title, ensure_ascii=False)[1:-1]), a.id


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site, start=1)
    assert site.page_count() >= 4


def test_robots_redirects_and_not_found(base_url: str) -> None:
    checks.check_robots_and_old_slug(base_url, site.by_num()[45694])
    status, headers, body = get(base_url + "/assets/app.7c1e9a.js")  # the shells' front end
    assert status == 200 and headers["Content-Type"].startswith("application/javascript")
    assert all(key.encode() in body for key in ("__NEXT_DATA__", "__INITIAL_STATE__",
                                                 "data-state"))
    checks.check_404(base_url, "/news/whatever-u1", "/nothing",
                     f"/novosti?page={site.page_count() + 1}", "/novosti?page=0")


def test_shown_dates_are_local() -> None:
    """The server-rendered date is Almaty time; the ``<time datetime>`` is UTC."""
    for a in (a for a in site.build() if a.cms == "svelte" and a.clock):
        markup, text = _page(a)
        assert f"{a.clock:%H:%M}" in text
        stamp = re.search(r'<time datetime="([^"]+)"', markup)
        assert stamp and datetime.fromisoformat(stamp.group(1)) == a.local
        assert datetime.fromisoformat(stamp.group(1)).utcoffset() == timedelta(0)


# --------------------------------------------------------------------------- the crawl


crawl = crawl_fixture("eighteenthsite", site.truth, FIELDS)


def test_spider_on_javascript_front_end_copy(crawl: scoring.Score) -> None:
    check_score(crawl)


def test_spider_reads_the_shells_without_a_browser(base_url: str, tmp_path: Path) -> None:
    """With ``render=auto`` a shell whose embedded state holds its article needs no browser:
    every article is read and no page is rendered."""
    result = crawl_copy(base_url, tmp_path, {"KZNEWS_RENDER": "auto"})
    sc = scoring.score(site.truth(base_url), result.items, FIELDS, same=scoring.same_moment)
    check_score(sc)
    assert result.report().get("stats", {}).get("render/requested", 0) == 0, scoring.report(sc)


def test_spider_renders_the_shells_with_a_browser_when_told(base_url: str,
                                                            tmp_path: Path) -> None:
    """With ``render=always`` Chromium runs the copy's front end (``app.js``) over the
    embedded state, and the rendered pages give the same records (a few pages suffice)."""
    if shutil.which("chromium") is None:
        pytest.skip("chromium is not installed")
    result = crawl_copy(base_url, tmp_path, {"KZNEWS_RENDER": "always"}, max_pages=1,
                        args=("-a", "max_articles=6", "-a", "follow_related=0"))
    found = {item["id"] for item in result.items}
    shells = {a.id for a in site.build() if a.shell}
    assert found & shells, sorted(found)
    truth = {k: v for k, v in site.truth(base_url).items() if k in found}
    sc = scoring.score(truth, result.items, FIELDS, same=scoring.same_moment)
    check_score(sc)
    assert result.report().get("stats", {}).get("render/playwright", 0) >= len(found)

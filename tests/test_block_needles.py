"""A block marker may carry a cheap "needle" tried before its pattern: it must never hide a
match of the pattern."""

from __future__ import annotations

import random

import pytest

from kznews.blocks import MARKERS, Marker, classify
from kznews.mirror import build_site

SNIPPETS = ["_cf_chl_opt", "__cf_chl_", "cf-browser-verification", "cf-challenge-running",
            "window._CF_CHL_OPT={}", "x__CF_chl_tk", "class=CF-Browser-Verification",
            "id='cf-challenge-running'", "a_cf_chl_opt", "cf_", "cf-", "cf", "c f-", "ſ", "K"]


def texts() -> list[str]:
    site = build_site(articles=6, seed=2)
    pages = [site.render(a["path"], base="http://127.0.0.1:1")[2].decode("utf-8")
             for a in site.articles]
    rng = random.Random(5)
    out = list(SNIPPETS) + pages
    for page in pages:
        for snippet in SNIPPETS:
            at = rng.randrange(len(page))
            out.append(page[:at] + snippet + page[at:])
            out.append(snippet.upper() + " " + page[:200])
    return out


@pytest.mark.parametrize("marker", [m for m in MARKERS if m.needle is not None],
                         ids=lambda m: f"{m.kind}-{m.where}")
def test_a_needle_never_hides_a_match(marker: Marker) -> None:
    found = 0
    for text in texts():
        expected = marker.pattern.search(text) is not None
        assert marker.search(text) is expected, text[:80]
        found += expected
    assert found >= len(SNIPPETS) // 2


@pytest.mark.parametrize("snippet", ["_cf_chl_opt", "__cf_chl_", "cf-browser-verification",
                                     "CF-Challenge-Running"])
def test_a_cloudflare_challenge_script_on_a_200_page(snippet: str) -> None:
    body = f"<html><head><title>ic24</title></head><body><p>{snippet}</p></body></html>"
    assert classify(200, {}, body.encode()) == "cloudflare"

"""Extraction: kznews's rule chains + loader vs trafilatura on the same mirror pages.

The pages are rendered by the mirror into memory first (``site.render``), decoded to ``str``
as Scrapy's ``response.text`` would be, so only extraction is timed: no network, no server.
Each extractor runs over all pages ``repeats`` times; the fastest pass counts.

``python -m bench.extraction --site NAME`` measures the same on a copy of the outlet under
``tests/`` (``bench/copies.py``), ``--site all`` on the mirror and every copy, one by one.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from kznews import processors as P
from kznews.extract.index import clear_memo
from kznews.loaders import build_article, missing_fields
from kznews.mirror import build_site
from kznews.sites.centerinform import extract_article
from kznews.sites.centerinform.listing import parse_listing

from .common import interleaved, load_average

BASE = "https://ic24.kz"
TODAY = date(2026, 11, 23)
_TOKEN = re.compile(r"\w+")


def tokens(text: str | None) -> Counter[str]:
    return Counter(_TOKEN.findall((text or "").lower()))


def token_f1(got: str | None, want: str | None) -> float:
    """Bag-of-words F1 of two texts (1.0 for two empty texts)."""
    g, w = tokens(got), tokens(want)
    if not g and not w:
        return 1.0
    overlap = sum((g & w).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(g.values()), overlap / sum(w.values())
    return 2 * precision * recall / (precision + recall)


def load_pages(count: int, seed: int = 1) -> list[dict[str, Any]]:
    """``count`` article pages of a mixed-variant mirror, spread over the whole listing, with
    their truth and the listing date the spider would hold when parsing them."""
    site = build_site(articles=max(count * 4, 240), seed=seed, variant="mixed")
    step = max(1, site.n // count)
    wanted = [site.articles[i] for i in range(0, site.n, step)][:count]
    listing: dict[str, date] = {}
    for page in sorted({a["listing_page"] for a in wanted}):
        path = "/novosti" if page == 1 else f"/novosti?page={page}"
        _, _, body = site.render(path, base=BASE)
        entries, _ = parse_listing(body.decode("utf-8"), BASE + path)
        listing.update({e.id: e.listing_date for e in entries if e.listing_date})
    pages = []
    for truth in wanted:
        status, _, body = site.render(truth["path"], base=BASE)
        assert status == 200, truth["path"]
        pages.append({"url": BASE + truth["path"], "html": body.decode("utf-8"),
                      "truth": truth, "hints": [("listing", listing[truth["id"]])]
                      if truth["id"] in listing else []})
    return pages


# ----------------------------------------------------------------------------- kznews


def kznews_one(page: dict[str, Any]) -> dict[str, Any] | None:
    ex = extract_article(page["html"], page["url"], page["hints"], page.get("today", TODAY))
    if missing_fields(ex):
        return None
    return vars(build_article(ex, page["url"]))


def kznews_scores(pages: list[dict[str, Any]], results: list[dict[str, Any] | None]
                  ) -> dict[str, Any]:
    fields: Counter[str] = Counter()
    f1 = []
    exact_body = 0
    for page, got in zip(pages, results, strict=True):
        truth = page["truth"]
        if got is None:
            f1.append(0.0)
            continue
        f1.append(token_f1(got["body"], truth["body"]))
        exact_body += got["body"] == truth["body"]
        fields["title"] += got["title"] == truth["title"]
        fields["date"] += got["published_at"][:10] == truth["published_at"][:10]
        fields["published_at"] += got["published_at"] == truth["published_at"]
        fields["lang"] += got["lang"] == truth["lang"]
        for name in ("category", "tags", "views", "source", "photo_credit", "dateline_place"):
            fields[name] += got[name] == truth[name]
        paths = [urlsplit(u).path for u in got["image_urls"]]
        fields["image"] += bool(paths) and paths[0] == (truth["image_paths"] or [None])[0]
        fields["image_urls"] += paths == truth["image_paths"]
        fields["related"] += [r["id"] for r in got["related"]] == truth["related_ids"]
    n = len(pages)
    return {"body_f1": round(sum(f1) / n, 4), "body_exact": round(exact_body / n, 4),
            "fields": {k: round(v / n, 4) for k, v in sorted(fields.items())},
            "failed_pages": sum(r is None for r in results)}


# ----------------------------------------------------------------------------- trafilatura


def trafilatura_scores(pages: list[dict[str, Any]], texts: list[str | None],
                       docs: list[dict[str, Any] | None]) -> dict[str, Any]:
    fields: Counter[str] = Counter()
    f1 = []
    exact_body = 0
    for page, text, doc in zip(pages, texts, docs, strict=True):
        truth = page["truth"]
        f1.append(token_f1(text, truth["body"]))
        exact_body += P.clean_text(text or "") == P.clean_text(truth["body"])
        doc = doc or {}
        fields["title"] += P.clean_text(doc.get("title")) == truth["title"]
        fields["date"] += (doc.get("date") or "")[:10] == truth["published_at"][:10]
        categories = doc.get("categories") or []
        fields["category"] += (categories[:1] or [None])[0] == truth["category"]
        fields["tags"] += list(doc.get("tags") or []) == truth["tags"]
        if "image_paths" in truth:  # not every copy's truth knows its images
            image = urlsplit(doc.get("image") or "").path or None
            fields["image"] += image is not None and image == (truth["image_paths"] or [None])[0]
        fields["lang"] += doc.get("language") == truth["lang"]
    n = len(pages)
    return {"body_f1": round(sum(f1) / n, 4), "body_exact": round(exact_body / n, 4),
            "fields": {k: round(v / n, 4) for k, v in sorted(fields.items())}}


def time_extractors(pages: list[dict[str, Any]], repeats: int) -> dict[str, Any]:
    """Every extractor over all ``pages``, ``repeats`` times in turns: the times of each pass
    and the last pass's outputs (kznews records, trafilatura texts and metadata)."""
    results: list[dict[str, Any] | None] = []
    texts: list[str | None] = []
    docs: list[dict[str, Any] | None] = []

    def kz() -> None:
        clear_memo()  # each pass starts cold: only pages of the same pass share memos
        results.clear()
        results.extend(kznews_one(p) for p in pages)

    funcs = {"kznews": kz}
    trafilatura: Any
    try:
        import trafilatura
    except ImportError:
        trafilatura = None
    if trafilatura is not None:
        def tf_extract() -> None:
            texts.clear()
            texts.extend(trafilatura.extract(p["html"], url=p["url"]) for p in pages)

        def tf_bare() -> None:
            docs.clear()
            for p in pages:
                doc = trafilatura.bare_extraction(p["html"], url=p["url"], with_metadata=True)
                docs.append(doc if doc is None or isinstance(doc, dict) else doc.as_dict())

        funcs.update({"trafilatura": tf_extract, "trafilatura_metadata": tf_bare})
    # One untimed pass on a few pages first: imports done lazily, caches, the allocator.
    sample, pages[:] = pages[:], pages[:10]
    for func in funcs.values():
        func()
    pages[:] = sample
    return {"times": interleaved(repeats, funcs), "results": results, "texts": texts,
            "docs": docs, "trafilatura": trafilatura is not None}


def summarise(pages: list[dict[str, Any]], timed: dict[str, Any],
              kznews: dict[str, Any]) -> dict[str, Any]:
    """Rates (from each extractor's fastest pass), ratios and scores; ``kznews`` holds its
    scores, trafilatura is scored here."""
    times = timed["times"]
    best = {name: min(ts) for name, ts in times.items()}
    out: dict[str, Any] = {"kznews": {"pages_per_s": round(len(pages) / best["kznews"], 1),
                                      "times_s": [round(t, 3) for t in times["kznews"]],
                                      **kznews}}
    if not timed["trafilatura"]:
        out["trafilatura"] = None
        out["note"] = "trafilatura not installed: pip install -r requirements-bench.txt"
        return out
    out["trafilatura"] = {
        "pages_per_s": round(len(pages) / best["trafilatura"], 1),
        "times_s": [round(t, 3) for t in times["trafilatura"]],
        "with_metadata_pages_per_s": round(len(pages) / best["trafilatura_metadata"], 1),
        "with_metadata_times_s": [round(t, 3) for t in times["trafilatura_metadata"]],
        **trafilatura_scores(pages, timed["texts"], timed["docs"]),
    }
    out["speedup_vs_extract"] = round(best["trafilatura"] / best["kznews"], 2)
    out["speedup_vs_metadata"] = round(best["trafilatura_metadata"] / best["kznews"], 2)
    return out


def run(quick: bool = False) -> dict[str, Any]:
    count, repeats = (40, 2) if quick else (400, 5)
    pages = load_pages(count)
    out: dict[str, Any] = {"pages": len(pages), "repeats": repeats,
                           "variants": dict(Counter(p["truth"]["variant"] for p in pages)),
                           "mean_page_kb": mean_kb(pages), "load_before": load_average()}
    timed = time_extractors(pages, repeats)
    out.update(summarise(pages, timed, kznews_scores(pages, timed["results"])))
    out["load_after"] = load_average()
    return out


def mean_kb(pages: list[dict[str, Any]]) -> float:
    return round(sum(len(p["html"]) for p in pages) / len(pages) / 1024, 1)


# ----------------------------------------------------------------------------- the copies


def run_copy(name: str, quick: bool = False) -> dict[str, Any]:
    """The same figures on one copy of the outlet under tests/ (bench/copies.py)."""
    from . import copies

    count, repeats = (12, 2) if quick else (None, 10)  # a copy has 40-90 articles: all of them
    pages, unlisted = copies.load_pages(name, count)
    if not pages:
        raise ValueError(f"{name}: the listing reached none of the copy's articles")
    out: dict[str, Any] = {"pages": len(pages), "repeats": repeats,
                           "encodings": copies.encodings(pages), "unlisted": unlisted,
                           "dated_by_listing": sum(bool(p["hints"]) for p in pages),
                           "mean_page_kb": mean_kb(pages), "load_before": load_average()}
    timed = time_extractors(pages, repeats)
    out.update(summarise(pages, timed, copies.copy_scores(name, pages, timed["results"])))
    out["load_after"] = load_average()
    return out


def run_site(name: str, quick: bool = False) -> dict[str, Any]:
    return run(quick) if name == "mirror" else run_copy(name, quick)


def main(argv: list[str] | None = None) -> int:
    import argparse
    import sys

    from . import copies
    from .common import REPO, run_header, write_results
    from .table import sites_table

    names = ["mirror", *copies.registry()]
    ap = argparse.ArgumentParser(prog="python -m bench.extraction",
                                 description="extraction speed and accuracy on one site")
    ap.add_argument("--site", default="mirror", choices=[*names, "all"],
                    help="the mirror, a copy of the outlet under tests/, or all one by one")
    ap.add_argument("--quick", action="store_true", help="fewer pages and passes")
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "results")
    args = ap.parse_args(argv)
    result: dict[str, Any] = {**run_header(args.quick), "sites": {}}
    for name in names if args.site == "all" else [args.site]:
        print(f"bench.extraction: {name} …", file=sys.stderr, flush=True)
        try:
            result["sites"][name] = run_site(name, args.quick)
        except ValueError as err:  # a copy that cannot be read: one line, not a traceback
            print(f"bench.extraction: {err}", file=sys.stderr)
            return 1
    result["load_end"] = load_average()
    write_results(args.out, f"-extraction-{args.site}", result, sites_table(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

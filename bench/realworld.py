"""``python -m bench.realworld DIR [--repeats N] [--out DIR]``: kznews on other outlets' pages.

kznews is written for one outlet whose live markup nobody here has seen; other outlets' real
article pages are the nearest stand-in for it. ``DIR`` holds pages in the layout of the public
article-extraction benchmark (``html/<key>.html.gz`` and ``ground-truth.json`` mapping each
key to ``{"articleBody": …, "url": …}``; github.com/scrapinghub/article-extraction-benchmark).
The pages are not part of this repository: they are other publishers' text.

Each page is read as if fetched from an outlet article URL, so only its markup decides. Printed
and written: pages/s of kznews and of ``trafilatura.extract`` (interleaved passes, the fastest
counts), mean body token F1 of each against the human-written body, and the pages kznews
dropped, by reason.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from kznews import article_from_html
from kznews.extract.index import clear_memo

from .common import REPO, interleaved, load_average, run_header, write_results
from .extraction import token_f1

TODAY = date(2026, 11, 30)


def load(folder: Path) -> list[dict[str, Any]]:
    """The pages of ``folder`` with their truth, in key order."""
    truth_file = folder / "ground-truth.json"
    if not truth_file.is_file() or not (folder / "html").is_dir():
        raise ValueError(f"{folder}: no ground-truth.json and html/ (see --help)")
    truth = json.loads(truth_file.read_text("utf-8"))
    pages = []
    for number, key in enumerate(sorted(truth)):
        path = folder / "html" / f"{key}.html.gz"
        if not path.is_file():
            continue
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        pages.append({"key": key, "html": html, "body": truth[key].get("articleBody") or "",
                      "url": f"https://ic24.kz/en/news/page-u{100000 + number}"})
    if not pages:
        raise ValueError(f"{folder}: none of the pages named in ground-truth.json is there")
    return pages


class _Reasons(logging.Handler):
    """The drop reasons ``article_from_html`` logs, by page."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.last: str | None = None

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if "dropped" in message:
            self.last = message.split("dropped, as a crawl would: ", 1)[-1].split(" (")[0]


def run(folder: Path, repeats: int) -> dict[str, Any]:
    pages = load(folder)
    records: list[dict[str, Any] | None] = []
    texts: list[str | None] = []
    reasons: Counter[str] = Counter()

    def kz() -> None:
        clear_memo()
        records.clear()
        records.extend(article_from_html(p["html"], p["url"], today=TODAY) for p in pages)

    funcs = {"kznews": kz}
    try:
        import trafilatura
    except ImportError:
        trafilatura = None
    if trafilatura is not None:
        def tf() -> None:
            texts.clear()
            texts.extend(trafilatura.extract(p["html"]) for p in pages)
        funcs["trafilatura"] = tf
    handler = _Reasons()
    logging.getLogger("kznews").addHandler(handler)
    try:
        out: dict[str, Any] = {"pages": len(pages), "load_before": load_average()}
        times = interleaved(repeats, funcs)
        for page in pages:  # once more, untimed, for the reasons
            handler.last = None
            if article_from_html(page["html"], page["url"], today=TODAY) is None:
                reasons[handler.last or "not an article"] += 1
    finally:
        logging.getLogger("kznews").removeHandler(handler)
    kz_f1 = [token_f1(r["body"] if r else None, p["body"]) for r, p in zip(records, pages,
                                                                          strict=True)]
    out["kznews"] = {"pages_per_s": round(len(pages) / min(times["kznews"]), 1),
                     "body_f1": round(sum(kz_f1) / len(pages), 4),
                     "dropped": sum(r is None for r in records), "dropped_by_reason": reasons}
    if trafilatura is not None:
        tf_f1 = [token_f1(t, p["body"]) for t, p in zip(texts, pages, strict=True)]
        out["trafilatura"] = {"pages_per_s": round(len(pages) / min(times["trafilatura"]), 1),
                              "body_f1": round(sum(tf_f1) / len(pages), 4)}
        out["speedup_vs_extract"] = round(min(times["trafilatura"]) / min(times["kznews"]), 2)
    out["mean_page_kb"] = round(sum(len(p["html"]) for p in pages) / len(pages) / 1024, 1)
    out["load_after"] = load_average()
    return out


def table(result: dict[str, Any]) -> str:
    r = result["realworld"]
    tf = r.get("trafilatura") or {}
    lines = ["| pages | mean KB | kznews p/s | trafilatura p/s | × extract | kznews body F1 "
             "| trafilatura body F1 | kznews dropped |",
             "|---|---|---|---|---|---|---|---|",
             f"| {r['pages']} | {r['mean_page_kb']} | {r['kznews']['pages_per_s']} | "
             f"{tf.get('pages_per_s', '–')} | {r.get('speedup_vs_extract', '–')} | "
             f"{r['kznews']['body_f1']:.3f} | {tf.get('body_f1', 0):.3f} | "
             f"{r['kznews']['dropped']} |"]
    for reason, count in r["kznews"]["dropped_by_reason"].most_common():
        lines.append(f"- dropped {count}: {reason}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.realworld",
                                 description=__doc__.split("\n\n")[1])
    ap.add_argument("folder", type=Path, help="html/*.html.gz and ground-truth.json")
    ap.add_argument("--repeats", type=int, default=3, help="timed passes of each extractor")
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "results")
    args = ap.parse_args(argv)
    log = logging.getLogger("kznews")
    level, propagate = log.level, log.propagate
    log.setLevel(logging.INFO)
    log.propagate = False  # a line per dropped page is counted, not printed
    try:
        result = {**run_header(False), "realworld": run(args.folder, args.repeats)}
    except ValueError as err:
        print(f"bench.realworld: {err}", file=sys.stderr)
        return 2
    finally:
        log.setLevel(level)
        log.propagate = propagate
    write_results(args.out, "-realworld", result, table(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

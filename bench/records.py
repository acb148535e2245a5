"""``python -m bench.records save DIR [COPY …]`` / ``python -m bench.records diff A B``

Before a change to extraction, save the feed records of the mirror and of every copy of the
outlet under ``tests/``; after it, save again and diff. Each copy is crawled the way a user
crawls it (``scrapy crawl centerinform`` through ``tests.copykit.crawl``, plain HTTP), and its
records are written sorted by (id, lang), without ``crawled_at`` and ``duplicate_of`` (which
depend on the moment and on crawl order) and with the server's address cut off every URL.
``diff`` prints the fields that changed, per record, and exits 1 when any did.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

Route = Callable[[str, str], tuple[int, dict[str, str], bytes]]
UNSTABLE = ("crawled_at", "duplicate_of")


def _copies() -> dict[str, Route]:
    from .copies import registry

    return {name: copy.route for name, copy in registry().items()}


def _path(url: str) -> str:
    return url.split("/", 3)[-1] if "://" in url else url


def normalise(item: dict[str, Any]) -> dict[str, Any]:
    record = {k: v for k, v in item.items() if k not in UNSTABLE}
    for key in ("url", "canonical_url"):
        record[key] = _path(record.get(key) or "")
    record["image_urls"] = [_path(u) for u in record.get("image_urls") or []]
    record["related"] = [{**r, "url": _path(r["url"])} for r in record.get("related") or []]
    return record


def crawl(name: str) -> list[dict[str, Any]]:
    from kznews.mirror import build_site, serve
    from tests.copykit.crawl import crawl_copy
    from tests.copykit.server import CopyServer

    settings = {"KZNEWS_RENDER": "never", "KZNEWS_MONITORS_ENABLED": "0"}
    with tempfile.TemporaryDirectory() as tmp:
        if name == "mirror":
            with serve(build_site(articles=240, seed=1)) as srv:
                return crawl_copy(srv.url, Path(tmp), settings, max_pages=100).items
        with CopyServer(_copies()[name]) as srv:
            return crawl_copy(srv.url, Path(tmp), settings).items


def save(out: Path, names: list[str]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in names:
        records = sorted((normalise(i) for i in crawl(name)),
                         key=lambda r: (r["id"], r.get("lang") or ""))
        (out / f"{name}.jsonl").write_text("".join(
            json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records), "utf-8")
        print(f"{name}: {len(records)} records", flush=True)


def _load(path: Path) -> dict[tuple[str, str], dict[str, Any]]:
    rows = (json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip())
    return {(r["id"], r.get("lang") or ""): {k: v for k, v in r.items() if k not in UNSTABLE}
            for r in rows}


def diff(a: Path, b: Path, shown: int = 5) -> int:
    changed_total = 0
    for path in sorted(a.glob("*.jsonl")):
        old, new = _load(path), _load(b / path.name) if (b / path.name).exists() else {}
        changed = 0
        fields: Counter[str] = Counter()  # how many records each field changed in
        for key in sorted(set(old) | set(new)):
            x, y = old.get(key), new.get(key)
            if x == y:
                continue
            changed += 1
            if x is None or y is None:
                if changed <= shown:
                    print(f"  {path.stem} {key}: only in "
                          f"{'the second' if x is None else 'the first'}")
                continue
            for field in sorted(set(x) | set(y)):
                if x.get(field, "(none)") != y.get(field, "(none)"):
                    fields[field] += 1
                    if changed <= shown:
                        print(f"  {path.stem} {key} {field}: {str(x.get(field))[:120]!r} -> "
                              f"{str(y.get(field))[:120]!r}")
        by_field = ", ".join(f"{f} {n}" for f, n in fields.most_common())
        print(f"{path.stem}: {len(old)} vs {len(new)} records, {changed} changed"
              + (f" ({by_field})" if by_field else ""))
        changed_total += changed
    return 1 if changed_total else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.records",
                                 description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    s = sub.add_parser("save", help="crawl the mirror and the copies; write DIR/<name>.jsonl")
    s.add_argument("dir", type=Path)
    s.add_argument("names", nargs="*", help="mirror and/or copies (default: all)")
    d = sub.add_parser("diff", help="compare two saved directories")
    d.add_argument("a", type=Path)
    d.add_argument("b", type=Path)
    args = ap.parse_args(argv)
    if args.command == "diff":
        return diff(args.a, args.b)
    names = args.names or ["mirror", *_copies()]
    unknown = sorted(set(names) - {"mirror", *_copies()})
    if unknown:
        ap.error(f"unknown: {', '.join(unknown)}; choose from mirror, {', '.join(_copies())}")
    save(args.dir, names)
    return 0


if __name__ == "__main__":
    sys.exit(main())

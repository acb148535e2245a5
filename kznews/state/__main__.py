"""Inspect the article store: ``python -m kznews.state [--state-dir DIR] stats|show ID|export``."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

from kznews.state import ArticleStore, store_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kznews store", description=__doc__)
    parser.add_argument("--state-dir", default=".kznews", help="KZNEWS_STATE_DIR of the crawls")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("stats", help="articles, revisions and size per site")
    show = sub.add_parser("show", help="one article's record (every site holding the id)")
    show.add_argument("id")
    sub.add_parser("export", help="every record as JSON lines on stdout")
    args = parser.parse_args(argv)

    path = store_path(args.state_dir)
    if not path.exists():
        print(f"error: no article store at {path}", file=sys.stderr)
        return 2
    try:
        return _run(args.command, args, path)
    except sqlite3.Error as exc:  # a damaged file, or one kznews did not write
        print(f"error: the article store at {path} cannot be read: {exc} (damaged, or not "
              "kznews's: move it away and the next crawl starts afresh)", file=sys.stderr)
        return 2


def _run(command: str, args: argparse.Namespace, path: Path) -> int:
    store = ArticleStore(path, site="")
    try:
        if command == "stats":
            print(json.dumps(store.stats(), ensure_ascii=False, indent=2))
        elif command == "show":
            rows = store.by_id(args.id)
            if not rows:
                print(f"error: no article {args.id} in {path}", file=sys.stderr)
                return 1
            for row in rows:
                print(json.dumps(row, ensure_ascii=False, indent=2))
        else:
            for row in store.rows():
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""``python -m kznews.archive``: look into WARC files, turn an archived page into a fixture.

    python -m kznews.archive list PATH [--host URL]
        every capture (response, revisit, conversion): WARC date, status, type, URL
    python -m kznews.archive repair PATH
        cut files whose end was cut off (a crawl killed mid-write) back to their last whole
        record, so that every WARC tool reads them
    python -m kznews.archive fixture --warc PATH --url URL --out tests/fixtures/pages/NAME/
                                     [--listing-date YYYY-MM-DD]
        the page as a fixture: page.html, meta.json, expected.json (to review)

PATH is a WARC file, a directory of them or a glob. Errors are one line, exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from kznews.archive.fixture import make_fixture
from kznews.archive.index import READ_ERRORS, one_stream_hint, repair, scan
from kznews.archive.paths import ArchiveError, host_key, is_open, resolve


def _list(path: str, host: str | None) -> None:
    try:
        wanted = host_key(host) if host else None
    except ValueError:
        raise ArchiveError(f"--host must be a host[:port] or a URL, got {host!r}") from None
    found = scan(resolve(path))
    if found.one_stream and not found.captures:
        raise ArchiveError(one_stream_hint(found.one_stream[0]))
    if found.foreign and not found.captures:
        raise ArchiveError(f"{found.foreign[0]} is not a WARC file")
    if not found.ends and not found.cut_off:
        raise ArchiveError(f"no WARC record in {path} (an empty file?)")
    if wanted and not any(host_key(c.url) == wanted for c in found.captures):
        held = sorted({host_key(c.url) for c in found.captures})
        raise ArchiveError(f"the archive holds no capture of {wanted} (it holds "
                           f"{', '.join(held[:3]) or 'none'})")
    for c in sorted(found.captures, key=lambda c: (c.url, c.when)):
        if wanted and host_key(c.url) != wanted:
            continue
        when = datetime.fromtimestamp(c.when, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        print(f"{when}\t{c.status or '-'}\t{c.kind}\t{c.url}")
    for name in found.cut_off:
        print(f"warning: {name} is read up to its last whole record "
              f"({found.problems.get(name, '?')})", file=sys.stderr)
    for name in found.one_stream:
        print(f"warning: {one_stream_hint(name)}; skipped", file=sys.stderr)
    for name in found.foreign:
        print(f"warning: {name} is not a WARC file: skipped", file=sys.stderr)


def _repair(path: str) -> None:
    foreign = []
    for name in resolve(path):
        if is_open(name):
            print(f"{name}: still being written by its crawler (.open): left as it is; "
                  "repair it once the crawl has closed it", file=sys.stderr)
            continue
        try:
            removed = repair(name)
        except ArchiveError as exc:
            foreign.append(str(exc))
            continue
        if removed is not None:
            print(f"{name}: cut back to its last whole record ({removed} bytes removed)")
    if foreign:
        raise ArchiveError(foreign[0] + (f" (and {len(foreign) - 1} more)"
                                         if len(foreign) > 1 else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kznews archive",
                                     description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    listing = sub.add_parser("list", help="every capture in the archive")
    listing.add_argument("path")
    listing.add_argument("--host", help="only captures of this host (a URL or host:port)")
    mend = sub.add_parser("repair", help="cut cut-off files back to their last whole record")
    mend.add_argument("path")
    fixture = sub.add_parser("fixture", help="an archived page as a test fixture")
    fixture.add_argument("--warc", required=True)
    fixture.add_argument("--url", required=True)
    fixture.add_argument("--out", required=True, type=Path)
    fixture.add_argument("--listing-date", type=date.fromisoformat,
                         help="the date the listing showed for the page (YYYY-MM-DD)")
    args = parser.parse_args(argv)
    try:
        if args.command == "list":
            host = args.host if not args.host or "//" in args.host else f"http://{args.host}"
            _list(args.path, host)
            return 0
        if args.command == "repair":
            _repair(args.path)
            return 0
        result = make_fixture(args.warc, args.url, args.out, args.listing_date)
    except ArchiveError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except READ_ERRORS as exc:
        print(f"error: cannot read the archive: {exc}", file=sys.stderr)
        return 2
    print(f"fixture written: {args.out} (captured {result['meta']['archive']['captured']})")
    if result["captures"] > 1:
        print(f"note: the archive holds {result['captures']} captures of this URL; the fixture "
              "is the one a replay serves (the latest 200); `kznews archive list` shows them "
              "all", file=sys.stderr)
    if result["missing"]:
        print(f"warning: the extraction found no {', '.join(result['missing'])}: "
              "expected.json holds what it found; review it", file=sys.stderr)
    print("review expected.json: it holds what the extraction gives today")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

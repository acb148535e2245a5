"""``python -m kznews.mirror``: serve the offline copy of ic24.kz on 127.0.0.1."""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from .faults import FaultSpec
from .server import serve
from .site import VARIANTS, build_site


def port_number(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"a port is 0 to 65535 (0 picks a free one), got {port}")
    return port


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        prog="kznews mirror", description="Serve the offline mirror of ic24.kz."
    )
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=port_number, default=0, help="0 picks a free port")
    ap.add_argument("--articles", type=int, default=240)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--variant", choices=("mixed", *VARIANTS), default="mixed")
    ap.add_argument("--mutate", type=int, default=0, help="articles whose body changed")
    ap.add_argument("--per-page", type=int, default=20)
    ap.add_argument("--scripted", type=int, default=0,
                    help="articles whose text is built by JavaScript (kznews/mirror/scripted.py)")
    ap.add_argument("--hanging", type=int, default=0,
                    help="of those, pages whose script never finishes loading in a browser")
    ap.add_argument("--sitemaps", action="store_true",
                    help="robots.txt Sitemap lines, a sitemap index with gzipped children and "
                    "a news sitemap (kznews/mirror/discovery.py)")
    ap.add_argument("--feed", action="store_true", help="an RSS feed of the newest articles")
    ap.add_argument("--sitemap-only", type=int, default=0,
                    help="articles only the sitemap reaches (needs --sitemaps)")
    ap.add_argument("--empty-tail", type=int, default=0,
                    help="listing pages past the last answering 200 with no items")
    ap.add_argument("--related-only", type=int, default=0,
                    help="articles only a headline block links, one or two related-link hops "
                    "from the listing (kznews/mirror/related.py)")
    ap.add_argument("--truth-out", type=Path, help="write the ground truth JSON here")
    ap.add_argument("--faults", default=None, metavar="SPEC",
                    help="inject faults, e.g. 'all' or '500=0.1,reset=0.05,traps,seed=3' "
                    "(see kznews/mirror/faults.py)")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    args = parse_args(argv)
    try:
        site = build_site(
            articles=args.articles,
            seed=args.seed,
            variant=args.variant,
            mutate=args.mutate,
            per_page=args.per_page,
            scripted=args.scripted,
            hanging=args.hanging,
            sitemaps=args.sitemaps,
            feed=args.feed,
            sitemap_only=args.sitemap_only,
            empty_tail=args.empty_tail,
            related_only=args.related_only,
        )
        faults = None if args.faults is None else FaultSpec.parse(args.faults)
    except ValueError as exc:  # a bad option value: a usage error, as argparse's own
        print(f"kznews mirror: error: {exc}", file=sys.stderr)
        return 2
    if args.truth_out:
        args.truth_out.write_text(
            json.dumps(site.truth_document(), ensure_ascii=False, indent=1), encoding="utf-8"
        )
    try:
        server = serve(site, host=args.host, port=args.port, faults=faults)
    except OSError as exc:
        raise SystemExit(
            f"kznews.mirror: cannot listen on {args.host}:{args.port}: {exc}"
        ) from None
    print(f"Serving {server.url}", flush=True)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""``python -m bench.profile_extraction [--site NAME] [--pages N] [--passes N]``: where
extraction's time goes.

Profiles ``extract_article`` + ``build_article`` over mirror pages, or a copy's pages with
``--site`` (as ``bench/extraction.py`` loads them), each pass starting with cold memos, with
pyinstrument (a sampling profiler: the shares are not inflated by per-call overhead) when it
is installed, else cProfile.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats

from kznews.extract.index import clear_memo

from . import copies
from .extraction import kznews_one, load_pages


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.profile_extraction")
    ap.add_argument("--site", default="mirror", choices=["mirror", *copies.registry()])
    ap.add_argument("--pages", type=int, default=200, help="at most the copy's articles")
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--flat", action="store_true", help="self time per function, not the tree")
    args = ap.parse_args(argv)
    pages = (load_pages(args.pages) if args.site == "mirror"
             else copies.load_pages(args.site, args.pages)[0])
    for page in pages[:10]:  # imports and first-use work stay out of the profile
        kznews_one(page)

    def run() -> None:
        for _ in range(args.passes):
            clear_memo()
            for page in pages:
                kznews_one(page)

    try:
        from pyinstrument import Profiler
    except ImportError:
        profile = cProfile.Profile()
        profile.runcall(run)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(40)
        return 0
    sampler = Profiler(interval=0.0002)
    sampler.start()
    run()
    sampler.stop()
    print(sampler.output_text(unicode=False, color=False, flat=args.flat))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""``python -m bench.listing [N ...]``: seconds to parse one listing page of N undated article
links in a single container (default 1k … 200k links; 200k is ~7 MB, under DOWNLOAD_MAXSIZE).

Parsing used to grow with the square of N (each link's date search re-collected every link
below its ancestors: 8,000 links took 162 s); it must stay linear.
"""

from __future__ import annotations

import sys
import time

from kznews.sites.centerinform_listing import parse_listing

BASE = "http://127.0.0.1:8000/novosti"


def listing(n: int) -> str:
    """One ``<div>`` of ``n`` undated links to distinct articles, as a sidebar would hold."""
    links = "".join(f'<a href="/news/u{100000 + i}">{i}</a>\n'
                    for i in range(n))
    return f"<html><body><div class=\"list\">\n{links}</div></body></html>"


def run(sizes: list[int]) -> list[tuple[int, int, float]]:
    """(links, bytes, seconds) for each size."""
    out = []
    for n in sizes:
        html = listing(n)
        start = time.perf_counter()
        entries, _ = parse_listing(html, BASE)
        seconds = time.perf_counter() - start
        if len(entries) != n:
            raise SystemExit(f"{n} links: {len(entries)} entries found")
        out.append((n, len(html.encode()), seconds))
    return out


def main(argv: list[str]) -> int:
    sizes = [int(x) for x in argv] or [1_000, 8_000, 50_000, 200_000]
    print("| links | MB | seconds | µs/link |\n|---:|---:|---:|---:|")
    for n, size, seconds in run(sizes):
        print(f"| {n:,} | {size / 1e6:.1f} | {seconds:.2f} | {seconds / n * 1e6:.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""``kznews COMMAND …``: one entry point for everything an operator runs.

Each command is one line of ``COMMANDS`` (module, help); the module's ``main(argv)`` parses
the rest of the command line and returns the exit status. ``python -m kznews.<module>``
still works for every one of them.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence

COMMANDS: dict[str, tuple[str, str]] = {
    "crawl": ("kznews.cli_crawl", "crawl the outlet: scrapy crawl centerinform [-a …] [-s …]"),
    "mirror": ("kznews.mirror.__main__", "serve the offline copy of the outlet on 127.0.0.1"),
    "extract": ("kznews.cli_extract", "extract one saved article page: FILE --url URL"),
    "store": ("kznews.state.__main__", "inspect the article store: stats | show ID | export"),
    "report": ("kznews.report.__main__", "rebuild a crawl report from feed files"),
    "archive": ("kznews.archive.__main__", "WARC archive: list captures, make test fixtures"),
    "enqueue": ("kznews.enqueue", "ask Scrapyd for one crawl now, unless one is running"),
    "demo": ("kznews.demo", "crawl the bundled mirror into feeds/ (what `make crawl` runs)"),
}


def usage() -> str:
    width = max(map(len, COMMANDS))
    lines = ["usage: kznews COMMAND [options]   (kznews COMMAND --help for its options)", "",
             "commands:"]
    lines += [f"  {name:<{width}}  {text}" for name, (_, text) in COMMANDS.items()]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help", "help"}:
        print(usage())
        return 0 if args else 2
    name, rest = args[0], args[1:]
    if name not in COMMANDS:
        print(f"error: unknown command {name!r}\n{usage()}", file=sys.stderr)
        return 2
    # Outside the checkout (an installed console script) Scrapy finds the project this way.
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "kznews.settings")
    module = importlib.import_module(COMMANDS[name][0])
    try:
        return int(module.main(rest) or 0)
    except BrokenPipeError:  # `kznews extract … | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    raise SystemExit(main())

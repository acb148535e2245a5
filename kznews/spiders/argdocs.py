"""Help text and docs tables generated from the declarations of ``kznews.spiders.args``.

``python -m kznews.spiders.argdocs --write`` rewrites the tables between the
``<!-- kznews:args -->`` / ``<!-- kznews:settings -->`` markers of README.md and
docs/SETTINGS.md; without ``--write`` it lists the docs that are out of date (exit 1).
"""

from __future__ import annotations

import sys
from pathlib import Path

from kznews.spiders.args import ARGS, HELP_ARG, SETTINGS, Setting

__all__ = ["HELP_ARG", "help_text", "sync_docs"]


def setting_default(item: Setting) -> str:
    if item.shown:
        return item.shown
    from kznews import settings as defaults

    value = getattr(defaults, item.name, None)
    return "unset" if value in (None, [], {}) else f"`{value!r}`".replace("'", "")


def help_text() -> str:
    """What ``-a help=1`` and ``kznews crawl --help`` print."""
    lines = ["spider arguments (-a name=value):"]
    for a in ARGS:
        lines.append(f"  {a.name:<16} [{_plain(a.shown)}] {_plain(a.meaning)}")
    lines.append("settings (-s NAME=value):")
    for s in SETTINGS:
        lines.append(f"  {s.name:<34} [{_plain(setting_default(s))}] {_plain(s.meaning)}")
    from kznews.verdict import EXIT_STATUSES

    lines.append("exit status:")
    lines += [f"  {code:<4} {meaning}" for code, meaning in EXIT_STATUSES.items()]
    return "\n".join(lines)


def _plain(text: str) -> str:
    return text.replace("`", "")


def args_markdown() -> str:
    rows = [f"| `{a.name}` | {a.shown} | {a.meaning} |" for a in ARGS]
    return "\n".join(["| argument | default | meaning |", "|---|---|---|", *rows])


def settings_markdown() -> str:
    out: list[str] = []
    for group in dict.fromkeys(s.group for s in SETTINGS):
        out += [f"### {group}", "", "| setting | default | meaning |", "|---|---|---|"]
        out += [f"| `{s.name}` | {setting_default(s)} | {s.meaning} |"
                for s in SETTINGS if s.group == group]
        out.append("")
    return "\n".join(out).rstrip()


BLOCKS = {"args": args_markdown, "settings": settings_markdown}
DOCS = {"README.md": ("args",), "docs/SETTINGS.md": ("args", "settings")}


def sync_block(text: str, block: str) -> str:
    """``text`` with the generated table between ``<!-- kznews:BLOCK -->`` markers."""
    start, end = f"<!-- kznews:{block} -->", f"<!-- /kznews:{block} -->"
    head, found, rest = text.partition(start)
    if not found:
        raise ValueError(f"no {start} marker")
    _, _, tail = rest.partition(end)
    return f"{head}{start}\n{BLOCKS[block]()}\n{end}{tail}"


def sync_docs(root: Path, write: bool) -> list[str]:
    """Docs whose generated tables are out of date (rewritten when ``write``)."""
    stale = []
    for name, blocks in DOCS.items():
        path = root / name
        text = path.read_text("utf-8")
        new = text
        for block in blocks:
            new = sync_block(new, block)
        if new != text:
            stale.append(name)
            if write:
                path.write_text(new, "utf-8")
    return stale


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[2]
    changed = sync_docs(root, write="--write" in sys.argv)
    print("\n".join(changed) or "docs up to date")
    raise SystemExit(1 if changed and "--write" not in sys.argv else 0)

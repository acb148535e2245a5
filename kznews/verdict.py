"""A crawl's verdict: the last lines ``scrapy crawl`` prints, and its exit status.

The end-of-crawl report (``kznews.extensions.report``) records one ``Verdict`` per spider
run; the crawl command prints it after Scrapy's own closing log (stats dump included), so
the answer to "did it work, and where is the result?" is at the bottom of the terminal or
the Scrapyd job log.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from kznews.blocks import EXIT_BLOCKED  # 4: the outlet's protection stopped the crawl

EXIT_OK = 0
EXIT_BAD_INPUT = 2  # bad argument or setting, a directory that cannot be written
EXIT_MONITOR_FAILED = 3  # the run finished but a monitor failed (see the report)
EXIT_SCRAPY = 1  # Scrapy's own failure (its message says why)
EXIT_EXPORT_FAILED = 5  # articles could not be saved (kznews.pipelines.export)
EXIT_UNREACHABLE = 6  # the site did not answer: DNS, connection refused, TLS, timeout
EXIT_REDIS_UNREACHABLE = 75  # distributed mode: Redis does not answer (kznews.preflight)
EXIT_INTERRUPTED = 130  # stopped by Ctrl-C / SIGTERM (Scrapy's "shutdown")
EXIT_STATUSES = {
    EXIT_OK: "the crawl finished and every monitor passed",
    EXIT_SCRAPY: "Scrapy's own failure (its message says why)",
    EXIT_BAD_INPUT: "a bad argument or setting, or a directory that cannot be written "
                    "(nothing was fetched)",
    EXIT_MONITOR_FAILED: "a monitor failed: the last line says which, the report says more",
    EXIT_BLOCKED: "the outlet's protection (challenge, captcha, WAF) stopped the crawl",
    EXIT_EXPORT_FAILED: "articles could not be saved (full disk, I/O error, read-only "
                        "filesystem): the crawl stopped at once; the next run exports them",
    EXIT_UNREACHABLE: "the site could not be reached (DNS, refused, TLS, timeout)",
    EXIT_REDIS_UNREACHABLE: "distributed mode: Redis does not answer (try again later)",
    EXIT_INTERRUPTED: "interrupted (Ctrl-C, SIGTERM); the next run finishes its feeds",
}


@dataclass
class Verdict:
    status: str  # "passed", "failed", "interrupted"
    finish_reason: str
    items: int
    exported: dict[str, int]
    report: str = ""
    html: str = ""
    failed: list[str] = field(default_factory=list)  # "monitor: why", one per failed monitor
    first_error: str = ""

    @property
    def exit_status(self) -> int:
        if self.status == "interrupted":
            return EXIT_INTERRUPTED
        return EXIT_MONITOR_FAILED if self.status == "failed" else EXIT_OK

    def lines(self) -> list[str]:
        exported = ", ".join(f"{k} {v}" for k, v in sorted(self.exported.items())) or "none"
        head = {"passed": "PASSED", "failed": "FAILED",
                "interrupted": "INTERRUPTED"}.get(self.status, self.status.upper())
        out = [f"{head}: {self.items} articles scraped, exported to feeds: {exported} "
               f"(finish reason {self.finish_reason})"]
        out += [f"  failed {why}" for why in self.failed]
        if self.first_error:
            out.append(f"  first error: {self.first_error}")
        if self.report:
            out.append(f"  report: {self.html or self.report}")
        return out


_VERDICTS: list[Verdict] = []


def record(verdict: Verdict) -> None:
    _VERDICTS.append(verdict)


def recorded() -> list[Verdict]:
    return list(_VERDICTS)


class FirstError(logging.Handler):
    """Keeps the text of the first ERROR record of a run (without its traceback)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.text = ""

    def emit(self, record: logging.LogRecord) -> None:
        if not self.text:
            try:
                self.text = record.getMessage().splitlines()[0][:300]
            except Exception:  # noqa: BLE001 - a bad log call must not break the crawl
                self.text = str(record.msg)[:300]

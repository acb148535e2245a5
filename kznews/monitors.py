"""Monitors run on every crawl's report, and the notifiers told when one fails.

Each monitor looks at the finished run's report (``kznews.extensions.report``) and, for
drift, at the reports of recent runs in the same directory. A failed monitor marks the run
failed: the report says so, the configured notifiers are called, and ``scrapy crawl`` exits
with status ``EXIT_MONITOR_FAILED`` (see ``kznews.commands.crawl``).

Why not Spidermon: its own notifications (Slack, e-mail, Sentry, …) need its ``monitoring``
extra, which brings boto, boto3, sentry-sdk, slack-sdk and scrapinghub and downgrades
python-dateutil below 3; it has no plain file or webhook action; its item validation would
check the same schema a second time (``kznews.pipelines.validate`` already does, per item);
and its unittest-based suites hand results only to its actions, not to our report. The
five checks below are a few lines each on top of numbers the report already has.
"""

from __future__ import annotations

import json
import logging
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from scrapy.settings import BaseSettings

from kznews.exporters import OUTPUT_FAILED
from kznews.extensions.taskerrors import STAT as TASK_STAT
from kznews.report.tally import DRIFT_FIELDS
from kznews.scheduler import ENQUEUE_FAILED
from kznews.verdict import EXIT_MONITOR_FAILED as EXIT_MONITOR_FAILED  # re-exported

logger = logging.getLogger(__name__)

_FAILED_RUNS: list[str] = []


def record_failure(report_path: str) -> None:
    """Remember, for this process, that a run's monitors failed."""
    _FAILED_RUNS.append(report_path)


def failed_runs() -> list[str]:
    return list(_FAILED_RUNS)


@dataclass
class MonitorResult:
    name: str
    passed: bool
    message: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class MonitorConfig:
    min_items: int = 1
    max_errors: int = 5
    max_invalid: int = 0
    finish_reasons: tuple[str, ...] = ("finished", "max_articles")
    coverage: dict[str, float] = field(default_factory=dict)
    coverage_min_items: int = 20
    drift_history: int = 5
    drift_max_rise: float = 0.25
    drift_max_share: float = 1.0
    drift_min_items: int = 5
    max_failed_share: float = 0.05

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> MonitorConfig:
        return cls(
            min_items=settings.getint("KZNEWS_MONITOR_MIN_ITEMS", 1),
            max_errors=settings.getint("KZNEWS_MONITOR_MAX_ERRORS", 5),
            max_invalid=settings.getint("KZNEWS_MONITOR_MAX_INVALID", 0),
            finish_reasons=tuple(settings.getlist("KZNEWS_MONITOR_FINISH_REASONS",
                                                  ["finished", "max_articles"])),
            coverage={str(k): float(v) for k, v in
                      settings.getdict("KZNEWS_MONITOR_COVERAGE", {}).items()},
            coverage_min_items=settings.getint("KZNEWS_MONITOR_COVERAGE_MIN_ITEMS", 20),
            drift_history=settings.getint("KZNEWS_DRIFT_HISTORY", 5),
            drift_max_rise=settings.getfloat("KZNEWS_DRIFT_MAX_RISE", 0.25),
            drift_max_share=settings.getfloat("KZNEWS_DRIFT_MAX_SHARE", 1.0),
            drift_min_items=settings.getint("KZNEWS_DRIFT_MIN_ITEMS", 5),
            max_failed_share=settings.getfloat("KZNEWS_MONITOR_MAX_FAILED_SHARE", 0.05),
        )


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def check_items(report: Mapping[str, Any], cfg: MonitorConfig) -> MonitorResult:
    """Articles scraped, or known ones an incremental run found unchanged: a run that
    finds nothing new on a live site is fine, one that finds no article at all is not."""
    n = int(report.get("items") or 0)
    seen = max(n, int(report.get("articles_seen") or 0))
    known = (f", {seen - n} known articles not fetched again (not due for a re-check, or "
             "304)" if seen > n else "")
    text = f"{n} articles scraped{known} (minimum {cfg.min_items})"
    if seen >= cfg.min_items:
        return MonitorResult("item_count", True, text)
    return MonitorResult("item_count", False, f"{text}: {why_few(report)}")


def why_few(report: Mapping[str, Any]) -> str:
    """The likeliest reason a run found (almost) nothing, in words a user can act on."""
    stats = report.get("stats") or {}
    since, newest = report.get("since"), stats.get("discovery/newest_listed")
    if since and newest and str(newest) < str(since):
        return f"`since` {since} is after the newest listed article {newest}"
    if since and stats.get("discovery/stopped/since"):
        return f"every listed article is older than `since` {since}"
    if stats.get("discovery/listing_failed") and not stats.get("discovery/listing_pages"):
        if stats.get("discovery/listing_robots_forbidden"):
            robots = f"{str(report.get('base_url') or '').rstrip('/')}/robots.txt"
            return (f"the first listing page could not be fetched: the site's robots.txt "
                    f"({robots}) disallows it for this crawler (ROBOTSTXT_OBEY)")
        error = report.get("listing_error") or report.get("first_error") or "see the log"
        return f"the first listing page could not be fetched ({error})"
    if stats.get("discovery/empty_listing"):
        return "listing pages held no article links: has the site's layout changed?"
    drops = {k: v for k, v in (report.get("dropped") or {}).items() if v}
    if drops:
        top = ", ".join(f"{k} {v}" for k, v in sorted(drops.items(), key=lambda kv: -kv[1])[:3])
        return f"articles were dropped: {top}"
    return "no article was found on the listing pages read (see max_pages and the log)"


def check_errors(report: Mapping[str, Any], cfg: MonitorConfig) -> MonitorResult:
    """ERROR log lines, and any failed internal task: each of those lost the rest of a
    callback's output (kznews.extensions.taskerrors), however few lines it logged."""
    n = int(report.get("errors") or 0)
    tasks = int((report.get("stats") or {}).get(TASK_STAT) or 0)
    passed = n <= cfg.max_errors and not tasks
    first = report.get("first_error") if not passed else None
    return MonitorResult("error_count", passed,
                         f"{n} errors logged (maximum {cfg.max_errors})"
                         + (f", {tasks} internal tasks failed (maximum 0)" if tasks else "")
                         + (f"; the first: {first}" if first else ""))


# What a finish reason that is not a normal end means for the operator.
FINISH_HINTS = {
    "shutdown": "the crawl was interrupted (Ctrl-C or SIGTERM); the next run finishes its feeds",
    "blocked": "the outlet's protection answered instead of the site (see the blocks monitor)",
    "idle_timeout": "a distributed worker waited too long for its peers",
}


def check_finish_reason(report: Mapping[str, Any], cfg: MonitorConfig) -> MonitorResult:
    reason = str(report.get("finish_reason"))
    ok = reason in cfg.finish_reasons or reason.startswith("closespider_")
    hint = f": {FINISH_HINTS[reason]}" if not ok and reason in FINISH_HINTS else ""
    return MonitorResult("finish_reason", ok, f"finished with {reason!r}"
                         + ("" if ok else f" (expected one of {', '.join(cfg.finish_reasons)})")
                         + hint)


def check_schema(report: Mapping[str, Any], cfg: MonitorConfig) -> MonitorResult:
    invalid = {k.split("/", 2)[2]: v for k, v in (report.get("dropped") or {}).items()
               if k.startswith("validate/dropped/")}
    n = sum(invalid.values())
    detail = ", ".join(f"{k} {v}" for k, v in sorted(invalid.items()))
    return MonitorResult("schema", n <= cfg.max_invalid,
                         f"{n} articles failed the feed's JSON Schema (maximum "
                         f"{cfg.max_invalid})" + (f": {detail}" if detail else ""))


DEPTH_IGNORED = "depth/request_ignored_count"  # Scrapy's DepthMiddleware past DEPTH_LIMIT

#: Stats of articles a run parsed but could not save, of shared state lost under it, or of
#: listing pages it read past (their articles unread: kznews.spiders.walk ``_read_on``) or
#: could not fetch, retries spent on a failure that may pass (kznews.spiders.walk
#: ``listing_failed``: the walk goes on to the next page, so the run ends normally while that
#: page's articles are unread; a 404 or a refusal is no such failure).
MISSING_STATS = {"export/not_written": "articles not written (feed or store failed)",
                 "export/store_failed": "articles whose store claim failed",
                 "store/data_lost": "article store lost its data during the run",
                 ENQUEUE_FAILED: "requests the scheduler could not take",
                 "discovery/faulty_listing_skipped": "listing pages skipped (empty or showing "
                 "earlier pages' list while the pager linked later pages; their articles "
                 "unread)",
                 "discovery/listing_unread": "listing pages that could not be fetched (retries "
                 "spent on a 5xx, a timeout or a reset; their articles unread)",
                 DEPTH_IGNORED: "requests deeper than DEPTH_LIMIT, dropped by Scrapy (their "
                 "pages unread: leave DEPTH_LIMIT out, bound the crawl with max_pages, "
                 "related_depth or max_articles)"}


def check_completeness(report: Mapping[str, Any], cfg: MonitorConfig) -> MonitorResult:
    """A run that leaves articles it knows to be missing, or a listing page it read past,
    never passes: the next run has to fetch them (it walks every listing page after this
    one)."""
    stats = report.get("stats") or {}
    found = [f"{what}: {stats[key]}" for key, what in MISSING_STATS.items() if stats.get(key)]
    if found:
        return MonitorResult("completeness", False, "; ".join(found)
                             + " — the next run walks every listing page")
    return MonitorResult("completeness", True, "every parsed article saved")


DOWNLOAD_FAILED = "drop/download/"
"""Prefix of the stats of article pages that could not be fetched, retries spent
(``drop/download/<exception>``, counted by the spider's errback)."""


NOT_DOWNLOAD_FAILURES = frozenset({"NotInArchive"})
"""Drops that are no failure: replaying an archive (``-a warc=``) asks for related pages it
never held, and the live site is not asked instead."""


BAD_PAGES = {"drop/empty_page": "empty page", "drop/unclosed_page": "page without its end",
             "drop/cut_page": "cut page", "drop/retry_after": "Retry-After over the cap",
             "drop/not_modified_page": "304 to a request naming no version"}
"""Stats of pages given up as they came (kznews.middlewares): answered, but with no article
to read, so as unread as a page that failed to download."""


def check_downloads(report: Mapping[str, Any], cfg: MonitorConfig) -> MonitorResult:
    """Article pages that could not be fetched after their retries, or came empty or cut off
    on every attempt: a few on a live site are normal (the next run fetches them), a larger
    share means this run's feed is missing articles it knows of and must not pass."""
    stats = report.get("stats") or {}
    failed = {k[len(DOWNLOAD_FAILED):]: int(v) for k, v in stats.items()
              if k.startswith(DOWNLOAD_FAILED) and v
              and k[len(DOWNLOAD_FAILED):] not in NOT_DOWNLOAD_FAILURES}
    failed.update({what: int(stats[key]) for key, what in BAD_PAGES.items() if stats.get(key)})
    n = sum(failed.values())
    if not n:
        return MonitorResult("downloads", True, "every article page fetched")
    tried = n + int(report.get("items") or 0)
    share = n / tried
    why = ", ".join(f"{k} {v}" for k, v in sorted(failed.items(), key=lambda kv: -kv[1])[:3])
    return MonitorResult("downloads", share <= cfg.max_failed_share,
                         f"{n} of {tried} article pages could not be fetched ({_pct(share)}, "
                         f"maximum {_pct(cfg.max_failed_share)}): {why}; the next run fetches "
                         "them again")


def check_archive(report: Mapping[str, Any], cfg: MonitorConfig) -> MonitorResult:
    """A web archive the user asked for that misses responses (a full disk) is no archive to
    rebuild the feeds from: the run does not pass, though its feeds are complete."""
    stats = report.get("stats") or {}
    failed = int(stats.get("archive/write_failed") or 0)
    if not failed:
        return MonitorResult("archive", True, "every response archived, or no archive asked for")
    return MonitorResult("archive", False, f"{failed} response(s) not written to the web "
                         "archive (archive/write_failed; see the log for why); the feeds are "
                         "complete, the archive holds whole records only")


def check_outputs(report: Mapping[str, Any], cfg: MonitorConfig) -> MonitorResult:
    """An output file the user asked for (``-O``, ``-o``, ``FEEDS``) that misses articles (a
    full disk under it, an exporter that cannot write one) is not the run's result: the run
    does not pass, though the per-language feeds are complete."""
    stats = report.get("stats") or {}
    failed = int(stats.get(OUTPUT_FAILED) or 0)
    if not failed:
        return MonitorResult("outputs", True, "every article written to the -O/-o/FEEDS "
                             "outputs, or none asked for")
    return MonitorResult("outputs", False, f"{failed} article(s) not written to the -O/-o/FEEDS "
                         f"output ({OUTPUT_FAILED}; the log's ERROR line says why); the "
                         "per-language feeds hold them")


def check_coverage(report: Mapping[str, Any], cfg: MonitorConfig) -> MonitorResult:
    """Fields listed in ``cfg.coverage`` are judged, per language with enough articles; the
    other fields (optional ones such as image_urls) are only reported."""
    coverage = report.get("coverage") or {}
    per_lang = report.get("articles_per_lang") or {}
    if not coverage:
        return MonitorResult("field_coverage", True, "no articles to measure")
    low, small = [], []
    for lang, fields in sorted(coverage.items()):
        if lang == "all":
            continue
        if int(per_lang.get(lang, 0)) < cfg.coverage_min_items:
            small.append(f"{lang} {per_lang.get(lang, 0)}")
            continue
        for name, minimum in sorted(cfg.coverage.items()):
            share = float(fields.get(name, 0.0))
            if share < minimum:
                low.append(f"{name} {_pct(share)} < {_pct(minimum)} ({lang})")
    notes = []
    if small:
        notes.append(f"not judged below {cfg.coverage_min_items} articles: {', '.join(small)}")
    optional = _optional_coverage(coverage, cfg)
    if optional:
        notes.append(f"reported only: {optional}")
    tail = "" if not notes else " (" + "; ".join(notes) + ")"
    if low:
        return MonitorResult("field_coverage", False, "low field coverage: " + "; ".join(low)
                             + tail + " — see the report's field coverage table")
    return MonitorResult("field_coverage", True, "every judged field at or above its "
                         "minimum: " + ", ".join(f"{k} ≥ {_pct(v)}"
                                                  for k, v in sorted(cfg.coverage.items()))
                         + tail)


def _optional_coverage(coverage: Mapping[str, Any], cfg: MonitorConfig) -> str:
    every: Mapping[str, Any] = coverage.get("all") or next(iter(coverage.values()), {})
    return ", ".join(f"{name} {_pct(float(share))}" for name, share in sorted(every.items())
                     if name not in cfg.coverage and float(share) < 1)


RESUMING = "incremental/full_walk_after_interrupted_run"
"""Stat of a run that finishes what an interrupted one left (kznews.spiders.centerinform)."""
PARTIAL_REASONS = frozenset({"shutdown", "cancelled"})


def partial_sample(report: Mapping[str, Any]) -> bool:
    """A run whose articles are not a sample of the outlet's pages: one stopped by the user
    (it holds what came first), or one finishing what an interrupted run left (it holds the
    rest, e.g. the pages put off until their listing page was read)."""
    return str(report.get("finish_reason") or "") in PARTIAL_REASONS or \
        bool((report.get("stats") or {}).get(RESUMING))


def drift_baseline(history: Sequence[Mapping[str, Any]], cfg: MonitorConfig
                   ) -> tuple[dict[str, float], int]:
    """Mean fallback share per field over recent runs that did not drift themselves (runs
    whose articles were no sample of the outlet's pages left out)."""
    usable = []
    for old in history:
        share = (old.get("fallback") or {}).get("share")
        if not share or int(old.get("articles") or 0) < cfg.drift_min_items or \
                partial_sample(old):
            continue
        drifted = any(m.get("name") == "drift" and not m.get("passed")
                      for m in (old.get("monitors") or {}).get("results", []))
        if not drifted:
            usable.append(share)
    usable = usable[-cfg.drift_history:] if cfg.drift_history > 0 else []
    if not usable:
        return {}, 0
    names = (*DRIFT_FIELDS, "any")
    return {n: sum(float(s.get(n, 0.0)) for s in usable) / len(usable) for n in names}, \
        len(usable)


def check_drift(report: Mapping[str, Any], history: Sequence[Mapping[str, Any]],
                cfg: MonitorConfig) -> MonitorResult:
    share = (report.get("fallback") or {}).get("share") or {}
    articles = int(report.get("articles") or report.get("items") or 0)
    if not share or articles < cfg.drift_min_items:
        return MonitorResult("drift", True, f"{articles} articles: too few to measure drift "
                             f"(minimum {cfg.drift_min_items})")
    if partial_sample(report):
        return MonitorResult("drift", True, f"{articles} articles: not judged — stopped early "
                             "or finishing an interrupted run, they are no sample of the "
                             "outlet's pages")
    baseline, runs = drift_baseline(history, cfg)
    bad, parts = [], []
    for name in DRIFT_FIELDS:
        now = float(share.get(name, 0.0))
        if runs:
            before = baseline[name]
            limit = before + cfg.drift_max_rise
            parts.append(f"{name} {_pct(now)} (was {_pct(before)})")
        else:
            limit = cfg.drift_max_share
            parts.append(f"{name} {_pct(now)}")
        if now > limit + 1e-9:
            bad.append(name)
    where = (f"compared with the mean of {runs} earlier runs, allowed rise "
             f"{_pct(cfg.drift_max_rise)}" if runs
             else "no earlier run to compare with" + (
                 f", allowed at most {_pct(cfg.drift_max_share)}"
                 if cfg.drift_max_share < 1 else ": this run is the baseline"))
    text = "articles from fallback rules: " + ", ".join(parts) + f" — {where}"
    if bad:
        return MonitorResult("drift", False, f"layout drift in {', '.join(bad)}: {text}; the "
                             "outlet's markup changed? Compare the report's extraction rules "
                             "with docs/EXTRACTION.md")
    return MonitorResult("drift", True, text)


def check_blocks(report: Mapping[str, Any], cfg: MonitorConfig) -> MonitorResult:
    """The outlet's protection (challenge, captcha, WAF pages; kznews.blocks) ended the run."""
    blocked = report.get("blocked") or {}
    if blocked.get("stopped"):
        return MonitorResult("blocks", False, str(blocked["stopped"]))
    pages = int(blocked.get("pages") or 0)
    if not pages:
        return MonitorResult("blocks", True, "no challenge, captcha or WAF page")
    kinds = ", ".join(f"{k} {v}" for k, v in (blocked.get("kinds") or {}).items())
    return MonitorResult("blocks", True, f"{pages} page(s) blocked ({kinds}), then the outlet "
                         "answered again; the next run fetches them")


def run_monitors(report: Mapping[str, Any], history: Sequence[Mapping[str, Any]],
                 cfg: MonitorConfig) -> list[MonitorResult]:
    return [check_items(report, cfg), check_errors(report, cfg),
            check_finish_reason(report, cfg), check_completeness(report, cfg),
            check_downloads(report, cfg), check_archive(report, cfg),
            check_outputs(report, cfg),
            check_schema(report, cfg), check_coverage(report, cfg),
            check_drift(report, history, cfg), check_blocks(report, cfg)]


# ---------------------------------------------------------------------- notifiers
def alert_payload(report: Mapping[str, Any]) -> dict[str, Any]:
    results = (report.get("monitors") or {}).get("results", [])
    return {
        "event": "kznews.crawl." + str(report.get("status", "failed")),
        "spider": report.get("spider"),
        "base_url": report.get("base_url"),
        "started": report.get("started"),
        "finished": report.get("finished"),
        "finish_reason": report.get("finish_reason"),
        "items": report.get("items"),
        "failed": [{"monitor": r["name"], "message": r["message"]}
                   for r in results if not r.get("passed")],
        "report": report.get("path"),
        "html": report.get("html"),
    }


def notify(targets: Sequence[str], payload: Mapping[str, Any], timeout: float = 10.0
           ) -> list[dict[str, Any]]:
    """Send the payload to each target: http(s) URLs get it POSTed as JSON, anything else
    (a path or ``file:`` URL) gets it appended as one JSON line. Returns what happened."""
    outcome = []
    body = json.dumps(payload, ensure_ascii=False)
    for target in targets:
        target = str(target).strip()
        if not target:
            continue
        try:
            scheme = urlsplit(target).scheme
            if scheme in {"http", "https"}:
                request = urllib.request.Request(
                    target, data=body.encode("utf-8"), method="POST",
                    headers={"Content-Type": "application/json; charset=utf-8",
                             "User-Agent": "kznews-monitor"})
                with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
                    status = response.status
                outcome.append({"target": target, "ok": 200 <= status < 300, "status": status})
            else:
                path = Path(unquote(urlsplit(target).path) if scheme == "file" else target)
                path.parent.mkdir(parents=True, exist_ok=True)
                with path.open("a", encoding="utf-8") as handle:
                    handle.write(body + "\n")
                outcome.append({"target": target, "ok": True})
        except (OSError, ValueError) as exc:
            logger.error("notifier %s failed: %s", target, exc)
            outcome.append({"target": target, "ok": False, "error": str(exc)[:200]})
    return outcome

"""``kznews enqueue``: ask Scrapyd for one crawl now, unless one is already pending or running.

Timing belongs to cron or a systemd timer (deploy/); this only decides "now, or not while the
last one runs" and calls ``schedule.json`` through scrapyd-client's ``ScrapydClient``. The
Scrapyd URL and credentials come from the ``[deploy:local]`` target of ``scrapy.cfg`` (the
same one ``scrapyd-deploy local`` uses; ``$VARS`` read from the environment), so the port is
written in one place.

Exit status: 0 scheduled or skipped (a job of the spider is pending or running), 2 a usage,
configuration or credentials error, 75 Scrapyd did not answer (a timer's next tick retries);
with ``--wait``, 3 when the job's verdict was not PASSED and 1 when it never finished.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

EXIT_OK, EXIT_USAGE, EXIT_TEMPFAIL = 0, 2, 75
DIRS = {"feeds": "KZNEWS_FEEDS_DIR", "state": "KZNEWS_STATE_DIR", "reports": "KZNEWS_REPORTS_DIR"}


class EnqueueError(Exception):
    def __init__(self, message: str, status: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.status = status


def deploy_target(name: str = "local") -> dict[str, str]:
    """``[deploy:NAME]`` of the nearest scrapy.cfg, ``$VARS`` expanded (as scrapyd-deploy)."""
    from scrapyd_client.utils import get_config

    cfg = get_config()
    section = f"deploy:{name}"
    if not cfg.has_section(section):
        raise EnqueueError(f"no [{section}] in scrapy.cfg (run from the checkout, or give --url)")
    return {k: v for k, v in cfg.items(section) if "$" not in v}


def pairs(values: Sequence[str], flag: str) -> list[tuple[str, str]]:
    out = []
    for value in values:
        key, sep, rest = value.partition("=")
        if not sep or not key:
            raise EnqueueError(f"{flag} takes NAME=VALUE, got {value!r}")
        out.append((key, rest))
    return out


def job_settings(args: argparse.Namespace) -> list[tuple[str, str]]:
    """``-s`` settings plus the three data directories, which must be absolute: relative ones
    would land in Scrapyd's working directory, shared by every job but not by a plain crawl."""
    given = pairs(args.setting, "-s")
    names = {k for k, _ in given}
    data = args.data or os.environ.get("KZNEWS_HOME")
    if data:
        given += [(name, str(Path(data) / sub)) for sub, name in DIRS.items() if name not in names]
    _check_settings(given)
    for key, value in given:
        if key in DIRS.values() and not Path(value).is_absolute():
            raise EnqueueError(f"{key} must be an absolute directory, got {value!r}")
    missing = [n for n in DIRS.values() if n not in {k for k, _ in given}]
    if missing:
        raise EnqueueError(f"where should the job write? give --data DIR (or KZNEWS_HOME), "
                           f"or -s {missing[0]}=/absolute/dir")
    return given


def _check_settings(given: Sequence[tuple[str, str]]) -> None:
    """The job's ``-s`` settings, checked as a crawl checks them: a misspelt name, a value of
    the wrong kind or out of range, a mapping that is no JSON object (a traceback here before)
    or feed options Scrapy reads late are refused here, not found later in the job's log."""
    from scrapy.settings import Settings

    from kznews import preflight, setting_checks
    from kznews.commands.crawl import mapping_slip

    settings = Settings()
    settings.setmodule("kznews.settings", priority="project")
    slip = mapping_slip(settings, [f"{k}={v}" for k, v in given])
    if slip:
        raise EnqueueError(slip)
    settings.setdict(dict(given), priority="cmdline")
    try:
        setting_checks.check_settings(settings)
        feeds = settings.getdict("FEEDS")
        if feeds:
            from kznews.spiders.centerinform import CenterinformSpider

            names = set(dir(CenterinformSpider()))  # what %(name)s in a file name may name
            for uri, options in feeds.items():
                if isinstance(options, dict):
                    preflight.check_feed_options(settings, str(uri), options, names)
    except (ValueError, preflight.PreflightError) as exc:
        raise EnqueueError(str(exc)) from None


def busy_job(client: Any, project: str, spider: str) -> dict[str, Any] | None:
    jobs = client.jobs(project)
    for state in ("running", "pending"):
        for job in jobs.get(state, []):
            if job.get("spider") == spider:
                return {"state": state, **job}
    return None


def enqueue(args: argparse.Namespace) -> str:
    import requests
    from scrapyd_client.exceptions import ErrorResponse, MalformedResponse
    from scrapyd_client.pyclient import ScrapydClient

    target = {} if args.url else deploy_target(args.target)
    url = (args.url or target.get("url") or "").strip().rstrip("/")
    if not url:
        raise EnqueueError(f"no url in [deploy:{args.target}] of scrapy.cfg")
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise EnqueueError(f"the Scrapyd URL must be http://HOST:PORT, got {url!r}")
    project = args.project or target.get("project") or "kznews"
    user = target.get("username") or os.environ.get("SCRAPYD_USERNAME")
    password = target.get("password") or os.environ.get("SCRAPYD_PASSWORD")
    spider_args = pairs(args.arg, "-a")
    if args.spider == "centerinform":  # a misspelled argument fails here, not in the job
        from kznews.spiders.args import ArgumentError, CrawlArgs

        try:
            CrawlArgs.parse(**dict(spider_args))
        except ArgumentError as exc:
            raise EnqueueError(str(exc)) from None
    data = [*spider_args, *(("setting", f"{k}={v}") for k, v in job_settings(args))]
    client = ScrapydClient(url, username=user, password=password)
    try:
        busy = busy_job(client, project, args.spider)
        if busy:
            return (f"skipped: job {busy.get('id')} of {args.spider} is {busy['state']} on "
                    f"{url}")
        if args.dry_run:  # a Redis URL's password is never shown
            from kznews.redact import mask_credentials

            return mask_credentials(f"would schedule {args.spider} on {url}: {data}")
        job = client.schedule(project, args.spider, data)
        if args.wait:
            return wait_for(client, url, project, args.spider, job, args.wait)
    except (requests.ConnectionError, requests.Timeout) as exc:
        raise EnqueueError(f"Scrapyd at {url} did not answer: {type(exc).__name__}",
                           EXIT_TEMPFAIL) from None
    except requests.RequestException as exc:
        raise EnqueueError(f"Scrapyd at {url}: {type(exc).__name__}: {exc}") from None
    except MalformedResponse as exc:
        text = str(exc)[:80].strip() or "not JSON"
        raise EnqueueError(f"Scrapyd at {url} refused: {text} (check SCRAPYD_USERNAME / "
                           "SCRAPYD_PASSWORD)") from None
    except ErrorResponse as exc:
        raise EnqueueError(f"Scrapyd at {url} refused: {exc}") from None
    return f"scheduled: job {job} of {args.spider} on {url}"


_VERDICT_LINE = re.compile(r"\[kznews\.verdict\] [A-Z]+: ")


def verdict_in_log(log: str) -> list[str]:
    """The last verdict in a job's log, its lines without the log's prefix (logged at INFO, or
    at the job's ``LOG_LEVEL`` when higher); [] when the log has none."""
    lines = log.splitlines()
    start = [i for i, line in enumerate(lines) if _VERDICT_LINE.search(line)]
    if not start:
        return []
    head = _VERDICT_LINE.split(lines[start[-1]], maxsplit=1)[-1]
    return [line for line in (head, *lines[start[-1] + 1:]) if line.strip()]


def wait_for(client: Any, url: str, project: str, spider: str, job: str, timeout: float
             ) -> str:
    """Wait until the job finished; its verdict (the last lines of its log) is the answer."""
    import time

    import requests

    deadline = time.monotonic() + timeout
    while client.status(job, project).get("currstate") != "finished":
        if time.monotonic() > deadline:
            raise EnqueueError(f"job {job} still not finished after {timeout:g} s", 1)
        time.sleep(1.0)
    log = requests.get(f"{url}/logs/{project}/{spider}/{job}.log", auth=client.auth, timeout=30)
    verdict = verdict_in_log(log.text if log.ok else "")
    if not verdict:
        raise EnqueueError(f"job {job} finished without a verdict: see {url}/logs/{project}/"
                           f"{spider}/{job}.log", 1)
    text = "\n".join(verdict)
    if not verdict[0].startswith("PASSED"):
        raise EnqueueError(f"job {job} finished: {text}", 3)
    return f"job {job} finished: {text}"


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="kznews enqueue", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--target", default="local", help="deploy target in scrapy.cfg [local]")
    ap.add_argument("--url", help="Scrapyd URL instead of the deploy target's")
    ap.add_argument("--project", help="Scrapyd project [the target's, else kznews]")
    ap.add_argument("--spider", default="centerinform")
    ap.add_argument("--data", help="absolute directory for feeds/ state/ reports/ "
                    "[$KZNEWS_HOME]")
    ap.add_argument("-a", dest="arg", action="append", default=[], metavar="NAME=VALUE",
                    help="spider argument (kznews crawl --help lists them)")
    ap.add_argument("-s", dest="setting", action="append", default=[], metavar="NAME=VALUE",
                    help="Scrapy/kznews setting for the job")
    ap.add_argument("--dry-run", action="store_true", help="check, print, schedule nothing")
    ap.add_argument("--wait", type=float, nargs="?", const=3600.0, default=0.0,
                    metavar="SECONDS", help="wait for the job and print its verdict (exit 3 "
                    "when it did not pass) [at most 3600 s]")
    ap.add_argument("--show-url", action="store_true",
                    help="print the deploy target's URL and exit (used by start-scrapyd.sh)")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        if args.show_url:
            print(args.url or deploy_target(args.target).get("url", ""))
            return EXIT_OK
        print(enqueue(args), flush=True)
    except EnqueueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.status
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())

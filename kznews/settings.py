"""Scrapy settings for kznews: defaults a user of a polite, unattended news crawler expects."""

import os

BOT_NAME = "kznews"
SPIDER_MODULES = ["kznews.spiders"]
NEWSPIDER_MODULE = "kznews.spiders"

# The Politeness add-on (below) writes "kznews/<version> (+<KZNEWS_CONTACT>; news archive crawler)".
USER_AGENT = "kznews (news archive crawler)"
ROBOTSTXT_OBEY = True

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
# The same lines as Scrapy's exporter, written faster for articles (kznews.exporters).
FEED_EXPORTERS = {"jsonlines": "kznews.exporters.JsonLinesExporter",
                  "jsonl": "kznews.exporters.JsonLinesExporter"}

CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 8
# What one callback yields goes through the spider middlewares and pipelines this many at a
# time. kznews's pipelines never wait (SQLite, Redis and file writes are synchronous), so
# items cannot overlap anyway, and Scrapy starts this many asyncio tasks for every response:
# its default of 100 cost ~1 ms a page, a sixth of a crawl's CPU. With one task, an exception
# escaping the scheduler would stall the rest of the callback's output: no scheduler raises
# (kznews.scheduler.GuardedEnqueue; an add-on puts it in front of a SCHEDULER of the user's).
CONCURRENT_ITEMS = 1
# --- retries, sizes, depth (docs/RELIABILITY.md) ----------------------------------------------
DOWNLOAD_TIMEOUT = 30
# An article page is ~20 KB: anything past 8 MB (also after gunzip: HttpCompression applies the
# same limit while decompressing) is a runaway page or a bomb, cancelled and counted.
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
DOWNLOAD_FAIL_ON_DATALOSS = True  # a body shorter than its Content-Length fails and is retried
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
KZNEWS_RETRY_BACKOFF = 0.5  # seconds before the first retry, doubled for each further one
KZNEWS_RETRY_MAX_DELAY = 30.0
KZNEWS_RETRY_AFTER_MAX = 120.0  # a longer Retry-After gives the page up at once
KZNEWS_COOKIES_MAX_BYTES = 4096  # cookies kept per jar (names and values), kznews.cookies
REDIRECT_MAX_TIMES = 5
# The listing walk goes one page at a time (page p sits at depth p, its articles at p + 1) and
# is bounded by max_pages; article ids are deduplicated. Depth only guards against link chains
# nobody foresaw, so it must stay above any max_pages a user passes.
DEPTH_LIMIT = 5000
DOWNLOADER_MIDDLEWARES = {
    # Same site = same origin (scheme, host, port), not same host name: kznews.offsite.
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "kznews.offsite.OriginOffsiteMiddleware": 50,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "kznews.offsite.OriginMetaRefreshMiddleware": 580,
    # A cookie-consent page refreshing to the page itself: fetched again with its cookies
    # (after the cookie middleware, 700, stored them; before the meta refresh is followed).
    "kznews.consent.ConsentMiddleware": 582,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "kznews.offsite.OriginRedirectMiddleware": 600,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "kznews.middlewares.BackoffRetryMiddleware": 550,
    "kznews.middlewares.CharsetMiddleware": 585,  # after gunzip (590), before retry checks
    # Cut, mislabelled and corrupt compressed bodies told apart (kznews.encoding).
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "kznews.encoding.DecodingMiddleware": 590,
    # A page setting cookies by the kilobyte must not make every later request too big.
    "scrapy.downloadermiddlewares.cookies.CookiesMiddleware": None,
    "kznews.cookies.BoundedCookiesMiddleware": 700,
    # Web archive (docs/ARCHIVE.md): next to the download handler, so the WARC holds bytes
    # as received and a replay answers before anything would be fetched. Both off by default.
    "kznews.archive.ArchiveMiddleware": 960,
    # A site's robots.txt, downloaded for the robots.txt rules (100), answers sitemap
    # discovery's request for it too: fetched once (before the archive, so it is written once).
    "kznews.robots.RobotsOnceMiddleware": 970,
    "kznews.archive.ReplayMiddleware": 980,
}
# --- end of retries, sizes, depth -------------------------------------------------------------

AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 4.0

# --- politeness and blocks (kznews.politeness, kznews.blocks, docs/POLITENESS.md) ------------
# The rates above are for loopback/private hosts (the mirror, tests, benchmarks). For any other
# host the Politeness add-on uses these instead; -s CONCURRENT_REQUESTS_PER_DOMAIN=…,
# DOWNLOAD_DELAY=…, AUTOTHROTTLE_TARGET_CONCURRENCY=… still win.
KZNEWS_POLITE_CONCURRENCY = 1
KZNEWS_POLITE_DELAY = 1.0  # seconds between requests (±50%: DOWNLOAD_DELAY_JITTER)
KZNEWS_POLITE_AUTOTHROTTLE_TARGET = 1.0
KZNEWS_CONTACT = None  # e-mail or URL for the User-Agent: set it before crawling the outlet
KZNEWS_IGNORE_CRAWL_DELAY = False  # robots.txt Crawl-delay / Request-rate are honoured
KZNEWS_CRAWL_DELAY_MAX = 60.0  # a longer robots.txt delay is capped to this
KZNEWS_BLOCK_LIMIT = 5  # challenge/captcha/WAF pages in a row that end the crawl (exit 4)
KZNEWS_BLOCK_BACKOFF = 2.0  # seconds after the first block, doubled for each further one
KZNEWS_BLOCK_BACKOFF_MAX = 60.0
# --- end of politeness and blocks -------------------------------------------------------------

HTTPCACHE_ENABLED = False
TELNETCONSOLE_ENABLED = False
# Scrapy 2.19's RemoteControl runs Python code sent to a local HTTP port (for its MCP server):
# no crawl, Scrapyd jobs least of all, should carry a code-execution server. Off twice over.
REMOTE_CONTROL_ENABLED = False
LOG_LEVEL = "INFO"
# Scrapy re-reads and re-parses the source of a generator callback for nearly every response
# to warn about `return value` in it (its cache is keyed on bound methods, made anew for
# each request): ~0.5 ms an article page. tests/test_spider_callbacks.py checks the same once.
WARN_ON_GENERATOR_RETURN_VALUE = False
# Log lines name an item by id, never print it (kznews/logformatter.py).
LOG_FORMATTER = "kznews.logformatter.KznewsLogFormatter"

# kznews' own settings (see SPEC): all overridable with -s.
KZNEWS_STATE_DIR = ".kznews"
KZNEWS_FEEDS_DIR = "feeds"
KZNEWS_REPORTS_DIR = "reports"
KZNEWS_RENDER = "auto"
# Distributed mode (docs/DISTRIBUTED.md). From the environment when set there: a password
# given with -s shows in Scrapyd's job list and logs; KZNEWS_REDIS_PASSWORD (or REDISCLI_AUTH)
# supplies the password of a URL without one.
KZNEWS_REDIS_URL = os.environ.get("KZNEWS_REDIS_URL") or None
# Store namespace (default: the crawled host:port); one key makes copies on other ports share it.
KZNEWS_SITE_KEY = None
# Repeated crawls: stop paging after this many listing pages with nothing new, and re-check a
# known article (conditional request) only once this many hours have passed.
KZNEWS_INCREMENTAL = True
KZNEWS_LISTING_OVERLAP = 1
KZNEWS_RECHECK_HOURS = 24.0
# Parsed articles held back until a translation partner may have come (kznews.translations).
KZNEWS_TRANSLATION_WINDOW = 500
# MB of article pages kept to be parsed again once their listing page is read
# (kznews.spiders.deferred); past it such a page is fetched again.
KZNEWS_DEFERRED_KEEP_MB = 64
# Related links to stories older than any the listing walk has dated wait for the walk to
# reach them (kznews.spiders.deferred): such a page is then parsed once, with its listing date.
KZNEWS_HOLD_RELATED = True
# Article pages read in worker processes once a crawl has read this many itself
# (kznews.spiders.workers): "auto" is one less than the cores, at most 2; 0 is none.
KZNEWS_EXTRACT_WORKERS = "auto"
KZNEWS_EXTRACT_WORKERS_AFTER = 300
KZNEWS_FEEDS_ENABLED = True
# WARC files of every response fetched (unset: none); a new file after this many bytes.
KZNEWS_ARCHIVE_DIR = None
KZNEWS_ARCHIVE_MAX_BYTES = 100 * 1024 * 1024
COMMANDS_MODULE = "kznews.commands"

ITEM_PIPELINES = {
    "kznews.pipelines.ValidationPipeline": 100,
    "kznews.pipelines.InRunDedupPipeline": 200,
    "kznews.pipelines.ExportPipeline": 300,
}

EXTENSIONS = {
    "scrapy.extensions.remote_control.RemoteControl": None,
    # -O / -o / FEEDS: an article an output could not take is counted and fails the run
    "scrapy.extensions.feedexport.FeedExporter": None,
    "kznews.exporters.GuardedFeedExporter": 0,
    "kznews.extensions.report.CrawlReport": 500,
    "kznews.extensions.progress.Progress": 510,
    "kznews.extensions.taskerrors.TaskErrors": 520,
    "kznews.extensions.collector.CollectorTuning": 530,
    # articles parsed before an early stop (Ctrl-C, a block, a limit) reach the feeds
    "kznews.extensions.drain.DrainOnClose": 540,
}
# Young collections of the cycle collector every this many allocations during a crawl, the
# objects of start-up frozen (kznews.extensions.collector); 0: Python's defaults.
KZNEWS_GC_THRESHOLD = 10_000

# --- reports, monitors, notifiers, progress (docs/REPORTS.md) --------------------------------
KZNEWS_MONITORS_ENABLED = True
KZNEWS_MONITOR_MIN_ITEMS = 1  # fewer articles scraped or found unchanged: failed
KZNEWS_MONITOR_MAX_ERRORS = 5  # more ERROR log lines: failed
KZNEWS_MONITOR_MAX_INVALID = 0  # more articles failing the feed's JSON Schema: failed
KZNEWS_MONITOR_MAX_FAILED_SHARE = 0.05  # larger share of article pages not fetched: failed
KZNEWS_MONITOR_FINISH_REASONS = ["finished", "max_articles"]  # and any closespider_*
# Minimum share of articles with a value, per field, checked for each language with at least
# KZNEWS_MONITOR_COVERAGE_MIN_ITEMS articles (3 articles, 1 with an image, say nothing about
# the site). Fields not listed (image_urls, photo_credit, category, tags, views, source …)
# are optional on the outlet: reported, not judged; add one here to judge it.
KZNEWS_MONITOR_COVERAGE = {"title": 0.99, "body": 0.99, "published_at": 0.99}
KZNEWS_MONITOR_COVERAGE_MIN_ITEMS = 20
# Drift: share of articles whose title/body/date came from a text:/last-resort rule.
KZNEWS_DRIFT_HISTORY = 5  # earlier (non-drifted) runs averaged as the baseline
KZNEWS_DRIFT_MAX_RISE = 0.25  # allowed rise over that baseline
KZNEWS_DRIFT_MAX_SHARE = 1.0  # allowed share with no earlier run (1.0: first run = baseline)
KZNEWS_DRIFT_MIN_ITEMS = 5  # runs with fewer articles are neither judged nor a baseline
# Where failed runs are announced: http(s) URLs get the alert POSTed as JSON, paths or
# file: URLs get it appended as one JSON line. KZNEWS_NOTIFY_ON = "always" for every run.
KZNEWS_NOTIFY: list[str] = []
KZNEWS_NOTIFY_ON = "failure"
KZNEWS_NOTIFY_TIMEOUT = 10.0
# Progress: "auto" (live line on a terminal, periodic log line under Scrapyd or without
# one), "tty", "log" or "off".
KZNEWS_PROGRESS = "auto"
KZNEWS_PROGRESS_INTERVAL = 1.0  # seconds between redraws of the live line
KZNEWS_PROGRESS_LOG_INTERVAL = 60.0  # seconds between progress log lines

# --- Rendering (kznews.render, docs/RENDERING.md) -------------------------------------------
# The add-on picks the mode (spider argument `render`, else KZNEWS_RENDER) and, unless it is
# `never`, routes http(s) through scrapy-playwright. The PLAYWRIGHT_* settings below are inert
# until then; chromium is launched on the first rendered page, not at start-up. The add-on also
# sets PLAYWRIGHT_LAUNCH_OPTIONS: Debian's /usr/bin/chromium (or $KZNEWS_CHROMIUM), headless,
# --no-sandbox --disable-gpu ...; keys given with -s PLAYWRIGHT_LAUNCH_OPTIONS='{...}' win.
ADDONS = {"kznews.render.Rendering": 0, "kznews.politeness.Politeness": 10,
          "kznews.offline.NoThirdPartyFetches": 20,
          # last: any SCHEDULER (a user's own too) never raises (kznews.scheduler)
          "kznews.scheduler.GuardEveryScheduler": 1000}
KZNEWS_RENDER_WAIT = 10.0  # seconds a rendered page may take to show its article text
# A rendered page's budget (kznews.browser): seconds from opening to closing the page, the
# resident memory of its renderer (a watchdog kills it above), its JavaScript heap (V8 flag).
KZNEWS_RENDER_PAGE_BUDGET = 60.0
KZNEWS_RENDER_MAX_MB = 1024
KZNEWS_RENDER_JS_HEAP_MB = 512
PLAYWRIGHT_BROWSER_TYPE = "chromium"
PLAYWRIGHT_ABORT_REQUEST = "kznews.browser.abort_request"
PLAYWRIGHT_MAX_CONTEXTS = 1
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 4
PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT = 20_000  # ms: goto, and the load state after waiting
PLAYWRIGHT_RESTART_DISCONNECTED_BROWSER = True

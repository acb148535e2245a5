"""Scrapy settings for kznews: defaults a user of a polite, unattended news crawler expects."""

BOT_NAME = "kznews"
SPIDER_MODULES = ["kznews.spiders"]
NEWSPIDER_MODULE = "kznews.spiders"

USER_AGENT = "kznews/0.1 (+https://github.com/kznews; news archive crawler)"
ROBOTSTXT_OBEY = True

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"

CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 8
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 3
DEPTH_LIMIT = 50

AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 4.0

HTTPCACHE_ENABLED = False
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"

# kznews' own settings (see SPEC): all overridable with -s.
KZNEWS_STATE_DIR = ".kznews"
KZNEWS_FEEDS_DIR = "feeds"
KZNEWS_REPORTS_DIR = "reports"
KZNEWS_RENDER = "auto"
KZNEWS_REDIS_URL = None
COMMANDS_MODULE = "kznews.commands"

ITEM_PIPELINES = {
    "kznews.pipelines.ValidationPipeline": 100,
    "kznews.pipelines.InRunDedupPipeline": 200,
    "kznews.pipelines.ExportPipeline": 300,
}

EXTENSIONS = {
    "kznews.extensions.report.CrawlReport": 500,
}

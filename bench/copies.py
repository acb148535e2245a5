"""The copies of the outlet under ``tests/`` as extraction benchmark input, all in memory.

Each copy's router is called directly (no server, no network): its listing is walked the way
the spider walks it (``parse_listing``, pagination and redirects followed) for the article
URLs and the listing dates, then every article page is fetched from the router and decoded as
Scrapy would (the ``Content-Type`` charset, then kznews' charset repair). The truth comes from
the copy's own truth function and is scored with the rule the copy's crawl test uses.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy.http import HtmlResponse

from kznews.middlewares import sniff_encoding
from kznews.sites.centerinform import outlet
from kznews.sites.centerinform.listing import parse_listing
from tests.copykit import scoring

Route = Callable[[str, str], tuple[int, dict[str, str], bytes]]
HOST = "127.0.0.1:8080"  # what the router sees as the Host header
BASE = f"http://{HOST}"
MAX_LISTING_PAGES = 200
MAX_REDIRECTS = 5


@dataclass(frozen=True)
class Copy:
    """One copy: its router, its truth ``{id: record}`` and how its crawl test scores it."""

    route: Route
    truth: Callable[[str], Mapping[str, Mapping[str, Any]]]
    fields: tuple[str, ...]
    same: scoring.Same = scoring.exact


def registry() -> dict[str, Copy]:
    """Every copy by its short name (the test modules are imported only when asked for)."""
    from tests.eighteenthsite import site as eighteenth
    from tests.eighthsite import site as eighth
    from tests.eightiethsite import site as eightieth
    from tests.eightyeighthsite import site as eightyeighth
    from tests.eightyfifthsite import site as eightyfifth
    from tests.eightyfirstsite import site as eightyfirst
    from tests.eightyfourthsite import site as eightyfourth
    from tests.eightyninthsite import site as eightyninth
    from tests.eightysecondsite import site as eightysecond
    from tests.eightyseventhsite import site as eightyseventh
    from tests.eightysixthsite import site as eightysixth
    from tests.eightythirdsite import site as eightythird
    from tests.eleventhsite import site as eleventh
    from tests.fifteenthsite import site as fifteenth
    from tests.fifthsite import site as fifth
    from tests.fiftiethsite import site as fiftieth
    from tests.fiftyeighthsite import site as fiftyeighth
    from tests.fiftyfifthsite import site as fiftyfifth
    from tests.fiftyfirstsite import site as fiftyfirst
    from tests.fiftyfourthsite import site as fiftyfourth
    from tests.fiftyninthsite import site as fiftyninth
    from tests.fiftysecondsite import site as fiftysecond
    from tests.fiftyseventhsite import site as fiftyseventh
    from tests.fiftysixthsite import site as fiftysixth
    from tests.fiftythirdsite import site as fiftythird
    from tests.fortiethsite import site as fortieth
    from tests.fortyeighthsite import site as fortyeighth
    from tests.fortyfifthsite import site as fortyfifth
    from tests.fortyfirstsite import site as fortyfirst
    from tests.fortyfourthsite import site as fortyfourth
    from tests.fortyninthsite import site as fortyninth
    from tests.fortysecondsite import site as fortysecond
    from tests.fortyseventhsite import site as fortyseventh
    from tests.fortysixthsite import site as fortysixth
    from tests.fortythirdsite import site as fortythird
    from tests.fourteenthsite import site as fourteenth
    from tests.fourthsite import site as fourth
    from tests.nineteenthsite import site as nineteenth
    from tests.ninetiethsite import site as ninetieth
    from tests.ninetyfifthsite import site as ninetyfifth
    from tests.ninetyfirstsite import site as ninetyfirst
    from tests.ninetyfourthsite import site as ninetyfourth
    from tests.ninetysecondsite import site as ninetysecond
    from tests.ninetythirdsite import site as ninetythird
    from tests.ninthsite import site as ninth
    from tests.othersite import site as other
    from tests.seventeenthsite import site as seventeenth
    from tests.seventeenthsite.server import calm_route as seventeenth_route
    from tests.seventhsite import site as seventh
    from tests.seventiethsite import site as seventieth
    from tests.seventyeighthsite import site as seventyeighth
    from tests.seventyfifthsite import site as seventyfifth
    from tests.seventyfirstsite import site as seventyfirst
    from tests.seventyfourthsite import site as seventyfourth
    from tests.seventyninthsite import site as seventyninth
    from tests.seventysecondsite import site as seventysecond
    from tests.seventyseventhsite import site as seventyseventh
    from tests.seventysixthsite import site as seventysixth
    from tests.seventythirdsite import site as seventythird
    from tests.sixteenthsite import site as sixteenth
    from tests.sixthsite import site as sixth
    from tests.sixtiethsite import site as sixtieth
    from tests.sixtyeighthsite import site as sixtyeighth
    from tests.sixtyfifthsite import site as sixtyfifth
    from tests.sixtyfirstsite import site as sixtyfirst
    from tests.sixtyfourthsite import site as sixtyfourth
    from tests.sixtyninthsite import site as sixtyninth
    from tests.sixtysecondsite import site as sixtysecond
    from tests.sixtyseventhsite import site as sixtyseventh
    from tests.sixtysixthsite import site as sixtysixth
    from tests.sixtythirdsite import site as sixtythird
    from tests.tenthsite import site as tenth
    from tests.thirdsite import site as third
    from tests.thirteenthsite import site as thirteenth
    from tests.thirtiethsite import site as thirtieth
    from tests.thirtyeighthsite import site as thirtyeighth
    from tests.thirtyfifthsite import site as thirtyfifth
    from tests.thirtyfirstsite import site as thirtyfirst
    from tests.thirtyfourthsite import site as thirtyfourth
    from tests.thirtyninthsite import site as thirtyninth
    from tests.thirtysecondsite import site as thirtysecond
    from tests.thirtyseventhsite import site as thirtyseventh
    from tests.thirtysixthsite import site as thirtysixth
    from tests.thirtythirdsite import site as thirtythird
    from tests.twelfthsite import site as twelfth
    from tests.twentiethsite import site as twentieth
    from tests.twentyeighthsite import site as twentyeighth
    from tests.twentyfifthsite import site as twentyfifth
    from tests.twentyfirstsite import site as twentyfirst
    from tests.twentyfourthsite import site as twentyfourth
    from tests.twentyninthsite import site as twentyninth
    from tests.twentysecondsite import site as twentysecond
    from tests.twentyseventhsite import site as twentyseventh
    from tests.twentysixthsite import site as twentysixth
    from tests.twentythirdsite import site as twentythird

    def fourth_route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
        parts = urlsplit(target)
        status, body, ctype = fourth.render(parts.path, parts.query)
        return status, {"Content-Type": ctype}, body

    with_images = (*scoring.SCORED_FIELDS, "image_urls")
    return {
        "other": Copy(lambda target, host: other.route(target, f"http://{host}"),
                      lambda base: other.truth(), scoring.SCORED_FIELDS),
        "third": Copy(third.respond, lambda base: third.truth(), third.TRUTH_FIELDS,
                      scoring.nfc_stripped),
        "fourth": Copy(fourth_route, lambda base: fourth.truth(), fourth.FIELDS,
                       scoring.same_moment),
        "fifth": Copy(fifth.route, fifth.truth, with_images),
        "sixth": Copy(sixth.route, sixth.truth, with_images, scoring.same_moment),
        "seventh": Copy(seventh.route, seventh.truth, with_images, scoring.same_moment),
        "eighth": Copy(eighth.route, eighth.truth, with_images, scoring.same_moment),
        "ninth": Copy(ninth.route, ninth.truth, with_images, scoring.same_moment),
        "tenth": Copy(tenth.route, tenth.truth, with_images, scoring.same_moment),
        "eleventh": Copy(eleventh.route, eleventh.truth, with_images, scoring.same_moment),
        "twelfth": Copy(twelfth.route, twelfth.truth, with_images, scoring.same_moment),
        "thirteenth": Copy(thirteenth.route, thirteenth.truth, with_images,
                           scoring.same_moment),
        "fourteenth": Copy(fourteenth.route, fourteenth.truth, with_images, scoring.same_moment),
        "sixteenth": Copy(sixteenth.route, sixteenth.truth, with_images, scoring.same_moment),
        # translations are paired by the crawl, not read from one page: not scored here
        "fifteenth": Copy(fifteenth.route, fifteenth.truth, with_images, scoring.same_moment),
        # read in memory: its one-off 503/429 answers and gzip bodies are the crawl's to meet
        "seventeenth": Copy(seventeenth_route, seventeenth.truth, with_images,
                            scoring.same_moment),
        "nineteenth": Copy(nineteenth.route, nineteenth.truth, with_images, scoring.same_moment),
        "twentieth": Copy(twentieth.route, twentieth.truth, with_images, scoring.same_moment),
        "twentythird": Copy(twentythird.route, twentythird.truth, with_images,
                            scoring.same_moment),
        "twentyfirst": Copy(twentyfirst.route, twentyfirst.truth, with_images,
                            scoring.same_moment),
        "eighteenth": Copy(eighteenth.route, eighteenth.truth, with_images, scoring.same_moment),
        # the router of a client that accepted cookies: the consent interstitial is the crawl's
        "twentysecond": Copy(twentysecond.route, twentysecond.truth, with_images,
                             scoring.same_moment),
        "twentyfifth": Copy(twentyfifth.route, twentyfifth.truth, with_images,
                            scoring.same_moment),
        "twentyseventh": Copy(twentyseventh.route, twentyseventh.truth, with_images,
                              scoring.same_moment),
        # an English-first portal: wire datelines, English dates and labels, ru/kk in one frame
        "twentysixth": Copy(twentysixth.route, twentysixth.truth, with_images,
                            scoring.same_moment),
        # structured texts: lists, tables, quotations, footnotes, poems, texts on several pages
        "twentyeighth": Copy(twentyeighth.route, twentyeighth.truth, (*with_images, "url"),
                             scoring.same_moment),
        # metadata vocabularies: Dublin Core, citation, Parse.ly, Sailthru, epochs, relative
        # stamps against the Date header, news_keywords, data-views, a Nuxt 2 state
        "twentyninth": Copy(twentyninth.route, twentyninth.truth, with_images,
                            scoring.same_moment),
        # syndication and the editorial life of a story: agency canonicals, updates, series
        "thirtieth": Copy(thirtieth.route, thirtieth.truth,
                          (*with_images, "canonical_url", "related"), thirtieth.same),
        # attribution: sources, photo credits, datelines and bylines in many printed forms
        "twentyfourth": Copy(twentyfourth.route, twentyfourth.truth, with_images,
                             scoring.same_moment),
        # URL shapes and crawler traps: a fresh ?sid= in every link, an endless calendar
        "thirtyfirst": Copy(thirtyfirst.route, thirtyfirst.truth, with_images,
                            scoring.same_moment),
        # website builders and hosted platforms: Tilda, Wix, Webflow, Squarespace, Google
        # Sites, Telegram and VK posts
        "thirtysecond": Copy(thirtysecond.route, thirtysecond.truth, with_images,
                             scoring.same_moment),
        # heavy, long pages: long reads, comment threads, a JSON state of megabytes, galleries
        "thirtythird": Copy(thirtythird.route, thirtythird.truth, with_images,
                            scoring.same_moment),
        # hard HTML: minified pages, XHTML as XML, entities, BOMs, comments, shadow DOM
        "thirtyfifth": Copy(thirtyfifth.route, thirtyfifth.truth, with_images,
                            scoring.same_moment),
        # no class or id hooks: classless HTML5, ARIA-only divs, a visual editor's inline styles
        "thirtyfourth": Copy(thirtyfourth.route, thirtyfourth.truth, with_images,
                             scoring.same_moment),
        # photos in every form: lazy sources, srcset, <picture>, CSS backgrounds, resizer
        # variants, galleries, photo reports, video and social embeds, captions and credits
        "thirtysixth": Copy(thirtysixth.route, thirtysixth.truth, with_images,
                            scoring.same_moment),
        # Kazakhstan's own news sites: a state agency, Yii2 and Next.js portals, long reads, TV
        "thirtyseventh": Copy(thirtyseventh.route, thirtyseventh.truth, with_images,
                              scoring.same_moment),
        # what sits inside the text: read-also lines, ads, prompts, polls, notes, fact boxes,
        # Q&A, lists, tables, footnotes, a source line in the middle
        "thirtyeighth": Copy(thirtyeighth.route, thirtyeighth.truth, with_images,
                             scoring.same_moment),
        # links between articles: a third of the stories only behind other article pages
        # (the listing walk here reaches the listed ones; the rest are counted unreached)
        "thirtyninth": Copy(thirtyninth.route, thirtyninth.truth, with_images,
                            scoring.same_moment),
        # field value formats: counts, tags, rubrics, sources, credits, datelines and dates
        # spelled many ways from page to page
        "fortieth": Copy(fortieth.route, fortieth.truth, with_images, scoring.same_moment),
        # a Joomla 3 + K2 site: itemView blocks, K2 image-size cache, intro/full text, ?start=10
        "eightyeighth": Copy(eightyeighth.route, eightyeighth.truth, with_images,
                             scoring.same_moment),
        # an InstantCMS 2 site: item_view field blocks, info_bar, widget column, pagebar
        "eightyseventh": Copy(eightyseventh.route, eightyseventh.truth, with_images,
                              scoring.same_moment),
        # a 2025 Astro + Tailwind rebuild: utility classes, islands, /_astro/ images, /novosti/N/
        "eightyfirst": Copy(eightyfirst.route, eightyfirst.truth, with_images,
                            scoring.same_moment),
        # a Rails 7 app: Turbo-frame pager, Active Storage variants, Action Text, local_time
        # a Plone 6 Classic UI portal: documentByLine, newsImageContainer scales, b_start:int
        "eightyninth": Copy(eightyninth.route, eightyninth.truth, with_images,
                            scoring.same_moment),
        # a daily newspaper's site: issue lines and PDFs, Полоса, print signatures and credits,
        # kickers, subheadlines, the evening-before post, the time only on the listing
        "ninetyfifth": Copy(ninetyfifth.route, ninetyfifth.truth, with_images,
                            scoring.same_moment),
        # a Drupal 7 site: submitted lines (US dates), RDFa dc:created, field.tpl fields,
        # image styles linked to the upload, /node/N, book pages, zero-based ?page=
        "ninetythird": Copy(ninetythird.route, ninetythird.truth, with_images,
                            scoring.same_moment),
        # a Liferay DXP 7.4 portal: journal-content-article, Adaptive Media, portlet-parameter
        # pager, /-/ and /kk/ friendly URLs, ?redirect= links, lower-cased asset tags
        "ninetyfirst": Copy(ninetyfirst.route, ninetyfirst.truth, with_images,
                            scoring.same_moment),
        # a Squarespace 7.1 blog: sqs-block layout, ?format= image copies, ?offset= pager
        "ninetysecond": Copy(ninetysecond.route, ninetysecond.truth, with_images,
                             scoring.same_moment),
        # SITE.md read again as WordPress with tagDiv Newspaper: td-post-content, GMT datetime,
        # td-nr-views, sized featured photos, /category/novosti/page/N/, a third deviating
        "ninetieth": Copy(ninetieth.route, ninetieth.truth, with_images, scoring.same_moment),
        # a Substack publication on its own domain: /p/<slug> posts (u<N> only in the JSON-LD
        # @id), pencraft bylines with UTC days, CDN image copies, archive JSON API, yearly sitemaps
        "ninetyfourth": Copy(ninetyfourth.route, ninetyfourth.truth, with_images,
                             scoring.same_moment),
        "eightysixth": Copy(eightysixth.route, eightysixth.truth, with_images,
                            scoring.same_moment),
        # a live site: every answer differs (ads and boxes in the text, counters, tokens) and
        # views are what the page showed when it was read
        "fortyfirst": Copy(fortyfirst.route, fortyfirst.truth, with_images,
                           scoring.same_moment),
        # SITE.md's article page taken literally on an old CMS: the info line as one text node
        "fortysecond": Copy(fortysecond.route, fortysecond.truth, with_images,
                            scoring.same_moment),
        # SITE.md's guesses turned out wrong: other info-line orders and forms, datelines, listing,
        # source labels, read-also blocks and links in the text (related by id), real rates
        "fortythird": Copy(fortythird.route, fortythird.truth, (*with_images, "related"),
                           fortythird.same),
        # the outlet's English pages on its Russian CMS: English datelines and dates next to
        # Russian ones, Russian <title>/og:locale, homoglyphs, "Источник:" on English text
        "fortyfourth": Copy(fortyfourth.route, fortyfourth.truth, (*with_images, "related"),
                            fortyfourth.same),
        # a redesign in the middle of the archive: old cp1251 table/div pages (labels right, wrong
        # or missing) behind a new HTML5 template, the listing paging from one into the other
        "fortyfifth": Copy(fortyfifth.route, fortyfifth.truth, (*with_images, "related"),
                           fortyfifth.same),
        # the outlet's Kazakh pages: Kazakh datelines, months, rubrics, labels and sources,
        # Latin-alphabet pages, cp1251 entities, a Latin i for the Kazakh і, ru/en switches
        "fortyseventh": Copy(fortyseventh.route, fortyseventh.truth, with_images,
                             scoring.same_moment),
        # SITE.md read again on a guessed Yii2 CMS: a 30-story "latest" sidebar on every listing
        # page, og:image's default picture, a third of the stories with an editor's formatting
        "fortysixth": Copy(fortysixth.route, fortysixth.truth, with_images, scoring.same_moment),
        # a live news feed: day headings, a pinned story, sidebars, ads, load-more fragments, and
        # new stories published on top while the listing is walked (module feed, shifts once)
        "fortyeighth": Copy(fortyeighth.route, fortyeighth.truth, with_images,
                            scoring.same_moment),
        # every kind of story (flash, video, gallery, infographic, live blog, interview, long
        # read, statement, press release, language versions) and non-stories at article URLs
        "fortyninth": Copy(fortyninth.route, fortyninth.truth, with_images, scoring.same_moment),
        # structured data (JSON-LD, og/article meta, microdata) that disagrees with the page
        "fiftieth": Copy(fiftieth.route, fiftieth.truth, with_images, scoring.same_moment),
        # SITE.md read again on a guessed DLE 15 site: keywords made of text words, comments,
        # "most read" counts, glued photo credits, a third of the stories with editor's formatting
        "fiftyfirst": Copy(fiftyfirst.route, fiftyfirst.truth, with_images, scoring.same_moment),
        # a small newsroom's hand-typed pages: editors' slips in labels, datelines, info line,
        # text (Word markup, <br><br>, pasted twice, emoji) and headlines on half the pages
        "fiftysecond": Copy(fiftysecond.route, fiftysecond.truth, with_images,
                            scoring.same_moment),
        # SITE.md read again on a guessed WordPress 6 site: Yoast UTC times, Post Views Counter,
        # popular-posts counts, counters' pixels, a third of the stories with editor's formatting
        "fiftythird": Copy(fiftythird.route, fiftythird.truth, with_images, scoring.same_moment),
        # SITE.md read again on a guessed 1C-Bitrix site: news.detail/news.list markup, PAGEN_1
        # pages, property rows, "Популярное" counts, a third of the stories with editor's formatting
        "fiftyfourth": Copy(fiftyfourth.route, fiftyfourth.truth, with_images,
                            scoring.same_moment),
        # SITE.md read again on a guessed studio-built PHP site: transliterated classes, ?id= and
        # pretty URLs, counters, "Самое читаемое" counts, a third of the stories with formatting
        "fiftyfifth": Copy(fiftyfifth.route, fiftyfifth.truth, with_images, scoring.same_moment),
        # SITE.md read again on a guessed Next.js App Router + headless CMS site: RSC payload,
        # next/image, English JSON-LD sections, a third of the stories with editor's extras
        "fiftysixth": Copy(fiftysixth.route, fiftysixth.truth, with_images, scoring.same_moment),
        # SITE.md read again on a guessed Joomla 4/5 site: com_content article-info, ?start=20
        # category blog, modules in the text, a third of the stories with an editor's formatting
        "fiftyseventh": Copy(fiftyseventh.route, fiftyseventh.truth, with_images,
                             scoring.same_moment),
        # SITE.md read again as a Telegram-first newsroom: bot-imported posts (<br><br>, emoji,
        # hashtags, prompts, forwards, media groups, 👁 1.2K), a third rewritten by an editor
        "fiftyninth": Copy(fiftyninth.route, fiftyninth.truth, with_images, scoring.same_moment),
        # SITE.md read again on a guessed Django + Wagtail site: StreamField blocks, renditions with
        # srcset, intcomma counts, CSRF forms, a third of the stories with a deviation of their own
        "fiftyeighth": Copy(fiftyeighth.route, fiftyeighth.truth, with_images,
                            scoring.same_moment),
        # SITE.md read again as Drupal 10 (Olivero): metatag + JSON-LD, BigPipe, a 0-based pager
        "sixtieth": Copy(sixtieth.route, sixtieth.truth, with_images, scoring.same_moment),
        # SITE.md read again as a Hugo site on a CDN: trailing-slash URLs, /novosti/page/N/,
        # typographer entities, taxonomy links, baked view counts, a third with a deviation
        "sixtyfirst": Copy(sixtyfirst.route, sixtyfirst.truth, with_images, scoring.same_moment),
        # SITE.md read again as MODX Revolution: pdoPage, <base href> with relative links, chunks,
        # phpThumbOf copies, the source TV, TicketComments, a third with a deviation of its own
        "sixtysecond": Copy(sixtysecond.route, sixtysecond.truth, with_images,
                            scoring.same_moment),
        # SITE.md read again as HostCMS: /novosti/page-N/, lang="ru" on every page, a labelled
        # weekday layout on a third, ratings, comment and "most read" counts, Ctrl+Enter notes
        "sixtythird": Copy(sixtythird.route, sixtythird.truth, with_images, scoring.same_moment),
        # SITE.md's plain layout with many kinds of story text: interviews, numbered points,
        # contacts, op-ed disclaimers, verdicts, tables, poems, corrections, reader questions
        "sixtyfourth": Copy(sixtyfourth.route, sixtyfourth.truth, with_images,
                            scoring.same_moment),
        # SITE.md read again as a legacy ASP.NET WebForms portal: postback pager, sitemap only
        "sixtysixth": Copy(sixtysixth.route, sixtysixth.truth, with_images, scoring.same_moment),
        # SITE.md read as a Laravel 11 site: Blade, a Livewire views counter, Inertia pages
        # (one only as data-page JSON), Carbon dates, the paginator, a locale switch
        "sixtyfifth": Copy(sixtyfifth.route, sixtyfifth.truth, with_images, scoring.same_moment),
        # SITE.md read again as TYPO3 with tx_news: news-single, cHash pager, site-wide lang ru-RU
        "sixtyeighth": Copy(sixtyeighth.route, sixtyeighth.truth, with_images,
                            scoring.same_moment),
        # SITE.md read again as SvelteKit SSR: svelte- classes, hydration markers, API data in
        # data-sveltekit-fetched or the start script (UTC stamps), a third with a deviation
        "sixtyseventh": Copy(sixtyseventh.route, sixtyseventh.truth, with_images,
                             scoring.same_moment),
        # SITE.md read again as uCoz: table layout, eBlock entries, /_nw/ photos, windows-1251
        # with and without a charset header, ?page2 paging, a third with a deviation
        "sixtyninth": Copy(sixtyninth.route, sixtyninth.truth, with_images, scoring.same_moment),
        # SITE.md read again as Ghost 5: gh-content, kg cards, post-card listing, /page/N/,
        # UTC JSON-LD with keywords, responsive /content/images, a third with a deviation
        "seventieth": Copy(seventieth.route, seventieth.truth, with_images, scoring.same_moment),
        # SITE.md read again as NetCat 6: tpl-field blocks, ?curPos= pager, labelled Рубрика:
        "seventyfirst": Copy(seventyfirst.route, seventyfirst.truth, with_images,
                             scoring.same_moment),
        # SITE.md read again as Nuxt over Strapi: data-v- scoped markup, __NUXT__ / __NUXT_DATA__
        # state, .article-content markdown, /uploads/large_ photos, a third with a deviation
        "seventysecond": Copy(seventysecond.route, seventysecond.truth, with_images,
                              scoring.same_moment),
        # SITE.md read again as AMP: amp-img/carousel/iframe/accordion pages, plain /amp twins
        "seventythird": Copy(seventythird.route, seventythird.truth, with_images,
                             scoring.same_moment),
        # SITE.md read again as a portal's press centre: mega-menu, dated sidebars, breadcrumbs
        "seventyfifth": Copy(seventyfifth.route, seventyfifth.truth, with_images,
                             scoring.same_moment),
        # SITE.md read again as Blogger: post-outer/abbr.published/label markup, ?updated-max= pager
        "seventyfourth": Copy(seventyfourth.route, seventyfourth.truth, with_images,
                              scoring.same_moment),
        # SITE.md read again as a state agency on Yii2: article-info line, Обновлено: stamp, eye
        # counter, Фото: Ақорда credits, bylines, embeds, Самое читаемое, a third deviating
        "seventyseventh": Copy(seventyseventh.route, seventyseventh.truth, with_images,
                               scoring.same_moment),
        # SITE.md read again behind Cloudflare: minified markup, Rocket Loader, cf_email, Mirage
        # SITE.md read again as WordPress with Elementor: widget nesting, post-info icon list,
        # Yoast @graph, WP Rocket data-lazy-src photos, /novosti/page/N/, a third deviating
        "seventyeighth": Copy(seventyeighth.route, seventyeighth.truth, with_images,
                              scoring.same_moment),
        # SITE.md read again as a Wix Blog site: content-viewer spans, wow-image, UTC JSON-LD
        "seventyninth": Copy(seventyninth.route, seventyninth.truth, with_images,
                             scoring.same_moment),
        # SITE.md read again as Angular Universal SSR: _ngcontent- components, &q; TransferState
        "eightieth": Copy(eightieth.route, eightieth.truth, with_images, scoring.same_moment),
        # SITE.md read again as Webflow CMS: w-richtext, w-dyn-bind-empty/w-condition-invisible
        "eightysecond": Copy(eightysecond.route, eightysecond.truth, with_images,
                             scoring.same_moment),
        # SITE.md read again as Umbraco: umb-grid cells, ImageProcessor crops, a third deviating
        "eightythird": Copy(eightythird.route, eightythird.truth, with_images,
                            scoring.same_moment),
        # SITE.md read again as Tilda Publishing: t-records, Zero-block info line, /tpost/ twins
        "eightyfourth": Copy(eightyfourth.route, eightyfourth.truth, with_images,
                             scoring.same_moment),
        # SITE.md read again as Gatsby over Strapi: CSS modules, <!-- --> info line, page-data
        "eightyfifth": Copy(eightyfifth.route, eightyfifth.truth, with_images, scoring.same_moment),
        "seventysixth": Copy(seventysixth.calm_route, seventysixth.truth, with_images,
                             scoring.same_moment),
    }


def fetch(route: Route, url: str) -> HtmlResponse:
    """GET ``url`` from the router, redirects followed, as the response Scrapy would build."""
    for _ in range(MAX_REDIRECTS):
        parts = urlsplit(url)
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        status, headers, body = route(target, HOST)
        if status in (301, 302, 303, 307, 308) and headers.get("Location"):
            url = urljoin(url, headers["Location"])
            continue
        if status != 200:
            raise ValueError(f"{url}: HTTP {status}")
        response = HtmlResponse(url, status=status, headers=headers, body=body)
        fixed = sniff_encoding(body, response._declared_encoding())
        return response.replace(encoding=fixed) if fixed else response
    raise ValueError(f"{url}: more than {MAX_REDIRECTS} redirects")


def walk_listing(route: Route) -> dict[str, tuple[str, date | None]]:
    """Article id -> (URL, first listing date) over every listing page the pagination reaches."""
    found: dict[str, tuple[str, date | None]] = {}
    queue, seen = [(BASE + outlet.LISTING_PATH, 1)], set[str]()
    while queue and len(seen) < MAX_LISTING_PAGES:
        url, number = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        response = fetch(route, url)
        entries, pages = parse_listing(response.text, response.url, outlet.LISTING_PATH, number)
        for entry in entries:
            url_, when = found.get(entry.id, (entry.url, None))
            found[entry.id] = (url_, when or entry.listing_date)
        queue.extend(p for p in pages if p[0] not in seen)
    return found


def spread(items: list[Any], count: int | None) -> list[Any]:
    """``count`` items taken evenly over the list (all of them without a count)."""
    if count is None or count >= len(items):
        return items
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]


def load_pages(name: str, count: int | None = None) -> tuple[list[dict[str, Any]], list[str]]:
    """The copy's article pages (``count`` of them, spread over the truth's ids) with their
    truth, listing-date hints and the date the spider would call today; and the truth's ids
    the listing never reached (not loaded)."""
    copy = registry()[name]
    truth = copy.truth(BASE)
    listed = walk_listing(copy.route)
    today = datetime.now(outlet.TIMEZONE).date()
    pages = []
    # spread over the articles the listing reached (a copy may list only some of them)
    for aid in spread(sorted((k for k in truth if k in listed), key=lambda k: int(k[1:])), count):
        url, when = listed[aid]
        response = fetch(copy.route, url)
        want = dict(truth[aid])
        if "image_urls" in want:  # what the trafilatura scorer compares its image with
            want["image_paths"] = [urlsplit(u).path for u in want["image_urls"]]
        pages.append({"url": response.url, "html": response.text, "truth": want,
                      "encoding": response.encoding, "today": today,
                      "hints": [("listing", when)] if when else []})
    return pages, sorted(set(truth) - set(listed))


def copy_scores(name: str, pages: list[dict[str, Any]],
                results: Iterable[dict[str, Any] | None]) -> dict[str, Any]:
    """kznews' records scored with the copy's own fields and rule; a failed page counts as
    wrong in every field (as on the mirror), and its body F1 is 0."""
    from .extraction import token_f1  # extraction imports this module for --site

    copy = registry()[name]
    results = list(results)
    truth = {p["truth"]["id"]: p["truth"] for p in pages}
    sc = scoring.score(truth, [r for r in results if r], copy.fields, same=copy.same)
    n = len(pages)
    f1 = [token_f1(r["body"], p["truth"]["body"]) if r else 0.0
          for p, r in zip(pages, results, strict=True)]
    exact = sum(r is not None and copy.same("body", p["truth"]["body"], r["body"])
                for p, r in zip(pages, results, strict=True))
    return {"body_f1": round(sum(f1) / n, 4), "body_exact": round(exact / n, 4),
            "fields": {k: round(fs.ok / n, 4) for k, fs in sorted(sc.per_field.items())},
            "failed_pages": sum(r is None for r in results),
            "wrong_ids": {k: [m[0] for m in fs.mismatches[:5]]
                          for k, fs in sc.per_field.items() if fs.mismatches}}


def encodings(pages: list[dict[str, Any]]) -> dict[str, int]:
    return dict(Counter(p["encoding"] for p in pages))

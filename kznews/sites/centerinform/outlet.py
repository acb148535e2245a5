"""ic24.kz (Центр информации / Information Center): every fact about the outlet, in one place.

Generic code (``kznews.extract``, ``kznews.processors``) takes these as parameters; the
spider, the renderer and the report read them from here. Selectors are guesses (nobody here
has seen the live HTML): each list is tried in order and may stop matching.
"""

from __future__ import annotations

import re
from functools import lru_cache
from zoneinfo import ZoneInfo

from kznews import processors as P
from kznews.extract.index import MEMOS

NAME = "centerinform"
HOSTS = frozenset({"ic24.kz", "www.ic24.kz"})
"""The outlet's own hosts: a copy served elsewhere may keep absolute links to them."""
LISTING_PATH = "/novosti"
TIMEZONE: ZoneInfo = P.ALMATY
"""Asia/Almaty: UTC+6 until 2024-03-01, UTC+5 since."""

# ``/news/<slug>-u<N>``: the id is the stable key (ru and en share one sequence).
ID_SEGMENT = re.compile(r"(?:^|.*-)(?P<id>u[0-9]+)(?:\.html?)?", re.IGNORECASE | re.DOTALL)
# Cheap test on a raw href before any URL parsing: most links of a page are not articles.
ID_HINT = re.compile(r"u[0-9]", re.IGNORECASE)
# The outlet's own name, which may follow the dateline: ``Алматы. 16 апреля. Центр информации -``.
AGENCY = r"(?i:центр\s+информации|information\s+cent(?:er|re)|ақпарат\s+орталығы)"
SITE_SUFFIX = re.compile(rf"{AGENCY}|информационный\s+центр|ic24", re.I)
"""The site name a ``<title>``/og:title carries before or after the headline, in any of the
outlet's languages (the agency's name, as the dateline names it)."""
SITE_ABBREVIATION = re.compile(r"ЦИ|ИЦ|IC|ІЦ")
"""The outlet's initials as a ``<title>``/og:title affix (``ИЦ: Headline``, ``Headline — ЦИ``):
a site name only as a whole affix (fully matched, case kept), never inside a word."""
MAX_AFFIX = 50  # characters: a site name or an SEO tail beside a headline
MASTHEAD_CLASS = re.compile(r"logo|brand|site-?name|site-?title|masthead|sitename", re.I)
"""The box holding the site's name in a page's header (``<h1 class="logo">``,
``<div class="site-branding"><h1>``): a heading in it is not the article's headline."""
MASTHEAD_DEPTH = 3  # the heading itself and two boxes around it
SITE_NAME = re.compile(rf"\W*(?:{SITE_SUFFIX.pattern})(?:\.kz)?\W*", re.I)
"""A text that is the site's name and nothing else (fully matched)."""
TITLE_CLASS = re.compile(
    r"(?:e|con|entry|post|article|news|story|page|material|item|node|content|single)?[-_]?"
    r"(?:full[-_]?)?(?:title|heading|headline)", re.I)
"""A class token naming the headline's element on a CMS that prints it in a ``<div>``
(uCoz ``eTitle``, InstantCMS ``con_heading``, WordPress ``entry-title``, Ghost
``article-title``); a block's title (``blocktitle``, ``related_title``) does not match."""

# The currency widget's text, wherever a script put it: "• USD/KZT 471.25 | EUR/KZT 0.0".
WIDGET_LINE = re.compile(r"^(?:[\s•|·,;-]*[A-Z]{3}\s*/\s*KZT\s*[:=]?\s*[\d.,]*)+[\s•|·,;-]*$")
WIDGET_EDGE = re.compile(r"^(?:[•|·\s]*[A-Z]{3}/KZT\s*[\d.,]+)+\s*|"
                         r"\s*(?:[•|·\s]*[A-Z]{3}/KZT\s*[\d.,]+)+\s*$")
"""Rates glued to the start or end of a line of text."""
LANG_BADGES = frozenset({"ru", "en", "kk", "kz"})
"""The badge printed before each link of the headline block."""

# --- selectors, first match wins ---
TITLE_CSS = ("h1.news-title", ".news-detail h1", "h1[itemprop=headline]", ".article__title",
             "[itemprop=headline]")
# The text's container: the outlet's own guesses, then what marks it semantically on any CMS
# (schema.org microdata, RDFa: Drupal's ``property="content:encoded"``), then CMS classes
# (Drupal, WordPress, uCoz's ``eMessage``, InstantCMS's ``con_text``, Ghost's ``gh-content``).
BODY_CSS = (".news-text", ".news-detail-text", "[itemprop=articleBody]",
            '[property~="schema:articleBody"]', '[property~="content:encoded"]',
            ".field-name-body", ".field--name-body", ".article__body", ".article-body",
            ".article-text", ".detail-text", ".entry-content", ".post-content", ".eMessage",
            ".con_text", ".gh-content", ".post-full-content")
DATE_CSS = (".news-info .date", ".news-date", ".article__date", "[itemprop=datePublished]")
VIEWS_CSS = (".news-info .views", ".views", ".article__views", "[class*=view-count]",
             "[class*=views]")
CATEGORY_CSS = (".news-info .category", "a.category", ".article__category", "a[rel~=category]")
TAGS_CSS = (".news-info .tags a", ".tags a", ".article__tags a", "a[rel=tag]")
CREDIT_CSS = (".photo-credit", ".news-photo .credit", "[class*=credit]", "figcaption")

# Rules that mean the page no longer looks like the outlet we know: logged, counted, and
# in the report's drift alert.
LAST_RESORT: dict[str, tuple[str, ...]] = {
    "title": ("text:title-tag",),
    "body": ("text:densest-block",),
    "published": ("text:dateline+crawl",),
}


@lru_cache(maxsize=16_384)
def article_id(url: str) -> str | None:
    """``u<N>`` from the last path segment (``…-u45694``, ``u45694``, ``….html``), else None.

    Memoised: every page repeats the links of its sidebar and headline block."""
    return P.path_id(url, ID_SEGMENT)


MEMOS.append(article_id.cache_clear)


def canonical_url(url: str) -> str:
    """``P.canonicalize_url`` knowing which paths are articles (no trailing slash on them)."""
    return P.canonicalize_url(url, ID_SEGMENT)


def split_dateline(paragraph: str) -> tuple[P.Dateline | None, str]:
    return P.split_dateline(paragraph, AGENCY)


def photo_credit(text: str) -> str | None:
    return P.photo_credit(text, AGENCY)


def caption_credit(text: str) -> str | None:
    return P.caption_credit(text, AGENCY)


# --- words and shapes of the outlet's page text ---
TAG_HREF = re.compile(r"/(tags?|teg|tegi|metki|keywords?|search/\?tags?|(?:search/)?labels?)[/=?]",
                      re.I)
"""A tag's URL: ``/tag/x``, ``/tags/?tag=x``, Blogger's ``/search/label/x``."""
CATEGORY_HREF = re.compile(r"/(categor(y|ies)|rubri[ck]a?|razdel|section)s?/", re.I)
PHOTO_LABEL = re.compile(r"^(фото|photo|сурет)\s*[:\-–—]", re.I)
# The label of a view counter: ``Просмотров: 683``, ``Hits: 1065`` (Joomla), ``Количество
# просмотров: 1725`` (Bitrix), ``Қаралды: 2260``.
VIEWS_WORD = r"(?:просмотр\w*|views?|hits|reads|қаралды|қаралым\w*)"
VIEWS_LINE = re.compile(rf"^(?:количество\s+|число\s+)?{VIEWS_WORD}\s*:\s*(?P<n>[0-9][0-9\s.,]*)$",
                        re.I)
# ``Обновлено 24.11.2021 18:15``, ``Last Updated ( Friday, 16 April 2021 15:40 )``: when the
# page was changed, a line of the CMS under the text, never the text itself.
_DATE_TO_END = (r"(?:[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2,4}|[0-9]{1,2}\s+[^\W\d_]+\.?,?\s+"
                r"[0-9]{4}|[^\W\d_]+\s+[0-9]{1,2},?\s+[0-9]{4})(?:\s*г\.)?"
                r"(?:,?\s*(?:в\s+|at\s+)?[0-9]{1,2}:[0-9]{2})?\s*\)?\.?$")
MODIFIED_WORDS = (r"(?:обновлено|изменено|отредактировано|последнее изменение|последнее обновление|"
                  r"updated|last updated|modified|last modified|edited|жаңартылды|өзгертілді)")
MODIFIED_LINE = rf"{MODIFIED_WORDS}\s*:?\s*\(?\s*(?:[^\W\d_]+,\s*)?{_DATE_TO_END}"
MODIFIED_LABEL = re.compile(rf"^{MODIFIED_WORDS}(?![^\W\d_])", re.I)
"""``Обновлено``, ``Updated``, ``Жаңартылды`` before a date: when the page changed."""
INFO_LABEL = re.compile(
    r"(?:(?P<views>просмотр\w*|views?|hits|қаралды|қаралым\w*)|(?P<category>рубрика|категория|раздел|"
    r"category|section|санаты?|айдары?)|(?P<tags>теги|тэги|метки|tags|тегтері?))\s*:\s*", re.I)
_WORD_RUN = re.compile(r"(?:[^\W\d_]+\s+){3}[^\W\d_]+")
_SENTENCE_TAIL = re.compile(r"[^\W\d_][.!?…]$")


def is_prose(text: str) -> bool:
    """A line of sentences (four words or more in a row, a sentence's end): text, never an
    info line — a rubric is short and so are tags (``Алматы, аким, субботник.`` is no prose,
    nor is ``Опубликовано 16 апреля 2021 г.``)."""
    return _SENTENCE_TAIL.search(text) is not None and _WORD_RUN.search(text) is not None


# ``3 min read``, ``5 мин чтения``, ``Время чтения: 3 мин``, ``4 минут оқу``: how long the
# text takes to read, printed in the byline — never a view count, a rubric or a tag.
READING_TIME = re.compile(
    r"(?<![^\W\d_])(?:(?:время\s+(?:на\s+)?чтения|reading\s+time|read\s+time|оқу\s+уақыты)"
    r"\s*:?\s*(?:~\s*|около\s+)?[0-9]+\s*(?:-\s*[0-9]+\s*)?(?:min\w*|мин\w*|m\b)\.?|"
    r"(?:~\s*)?[0-9]+\s*(?:-\s*[0-9]+\s*)?(?:min(?:ute)?s?|мин(?:ут[аы]?)?|минут)\.?\s*"
    r"(?:read(?:ing)?|на\s+чтение|чтения|прочтения|оқу|оқылады|оқуға)(?![^\W\d_])|"
    r"(?<![0-9])[0-9]+\s*(?:min(?:ute)?s?|мин(?:ут\w*)?)\.?(?=\s*$))", re.I)
# ``(GMT+6)``, ``UTC+05:00``, ``(Астана)``-less zone notes after a time: the zone of the time
# (``processors`` applies it), never a rubric.
ZONE_NOTE = re.compile(r"^\(?\s*(?:GMT|UTC|МСК|ALMT|AQTT)\s*(?:[+-−]\s*[0-9]{1,2}(?::?[0-9]{2})?)?"
                       r"\s*\)?$", re.I)
NOT_RUBRIC = re.compile(r"^[^\W\d_][^:]{0,30}:\s*$|[:：]|^\W+$")
"""A bare label (``Сурет:``), a ``Label: value`` part (``Добавил: admin``, ``Рейтинг: 5``)
or punctuation: never the rubric an info line's unlabelled part is taken for."""
VIEWS_AFTER = re.compile(
    r"^(\d[\d\s.,]*)\s*(просмотр\w*|views?|қаралым\w*|рет қаралды|reads?)$", re.I)
INLINE_TAGS = frozenset({"span", "b", "i", "em", "strong", "font", "small", "ins", "u"})
COMMENT_COUNT = re.compile(
    r"(?:💬|🗨\ufe0f?)\s*[0-9]+|"
    r"(?<![^\W\d_])(?:(?:комментари\w*|comments?|отзыв\w*|пікір\w*)\s*:?\s*\(?\s*[0-9]+\s*\)?|"
    r"(?<![0-9])[0-9]{1,3}\s+(?:комментари\w*|comments?|отзыв\w*|пікір\w*)|нет комментариев|"
    r"комментариев нет|"
    r"no comments)(?![^\W\d_])", re.I)
"""A comment counter (``Комментарии (0)``, ``3 comments``, a speech balloon and its count
``💬 12``): never a rubric, tag or count."""
VIEWS_GLYPH = re.compile(
    r"(?:👁\ufe0f?|👀)\s*:?\s*(?P<n>[0-9][0-9\s.,]*(?:[KkКкMmМм]|тыс\.?|мың)?)\s*")
"""An eye glyph before a count (``👁 683``): the view count, however the counters are printed
(``💬 12 👁 683``: the balloon's count is the comments')."""
ASIDE_CLASS = re.compile(r"(side-?bar|aside|sidecol|side-col|right-?col|left-?col|tag-?cloud|"
                         r"related|popular|latest|last-?news|more-news|other-news)", re.I)
"""A column or block beside the article: its tag links are the site's, not the page's."""
KICKER_CLASS = re.compile(r"primary[-_]?(?:tag|category|topic|section)|kicker|eyebrow|overline|"
                          r"super-?title|pre-?title", re.I)
"""The box of the rubric printed above the headline (Ghost's ``post-card-primary-tag``, a
news theme's kicker or eyebrow): its link names the rubric, even at a tag's URL."""
KICKER_TEXT_CLASS = re.compile(rf"{KICKER_CLASS.pattern}|up-?title|rubric", re.I)
"""A box above the headline whose own short text, no link, is the rubric (a page builder's
``t-uptitle``, a theme's ``article-rubric``)."""
MAX_KICKER = 40  # characters: a longer line above the headline is a lead or a teaser
PLACEHOLDER_RUBRICS = frozenset({"без рубрики", "без категории", "uncategorized",
                                 "uncategorised", "санатсыз", "айдарсыз"})
"""A CMS's default rubric for posts filed nowhere (WordPress ``Uncategorized``/``Без
рубрики``/``Санатсыз``, Joomla ``Uncategorised``/``Без категории``): no rubric."""
INFO_HEADING = re.compile(
    r"^(?:подробн(?:ости|ее)|детали|информация|сведения|details|info(?:rmation)?|"
    r"article\s+info(?:rmation)?|толығырақ|толық\s+ақпарат|мәлімет(?:тер)?|ақпарат)$", re.I)
"""The heading of an article's details box (Joomla's ``<dt class="article-info-term">
Подробности</dt>`` over author, date and hits): never its rubric."""
KICKER_DEPTH = 3  # the link and two boxes around it
CRUMB_ARROW = re.compile(r"^\s*[/»›>→]")
"""What follows the home link of a breadcrumb trail (a menu is ``|``-separated)."""
RUBRIC_WORDS = (r"рубрик[аи]|категори[яи]|категориясы|раздел|category|categories|section|rubric|"
                r"санаты?|айдары?")
"""A rubric's label, Kazakh also in the possessive a label takes (``Санаты:``, ``Айдары:``)."""
RUBRIC_LINE = re.compile(rf"^({RUBRIC_WORDS})\s*:\s*(.{{1,60}})$", re.I)
NOT_INFO = ("time.updated", "[itemprop=dateModified]", ".byline", ".author", "[rel=author]")
"""Inside the info line but not of it: the modified date a theme prints (often hidden by CSS)
next to the published one, and the author's byline."""
HOME_CRUMBS = frozenset({"главная", "новости", "home", "news", "басты бет", "жаңалықтар",
                         "лента", "лента новостей", "все новости"})
BREADCRUMB_CLASS = ("breadcrumb", "crumbs")
ARCHIVE_CRUMB = re.compile(r"(?:архив\w*|archives?|мұрағат\w*)(?:\s+[\w.]+){0,3}|"
                           r"(?:19|20)[0-9]{2}(?:\s*(?:г\.?|год|ж\.?|жыл))?", re.I)
"""An archive's crumb or link (``Архив 2021``, ``Archive 2022``, ``Мұрағат``, a bare year): the
way to the article by date, never its rubric (fully matched)."""
# The label of a "read also" block: the block ends the body, unless the text goes on after it
# (editors put one link to an older story between two paragraphs). Words that also open a
# sentence (``По теме выступил…``, ``Осы тақырыпта өткен…``) count only with a colon.
_READ_ALSO_WORDS = (r"читайте\s+также|читайте\s+по\s+теме|читайте\s+(?:ещё|еще)|также\s+читайте|"
                    r"см\.\s+также|read\s+also|also\s+read|see\s+also|оқи\s+отырыңыз|"
                    r"сондай-ақ\s+оқыңыз|тағы\s+оқыңыз|оқыңыз\s+сондай-ақ")
_READ_ALSO_TOPIC = (r"по\s+теме|(?:ещё|еще)\s+по\s+теме|related|осы\s+тақырыпта|"
                    r"тақырыпқа\s+қатысты|тақырып\s+бойынша|тақырыптас\s+жаңалықтар")
READ_ALSO = re.compile(rf"^(?:(?:{_READ_ALSO_WORDS})(?:\b|(?=(?-i:[A-ZА-ЯЁ])))|"
                       rf"(?:{_READ_ALSO_TOPIC})\s*:)", re.I)
"""``ЧИТАЙТЕ ТАКЖЕ:``, ``Read also``, ``ОСЫ ТАҚЫРЫПТА:``, ``Тақырыпқа қатысты:``, ``Сондай-ақ
оқыңыз:``; the label may run straight into the linked headline (``Читайте такжеТовары …``)."""
# Lines that end an article body: a "read also" block or a line of hashtags.
BODY_END = re.compile(r"^(читайте также|читайте по теме|см\. также|по теме|ещё по теме|"
                      r"еще по теме|read also|see also|related news|оқи отырыңыз|сондай-ақ оқыңыз|"
                      r"лента новостей|последние новости|новости по теме|популярное|"
                      r"latest news|more news|комментарии|comments)\b|"
                      rf"(?:количество\s+|число\s+)?{VIEWS_WORD}\s*:\s*[0-9]|{MODIFIED_LINE}|"
                      r"[0-9][0-9\s.,]*\s*(?:просмотр\w*|views|hits|рет қаралды)$|"
                      r"(?:next\s+(?:story|article|post|news)|up\s+next|read\s+next|"
                      r"следующ(?:ая|ий|ее)\s+(?:новость|статья|материал|публикация|запись)|"
                      r"келесі\s+(?:жаңалық|мақала|материал|жазба))[\s:.…→›»>]*$", re.I)
"""The next-story label (``Next story``, ``Следующая новость``, ``Келесі жаңалық``) is a whole
line: an endless feed loads the next article under it."""
FURNITURE_LINE = re.compile(
    r"[\W_]*(?:реклама|advertisement|advertising|ads?|sponsored|жарнама|"
    r"(?:leave|add|write|post)\s+a\s+comment|comment|"
    r"(?:оставить|написать|добавить)\s+комментарий|комментировать|"
    r"пікір\s+(?:қалдыру|жазу|қосу)|subscribe(?:\s+now)?|подписаться|подпишитесь|"
    r"жазылу|жазылыңыз|версия\s+для\s+печати|распечатать|печать|print(?:\s+version|able\s+"
    r"version|\s+this(?:\s+(?:article|page|story))?)?|басып\s+шығару(?:\s+нұсқасы)?)[\W_]*", re.I)
"""A whole line that is an ad's label (``Реклама``, ``Advertisement``, ``Жарнама``) or a
button's call to action (``Leave a comment``, ``Оставить комментарий``, ``Пікір қалдыру``,
``Subscribe``): page furniture wherever it is printed, never a line of the text."""
MAX_FURNITURE_LINE = 40  # characters


def is_furniture_line(text: str) -> bool:
    return len(text) <= MAX_FURNITURE_LINE and FURNITURE_LINE.fullmatch(text) is not None


# --- lines inside the text that are no text ---
_UPPER = r"(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])"
_NAME = (rf"{_UPPER}[\w'’.-]*(?:\s*,?\s+(?:(?:и|and|&|мен|және)\s+)?{_UPPER}[\w'’.-]*){{0,5}}")
AUTHOR_WORDS = (r"авторы?(?:\s+(?:материала|статьи|текста|публикации))?|"
                r"(?:текст|фото)\s+и\s+(?:фото|текст)|текст|подготовил[аи]?|"
                r"материал\s+подготовил[аи]?|корреспондент|беседовал[аи]?|"
                r"authors?|(?:written|reported|story|text)\s+by|(?:photos?\s+and\s+)?text|"
                r"text\s+and\s+photos?|reporter|words|"
                r"мәтін(?:\s+(?:және|мен)\s+сурет)?|(?:сурет|фото)\s+(?:және|мен)\s+мәтін|"
                r"дайындаған(?:дар)?|тілші|әңгімелескен")
AUTHOR_LINE = re.compile(
    rf"^(?:(?:{AUTHOR_WORDS})\s*[:\-–—]\s*|by\s+){_NAME}\s*$", re.I)
"""A byline: a short author label and a name (``Автор: Айгерим Сапарова``, ``Мәтін: Нұрлан
Әбдіков``, ``Фото и текст: …``, ``Written by: …``, ``By Jane Doe``). Printed on top of the
text it is no paragraph (the body skips it; the lead is the line after it)."""
MAX_AUTHOR_LINE = 80  # characters
TYPO_PROMPT = re.compile(
    r"ctrl\s*\+\s*enter|^\W*(?:если\s+вы\s+)?(?:нашли|заметили)\s+(?:ошибку|опечатку)\b.{0,40}\?|"
    r"^\W*(?:found|spotted|see|noticed)\s+an?\s+(?:typo|mistake|error)\b.{0,40}\?|"
    r"^\W*(?:мәтіннен\s+)?қате\s+(?:таптыңыз\s+ба|тапсаңыз|байқасаңыз)", re.I)
"""The "found a typo? select it and press Ctrl+Enter" prompt, in any language: furniture."""
PROMO_LINE = re.compile(
    r"^\W*(?:подписывайтесь|подпишитесь|присоединяйтесь|следите\s+за\s+нами|читайте\s+нас|"
    r"смотрите\s+нас|subscribe|follow\s+us|join\s+(?:us|our)|бізді|біздің|жазылыңыз|"
    r"жазылыңыздар|қосылыңыз)\b.{0,80}?(?:telegram|телеграм|instagram|инстаграм|youtube|"
    r"ютуб|whatsapp|facebook|tiktok|вконтакте|twitter|threads|viber|дзен|канал|арна)", re.I)
"""A call to follow the outlet in a messenger (``Подписывайтесь на наш Telegram-канал``,
``Бізді Telegram-да оқыңыз``, ``Follow us on Instagram``): furniture."""
EMBED_CAPTION = re.compile(
    r"^(?:видео|video|бейне|бейнежазба|видеоролик|видеоматериал|видеосюжет)\s*[:\-–—]", re.I)
"""The caption of an embedded video (``Видео: YouTube / …``, ``Бейне: …``): like a photo's
caption no text, and its credit is not the photo's."""
MAX_BODY_FURNITURE = 160  # characters: a longer line is a paragraph


def is_body_furniture(text: str) -> bool:
    """A line inside the text that is no text: an ad's label or a button (``is_furniture_line``),
    the typo prompt, a messenger promo, a video's caption (not a sentence about a video)."""
    if len(text) > MAX_BODY_FURNITURE:
        return False
    if len(text) <= MAX_FURNITURE_LINE and FURNITURE_LINE.fullmatch(text) is not None:
        return True
    return TYPO_PROMPT.search(text) is not None or PROMO_LINE.match(text) is not None or (
        EMBED_CAPTION.match(text) is not None and not is_prose(text))


# The heading of a block of other articles printed after the text (cards, teasers, a list):
# the whole line, in any element (a builder prints it in a ``<div>``, a theme in ``<strong>``).
OTHER_NEWS = re.compile(
    r"(?:другие|похожие|ещё|еще|свежие|последние|читайте\s+ещё|читайте\s+еще)\s+(?:новости|"
    r"материалы|статьи|публикации|записи)|(?:материалы|статьи|новости|публикации|ещё|еще)\s+по\s+"
    r"теме|(?:other|more|related|similar|latest|recent)\s+(?:news|stories|articles|posts)|"
    r"you\s+(?:may|might)\s+also\s+like|(?:басқа|ұқсас|соңғы)\s+(?:жаңалықтар|материалдар)|"
    r"тақырыпқа\s+қатысты(?:\s+(?:жаңалықтар|материалдар))?|тақырып\s+бойынша", re.I)
MAX_OTHER_NEWS = 60  # characters: a longer line is a sentence, not a block's heading
TEASER_CLASS = re.compile(r"(?<![a-z])(?:[Cc]ard|[Tt]easer)s?(?![a-z])")
"""A box of another article's card or teaser (``t-card__col``, ``news-card``, ``NewsCard_x``,
``teaser--small``; not ``vcard``, ``discard``): after the text, where the text is not in it."""
TEASER_DEPTH = 4  # the line's block and the boxes around it (link, column, grid)


def other_news(text: str) -> bool:
    """``Другие новости``, ``Материалы по теме:``, ``Other news``, ``Басқа жаңалықтар``."""
    return len(text) <= MAX_OTHER_NEWS and OTHER_NEWS.fullmatch(text.rstrip(" :.…→›»")) is not None


SENTENCE_END = re.compile(r"[.!?…»\"”)]$")
"""How a line of article text ends (a menu item or an address line rarely does)."""
# The label of a line of tags: ``Теги:``, ``Ключевые слова:``, ``Keywords:``, ``Кілт сөздер:``.
TAGS_WORD = (r"(?:теги|тэги|метки|ключевые\s+слова|tags|key\s*words|тегтері?|кілт\s+сөздер|"
             r"түйін\s+сөздер|түйінді\s+сөздер|ярлыки|labels|белгілер)")
TAGS_LABEL = re.compile(rf"^{TAGS_WORD}\s*:\s*", re.I)
"""A tags line (``Теги: a, b``, ``Ключевые слова: a, b``, Blogger's ``Ярлыки:``/``Labels:``/
``Белгілер:``): the tags, and the end of the body."""
IMG_SKIP = re.compile(r"(logo|icon|sprite|banner|counter|pixel|avatar|flag|\.svg)", re.I)

# --- labelled fields: a label, then its value(s) on the same line or in the next element ---
SOURCE_WORDS = r"источник|source|дереккөзі|дереккөз"
CREDIT_WORDS = r"автор\s+фото|фото\s+автора|фотограф|photo\s+credit|photographer|photo|фото|сурет"
FIELD_LABEL = re.compile(
    rf"^(?:(?P<category>{RUBRIC_WORDS})|(?P<tags>{TAGS_WORD})|(?P<source>{SOURCE_WORDS})|"
    rf"(?P<credit>{CREDIT_WORDS}))(?![^\W\d_])", re.I)
"""``Рубрика:``, ``Tags``, ``Ключевые слова:``, ``Дереккөз:``, ``Фото:`` opening a line."""
FIELD_CLASS = re.compile(
    r"(?:field-{1,2}name-field-(?:[a-z0-9]+-)*?|(?=category-name$))(?:(?P<category>rubri[a-z]*|"
    r"categor[a-z]*(?:-name)?|section|razdel)|(?P<tags>tags?|keywords|metki)|(?P<source>source|istochnik)|"
    r"(?P<credit>(?:photo|image|foto)-?(?:author|credit|by)|credit|photographer))", re.I)
"""A field the CMS names by class (Drupal 7 ``field-name-field-tags``, Drupal 8
``field--name-field-photo-author``, Joomla's ``<dd class="category-name">``; its
``parent-category-name`` is the rubric above the article's own)."""
# --- when the page was published ---
PUBLISHED_PROPS = frozenset({"dc:date", "dc:created", "dc:issued", "dcterms:date",
                             "dcterms:created", "dcterms:issued", "schema:datepublished",
                             "datepublished", "article:published_time"})
"""RDFa ``property`` / microdata ``itemprop`` values (lower-cased) naming the publication."""
PUBLISHED_TIME = re.compile(r"published|entry-date|date-?published|pubdate|post-?date|created",
                            re.I)
MODIFIED_TIME = re.compile(r"updated|modified|date-?modified|changed|edited", re.I)
"""The class or ``itemprop`` of a ``<time>`` that is the publication / a later change."""
STAMP_ATTRS = ("data-timestamp", "data-time", "data-date", "data-unix", "data-published",
               "data-pubdate", "data-ts")
"""Attributes a script-rendered page keeps a date in as a Unix timestamp, behind relative text
(``<time data-timestamp="1618566000">3 года назад</time>``)."""
STAMP_PUBLISHED = frozenset({"data-published", "data-pubdate"})
"""Timestamp attributes that name the publication themselves."""
DATE_CLASS = re.compile(r"date|time|publish|posted|created", re.I)
"""The class of an element that shows a date (``post-date``, ``publish-time``)."""
PUBLISHED_LABEL = re.compile(
    r"^(?:(?:this\s+(?:entry|post|article|story|item)\s+was\s+)?(?:submitted|posted|published)"
    r"(?:\s+by\s+.{1,60}?)?\s+on|(?:(?:запись|статья|новость|материал|публикация|пост)\s+)?"
    r"(?:опубликован[аоы]?|добавлен[аоы]?|размещен[аоы]?)|дата\s+публикации|дата|published|"
    r"posted|date|жарияланды|жарияланған\s+(?:күні|уақыты)|жарияланған|жарияланым)"
    r"(?![^\W\d_])\s*:?\s*", re.I)
"""``Submitted by editor on …``, ``Опубликовано: …``, ``Добавлено …``, a blog's ``Запись
опубликована …``/``This entry was posted on …``/``Жарияланған уақыты: …``: a date follows."""
PUBLISH_FIELD = frozenset({
    "publishtime", "publishdate", "publishedtime", "publisheddate", "publishedat", "publishedon",
    "datepublished", "datepublish", "timepublished", "publicationdate", "publicationtime",
    "pubdate", "pubtime", "postdate", "posttime", "postedon", "published", "dateofpublication"})
"""The name a CMS gives the publication's field in an attribute (UMI.CMS ``umi:field-name=
"publish_time"``, ``data-field="pubDate"``, ``itemprop="datePublished"``), lower-cased and
without ``_``/``-``: the element's text is the date."""
VIEWS_COUNT = re.compile(
    rf"^\W*(?:(?:количество\s+|число\s+)?{VIEWS_WORD}\s*:?\s*)?"
    r"(?P<n>[0-9][0-9\s.,]*(?:[KkКкMmМм]|тыс\.?|мың|млн\.?)?)\s*"
    rf"(?:{VIEWS_WORD}|рет\s+қаралды)?\s*$", re.I)
"""Text that reads as a view count: ``683``, ``Просмотров: 683``, ``1 315 просмотров``, ``1.2K``."""
DATE_LIKE = re.compile(r"[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}|[0-9]{1,2}:[0-9]{2}")
"""A date or a time of day, which a count never holds."""
_ROW_SEP = re.compile(r"\s[|•·]\s")


def is_details_row(text: str) -> bool:
    """A row of labelled details (``Категория: X | Просмотров: 5 | Добавил: admin | Дата:
    16.04.2021``): at least two parts open with a views/rubric/tags label or a date's label
    and its date. The CMS prints it under the text (uCoz, DLE): it ends a body, it is never
    text."""
    if " | " not in text and " • " not in text and " · " not in text:
        return False
    labelled = 0
    for part in _ROW_SEP.split(text):
        part = part.strip()
        dated = PUBLISHED_LABEL.match(part)
        if INFO_LABEL.match(part) or (dated and P.parse_date_text(part[dated.end():])):
            labelled += 1
    return labelled >= 2



# --- marked by class or icon, not by a label (newsletter layouts, script-rendered portals) ---
SECTION_LINK_CLASS = re.compile(
    r"(?:[a-z0-9]+[-_])*(?:section|categor(?:y|ies)|rubri[ck]a?|razdel)"
    r"(?:[-_](?:link|name|label|badge|chip|pill))?", re.I)
"""A link's class token naming it the rubric (``post-section``, ``article-category``,
``rubric-link``), fully matched: ``section-title`` (a block's heading) does not."""
TAG_LINK_CLASS = re.compile(
    r"(?:(?!primary)[a-z0-9]+[-_])*(?:tags?|topics?|keywords?|metki|hashtags?)"
    r"(?:[-_](?:link|item|name|label|badge|chip|pill))?", re.I)
"""A link's class token naming it a tag (``post-tag``, ``tag-link``, ``topic``), fully
matched: ``tag-cloud-link`` (a sidebar's cloud) and Ghost's ``primary-tag`` (the kicker) do
not."""
_REACTIONS = (r"likes?|liked|heart|comments?|reactions?|votes?|upvotes?|repl(?:y|ies)|shares?|"
              r"bookmarks?|claps?|favou?rites?")
REACTION_MARK = re.compile(rf"(?<![a-z])(?:{_REACTIONS})(?![a-z])", re.I)
"""An icon (or its box) marked as likes, comments or reactions: its count is no view count."""
REACTION_CLASS = re.compile(
    rf"(?<!\S)(?:[a-z0-9]+[-_])*(?:{_REACTIONS})(?:[-_](?:button|btn|count|counter|link|icon|"
    r"number|num|total))?(?!\S)", re.I)
"""A class token of a like or comment counter (``like-button``, ``comment-count``), searched in
the page's tokens joined by spaces; ``comments-enabled`` (a state) is none."""
VIEWS_MARK = re.compile(r"(?<![a-z])(?:eye|views?|просмотр\w*|қаралым\w*)(?![a-z])", re.I)
"""An icon marked as the view counter's (``icon-eye``, ``aria-label="Просмотры"``)."""

"""The outlet's page text: the words and shapes of its lines (rubric, tags, views, dates,
crumbs, "read also", bylines, prompts, promos), and which lines inside the text are no text.

ru/en/kk, as the outlet and the CMSs its copies run on print them. Part of the outlet's
facts (``outlet.py`` holds its hosts, ids, agency and selectors; ``signs.py`` the labels,
classes and attributes that mark a field).
"""

from __future__ import annotations

import re

from kznews import processors as P
from kznews.extract.layout import FIELD_AFTER
from kznews.sites.centerinform import notices as N

# --- words and shapes of the outlet's page text ---
TAG_HREF = re.compile(r"/(tags?|teg|tegi|metki|keywords?|search/\?tags?|(?:search/)?labels?)[/=?]",
                      re.I)
"""A tag's URL: ``/tag/x``, ``/tags/?tag=x``, Blogger's ``/search/label/x``."""
TAG_QUERY = re.compile(r"[?&](?:p_r_p_(?:\d+_)?)?tags?=", re.I)
"""A tag named in a search's query: ``/search?tag=x``, WordPress's plain ``/?tag=x``, Liferay's
public render parameter ``?p_r_p_tag=x`` (6.2: ``?p_r_p_564233524_tag=x``)."""
SEARCH_HREF = re.compile(r"(?<![a-z])search|[?&](?:tags?|q|s|query|keywords?)=", re.I)
"""A search's URL (``/search/index.php?tags=аким``, ``/?s=аким``, ``?do=search``): a tag of a
list printed as search links, never a rubric's page."""
TAGS_BOX = re.compile(r"(?<![a-z])(?:tags?|tag-?list|keywords|metki|teg[iy]?)(?![a-z])", re.I)
"""The class of a box of tag links (``tags``, ``post__tags``, ``article-tags``, ``tag-list``)."""
CATEGORY_HREF = re.compile(r"/(categor(y|ies)|rubri[ck]a?|razdel|section)s?/", re.I)
# Kazakh labels also in Latin letters, in the 2021 (``Derekköz``, ``Bölımı``), 2018 apostrophe
# (``Derekko'z``, ``Ai'dary``) and accented (``Derekkóz``, ``Aıdary``) spellings.
_O = r"(?:ö|ó|o['’ʼ]?)"
_I = r"[iı]"
class FirstGated:
    """A pattern anchored at the text's start behind a look at its first character: a case-blind
    alternation of words tries every word at the start (~1 µs a line), while the class of the
    characters any match opens with (an icon, a word's first letter in any case, ``©``) rules
    most lines out at once."""

    __slots__ = ("first", "pattern")

    def __init__(self, pattern: re.Pattern[str], first: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.first = first

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text) if self.first.match(text) else None


PHOTO_LABEL = FirstGated(
    re.compile(rf"^(?:{P.ICON_LEAD})?(?:{P.CREDIT_LABEL}(?:{P.CREDIT_MARK})|©)", re.I),
    # the first letters of ``P.CREDIT_LABEL``'s words (Latin ``c``, Cyrillic ``с``), an icon
    re.compile(rf"[picsfgфсакиг©]|{P.ICON_LEAD}", re.I))
"""A picture's credit: its label (``Фото:``, ``Инфографика:``, ``Коллаж:``), or a copyright
mark (``© akorda.kz``), perhaps after an icon (``📷 Фото: gov.kz``)."""
CREDIT_PHRASE = re.compile(rf"^{P.CREDIT_PHRASE}", re.I)
"""A credit printed as a phrase (``Фото из открытых источников``, ``Фото пресс-службы МВД``):
``P.photo_credit`` tells whether it names one."""
# The label of a view counter: ``Просмотров: 683``, ``Hits: 1065`` (Joomla), ``Количество
# просмотров: 1725`` (Bitrix), ``Қаралды: 2260``, an old CMS's ``[Прочитано: 487]``,
# ``Оқылды: 120``, ``Read: 75``.
VIEWS_WORD = (r"(?:просмотр\w*|views?|hits|reads?|прочитано|прочтени\w*|қаралды|қаралым\w*|"
              r"оқылды|оқылым\w*|qaraldy|qaralym\w*)")
COUNT_WORDS = (r"(?:(?:рет|мәрте)\s+(?:қаралды|оқылды)|ret\s+(?:qaraldy|oqyldy)|"
               r"раз[а]?\s+(?:просмотрен\w*|прочитан\w*)|times\s+(?:viewed|read))")
"""The words after a count that are no label of their own (``3568 рет қаралды``, ``1 106 рет
оқылды``, ``5 раз просмотрено``, ``12 times read``)."""
VIEWS_LINE = re.compile(rf"^[\[(]?\s*(?:количество\s+|число\s+)?{VIEWS_WORD}\s*:\s*"
                        r"(?P<n>[0-9][0-9\s.,]*?)\s*[\])]?$", re.I)
VIEWS_IN_ROW = re.compile(
    rf"(?:^|(?<=[\s|•·,;]))(?:количество\s+|число\s+)?{VIEWS_WORD}\s*:\s*"
    r"(?P<n>[0-9]{1,3}(?:[\s.,][0-9]{3})+|[0-9]+)(?![0-9.,:])", re.I)
"""A labelled count among a details row's other labels (``Начало трансляции: 09.12.2022, 09:50
Обновлено: 18:19 Просмотров: 3635``, ``Started: … Views: 6278``)."""
COUNT_IN_ROW = re.compile(
    r"(?<![0-9])(?<![0-9]:)(?P<n>[0-9]{1,3}(?:[\s.,][0-9]{3})+|[0-9]+)\s*"
    rf"(?:{COUNT_WORDS}|{VIEWS_WORD})(?![^\W\d_])", re.I)
"""A count and its word among a details row's parts (``2 сағат бұрын 3 296 рет оқылды
Пікірлер: 4``, ``вчера · 1 234 просмотра``, ``2 hours ago · 1,234 views``)."""
MAX_ROW = 200  # characters of a details row under the headline; a longer line is text
# ``Обновлено 24.11.2021 18:15``, ``Last Updated ( Friday, 16 April 2021 15:40 )``: when the
# page was changed, a line of the CMS under the text, never the text itself.
_DATE_TO_END = (r"(?:[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2,4}|[0-9]{1,2}\s+[^\W\d_]+\.?,?\s+"
                r"[0-9]{4}|[^\W\d_]+\s+[0-9]{1,2},?\s+[0-9]{4})(?:\s*г\.)?"
                r"(?:,?\s*(?:в\s+|at\s+)?[0-9]{1,2}:[0-9]{2})?\s*\)?\.?$")
MODIFIED_WORDS = (r"(?:обновлено|изменено|отредактировано|последнее изменение|последнее обновление|"
                  r"updated|last updated|modified|last modified|edited|жаңартылды|өзгертілді|"
                  rf"ja(?:ñ|ń|n['’ʼ]?)artyldy|{_O}zgert{_I}ld{_I})")
MODIFIED_LINE = rf"{MODIFIED_WORDS}\s*:?\s*\(?\s*(?:[^\W\d_]+,\s*)?{_DATE_TO_END}"
MODIFIED_PART = re.compile(
    rf"(?<![^\W\d_]){MODIFIED_WORDS}\s*:?\s*\(?\s*(?:[^\W\d_]+,\s*)?"
    r"(?:[0-9]{1,2}[./][0-9]{1,2}(?:[./][0-9]{2,4})?|[0-9]{1,2}\s+[^\W\d_]+\.?(?:,?\s+[0-9]{4})?|"
    r"[^\W\d_]+\.?\s+[0-9]{1,2}(?:,?\s+[0-9]{4})?)(?![0-9])(?:\s*(?:г|ж)\.)?"
    r"(?:,?\s*(?:в\s+|at\s+)?[0-9]{1,2}:[0-9]{2})?\s*\)?", re.I)
"""A change's label and date inside a line of details (``… · Обновлено: 17 апреля 2021, 10:45 ·
…``, ``Updated: October 14, 2020, 07:00``, ``Жаңартылды: 6 тамыз 2021 ж., 19:40``): neither
the date, the rubric nor a tag of the info line."""
MODIFIED_LABEL = re.compile(rf"^{MODIFIED_WORDS}(?![^\W\d_])", re.I)
"""``Обновлено``, ``Updated``, ``Жаңартылды`` before a date: when the page changed."""
INFO_LABEL = re.compile(
    r"(?:(?P<views>просмотр\w*|views?|hits|прочитано|қаралды|қаралым\w*|оқылды|qaraldy|"
    r"qaralym\w*)|"
    r"(?P<category>рубрика|категория|раздел|category|section|санаты?|айдары?|бөлімі?|тақырыбы|"
    rf"тақырып|sanaty?|a(?:i['’ʼ]?|ı)dary?|b{_O}l{_I}m{_I}?|taqyryby|taqyryp)|"
    rf"(?P<tags>теги|тэги|метки|tags|тегтері?|tegter{_I}?))\s*:\s*", re.I)
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
NOT_RUBRIC = re.compile(r"^[^\W\d_][^:]{0,30}:\s*$|[:：]|^\W+$|^[^\W\d_]{1,2}\.$")
"""A bare label (``Сурет:``), a ``Label: value`` part (``Добавил: admin``, ``Рейтинг: 5``),
punctuation or an abbreviation left beside a date (``г.``, ``ж.``, ``j.``, ``гг.``): never the
rubric an info line's unlabelled part is taken for."""
PICTURE_CONTROL = re.compile(
    r"(?:enlarge|expand|zoom|view|open)(?:\s+(?:the\s+)?(?:image|photo|picture|gallery))?|"
    r"(?:увеличить|открыть|смотреть)(?:\s+(?:фото|изображение|галерею|фотогалерею))?|"
    r"үлкейту|суретті\s+үлкейту", re.I)
"""A picture's control (``Enlarge Image``, ``Zoom``, ``Увеличить фото``, ``Открыть галерею``):
a button's label beside the date, no rubric."""
VIEWS_UNIT = re.compile(rf"\s*(?:{COUNT_WORDS}|{VIEWS_WORD})(?![^\W\d_])", re.I)
"""The word after a count (``683 просмотров``, ``1 234 рет оқылды``): the count's, no rubric."""
VIEWS_AFTER = re.compile(rf"^(\d[\d\s.,]*?)\s*(?:{COUNT_WORDS}|{VIEWS_WORD})$", re.I)
"""A count and its word, alone (``4 511 рет оқылды``, ``1,234 views``, ``1 234 просмотра``)."""
VIEWS_AROUND = re.compile(rf"^(?:{VIEWS_WORD}|просмотрено|viewed)\s*[:：]?\s*([0-9][0-9\s.,]*?)"
                          r"\s*(?:раз[а]?|times?|рет|мәрте|ret)\.?$", re.I)
"""A count between its word and its unit, alone (``Прочитано 1315 раз``, ``Read 5789 times``,
``Оқылды 683 рет``, ``Просмотрено 12 раз``): Joomla's and K2's hits under the text."""
INLINE_TAGS = frozenset({"span", "b", "i", "em", "strong", "font", "small", "ins", "u"})
COMMENT_COUNT = re.compile(
    r"(?:💬|🗨\ufe0f?)\s*[0-9]+|"
    r"(?<![^\W\d_])(?:(?:комментари\w*|comments?|отзыв\w*|пікір\w*)\s*:?\s*\(?\s*[0-9]+\s*\)?|"
    # not a thousands group's tail (``Қаралды: 13 847 Пікірлер: 1``) nor a time's minutes,
    # nor a count before a label (``Оқылды: 683 Пікірлер: 0``: the comments' count follows)
    r"(?<![0-9])(?<![0-9]:)(?:(?<![0-9][\s.,])[0-9]{3}|[0-9]{1,2})\s+"
    r"(?:комментари\w*|comments?|отзыв\w*|пікір\w*)(?!\s*[:(])|нет комментариев|"
    r"комментариев нет|"
    r"no comments)(?![^\W\d_])", re.I)
"""A comment counter (``Комментарии (0)``, ``3 comments``, a speech balloon and its count
``💬 12``): never a rubric, tag or count."""
TEXT_LABEL = re.compile(
    r"(?:полный\s+|full\s+|video\s+)?(?:текст\s+(?:сюжета|видео|репортажа|выпуска)|"
    r"расшифровка(?:\s+(?:видео|сюжета|эфира))?|transcript(?:ion)?|"
    r"(?:сюжет|бейне|видео|эфир)\s+мәтіні|(?:толық\s+)?мәтін)\s*:?", re.I)
"""A label over a TV story's or video's text (``Текст сюжета``, ``Transcript``, ``Сюжет
мәтіні``, ``Расшифровка видео``): printed above the first paragraph, it is no text."""
VIEWS_GLYPH = re.compile(
    r"(?:👁\ufe0f?|👀)\s*:?\s*(?P<n>[0-9][0-9\s.,]*(?:[KkКкMmМм]|тыс\.?|мың)?)\s*")
"""An eye glyph before a count (``👁 683``): the view count, however the counters are printed
(``💬 12 👁 683``: the balloon's count is the comments')."""
ASIDE_CLASS = re.compile(r"(side-?bar|aside|sidecol|side-col|right-?col|left-?col|tag-?cloud|"
                         rf"related(?!{FIELD_AFTER})|popular|latest|last-?news|more-news|"
                         r"other-news)", re.I)
"""A column or block beside the article: its tag links are the site's, not the page's."""
KICKER_CLASS = re.compile(r"primary[-_]?(?:tag|category|topic|section)|kicker|eyebrow|overline|"
                          r"super-?title|pre-?title", re.I)
"""The box of the rubric printed above the headline (Ghost's ``post-card-primary-tag``, a
news theme's kicker or eyebrow): its link names the rubric, even at a tag's URL."""
RUBRIC_BOX_CLASS = re.compile(r"super-?tag|(?<![^\s_-])(?:category|rubric|cat-links)(?![^\s_-])",
                              re.I)
"""A box or link of the rubric above the headline that is no tag's (a portal's
``a.article__supertag``, a plain ``<div class="category"><a>``): the tags may list the
rubric too, as a tag of its own."""
KICKER_TEXT_CLASS = re.compile(rf"{KICKER_CLASS.pattern}|up-?title|rubric|section[-_]?label", re.I)
"""A box above the headline whose own short text, no link, is the rubric (a page builder's
``t-uptitle``, a theme's ``article-rubric``)."""
MAX_KICKER = 40  # characters: a longer line above the headline is a lead or a teaser
PLACEHOLDER_RUBRICS = frozenset({"без рубрики", "без категории", "uncategorized",
                                 "uncategorised", "санатсыз", "айдарсыз", "sanatsyz",
                                 "aidarsyz"})
"""A CMS's default rubric for posts filed nowhere (WordPress ``Uncategorized``/``Без
рубрики``/``Санатсыз``, Joomla ``Uncategorised``/``Без категории``): no rubric."""
INFO_HEADING = re.compile(
    r"^(?:подробн(?:ости|ее)|детали|информация|сведения|details|info(?:rmation)?|"
    r"article\s+info(?:rmation)?|толығырақ|толық\s+ақпарат|мәлімет(?:тер)?|ақпарат)$", re.I)
"""The heading of an article's details box (Joomla's ``<dt class="article-info-term">
Подробности</dt>`` over author, date and hits): never its rubric."""
READER_HEADING = re.compile(
    r"(?:мнени[ея]\s+читател\w*|читательское\s+мнение|ваше\s+мнение|(?:самое|самые)\s+"
    r"(?:читаем|популярн|обсуждаем|просматриваем)\w*|популярное|читаемое|обсуждаемое|"
    r"комментари\w*|обсуждени\w*|отзывы|опрос|голосование|"
    r"readers?['’]?\s+(?:opinions?|views?|comments?|letters?)|your\s+(?:opinion|view)s?|"
    r"most\s+(?:read|popular|viewed|commented|discussed)|popular|trending|comments?|"
    r"discussion|poll|vote|survey|оқырман(?:дар)?\s+пікірі|сіздің\s+пікіріңіз|"
    r"(?:ең\s+)?көп\s+(?:оқылған|талқыланған|қаралған)\w*|танымал\w*|пікірлер|талқылау|"
    r"сауалнама|дауыс\s+беру)\s*(?:\(?\s*[0-9]+\s*\)?)?[.:!?]?", re.I)
"""The heading of a block of readers' content or of other stories inside or under the text
(``Мнение читателя``, ``Самое читаемое``, ``Комментарии (3)``, ``Опрос``, ``Most read``,
``Readers' opinions``, ``Оқырман пікірі``, ``Көп оқылған``; fully matched): never a rubric."""
READER_BOX = re.compile(r"reader|opinion|poll|vot(?:e|ing)|survey|quiz|most-?(?:read|popular|"
                        r"viewed)|mostread|popular|trending|comment|discussion|feedback", re.I)
"""The class of a box of readers' content or most-read stories (``reader-opinion``,
``poll``, ``most-read``, ``comments``): its heading is never a rubric."""
KICKER_DEPTH = 3  # the link and two boxes around it
CRUMB_ARROW = re.compile(r"^\s*[/»›>→]")
"""What follows the home link of a breadcrumb trail (a menu is ``|``-separated)."""
RUBRIC_WORDS = (r"рубрик[аи]|категори[яи]|категориясы|раздел|category|categories|section|rubric|"
                r"filed\s+under(?=\s*:)|"
                r"санаты?|айдары?|бөлімі?|тақырыбы|тақырып|"
                rf"sanaty?|a(?:i['’ʼ]?|ı)dary?|b{_O}l{_I}m{_I}?|taqyryby|taqyryp")
"""A rubric's label, Kazakh also in the possessive a label takes (``Санаты:``, ``Айдары:``,
``Бөлімі:``, ``Тақырыбы:``; ``Тақырыпқа қатысты`` is no label: a letter follows), WordPress's
``Filed under:`` only with its colon (``Filed under the new law, …`` is a sentence)."""
LABEL_DASH = (r"(?:\s*:\s*|\s+[—–-](?!\s*(?-i:[a-zа-яёәғқңөұүһі]))(?=.*(?<![.!?…])$)\s*)")
"""What parts a label from its value: a colon (``Рубрика: X``) or a spaced dash, as a person
or a visual editor writes it (``Рубрика — X``, ``Section – X``, ``Айдар - X``). After a dash
the value is a name: one opening in lower case or ending a sentence is a definition in the
text (``Категория — это группа товаров.``, ``Section – the third of the law``)."""
FILED_UNDER = re.compile(r"filed\s+under\s*:", re.I)
"""WordPress's and Plone's ``Filed under:``: a label over the rubric (Genesis themes) or over
the keywords (Plone's Subjects): its links decide which."""
RUBRIC_LINE = re.compile(rf"^({RUBRIC_WORDS}){LABEL_DASH}(.{{1,60}})$", re.I)
NOT_INFO = ("time.updated", "[itemprop=dateModified]", "[class*=byline]", "[class*=author]",
            "[rel~=author]", "[itemprop=author]", ".h-card", ".vcard", "[data-hook=user-name]")
"""Inside the info line but not of it: the modified date a theme prints (often hidden by CSS)
next to the published one, and the author's byline (``.byline``, ``.post-author``, h-entry's
``p-author h-card``, ``rel=author``, ``itemprop=author``): an author is never rubric or tags."""
PROFILE_LINK = re.compile(r"/(?:users?|authors?|profiles?)/[^/?#\s]|[?&]author=\w"
                          r"|/@[\w.-]+/?(?=$|[?#])", re.I)
"""A link to a person's profile page (InstantCMS's ``/users/1``, ``/author/ivanov/``,
``/profile/7``, WordPress's ``?author=2``, a platform's ``/@handle``: Substack's, Medium's):
the author's byline, never a rubric or a tag; a picture in it is the person's portrait."""
BYLINE_CLASS = re.compile(r"(?:^|[-_])(?:users?|authors?|byline|username)(?:[-_]|$)", re.I)
"""A class token naming a user's or author's part (InstantCMS's ``bi_user``, ``post-author``,
``byline``, ``username``)."""
HOME_CRUMBS = frozenset({"главная", "новости", "home", "news", "басты бет", "жаңалықтар",
                         "basty bet", "jañalyqtar", "janalyqtar", "jan'alyqtar", "jańalyqtar",
                         "лента", "лента новостей", "все новости"})
UMBRELLA_SECTIONS = HOME_CRUMBS | {"главное", "главные новости", "main", "top news", "top stories",
                                   "басты", "басты жаңалықтар", "новости казахстана",
                                   "kazakhstan news", "қазақстан жаңалықтары"}
"""Sections every story of a site is filed under besides its own (``"articleSection":
["Новости", "Спорт"]``): in a list of sections, the other one is the rubric."""
BREADCRUMB_CLASS = ("breadcrumb", "crumbs")
PORTAL_SECTION = re.compile(
    r"(?:пресс-?(?:центр|служба|офис|релизы)|медиа(?:-?центр)?|медиацентр|сми(?:\s+о\s+нас)?|"
    r"press(?:\s+(?:center|centre|office|room|service|releases))?|media(?:\s+(?:center|centre|"
    r"room))?|newsroom|баспасөз(?:\s+(?:орталығы|қызметі))?|медиаорталық|"
    r"(?:о|об|about)\s+\w+(?:\s+\w+)?|\w+(?:\s+\w+)?\s+туралы)", re.I)
"""A portal's section holding its news in a breadcrumb trail (``Главная / Пресс-центр /
Новости``, ``О городе / Новости``): no rubric of the story."""
RUBRIC_BOX_CLASSES = ("category", "rubric", "cat-links", "post-category", "entry-category",
                      "news-category", "article-category", "post-rubric", "entry-rubric",
                      "news-rubric", "article-rubric")
"""Class tokens of a box holding the rubric's link (a blog's first label filed as its rubric:
``<span class="post-labels post-rubric"><a rel="tag">Спорт</a></span>``)."""
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
                    r"тақырыпқа\s+қатысты|тақырып\s+бойынша|тақырыптас\s+жаңалықтар|"
                    r"read\s+more|more\s+on\s+(?:this|the\s+topic)|толығырақ")
READ_ALSO = re.compile(rf"^(?:(?:{_READ_ALSO_WORDS})(?:\b|(?=(?-i:[A-ZА-ЯЁ])))|"
                       rf"(?:{_READ_ALSO_TOPIC})\s*:)", re.I)
"""``ЧИТАЙТЕ ТАКЖЕ:``, ``Read also``, ``ОСЫ ТАҚЫРЫПТА:``, ``Тақырыпқа қатысты:``, ``Сондай-ақ
оқыңыз:``, ``Read more:``, ``Толығырақ:``; the label may run straight into the linked headline
(``Читайте такжеТовары …``)."""
def is_hashtag_line(text: str) -> bool:
    """A line of nothing but ``#hashtags`` (a post's tags: ``#экономика #Алматы``)."""
    return text.startswith("#") and all(w.startswith("#") for w in text.replace(",", " ").split())


# Lines that end an article body: a "read also" block or a line of hashtags.
BODY_END = re.compile(r"^(читайте также|читайте по теме|см\. также|по теме|ещё по теме|"
                      r"еще по теме|read also|see also|related news|оқи отырыңыз|сондай-ақ оқыңыз|"
                      r"лента новостей|последние новости|новости по теме|популярное|"
                      r"latest news|more news|комментарии|comments)\b|"
                      r"(?:пікірлер|оқырман\s+пікірлері|отзывы|обсуждение|discussion|responses)"
                      r"\s*(?:\(\s*[0-9]+\s*\))?\s*:?$|"
                      rf"[\[(]?\s*(?:количество\s+|число\s+)?{VIEWS_WORD}\s*:\s*[0-9]|"
                      rf"{MODIFIED_LINE}|"
                      r"[0-9][0-9\s.,]*\s*(?:просмотр\w*|views|hits|рет қаралды|ret qaraldy)$|"
                      r"(?:next\s+(?:story|article|post|news)|up\s+next|read\s+next|"
                      r"следующ(?:ая|ий|ее)\s+(?:новость|статья|материал|публикация|запись)|"
                      r"келесі\s+(?:жаңалық|мақала|материал|жазба))[\s:.…→›»>]*$", re.I)
"""The next-story label (``Next story``, ``Следующая новость``, ``Келесі жаңалық``) is a whole
line: an endless feed loads the next article under it. So is the heading of the readers'
comments in words that also open a sentence (``Пікірлер (3)``, ``Обсуждение``)."""
_RUNS_ON = re.compile(r"\s+(?-i:[a-zа-яёәғқңөұүһі])")


def ends_body(text: str) -> bool:
    """A line that ends the body (``BODY_END``), unless its heading word opens a sentence of
    the story: the word runs on into a word in lower case and the line is prose
    (``Комментарии к видео пришлось закрыть из-за оскорблений.``, ``More news from the region
    is expected next week, the akim said.``); ``Комментарии (3)``, ``Comments``, ``Latest
    news`` alone still end it."""
    found = BODY_END.match(text)
    if found is None:
        return False
    return not (is_prose(text) and _RUNS_ON.match(text, found.end()) is not None)
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


SIGNUP_CALL = re.compile(
    r"^\W*(?:(?:sign\s+up|subscribe|register)\s+(?:for|to)\b|"
    r"(?:подпи(?:шитесь|сывайтесь|саться)|оформите\s+подписку)\s+на\b|"
    r"(?:[^\W\d_]+\s+){0,3}жазыл(?:ыңыз(?:дар)?|у)\b)", re.I)
"""A newsletter's sign-up call (``Sign up for The Daily Brief``, ``Subscribe to our
newsletter``, ``Подпишитесь на рассылку``, ``Жаңалықтарға жазылыңыз``): its box (the call,
a line of what it offers, the e-mail form) is no text."""
MAX_SIGNUP_LINE = 80  # characters: a longer line is a sentence about a subscription


def is_signup(text: str) -> bool:
    return len(text) <= MAX_SIGNUP_LINE and SIGNUP_CALL.match(text) is not None


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
_CAPS_SURNAME = r"(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{3,}(?:-[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,})?)"
_GIVEN_NAME = r"(?-i:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]+)"
PRINT_SIGNATURE = re.compile(
    rf"^(?P<name>{_GIVEN_NAME}(?:\s+{_GIVEN_NAME})?\s+{_CAPS_SURNAME})"
    r"(?:\s*,\s*(?:«[^«»]{1,40}»|\"[^\"]{1,40}\"|[^\W\d_][\w .-]{0,30}))?$")
"""A paper's signature closing a story on a line of its own: the given name, the surname in
capitals, maybe the place or the paper after a comma (``Айгуль САРСЕНОВА, Алматы``, ``Ербол
ТАСЫМОВ, «Центр информации»``, ``Aigul SARSENOVA``): no text."""


def signature_name(text: str) -> str | None:
    """The name a paper's signature line signs with, as a name (``Айгуль САРСЕНОВА, Алматы``
    -> ``Айгуль Сарсенова``), or None when the line is no signature."""
    found = PRINT_SIGNATURE.match(text) if len(text) <= MAX_AUTHOR_LINE else None
    if found is None:
        return None
    return " ".join(w if not w.isupper() else "-".join(p.capitalize() for p in w.split("-"))
                    for w in found["name"].split())


STAFF = re.compile(
    r"(?:редакци\w*|редактор\w*|корреспондент\w*|администратор|админ|автор|тілші|"
    r"admin\w*|editor\w*|staff|newsroom|correspondent|reporter|author|desk)$", re.I)
"""Who wrote a text when no name is printed (``Редакция •``, ``Admin |``): never a rubric."""
BY_WORD = re.compile(r"by", re.I)
"""The word before an author's name printed after a date (``Posted on August 2, 2021 by
admin``): never the rubric, and the words after it are the author's, never tags."""


def is_byline(text: str) -> bool:
    """An author's line (``AUTHOR_LINE``, at most ``MAX_AUTHOR_LINE`` characters): the body
    scan passes over it above the text, the source-in-lead rule over it as a lead."""
    return len(text) <= MAX_AUTHOR_LINE and AUTHOR_LINE.match(text) is not None


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
PAYWALL_PROMPT = re.compile(
    r"^\W*(?:(?:оформите|купите|приобретите|активируйте)\s+подписку|"
    r"(?:подпишитесь|войдите),?\s+чтобы\s+(?:читать|дочитать|прочитать|продолжить)|"
    r"(?:материал|статья|полный\s+текст)\s+доступ\w*\s+(?:только\s+)?(?:для\s+)?подписчик|"
    r"(?:эт(?:а|от|о)\s+)?(?:публикация|материал|статья|пост|запись)\s+(?:доступн\w+\s+)?"
    r"только\s+для\s+(?:платных\s+)?подписчик|"
    r"(?:subscribe|sign\s+in|log\s+in)\s+to\s+(?:read|continue|unlock|keep\s+reading)|"
    r"(?:this|the\s+full)\s+(?:article|story|post|issue)\s+is\s+(?:only\s+)?(?:for|available"
    r"\s+to)\s+(?:paid\s+|paying\s+)?(?:subscribers|members)|"
    r"(?:жазылым\w*\s+(?:рәсімдеңіз|алыңыз|қосыңыз))|"
    r"(?:толық\s+)?оқу\s+үшін\s+(?:жазылыңыз|жазылым))", re.I)
"""A paywall's offer over the hidden rest of the text (``Оформите подписку, чтобы дочитать
материал``, ``Subscribe to read the full story``, a newsletter's ``This post is for paid
subscribers``, ``Эта публикация только для платных подписчиков``, ``Толық оқу үшін
жазылыңыз``): furniture; the paragraphs behind it are the text's."""
EMBED_CAPTION = re.compile(
    r"^(?:видео|video|бейне|бейнежазба|видеоролик|видеоматериал|видеосюжет)\s*[:\-–—]", re.I)
"""The caption of an embedded video (``Видео: YouTube / …``, ``Бейне: …``): like a photo's
caption no text, and its credit is not the photo's."""
_OTHERS_CHANNEL = re.compile(
    r"(?:канал\w*|аккаунт\w*|страниц\w*|арна\w*)\s+(?:министерств|ведомств|акимат|мчс|дчс|мвд|"
    r"полици|минздрав|управлени|департамент|комитет|службы|правительств|президент|акорд)|"
    r"(?:ministry|akimat|police|government|department|committee|president)[’']s\s+"
    r"(?:official\s+)?(?:telegram|instagram|youtube|facebook|tiktok|whatsapp)?", re.I)
"""A channel or page of an office that is not the outlet (``Telegram-канал министерства``,
``канал МЧС``, ``the ministry's Telegram channel``): a story about it, no promo of the outlet."""
MAX_BODY_FURNITURE = 160  # characters: a longer line is a paragraph
_BUILDERS = (r"tilda|тильд[аеы]|wix|squarespace|webflow|wordpress|google\s+sites|weebly|ghost|"
             r"readymag")
SITE_FOOTER = re.compile(
    r"report\s+abuse|page\s+(?:last\s+)?updated|powered\s+by|"
    rf"(?:made|built|created|designed)\s+(?:with|on|in|using)\s+(?:{_BUILDERS})|google\s+sites|"
    r"сообщить\s+о\s+нарушени\w+|страница\s+обновлена|последнее\s+обновление\s+страницы|"
    rf"(?:сделано|создано|сайт\s+создан)\s+(?:на|в|с\s+помощью)\s+(?:{_BUILDERS})|"
    r"(?:шағым\s+(?:жіберу|түсіру))|бет\s+жаңартылды", re.I)
"""A hosted site's footer (``Google Sites · Report abuse · Page updated Jan 25, 2021``,
``Made with Tilda``, ``Powered by Squarespace``, ``Сообщить о нарушении``, ``Шағым жіберу``):
the platform's line, never the article's, when it is no sentence."""


# Every ``SITE_FOOTER`` match holds one of these, lower-cased: most lines skip its search.
_FOOTER_NEEDLES = ("abuse", "updated", "powered", "нарушени", "обновлен", "шағым", "жаңартылды",
                   "tilda", "тильд", "wix", "squarespace", "webflow", "wordpress", "google",
                   "weebly", "ghost", "readymag")


def is_site_footer(text: str) -> bool:
    """A hosted site's platform line (``SITE_FOOTER``: ``Made on Tilda``), no sentence."""
    low = text.lower()
    return any(n in low for n in _FOOTER_NEEDLES) and SITE_FOOTER.search(text) is not None and \
        not is_prose(text)


LOADING_LINE = re.compile(
    r"[\W_]*(?:(?:(?:ид[её]т|пожалуйста,?)\s+)?(?:загрузка|загружается|подождите)(?:\s+(?:"
    r"данных|текста|материала|новости|страницы))?|(?:please\s+wait|loading)(?:\s+(?:content|"
    r"article|text|page))?|(?:[^\W\d_]+\s+)?жүктелуде|күте\s+тұрыңыз)[\W_]*", re.I)
"""A script's placeholder where the text will be (``Загрузка...``, ``Идёт загрузка``,
``Loading…``, ``Please wait``, ``Жүктелуде``): the text did not load, the line is none of it."""


def is_body_furniture(text: str) -> bool:
    """A line inside the text that is no text: an ad's label or a button (``is_furniture_line``),
    a loading placeholder, the typo prompt, a messenger promo, a paywall's offer, a video's
    caption (not a sentence about a video)."""
    if len(text) > MAX_BODY_FURNITURE:
        return False
    if len(text) <= MAX_FURNITURE_LINE and FURNITURE_LINE.fullmatch(text) is not None:
        return True
    if is_site_footer(text):
        return True
    if len(text) <= MAX_FURNITURE_LINE and LOADING_LINE.fullmatch(text) is not None:
        return True
    if (TYPO_PROMPT.search(text) is not None or PROMO_LINE.match(text) is not None) and \
            not N.reported(text) and not _OTHERS_CHANNEL.search(text):
        return True
    return PAYWALL_PROMPT.match(text) is not None or (
        EMBED_CAPTION.match(text) is not None and not is_prose(text))


# The heading of a block of other articles printed after the text (cards, teasers, a list):
# the whole line, in any element (a builder prints it in a ``<div>``, a theme in ``<strong>``).
OTHER_NEWS = re.compile(
    r"(?:другие|похожие|ещё|еще|свежие|последние|читайте\s+ещё|читайте\s+еще)\s+(?:новости|"
    r"материалы|статьи|публикации|записи)(?:\s+(?:выпуска|номера|рассылки|дня|недели|рубрики|"
    r"раздела))?|(?:материалы|статьи|новости|публикации|ещё|еще)\s+по\s+"
    r"теме|(?:other|more|related|similar|latest|recent)\s+(?:news|stories|articles|posts)|"
    r"(?:also\s+|more\s+)?in\s+this\s+(?:issue|edition|newsletter|digest)|"
    r"more\s+from\s+this\s+(?:issue|edition|newsletter|digest)|"
    r"you\s+(?:may|might)\s+also\s+like|(?:[^\W\d_]+(?:ның|нің|дың|дің|тың|тің)\s+)?"
    r"(?:басқа|ұқсас|соңғы)\s+(?:жаңалықтар|материалдар)ы?|"
    r"тақырыпқа\s+қатысты(?:\s+(?:жаңалықтар|материалдар))?|тақырып\s+бойынша", re.I)
"""A newsletter's ``Другие новости выпуска``, ``Also in this issue``, ``Шығарылымның басқа
жаңалықтары`` too."""
MAX_OTHER_NEWS = 60  # characters: a longer line is a sentence, not a block's heading
TEASER_CLASS = re.compile(r"(?<![a-z])(?:[Cc]ard|[Tt]easer)s?(?![a-z])")
"""A box of another article's card or teaser (``t-card__col``, ``news-card``, ``NewsCard_x``,
``teaser--small``; not ``vcard``, ``discard``): after the text, where the text is not in it."""
TEASER_DEPTH = 4  # the line's block and the boxes around it (link, column, grid)
LEAD_CLASS = re.compile(
    r"(?:(?<![A-Za-z])(?:lead|lede|intro|announce|anons|standfirst|summary|description)|"
    r"(?<![A-Z])(?:Lead|Lede|Intro|Announce|Anons|Standfirst|Summary|Description))"
    r"(?:[Tt]ext)?(?![a-z])")
"""A box of the text's first paragraph printed apart (``b-article__lead``, ``article-lead``,
``news-intro``, ``articleLead``, ``anons``, ``entry-summary``, Plone's ``documentDescription``;
not ``leader``, ``introduction-video``): right before the text's box (only a picture or the
info line between), it is the text's start."""
HEADER_LEAD_CLASS = re.compile(
    r"(?:(?<![A-Za-z])(?:lead|lede|intro|standfirst|summary|excerpt|subtitle|deck|dek|"
    r"description)|(?<![A-Z])(?:Lead|Lede|Intro|Standfirst|Summary|Excerpt|Subtitle|Deck|Dek|"
    r"Description))"
    r"(?:[Tt]ext)?(?![a-z])")
"""A paragraph in the article's ``<header>`` printed as its lead (``lead``, ``article-intro``,
``standfirst``, ``post-excerpt``, ``entry-summary``, ``subtitle``, ``deck``, Plone's
``documentDescription``): the text's start when it is a sentence (a short deck is not one)."""


# The heading of a box a page puts between two runs of the text: the most read or popular
# stories, a poll, a reader's opinion. The whole line (a paragraph that opens with the words
# stays text); the text goes on after the box when more of it follows in the same container.
_MOST_READ = (r"(?:сам(?:ое|ые)\s+)?(?:читаем|популярн|обсуждаем|просматриваем)(?:ое|ые)"
              r"(?:\s+(?:за\s+(?:неделю|сутки|месяц)|новости|материалы|статьи))?|"
              r"(?:most\s+(?:read|popular|viewed|commented|shared)|popular(?:\s+now)?|"
              r"trending(?:\s+now)?)(?:\s+(?:news|stories|articles|posts|this\s+week|today))?|"
              r"(?:ең\s+)?(?:көп\s+(?:оқылған|қаралған|талқыланған)|танымал)(?:дар)?"
              r"(?:\s+(?:жаңалықтар|материалдар|мақалалар))?")
_POLL = r"опрос|голосование|poll|vote|survey|сауалнама|дауыс\s+беру"
READER_LABEL = re.compile(
    r"(?:мнени[ея]|голос|письм[оа]|колонка)\s+читател(?:я|ей)|"
    r"(?:readers?|readers['’]|reader['’]s)\s+(?:opinions?|views?|letters?|voices?|says?)|"
    r"letters?\s+to\s+the\s+editor|оқырман(?:дар)?(?:дың)?\s+(?:пікірі|хаты|ойы)", re.I)
"""A reader's opinion or letter printed with the story (``Мнение читателя``, ``Reader's
opinion``, ``Оқырман пікірі``): what a reader wrote, never the text, though it reads as text."""
INTERRUPTION = re.compile(rf"(?:{_MOST_READ}|{_POLL})", re.I)
MAX_INTERRUPTION = 48  # characters: a longer line is a sentence, not a box's heading


def interruption(text: str) -> str | None:
    """``reader`` for the heading of a reader's box (``READER_LABEL``), ``block`` for a most
    read, popular or poll box's (``Самое читаемое``, ``Most read``, ``Көп оқылған``,
    ``Популярное``, ``Опрос``), else None."""
    if len(text) > MAX_INTERRUPTION:
        return None
    bare = text.rstrip(" :.…→›»")
    if READER_LABEL.fullmatch(bare):
        return "reader"
    return "block" if INTERRUPTION.fullmatch(bare) else None


COMMENTS_BOX = re.compile(r"comment|disqus|respond|repl(?:y|ies)|discussion|отзыв", re.I)
"""The class or id of the readers' comments (``section.comments``, ``#disqus_thread``,
WordPress's ``#respond``): the text never goes on past them."""


def other_news(text: str) -> bool:
    """``Другие новости``, ``Материалы по теме:``, ``Other news``, ``Басқа жаңалықтар``."""
    return len(text) <= MAX_OTHER_NEWS and OTHER_NEWS.fullmatch(text.rstrip(" :.…→›»")) is not None


SITE_RIGHTS = re.compile(r"прав[аo]?\s+(?:защищ|охран)|all\s+rights\s+reserved|құқықтары\s+"
                         r"(?:қорғалған|сақталған)|перепечат|при\s+(?:использ|цитир)", re.I)
"""A site's rights notice (``Все права защищены``, ``При использовании материалов гиперссылка
обязательна``, ``Перепечатка …``): the page's footer, even printed in the text's box."""
SITE_NOTICE = re.compile(
    rf"^(?:©|\([cс]\)\s|copyright\b)|{SITE_RIGHTS.pattern}|"
    r"использовани\w*\s+материал|материалдар\w*\s+пайдалан|(?:use|reproduction|reprint\w*|"
    r"republication|copying)\s+of\s+(?:the\s+|our\s+)?(?:site'?s?\s+)?materials|"
    r"мнени[еяю]\s+(?:редакции|авторов)|редакция(?:ның)?\s+(?:пікірі|көзқарасы)|"
    r"свидетельств\w*\s+о\s+(?:постановке|регистрации)|министрлігінде\s+тіркел", re.I)
"""A line of the site's notice: the rights, a copyright line (``© 2014–2025 «Центр
информации»``, ``(с)`` with a Cyrillic letter), the terms of using its materials
(``Использование материалов разрешено только со ссылкой``), the editors' disclaimer (``Мнение
редакции может не совпадать с мнением авторов``) or the outlet's registration (``Свидетельство
о постановке на учёт СМИ № …``)."""
SENTENCE_END = re.compile(r"[.!?…»\"”)]$")
"""How a line of article text ends (a menu item or an address line rarely does)."""
# The label of a line of tags: ``Теги:``, ``Ключевые слова:``, ``Keywords:``, ``Кілт сөздер:``.
TAGS_WORD = (rf"(?:tegter{_I}?|k{_I}lt\s+s{_O}zder|"
             r"теги|тэги|метки|ключевые\s+слова|tags|key\s*words|тегтері?|кілт\s+сөздер|"
             r"түйін\s+сөздер|түйінді\s+сөздер|ярлыки|labels|белгілер|"
             r"(?:related\s+|связанные\s+)?(?:topics|темы)|тақырыптар|taqyryptar)")
TAGS_LABEL = re.compile(rf"^{TAGS_WORD}\s*:\s*", re.I)
"""A tags line (``Теги: a, b``, ``Ключевые слова: a, b``, Blogger's ``Ярлыки:``/``Labels:``/
``Белгілер:``, ``Topics:``, ``Темы:``, ``Тақырыптар:``): the tags, and the end of the body.
Over a list of links in a heading of its own (``<h3>Related topics</h3><ul>…``) the label
needs no colon."""
IMG_SKIP = re.compile(
    r"(logo|icon|sprite|banner|counter|pixel|avatar|flag|spacer|blank\.gif|\.svg)", re.I)
"""A picture of the page's make-up (a logo, an icon, a tracking pixel, a table layout's spacer)."""
PERSON_PICTURE = re.compile(r"avatar|user|author|owner|profile|userpic|emoji|sticker|icon",
                            re.I)
"""The class of a picture of a person or a glyph beside a post (a channel's or author's
avatar, an emoji): no photo of the article."""
PORTRAIT = re.compile(r"(?<![a-z])(?:authors?|avatars?|bio|profiles?|userpics?)(?![a-z])", re.I)
"""A folder of the site's people's portraits (``/files/authors/a1.jpg``, ``/upload/avatars/``,
``/profile/``) or a picture's class naming one (``author-photo``, ``bio__img``): a portrait
of a writer, not a photo of the article. A file's own name is not asked (``authors-day.jpg``
may be the story's)."""

LANG_SWITCH = re.compile(
    r"(?:(?:(?:read|view|see|open)\s+(?:this\s+(?:article|story|page|news|text)\s+)?)?in\s+)?"
    r"(?:english|russian|kazakh)(?:\s+version)?|"
    r"(?:(?:читать|читайте|смотреть|открыть)\s+(?:(?:эту\s+)?(?:новость|статью|материал|"
    r"текст)\s+)?|версия\s+)?на\s+(?:русском|казахском|английском)(?:\s+языке)?|"
    r"(?:русская|казахская|английская)\s+версия|"
    r"(?:қазақша|орысша|ағылшынша)(?:\s+(?:оқу|оқыңыз|нұсқасы|нұсқа))?|"
    r"(?:қазақ|орыс|ағылшын)\s+тілінде(?:\s+(?:оқу|оқыңыз))?", re.I)
"""A link to the story in another language (``Read in English``, ``Читать на русском``,
``Қазақша оқу``, ``Орысша``, ``English version``), fully matched: no text of the story,
wherever it is printed."""
MAX_LANG_SWITCH = 48  # characters


def is_lang_switch(text: str) -> bool:
    return len(text) <= MAX_LANG_SWITCH and \
        LANG_SWITCH.fullmatch(text.strip(" .:|/·•→›»←‹«()[]")) is not None


LANG_LABELS = {
    "рус": "ru", "ру": "ru", "русский": "ru", "русский язык": "ru", "на русском": "ru",
    "орыс": "ru", "орысша": "ru", "қаз": "kk", "каз": "kk", "қазақша": "kk", "казахский": "kk",
    "қазақ": "kk", "қазақ тілі": "kk", "казахский язык": "kk", "на казахском": "kk",
    "англ": "en", "английский": "en", "ағылшынша": "en", "ағыл": "en",
}
"""A language switcher's labels (``РУС | ҚАЗ | ENG``, ``Русский``, ``Қазақша``) besides the codes
and English names every language list uses (``ru``, ``KZ``, ``Eng``, ``English``)."""

"""Pages served with status 200 under an article's URL that are no article.

A CMS answers a removed story, a mistyped URL or its maintenance window with its theme and
status 200 (a "soft 404"); a login wall shows the headline and a form instead of the text; a
story merged into another keeps its URL but names the other as canonical. Every field rule
may find something on such a page (the error's heading as title, its one sentence as text,
the listing's date), so the page is judged as a whole after its fields are read, and the
spider drops it, counted (``drop/<reason>``) and logged. A real article about an error
(``Сайт акимата недоступен: …`` with its text) is never one: the heading must be the error
and nothing else, the text short, and no dateline of the outlet opens it; a page dating
itself whose text is sentences of reporting (``Ошибка 404`` over an outage's report) is a
story too, and so is a removal notice followed by a sentence of reporting.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin

from kznews import processors as P
from kznews.extract.chain import Extracted, Refusal
from kznews.sites.centerinform import outlet as O
from kznews.sites.centerinform import words as W
from kznews.sites.centerinform.listing import on_site, parse_listing
from kznews.sites.centerinform.page import ArticlePage

MAX_NOTICE = 400  # characters of text in at most MAX_NOTICE_PARAGRAPHS: an error's notice
MAX_NOTICE_PARAGRAPHS = 2  # an article, however short, says more
MAX_LEAD = 1200  # characters: the lead a wall shows before its form; a longer text is one

_CODE = r"(?:(?:ошибка|error|қате)\s*)?[45][0-9]{2}(?:\s*(?:error|not\s+found|ошибка|қате))?"
_GONE = (r"(?:удал[её]н[аоы]?|не\s+найден[аоы]?|не\s+существует|снят[аоы]?\s+с\s+публикации|"
         r"недоступ\w+|removed|deleted|not\s+found|unavailable|жойылды|жойылған|табылмады)")
_TRANSIENT = (
    r"(?:ведутся\s+)?(?:технические|профилактические|регламентные)\s+работы|"
    r"(?:сайт|сервис|страница)\s+(?:временно\s+)?недоступ\w+|"
    r"(?:(?:the\s+)?(?:site|website|service)\s+is\s+)?(?:temporarily\s+)?"
    r"(?:down\s+for|under)\s+maintenance|(?:we\s*(?:'|’)?ll|we\s+will)\s+be\s+back\s+soon|"
    r"(?:the\s+)?(?:site|website|service)\s+is\s+(?:temporarily\s+)?unavailable|"
    r"service\s+(?:temporarily\s+)?unavailable|техникалық\s+жұмыстар(?:\s+жүргізілуде)?|"
    r"сайт\s+уақытша\s+(?:қолжетімсіз|жұмыс\s+істемейді)")
_MISSING = (
    rf"(?:страница|материал|статья|новость|запись|публикация|page|article|story|post|"
    rf"content|бет|парақ(?:ша)?|материал|мақала|жаңалық)\s+{_GONE}|"
    rf"(?:this|the)\s+(?:page|article|story|post|content)\s+(?:has\s+been|was|is)\s+"
    rf"(?:removed|deleted|unavailable|no\s+longer\s+available)|"
    rf"(?:this|the)\s+(?:page|article)\s+(?:does\s+not|doesn\s*(?:'|’)?t)\s+exist|"
    rf"ничего\s+не\s+найдено|nothing\s+(?:was\s+)?found|что-то\s+пошло\s+не\s+так|"
    rf"something\s+went\s+wrong|internal\s+server\s+error|not\s+found|ошибка|error|қате|"
    rf"упс|oops")
ERROR_PART = re.compile(rf"(?:{_CODE}|(?P<transient>{_TRANSIENT})|{_MISSING})", re.I)
"""One part of a heading that is a site's error and nothing else (``Страница не найдена``,
``404``, ``Ошибка 404``, ``Материал удалён``, ``This article has been removed``, ``Бет
табылмады``, ``Ведутся технические работы``, ``Техникалық жұмыстар``); a maintenance notice
is ``transient``."""
_SEGMENTS = re.compile(r"\s*(?:[|·]|\s[-–—]\s)\s*")
"""A title's separators: a site's name behind one (``Страница не найдена | Портал``)."""
_PARTS = re.compile(r"\s*[:.!]\s*")
"""What separates an error's parts (``Ошибка 404. Страница не найдена``)."""
MAX_AFFIX_WORDS = 4  # a site's name behind a ``<title>``'s separator
_NEEDLES = ("404", "40", "50", "найден", "удал", "работ", "недоступ", "not found", "error",
            "ошибк", "removed", "deleted", "exist", "maintenance", "unavailable", "back soon",
            "went wrong", "табылма", "жойыл", "жұмыс", "қате", "қолжетімсіз", "существ",
            "снят", "found")

LOGIN_WALL = re.compile(
    r"(?:войдите|авторизуйтесь|зарегистрируйтесь|залогиньтесь)(?:\s+(?:на\s+сайт\w*|в\s+"
    r"(?:систему|(?:свой\s+)?аккаунт|личный\s+кабинет)))?(?:\s+или\s+зарегистрируйтесь)?,?"
    r"\s+чтобы\s+(?:читать|прочитать|дочитать|продолжить|получить\s+доступ|увидеть|"
    r"просмотреть)|(?:доступ\w*|материал\s+доступен)\s+только\s+(?:для\s+)?"
    r"(?:авторизованн|зарегистрированн)\w*|(?:sign|log)\s*(?:in|on)(?:\s+or\s+(?:register|"
    r"sign\s+up))?\s+to\s+(?:read|continue|keep\s+reading|access|view|see|unlock)|"
    r"(?:register|sign\s+up|create\s+(?:a\s+)?(?:free\s+)?account)\s+to\s+(?:read|continue|"
    r"keep\s+reading|access|unlock)|(?:available|only)\s+(?:only\s+)?(?:to|for)\s+"
    r"(?:registered|logged[-\s]in|signed[-\s]in)\s+(?:users|readers|members)|"
    r"оқу\s+үшін\s+(?:жүйеге\s+|сайтқа\s+)?(?:кіріңіз|тіркеліңіз|авторизациядан\s+өтіңіз)|"
    r"(?:кіріңіз|тіркеліңіз)\W+(?:материалды\s+)?(?:толық\s+)?оқу", re.I)
"""A wall's call to log in before the text (``Войдите, чтобы читать``, ``Sign in to read``,
``Only for registered users``, ``Оқу үшін жүйеге кіріңіз``)."""
_WALL_NEEDLES = ("войдите", "авториз", "зарегистр", "залогин", "подписк", "подпиш",
                 "подписч", "sign", "log in", "log on", "login", "logon", "logged", "register",
                 "account", "subscri", "кіріңіз", "тіркел", "жазыл")
"""Every ``LOGIN_WALL`` and ``W.PAYWALL_PROMPT`` holds one of these, lower-cased."""


def error_heading(heading: str | None, site_name: str | None = None, affix: bool = False
                  ) -> tuple[bool, bool]:
    """(is a site's error, is a maintenance notice) for a headline or ``<title>``: every part
    of it an error's words (at least one) or the site's name; with ``affix`` (a ``<title>``)
    also a short last part behind a title's separator (``… | Портал``)."""
    if not heading or len(heading) > 120:
        return False, False
    low = heading.lower()
    if not any(n in low for n in _NEEDLES):  # most headlines are out after a look
        return False, False
    found = transient = False
    segments = [s for s in _SEGMENTS.split(heading.strip(" \t\n.!")) if s]
    for k, segment in enumerate(segments):
        tail = affix and k == len(segments) - 1 > 0 and len(segment.split()) <= MAX_AFFIX_WORDS
        for part in filter(None, _PARTS.split(segment)):
            match = ERROR_PART.fullmatch(part)
            if match is not None:
                found, transient = True, transient or match.group("transient") is not None
            elif not tail and not _site_name(part, site_name):
                return False, False
    return found, transient


def _site_name(part: str, site_name: str | None) -> bool:
    return O.SITE_NAME.fullmatch(part) is not None or \
        O.SITE_ABBREVIATION.fullmatch(part) is not None or \
        (site_name is not None and part.strip().lower() == site_name.strip().lower())


def _paragraphs(out: Extracted) -> list[str]:
    return [p for p in out.values.get("body") or [] if isinstance(p, str)]


def refusal(page: ArticlePage, out: Extracted) -> Refusal | None:
    """Why the page is no article (an error page, a login wall, another article's copy),
    or None."""
    elsewhere = _canonical_elsewhere(page, out)
    if elsewhere is not None:
        return elsewhere
    text = _paragraphs(out)
    size = sum(map(len, text))
    if page.line_dateline is not None or size >= MAX_LEAD:
        return None
    if size < MAX_NOTICE and len(text) <= MAX_NOTICE_PARAGRAPHS:
        error = _error_page(page, out) or _removed(text) or _listing_page(page, text)
        if error is not None:
            return error
    return _login_wall(page, text)


REMOVED = re.compile(
    rf"^\W*(?:(?:страница|материал|статья|новость|запись|публикация|page|article|story|post|"
    rf"content|бет|парақ(?:ша)?|мақала|жаңалық)\s+{_GONE}|(?:this|the)\s+(?:page|article|"
    rf"story|post|content)\s+(?:has\s+been|was|is)\s+(?:removed|deleted|unavailable|no\s+longer"
    rf"\s+available))(?![^\W\d_])", re.I)
"""A removal notice opening the only paragraph (``Материал удалён по требованию
правообладателя.``, ``This article has been removed.``, ``Мақала жойылды``)."""
NOTICE_TAIL = re.compile(
    r"\W*$|\s*[.!]|,?\s+(?:по\s+(?:требованию|решению|просьбе|запросу|заявлению|предписанию|"
    r"иску)|в\s+связи\s+с|на\s+основании|согласно|(?:автором|редакцией|администрацией\s+"
    r"сайта|модератором|администратором)(?![^\W\d_])|(?:с|из)\s+(?:сайта|портала|"
    r"(?:открытого|общего)\s+доступа|публикации)(?=\W*$|[.!,;]|\s+(?:по|в\s+связи|на\s+"
    r"основании|согласно)\s)|или\s|в\s+вашем\s+(?:регионе|"
    r"стране)|(?:at|upon|on|following)\s+(?:the\s+)?request|by\s+(?:the\s+|its\s+)?"
    r"(?:author|editors?|editorial|administrators?|admin|moderators?|publisher)(?![^\W\d_])|"
    r"(?:for|due\s+to)\s+legal\s+reasons|due\s+to\s+(?:a\s+)?(?:copyright|court|legal)|"
    r"in\s+accordance\s+with|(?:from|off)\s+(?:this|our|the)\s+(?:site|website|portal)"
    r"(?=\W*$|[.!,;]|\s+(?:at|upon|on|by|due|for|in\s+accordance)\s)|"
    r"or\s|in\s+your\s+(?:region|country|location))", re.I)
"""What follows a removal notice's words in the notice (its end, a reason, who removed it,
from this site, an alternative): ``Материал удалён.``, ``… по требованию правообладателя``,
``… at the request of …``. A story about a removal goes on to say from where or by whom
(``Публикация удалена из Telegram-канала акимата …``, ``Post deleted by the ministry …``)."""


def _removed(text: list[str]) -> Refusal | None:
    """A removed story that keeps its headline: its one paragraph is the removal notice."""
    match = REMOVED.match(text[0]) if len(text) == 1 else None
    if match is not None and NOTICE_TAIL.match(text[0], match.end()) and \
            not _reported_after(text[0], match.end()):
        return Refusal("error_page", f"a removed story's notice served as it ({text[0][:80]!r})")
    return None


def _reported_after(text: str, end: int) -> bool:
    """The notice's sentence is followed by one of reporting (``Публикация удалена. Об этом
    сообщили в пресс-службе акимата …``): a story about a removal, not the site's notice,
    which is short furniture (``… Приносим извинения``, ``… Воспользуйтесь поиском``)."""
    stop = re.search(r"[.!?…]\s+", text[end:])
    if stop is None:
        return False
    rest = text[end + stop.end():].strip()
    return bool(rest) and (P.source_from_lead(rest) is not None or (
        REPORTING.search(rest) is not None and
        all(reports(s.strip()) for s in _SENTENCE.findall(rest) or [rest])))


REPORTING = re.compile(
    r"(?<![^\W\d_])(?:сообщ\w*|заяв\w*|по\s+данным|по\s+словам|пояснил\w*|рассказал\w*|"
    r"отметил\w*|уточнил\w*|said|reported|according\s+to|told|хабарла\w*|мәлімдеді)"
    r"(?![^\W\d_])", re.I)
"""A reporting verb or a source's phrase (``сообщили в пресс-службе``, ``По данным
редакции``): after a removal notice, a story about it; the site's own polite sentence
(``Редакция сожалеет …``, ``Мы благодарим читателей …``) has none."""


MIN_LISTED = 3  # dated entries: a list of stories, not a story's link or two


def _listing_page(page: ArticlePage, text: list[str]) -> Refusal | None:
    """A list of stories served at an article's address (a rubric's page): its short "text"
    is an entry of the list (a story's headline and date), the page lists dated entries."""
    entries, _ = parse_listing(page.index.source, page.url)
    dated = [e for e in entries if e.shows_date]
    titles = {e.title for e in dated}
    if len(dated) >= MIN_LISTED and any(t in titles for t in text):
        return Refusal("listing_page", f"a list of {len(dated)} stories served as one")
    return None


def _error_page(page: ArticlePage, out: Extracted) -> Refusal | None:
    site_name = page.meta.get("og:site_name")
    title = out.values.get("title")
    title = title if isinstance(title, str) else None
    error, transient = error_heading(title, site_name)
    if error and _reports(out):  # a story under an error's words (an outage's report)
        return None
    if not error and (title is None or len(title.split()) <= MAX_AFFIX_WORDS):
        # no headline, or a bare exclamation over the error (``Упс!``): the <title> says
        error, transient = error_heading(page.index.title_text(), site_name, affix=True)
    if error:
        return Refusal("error_page", f"an error page served as one ({title!r})",
                       may_pass=transient)
    return None


MIN_REPORT_WORDS = 8  # words of a sentence of reporting under an error's words as headline
READER_ADDRESS = re.compile(
    r"(?<![^\W\d_])(?:вы|вас|вам|ваш\w*|попробуйте|перейдите|вернитесь|вернуться|"
    r"воспользуйтесь|проверьте|главн\w+\s+страниц\w*|на\s+главную|поиск\w*|адрес\w*|"
    r"извин\w*|сожалению|you|your|try|search|home\s*page|homepage|go\s+back|return\s+to|"
    r"sorry|apolog\w*|link|ссылк\w*|сіз\w*|іздеу\w*|басты\s+бет\w*|оралыңыз|кешіріңіз|"
    r"кешірім)(?![^\W\d_])", re.I)
"""What an error page's own sentence says to the reader (``вы ошиблись адресом``,
``Воспользуйтесь поиском``, ``Try the search``, ``Басты бетке оралыңыз``)."""
_GONE_PAGE = re.compile(
    rf"(?<![^\W\d_])(?:страниц[аы]|материал|стать[яи]|запись|публикация|page|article|story|"
    rf"post|content|бет|парақ(?:ша)?|мақала)\s+{_GONE}", re.I)
"""A page's own absence said inside a sentence (``Запрашиваемая страница не существует``)."""
_SENTENCE = re.compile(r"[^.!?…]+[.!?…]+[»\"”)]*")
_PAGE_WORD = re.compile(r"(?<![^\W\d_])(?:страниц\w*|документ\w*|материал\w*|ресурс\w*|url|"
                        r"page|document|resource)(?![^\W\d_])", re.I)
_ABSENT = re.compile(rf"{_GONE}|(?<![^\W\d_])(?:перемещ\w*|перенес\w*|перенесён\w*|"
                     r"отсутству\w*|moved|нет)(?![^\W\d_])", re.I)
"""A page, a document or its address said to be missing, moved or removed anywhere in a
sentence (``Запрошенный документ отсутствует на сервере …``, ``The requested URL … was not
found on this server``): an error page's own sentence, not a report."""


def reports(sentence: str) -> bool:
    """A sentence of reporting: long enough, closed, saying nothing to the reader and no
    error's words of its own (``Ошибка 404``, ``Страница удалена``)."""
    words = sentence.split()
    return len(words) >= MIN_REPORT_WORDS and sentence.rstrip("»\"”) ").endswith(
        (".", "!", "…")) and READER_ADDRESS.search(sentence) is None and \
        _GONE_PAGE.search(sentence) is None and not error_heading(sentence)[0] and \
        not (_PAGE_WORD.search(sentence) and _ABSENT.search(sentence))


def _reports(out: Extracted) -> bool:
    """The headline reads as a site's error, but the page is a story about one (``Ошибка
    404`` over an outage's report): it dates itself (not only the listing's date) and its
    text is sentences of reporting."""
    text = _paragraphs(out)
    rule = out.rules.get("published", "")
    if not text or not rule or rule == "listing-date":
        return False
    return all(reports(s.strip()) for p in text for s in _SENTENCE.findall(p) or [p])


GATES_OTHER = re.compile(
    r"коммент|comment|обсужд|discuss|пікір|telegram|телеграм|whatsapp|instagram|youtube|"
    r"канал|channel|рассылк|newsletter|соцсет|social", re.I)
"""A call to log in or subscribe that opens something other than the text: the comments
under it (``Авторизуйтесь, чтобы увидеть комментарии``, ``Log in to view comments``) or
the outlet's channel (``Подпишитесь, чтобы читать новости первыми в Telegram``)."""


def _login_wall(page: ArticlePage, text: list[str]) -> Refusal | None:
    """A call to log in (or subscribe) with none of the text after it: the page shows a
    lead and a form. Paragraphs the page delivers behind the call (hidden until the reader
    logs in) are the text, and the page an article. A call to log in for the comments, or
    to subscribe to a channel, walls no text (``GATES_OTHER``)."""
    lines = page.clean
    low = "\n".join(lines).lower()
    if not any(n in low for n in _WALL_NEEDLES):  # most pages are out after one look
        return None
    at = next((i for i, t in enumerate(lines) if len(t) <= W.MAX_BODY_FURNITURE and (
        LOGIN_WALL.search(t) or W.PAYWALL_PROMPT.match(t)) and not GATES_OTHER.search(t)), None)
    # a footer's or a sidebar's call (``Sign in to read more stories``) walls nothing
    if at is None or page.zone(page.lines[at].element) == "boundary":
        return None
    after = set(lines[at + 1:])
    if any(p in after for p in text):
        return None
    return Refusal("login_wall", f"a login wall instead of the text ({lines[at]!r})")


def _canonical_elsewhere(page: ArticlePage, out: Extracted) -> Refusal | None:
    """The page's ``<link rel=canonical>`` names another article of the site (a story merged
    into that one): this page is that article, not one of its own. A canonical naming one of
    the page's other-language versions is a misconfigured translation, not a merge."""
    href = page.index.canonical()
    if not href or not O.ID_HINT.search(href) or not page.id:
        return None
    other = O.article_id(href)  # memoised: no URL parsing for the page's own id
    if not other or other.lower() == page.id.lower():
        return None
    same = on_site(urljoin(page.base, href), page.url)
    if not same or O.article_id(same) != other:
        return None
    versions: Any = out.values.get("alternates") or []
    if any(isinstance(v, dict) and v.get("id") == other for v in versions):
        return None
    target = O.canonical_url(same)
    return Refusal("canonical_elsewhere", f"its canonical names another article ({target})",
                   target=target)

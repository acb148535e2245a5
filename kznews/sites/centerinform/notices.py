"""Lines inside an article's text box that are notices about the text, not text: an opinion
column's disclaimer, a press release's contacts footer, a live blog's info row, a note that the
text was edited; and the time stamp an update of a live blog prints over its text."""

from __future__ import annotations

import re

from kznews import processors as P

DISCLAIMER = re.compile(
    r"^\W*(?:"
    r"(?:мнение|точка\s+зрения|позиция|взгляды)\s+(?:автора|авторов|эксперта|спикера|гостя)\b"
    r".{0,60}?(?:не\s+(?:обязательно\s+|всегда\s+)?совпада|не\s+отража)|"
    r"(?:мнение|точка\s+зрения|позиция|взгляды)\s+редакции\b"
    r".{0,60}?(?:не\s+(?:обязательно\s+|всегда\s+)?совпада|не\s+отража)|"
    r"редакция\s+(?:может\s+)?не\s+(?:разделя|нес[её]т\s+ответственност)|"
    r"(?:the\s+)?(?:editorial(?:\s+(?:board|team|office)[’']?s?)?|editors?[’']?s?)\s+"
    r"(?:views?|opinions?|position)\b.{0,60}?(?:may|might|do|does)\s+not\s+"
    r"(?:necessarily\s+)?(?:coincide|reflect|represent)|"
    r"(?:the\s+)?(?:authors?[’']?s?[’']?\s+)?(?:views?|opinions?|points?\s+of\s+view)\b"
    r".{0,60}?(?:may|might|do|does)\s+not\s+(?:necessarily\s+)?(?:coincide|reflect|represent)|"
    r"(?:автордың|автор|сарапшының)\s+(?:пікірі|көзқарасы|ұстанымы|ой-пікірі)\b.{0,60}?"
    r"(?:сәйкес\s+келмеуі|сәйкес\s+келмейді)|"
    r"редакция\w*\s+(?:пікірі|көзқарасы|ұстанымы)\b.{0,60}?сәйкес\s+келмеуі)", re.I)
"""An opinion column's disclaimer (``Мнение автора может не совпадать с позицией редакции``,
``Мнение редакции может не совпадать с мнением автора``,
``The views expressed … do not necessarily reflect …``, ``Автордың пікірі редакцияның
ұстанымымен сәйкес келмеуі мүмкін``): the outlet's notice, not the column's text."""
MAX_NOTICE = 240  # characters: a longer line is a paragraph
HOTLINE = re.compile(
    r"^\W*(?:(?:единый\s+)?(?:телефон\w*|номер\w*)\s+(?:доверия|горячей\s+линии|"
    r"(?:call|колл|контакт)-?центра)|горяч\w+\s+лини\w+|(?:единый\s+)?(?:контакт|call|колл)-?"
    r"центр\w*|служб\w+\s+(?:спасения|доверия|экстренного\s+реагирования)|сенім\s+телефон\w*|"
    r"жедел\s+жел\w*|байланыс\s+орталығ\w*|(?:help|hot|trust|emergency)\s*-?line|"
    r"(?:call|contact)\s+cent(?:re|er))(?![^\W\d_])[^:]{0,40}:\s*\+?[0-9(]", re.I)
"""A helpline's number given to readers (``Телефон доверия: 8 (727) 254-40-00``, ``Горячая
линия: 1414``, ``Единый контакт-центр: 1414``, ``Сенім телефоны: 150``, ``Helpline: 150``):
a line of the story, however much it reads as a label and its value."""
SERVICE_INFO = re.compile(
    r"^\W*(?:(?:адрес|мекенжай)\w*(?!\s+редакци)(?:\s+[^\W\d_]+){0,3}|"
    r"(?:официальный\s+|интернет-)?сайт|(?:ресми\s+)?сайт[ыі]|"
    r"(?:часы|режим|график|время)\s+(?:работы|приёма|приема)|жұмыс\s+(?:уақыты|кестесі|тәртібі)|"
    r"телефон\w*\s+для\s+(?:справок|записи|консультаций)|справки\s+по\s+телефон\w*|"
    r"анықтама\s+телефон\w*|(?:the\s+)?address(?!\s+of\s+the\s+editorial)(?:\s+of\s+[\w\s]{1,30})?|"
    r"(?:official\s+)?web\s*site|(?:opening|working|business|office|visiting)\s+hours|"
    r"(?:phone|telephone)\s+for\s+(?:inquiries|enquiries|information|appointments)|"
    r"for\s+(?:inquiries|enquiries|information|appointments))\s*[:：]\s*\S", re.I)
"""A line telling readers where, when or how to reach what the story is about (``Адрес
поликлиники: г. Алматы, ул. Толе би, 101``, ``Сайт: egov.kz``, ``Часы работы: с 9:00 до
18:00``, ``Телефон для справок: 8 (7172) 74-00-00``, ``Opening hours: 9 am to 6 pm``): a line
of the story, however much it reads as a label and its value; the editorial office's address
(``Адрес редакции:``) is the site's own."""
_SAY_RU = (r"призва\w*|сообщ(?:ил|или|ила|ают|ает)|напомина\w*|напомнил\w*|отмет(?:ил|или|ила)|"
           r"отмечают|отмечает|заяв(?:ил|или|ила|ляют|ляет)|рассказал\w*|пояснил\w*|поясняют|"
           r"подчеркнул\w*|подчеркивают|подчёркивают|добавил\w*|уточнил\w*|посоветовал\w*|"
           r"советуют|советует|рекомендовал\w*|рекомендуют|предупредил\w*|предупреждают|"
           r"предлага(?:ет|ют)|предложил\w*|говорится|пишет|переда[её]т|сказал\w*|объяснил\w*|"
           r"считают|считает|уверены|уверен|заверил\w*|указал\w*")
_SAY_EN = (r"said|says?|urged?|urges|remind(?:ed|s)|added|adds|noted|notes|warn(?:ed|s)|"
           r"stressed|explained|told|wrote|writes|advised?|advises|suggested|insisted|"
           r"according\s+to")
REPORTED = re.compile(
    r"[,—–]\s*(?:[»”\"]\s*)?(?:[—–]\s*)?(?:[^\W\d_][\w’'.-]*\s+){0,4}?"
    rf"(?:{_SAY_RU}|{_SAY_EN})(?![^\W\d_])[^.!?]*[.!]$", re.I)
"""A reporting clause closing a line (``…, призвали в ведомстве.``, ``…, советуют в
акимате.``, ``…, напомнили в министерстве юстиции.``, ``…, the ministry urged residents.``,
``…, police say in a new video …``): the line gives someone's words, a sentence of a story."""


def reported(text: str) -> bool:
    """A line that reports what someone said (``REPORTED``): however much its words read like
    a prompt, a promo or a notice of the site (``Подписывайтесь на Telegram-канал, призвали в
    ведомстве.``), it is text."""
    return "," in text and REPORTED.search(text) is not None

_EDITED = (r"(?:дополнен[аоы]?|обновл[её]н[аоы]?|изменен[аоы]?|изменён|исправлен[аоы]?|"
           r"толықтырылды|жаңартылды|өзгертілді|түзетілді)")
EDIT_NOTE = re.compile(
    r"[\s(\[*]*(?:"
    rf"(?:материал|статья|новость|текст|публикация|сообщение|мақала|жаңалық|хабар)\w*\s+"
    rf"(?:был[аио]?\s+)?{_EDITED}|"
    r"(?:this\s+)?(?:article|story|post|report|piece|news\s+item)\s+(?:has\s+been\s+|was\s+|"
    r"is\s+(?:being\s+)?)?(?:updated|amended|corrected|expanded)|"
    r"(?:обновлено|дополнено|изменено|updated|last\s+updated|жаңартылды|толықтырылды)"
    r"(?:\s*:?\s*(?:в\s+|at\s+)?[0-9]{1,2}:[0-9]{2}(?:\s*[ap]\.?m\.?)?)?"
    r")[\s.!)\]*]*", re.I)
"""A note that the text was edited, on a line of its own (``Материал дополнен``, ``Обновлено в
15:40``, ``This story has been updated``, ``Updated at 3:40 PM``, ``Материал толықтырылды``,
``Жаңартылды 15:40``): the outlet's stamp, neither a paragraph nor the rubric."""
MAX_EDIT_NOTE = 60  # characters

PRESS_OFFICE = re.compile(
    r"пресс-?(?:служб|центр|секретар|офис)\w*|(?:отдел|управлени|департамент)\w*\s+"
    r"(?:по\s+)?(?:связ\w*\s+с\s+(?:общественност|сми)|информационн\w*\s+политик)|"
    r"(?:контакты\s+)?для\s+сми|press\s+(?:service|office|centre|center|secretary|contacts?|"
    r"department|desk)|media\s+(?:contacts?|relations|enquiries|inquiries|office)|"
    r"for\s+(?:the\s+)?media|баспасөз\s+(?:қызмет|орталығ|хатшы)\w*|ақпараттық\s+саясат\w*|"
    r"бақ\s+үшін|контакты\s*:|contacts?\s*:|байланыс\w*\s*:", re.I)
"""A press service, a media-relations office or a contacts label (ru/en/kk)."""
CONTACT = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![^\W\d_])(?:тел|tel|phone|телефон|факс|fax|моб|mob)"
    r"\w*\.?\s*:?\s*\+?\s*[0-9(]", re.I)
"""An e-mail address or a labelled phone or fax number."""
CONTACTS_HEADING = re.compile(
    r"(?:(?:контакты|контактная\s+информация)(?:\s+для\s+(?:сми|прессы|журналистов))?|"
    r"для\s+(?:сми|прессы)|(?:media|press)\s+(?:contacts?|enquiries|inquiries)|"
    r"contacts?(?:\s+for\s+(?:the\s+)?(?:media|press))?|for\s+(?:the\s+)?media|"
    r"(?:бақ\s+үшін\s+)?байланыс(?:\s+үшін|\s+телефондары)?)\s*:", re.I)
"""A press release's contacts heading on a line of its own (``Контакты для СМИ:``, ``Media
contacts:``, ``БАҚ үшін байланыс:``): the lines under it are the release's contacts."""
MAX_CONTACTS_HEADING = 40  # characters


def is_contacts_heading(text: str) -> bool:
    return len(text) <= MAX_CONTACTS_HEADING and CONTACTS_HEADING.fullmatch(text) is not None


_CONTACT_NEEDLES = ("@", "тел", "tel", "phone", "факс", "fax", "моб", "mob")
PRESS_AT = 60  # characters: the press service is named at the line's head

CLOCK = re.compile(r"(?:[0-9]{1,2}[./][0-9]{1,2}(?:[./][0-9]{2,4})?,?\s+)?"
                   r"[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*[-–—|]?")
"""A time stamp on a line of its own (``15:40``, ``20.04 15:40``): a live blog's update's."""
MAX_CLOCK = 20  # characters

_ROW_LABEL = re.compile(r"[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,3}\s*:\s*")
MAX_ROW_LABEL = 40  # characters: ``Начало трансляции:``, ``Published on:``


def is_notice(text: str) -> bool:
    """A disclaimer (``DISCLAIMER``) or a contacts line: a press service (``PRESS_OFFICE``) at
    its head, then an e-mail or a phone number (``CONTACT``)."""
    if len(text) > MAX_NOTICE:
        return False
    if DISCLAIMER.match(text) is not None or is_edit_note(text):
        return not reported(text)
    low = text.lower()
    if not any(n in low for n in _CONTACT_NEEDLES):
        return False
    # the office heads the line, its contacts follow: a sentence naming a phone line and the
    # press service that gave it is text
    contact = CONTACT.search(text)
    return contact is not None and \
        PRESS_OFFICE.search(text, 0, min(contact.start(), PRESS_AT)) is not None


def is_clock(text: str) -> bool:
    """A line that is a time stamp and nothing else (``CLOCK``)."""
    return len(text) <= MAX_CLOCK and ":" in text and CLOCK.fullmatch(text) is not None


def is_labelled_date_row(text: str) -> bool:
    """An info row behind a label (``Начало трансляции: 09.12.2022, 09:50 Обновлено: 18:19``,
    ``Started: 19 November 2024, 09:20 Views: 1670``): the page's, not the text's."""
    found = _ROW_LABEL.match(text)
    return found is not None and found.end() <= MAX_ROW_LABEL and \
        P.is_date_row(text[found.end():])


def is_edit_note(text: str) -> bool:
    """A note that the text was edited (``EDIT_NOTE``), the whole line."""
    return len(text) <= MAX_EDIT_NOTE and EDIT_NOTE.fullmatch(text) is not None

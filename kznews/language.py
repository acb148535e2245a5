"""Which language a text is in: Russian, English or Kazakh (Cyrillic or Latin).

A page's language is the language of most of its text. Letters are counted in bulk first, and
the two clear cases stop there: a Cyrillic text long enough to show Kazakh letters and showing
none is Russian. Everything else is decided paragraph by paragraph, each paragraph by its
words, and the page by the letters of the paragraphs of each language:

- a Cyrillic paragraph is Kazakh by the letters only Kazakh has (әғқңөұүһі), its frequent
  words (``және``, ``бойынша``, ``жылы``, ``биыл``) and word shapes (verb endings ``-ады``/
  ``-йды``, the locative ``-да``/``-де``/``-та``/``-те`` of a place name), Russian by its
  function words (``в``, ``на``, ``что``) and endings Kazakh never has (``-ого``, ``-ется``);
- a Latin paragraph is Kazakh by the letters of the 2021 and 2018 alphabets (ä ğ ı ñ ö ū ü ş,
  á ǵ ń ó ú ý), the 2018 apostrophe spelling (``jan'a``), a ``q`` not before ``u`` and its
  frequent words, English by its function words.

A capitalised Kazakh name (``Қасым-Жомарт Тоқаев``, ``Өскемен``, ``Түркістан облысы``,
``Qyzylorda``) is printed so in Russian and English stories too: it counts as Kazakh only with a
Kazakh case ending (``Өскеменде``), and Kazakh letters in names alone never make a text clearly
Kazakh. Letters Latin Kazakh does not use (w, x, a c outside ``ch``) are English evidence.

A language the page declares decides a paragraph whose words say nothing either way, and a
Latin paragraph declared Kazakh needs English words to be English (a page declared Russian
is no evidence between English and Kazakh).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["detect_lang", "normalize_lang_code", "text_lang"]

_LANG_ALIASES = {
    "ru": "ru", "rus": "ru", "russian": "ru",
    "en": "en", "eng": "en", "english": "en",
    "kk": "kk", "kz": "kk", "kaz": "kk", "kazakh": "kk",
}  # fmt: skip


def normalize_lang_code(code: str | None) -> str | None:
    """``ru-RU`` -> ``ru``, ``en_US`` -> ``en``, ``kk``/``kz``/``kk-Latn`` -> ``kk``; else None."""
    if not code:
        return None
    primary = re.split(r"[-_]", str(code).strip().lower(), maxsplit=1)[0]
    return _LANG_ALIASES.get(primary)


# --------------------------------------------------------------------------- letter counts

_KK_CYR = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
_KK_CYR_RUN = re.compile(f"[{_KK_CYR}]+")
_ASCII_LETTER_BYTES = bytes(range(0x41, 0x5B)) + bytes(range(0x61, 0x7B))
_CYRILLIC_LEADS = b"\xd0\xd1\xd2\xd3"  # UTF-8 lead bytes of U+0400-U+04FF, and only of them
_CYRILLIC_SIGNS = tuple(bytes([0xD2, low]) for low in range(0x82, 0x8A))  # U+0482-U+0489
_OTHER_CHARS = re.compile(r"[^\x00-\x7f\u0400-\u04ff]")


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return "cyr" if name.startswith("CYRILLIC") else "lat" if name.startswith("LATIN") else ""


def block_counts(text: str) -> tuple[int, int]:
    """(ASCII letters, letters of U+0400-U+04FF but the signs U+0482-U+0489) in ``text``.
    Counted in the UTF-8 bytes by C loops: a byte below 0x80 is an ASCII character, and a lead
    byte 0xD0-0xD3 one of U+0400-U+04FF."""
    data = text.encode("utf-8", "surrogatepass")
    lat = len(data) - len(data.translate(None, _ASCII_LETTER_BYTES))
    cyr = len(data) - len(data.translate(None, _CYRILLIC_LEADS))
    if b"\xd2" in data:
        cyr -= sum(map(data.count, _CYRILLIC_SIGNS))
    return lat, cyr


def letter_counts(text: str) -> tuple[int, int, int]:
    """(Latin letters, Cyrillic letters, Kazakh-only Cyrillic letters) of ``text``: the two
    usual blocks in bulk (``block_counts``), only the letters outside them one by one."""
    lat, cyr = block_counts(text)
    kk = len(text) - len(_KK_CYR_RUN.sub("", text)) if cyr else 0
    for ch in _OTHER_CHARS.findall(text):
        if ch.isalpha():
            script = _script(ch)
            cyr += script == "cyr"
            lat += script == "lat"
    return lat, cyr, kk


# --------------------------------------------------------------------------- word evidence

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ`][^\W\d_]+)*")
_KK_CYR_WORDS = _words(
    "және бұл үшін деп деді деген осы бойынша болып болды болады туралы жылы жыл жылдың биыл "
    "оның бір жаңа мен бен пен сол тиіс керек қазір барлық арқылы ретінде дейін кейін бірақ екі "
    "еді мұнда олар біз сіз қазақстан қазақстанның елімізде облысы облысының облысында ауданы "
    "ауданында қаласы қаласында ағымдағы арнайы хабарлайды хабарлады атты жоқ бар")
_RU_WORDS = _words(
    "в во на и с со по не что для от о об из к ко за до как это а но при у же или был была были "
    "было будет будут его ее её их также который которые которая которых после более около всех "
    "этом этого уже только года году мы вы он она они так где если чтобы между через против без "
    "под над нет ещё еще сообщает передает передаёт")
_RU_ENDINGS = tuple(_words(
    "ого его ому ыми ими ами ями ться ется ются ится ятся ение ения ании ость ости ный ная ное "
    "ные ных ская ской ского ский ские ском ует уют ает яет ают яют ство ства ены ена ено ись ась "
    "лся ую юю ям ях ом ой ил ила ыла ела вала"))
# (``-ом``/``-ой`` put an ``о`` out of a Kazakh word's first syllable; ``-ил``, ``-ила``,
# ``-вала`` are a Russian past tense: ``назначен акимом``, ``посетил``, ``завоевала``.)
# Kazakh verb endings and the locative of a place name: Russian plurals (``склады``) and names
# (``Олимпиада``) end so too, so they weigh half a word with a Kazakh-only letter.
_KK_SHAPES = ("ады", "еді", "йды", "йді", "ылды", "ілді", "ынды", "інді", "ыпты", "іпті")
_KK_PLACE_CASES = tuple(f"{v}д{e}" for v in "ауыеоиі" for e in "ае") + tuple(
    f"{c}т{e}" for c in "кпстшқн" for e in "ае") + ("нда", "нде")
_KK_CYR_SET = frozenset(_KK_CYR.lower())

_KK_LATN_LETTERS = frozenset("äğıñöūüşáǵńóúý")
_APOSTROPHES = "'’ʼ`"
# The 2018 apostrophe letters (a' g' i' n' o' s' u' y' c'); English contractions are not.
_KK_APOSTROPHE = re.compile(rf"[aginosuyc][{_APOSTROPHES}](?!(?:s|t|re|ve|ll|d|m)$)[a-z]")
_Q_NOT_QU = re.compile(r"q(?!u)")
_KK_LATN_WORDS = _words(
    "jäne jane jáne men ben pen bul būl osy sol üşin ushin úshin dep dedi degen turaly boiynşa "
    "boiynsha boiynsa boıynsha boyynsha jyly jyl jyldyñ biyl bıyl keiin keyin dein deiin arqyly "
    "retinde qazır qazir barlyq bolyp boldy bolady tiıs kerek habarlady habarlaidy")
_EN_WORDS = _words(
    "the of and to in is for on with that by at from as an a be are was were has have had it its "
    "this will not or but which their they after more than also been said who over into about "
    "new our we he she his her")


def _is_name(word: str, low: str, function_words: frozenset[str]) -> bool:
    """A capitalised word (``Тоқаев``, ``Өскемен``, ``Qyzylorda``; not one in capitals) that is
    not a Kazakh function word opening a sentence (``Бұл``, ``Биыл``)."""
    return word[0].isupper() and word[1:] != word[1:].upper() and low not in function_words


_KK_NAMES = _words("қазақстан қазақстанның")
_KK_CYR_FUNCTION = _KK_CYR_WORDS - _KK_NAMES
# Kazakh case endings on a name: genitive, dative, locative (not ablative: ``-стан`` ends names)
_KK_NAME_CASES = ("ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке",
                  *_KK_PLACE_CASES)
# The words of a place's name after its proper part (``Түркістан облысы``, ``Алатау ауданы``).
_KK_PLACE_WORDS = _words("облысы облысының облысында ауданы ауданында қаласы қаласында")
# Letters Kazakh Latin (2021, 2018, the apostrophe spelling) has no use for: w, x, a c not
# opening ``ch`` or ``c'``.
_EN_LETTERS = re.compile(r"[wx]|c(?![h'’ʼ`])")


def _cyrillic_votes(words: list[str]) -> tuple[float, float]:
    """(Kazakh, Russian) evidence of a Cyrillic paragraph's words (as printed): set lookups and
    ``endswith`` only, as this runs on every page that is not clearly Russian."""
    kk = ru = 0.0
    kk_set, kk_words, ru_words = _KK_CYR_SET, _KK_CYR_WORDS, _RU_WORDS
    after_name = False
    names = 0  # names in Kazakh spelling without a case ending
    for word in words:
        low = word.lower()
        if not kk_set.isdisjoint(low) or low in kk_words:
            if _is_name(word, low, _KK_CYR_FUNCTION):
                # a name in Kazakh spelling is printed so in Russian too: only a Kazakh case
                # ending on it (``Өскеменде``, ``Тоқаевтың``) is Kazakh grammar
                if low.endswith(_KK_NAME_CASES):
                    kk += 1
                else:
                    names += 1
                after_name = True
                continue
            if not (after_name and low in _KK_PLACE_WORDS):  # ``Түркістан облысы``: a name
                kk += 1
        elif low in ru_words or (len(low) > 4 and low.endswith(_RU_ENDINGS)):
            ru += 1
        elif len(low) > 4 and (low.endswith(_KK_SHAPES) or (
                word[0].isupper() and len(low) > 5 and low.endswith(_KK_PLACE_CASES))):
            kk += 0.5
        after_name = False
    if not ru and kk < 1:
        # nothing Russian and little Kazakh grammar (a list of names, ``Өскемен, Семей,
        # Үржар аудандарында …``): the names' Kazakh spelling is the paragraph's evidence
        kk += names
    return kk, ru


def _latin_votes(words: list[str]) -> tuple[float, float]:
    """(Kazakh, English) evidence of a Latin paragraph's words (as printed)."""
    kk = en = 0.0
    for word in words:
        low = word.lower()
        if low in _EN_WORDS:
            en += 1
        elif (low in _KK_LATN_WORDS or not _KK_LATN_LETTERS.isdisjoint(low)
              or ("q" in low and _Q_NOT_QU.search(low))
              or (not low.isalpha() and _KK_APOSTROPHE.search(low))):
            # a name in Kazakh Latin (``Toqaev``, ``Qyzylorda``) is printed so in English too
            kk += 0 if _is_name(word, low, _KK_LATN_WORDS) else 1
        elif _EN_LETTERS.search(low):
            en += 1
    return kk, en


# --------------------------------------------------------------------------- the language

CLEAR_RUSSIAN = 300
"""Cyrillic letters from which a text without one Kazakh-only letter is Russian at once: a
Kazakh text this long has dozens (about one letter in eight)."""
CLEAR_ENGLISH = 100
"""Latin letters from which a text without a mark of Latin Kazakh is English at once: a
Kazakh text this long has a ``q`` (қ) if nothing else."""
_RU_NEEDLES = (" в ", " на ", " и ", " с ", " по ", " не ", " что ", " для ", " из ")
_EN_NEEDLES = (" the ", " of ", " and ", " to ", " in ", " is ", " for ", " on ", " a ")
_KK_LATN_MARK = re.compile(r"[äğıñöūüşáǵńóúýÄĞÑÖŪÜŞÁǴŃÓÚÝİ]|[qQ](?![uU])"
                           r"|[aginosuycAGINOSUYC]['’ʼ`](?!(?:s|t|re|ve|ll|d|m)\b)[^\W\d_]")


def _kazakh_beyond_names(text: str, cyr: int) -> bool:
    """Kazakh-only letters dense enough (one in 16) outside capitalised words: a Russian flash
    naming ``Әйгерім Жұмабаева`` has them only in the names."""
    rest = " ".join(w for w in text.split() if not (w[0].isupper() and w[1:] != w[1:].upper()))
    return len(rest) - len(_KK_CYR_RUN.sub("", rest)) >= cyr / 16


def _clearly(text: str, lat: int, cyr: int, kk: int, declared: str | None) -> str | None:
    """The language of the usual clear cases, from letter counts and a few substring searches:
    Russian without Kazakh letters, long or with Russian function words; Kazakh dense in its
    letters without a Russian function word; English with its function words or long, without
    a mark of Latin Kazakh and not declared Kazakh. None for the rest, left to the words."""
    if lat * 4 < cyr:
        if not kk and cyr >= CLEAR_RUSSIAN:
            return "ru"
        ru_needles = sum(map(f" {text.lower()} ".count, _RU_NEEDLES))
        if not kk and ru_needles >= 2:
            return "ru"
        return "kk" if kk * 16 >= cyr >= 40 and not ru_needles and _kazakh_beyond_names(
            text, cyr) else None
    english = cyr * 20 < lat and declared != "kk" and not _KK_LATN_MARK.search(text)
    if english and (lat >= CLEAR_ENGLISH
                    or sum(map(f" {text.lower()} ".count, _EN_NEEDLES)) >= 2):
        return "en"
    return None


_QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”|„[^„“”]*[“”]|\"[^\"]*\"")


def _paragraph_lang(text: str, lat: int, cyr: int, kk: int, declared: str | None) -> str:
    clear = _clearly(text, lat, cyr, kk, declared)
    if clear:
        return clear
    votes = _cyrillic_votes if cyr >= lat else _latin_votes
    kazakh, other = votes(_WORD.findall(text))
    if kazakh != other and _QUOTED.search(text):
        # the words around a quotation (a Kazakh slogan, proverb or song title in a Russian
        # story, a Russian remark in a Kazakh one) tell the paragraph's language when they can
        around = votes(_WORD.findall(_QUOTED.sub(" ", text)))
        if around[0] != around[1]:
            kazakh, other = around
    if cyr >= lat:
        usual = "ru"
        if kazakh < 1:
            kazakh = 0  # one word shaped so is no evidence on its own
    else:
        usual = "en"
        if declared == "kk":  # declared Kazakh: English only by English words
            return "en" if other > kazakh else "kk"
    if kazakh == other:
        return declared if declared in ("kk", usual) else usual
    return "kk" if kazakh > other else usual


def text_lang(text: str, declared: str | None = None) -> str | None:
    """``ru``/``en``/``kk`` of ``text`` (paragraphs split by newlines), or None when it has too
    few letters or its languages weigh the same. ``declared``, the language the page names,
    decides paragraphs whose words do not."""
    text = text or ""
    lat, cyr, kk = letter_counts(text)
    if cyr + lat < 20:
        return None
    declared = normalize_lang_code(declared)
    clear = _clearly(text, lat, cyr, kk, declared)
    if clear:
        return clear
    weight = dict.fromkeys(("ru", "en", "kk"), 0)
    for para in text.split("\n") if "\n" in text else (text,):
        p_lat, p_cyr, p_kk = letter_counts(para)
        if p_lat + p_cyr:
            weight[_paragraph_lang(para, p_lat, p_cyr, p_kk, declared)] += p_lat + p_cyr
    ranked = sorted(weight.items(), key=lambda kv: kv[1], reverse=True)
    if ranked[0][1] == ranked[1][1]:
        tied = {ranked[0][0], ranked[1][0]}
        return declared if declared in tied else None
    return ranked[0][0]


def detect_lang(text: str, hint: str | None = None) -> str | None:
    """``ru``/``en``/``kk`` of ``text``; ``hint`` (a declared language code) decides what the
    text does not: too few letters, even weights, paragraphs without telling words."""
    return text_lang(text, hint) or normalize_lang_code(hint)

"""Text material of the ic24.kz mirror: the two seed dumps, the texts written for the mirror,
headline pools, transliteration and the clean-text rules the ground truth follows."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
SEED_FILES = ("000_c8000de85cd4d99f.txt", "002_dcb0dde66dd9d41a.txt")

MONTHS_RU_GEN = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

CATEGORIES = ("Социум", "Политика", "Экономика", "Происшествия", "Спорт")
PLACES_RU = ("Алматы", "Астана", "Шымкент", "Караганда")
PLACES_EN = ("Almaty", "Astana", "Shymkent", "Karaganda")
PHOTO_CREDITS = ("gov.kz", "pixabay", "akorda.kz")
SOURCES_RU = ("КазТАГ", "Kazinform", "Tengrinews", "Zakon.kz", "пресс-служба акимата Алматы")
SOURCES_EN = ("EU Reporter", "Kazinform", "КазТАГ", "The Astana Times")
LEAD_SOURCES = ("Kazinform", "КазТАГ", "Tengrinews")

TAGS_RU = (
    "Алматы", "Астана", "Шымкент", "аким", "субботник", "МИД", "диаспора", "Правительство",
    "Сенат", "Мажилис", "Токаев", "экономика", "образование", "здравоохранение", "прокуратура",
    "суд", "транспорт", "экология", "туризм", "спорт", "цифровизация", "сельское хозяйство",
)  # fmt: skip
TAGS_EN = (
    "Almaty", "Astana", "Shymkent", "diaspora", "culture", "economy", "Senate", "Government",
    "Tokayev", "education", "health", "transport", "ecology", "tourism", "sport",
    "digitalisation", "agriculture", "Japan", "Luxembourg", "EU",
)  # fmt: skip

# English headlines written for the mirror (the outlet's English rubric is small).
EN_HEADLINES = (
    "Kazakhstan and Luxembourg expand cultural ties",
    "Almaty opens new bike lanes along Abai Avenue",
    "Astana hosts forum on green energy — 40 countries take part",
    "Kazakh wrestlers win three medals at the Asian championship",
    "Government approves plan to modernise rural water supply",
    "Shymkent residents to get new public transport routes",
    "Kazakhstan raises wheat export forecast after record harvest",
    "Young Kazakh scientists present their research in Brussels",
    "Karaganda miners' museum reopens after renovation",
    "National Bank keeps the base rate unchanged",
    "Kazakh diaspora in Germany celebrates Nauryz",
    "Almaty airport launches direct flights to Seoul",
    "Senate ratifies agreement on visa-free travel",
    "Ministry of Health reports a 20% drop in doctor shortage",
    "Kazakhstan and Japan sign memorandum on student exchange",
    "Emergency services contain wildfire near Lake Balkhash",
    "Astana Opera to tour Europe next spring",
    "ID cards can now be replaced via eGov.kz",
    "Tokayev meets the Foreign Investors Council in Astana",
    "Almaty celebrates City Day with open-air concerts",
    'The "Silk Way" rally returns to Kazakhstan',
    "Farmers in Turkistan region switch to drip irrigation",
    "New school buildings open in three regions",
    "Exhibition of Kazakh carpets opens in Vienna",
    "Court sentences former customs official for bribery",
    "Railway modernisation: 2,000 km of track to be renewed",
    "Kazakhstan's embassy in Tokyo hosts a community meeting",
    "Almaty volunteers plant 10,000 trees in one weekend",
    "Kazakhstan beats Azerbaijan 2–1 in football qualifier",
    "Kazakh students win gold at the International Mathematical Olympiad",
    "Wholesale prices for liquefied gas to stay unchanged",
    "Astana marathon draws runners from 60 countries",
)

# u45713: the English version of u45694, written for the mirror.
U45713_TITLE = "Kazakhstanis in Japan set up their own association"
U45713_PARAS = (
    "Kazakhstanis living in Japan have established their own association, KazTAG reports, "
    "citing the Ministry of Foreign Affairs of Kazakhstan.",
    "The founding meeting of the Association of Kazakhs in Japan took place at the Kazakh "
    "Embassy in Tokyo. According to the ministry, it is the first public organisation of its "
    "kind in the country, and it aims to bring together citizens of Kazakhstan and ethnic "
    "Kazakhs living there so that they can keep in touch and support one another.",
    "The embassy estimates that 191 citizens of Kazakhstan live in Japan permanently, along "
    "with about 70 ethnic Kazakhs from China, Mongolia and Uzbekistan who work or study there.",
    "Abdibek Kalybek, a surgeon at the Juntendo University clinic who heads the new "
    "association, presented its plans: building business contacts, running cultural and "
    "humanitarian projects and supporting Kazakh–Japanese cooperation with information.",
    "Ambassador Yerlan Baudarbek-Kozhatayev said that during the coronavirus outbreak the "
    "community in Japan had shown real unity and pooled its efforts to send humanitarian aid "
    "home — and that this experience gave rise to the idea of an association.",
    'At the ceremony, the association signed a memorandum of cooperation with the "Otandastar" '
    "public foundation. Its vice-president, Magauiya Sarbassov, spoke about the foundation's "
    "programmes that help compatriots abroad preserve their language and culture.",
    "Speaking for the members, Anton Golub, who has lived in Japan since 2015, said he was glad "
    "the association now exists, because many Kazakhstanis working abroad want to stay "
    "connected with their compatriots.",
    "A separate Association of Kazakhstani Students has been active in Japan since 2018, "
    "helping students adapt to everyday life, their studies and the local culture, the "
    "ministry added.",
)

# u49120: an Almaty subbotnik story, written for the mirror.
U49120_TITLE = "Более 50 тысяч алматинцев вышли на общегородской субботник"
U49120_PARAS = (
    "Более 50 тысяч жителей Алматы приняли участие в общегородском субботнике, сообщает "
    "пресс-служба акимата города.",
    "Аким Алматы вместе с сотрудниками акимата, депутатами маслихата и волонтерами убрал "
    "территорию вдоль реки Есентай. В каждом районе города работали пункты выдачи инвентаря: "
    "перчаток, мешков и граблей.",
    "За день горожане собрали более 3 тысяч тонн мусора, высадили около 15 тысяч деревьев и "
    "кустарников, побелили бордюры и покрасили малые архитектурные формы во дворах.",
    "«Чистота города начинается с каждого двора. Мы благодарим всех, кто в выходной день вышел "
    "на улицы, чтобы сделать Алматы уютнее», - отметил аким.",
    "Особое внимание уделили берегам рек, паркам и скверам, а также территориям вокруг школ и "
    "больниц. Вывоз мусора организовали коммунальные службы — более 400 единиц техники "
    "работали до позднего вечера.",
    "В акимате напомнили, что весенний месячник по благоустройству продлится до конца мая. "
    "Присоединиться к акциям можно в своем районе, заявки принимают через приложение "
    "«Алматы+».",
)

# Homoglyph pairs (Latin letter, Cyrillic look-alike) used both to inject and to repair.
HOMOGLYPHS = (
    ("a", "а"), ("c", "с"), ("e", "е"), ("o", "о"), ("p", "р"), ("x", "х"), ("y", "у"),
    ("A", "А"), ("B", "В"), ("C", "С"), ("E", "Е"), ("H", "Н"), ("K", "К"), ("M", "М"),
    ("O", "О"), ("P", "Р"), ("T", "Т"), ("X", "Х"),
)  # fmt: skip
LAT_TO_CYR = dict(HOMOGLYPHS)
CYR_TO_LAT = {c: lat for lat, c in HOMOGLYPHS}

_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
}  # fmt: skip

_WORD = re.compile(r"[^\W\d_]+")
_SPACES = re.compile(r"\s+")


def translit_slug(text: str) -> str:
    """Lower-case transliterated slug, as the outlet builds Russian URLs."""
    out = "".join(_TRANSLIT.get(ch, ch) for ch in text.lower())
    return re.sub(r"[^a-z0-9]+", "-", out).strip("-")


def latin_slug(text: str) -> str:
    """Slug of an English headline: words with capitals kept, joined by ``-``."""
    text = text.replace("'", "").replace("’", "")
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")


def _script(ch: str) -> str:
    if "a" <= ch.lower() <= "z":
        return "lat"
    if "\u0400" <= ch <= "\u04ff":
        return "cyr"
    return "other"


def repair_homoglyphs(text: str) -> str:
    """Map look-alike letters of the other script back, inside words of one dominant script."""

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        lat = sum(1 for ch in word if _script(ch) == "lat")
        cyr = sum(1 for ch in word if _script(ch) == "cyr")
        if lat and cyr:
            if lat > cyr:
                return "".join(CYR_TO_LAT.get(ch, ch) for ch in word)
            if cyr > lat:
                return "".join(LAT_TO_CYR.get(ch, ch) for ch in word)
        return word

    return _WORD.sub(fix, text)


def clean_text(text: str) -> str:
    """SPEC normalisation of one paragraph: NFC, no NBSP/zero-width, collapsed whitespace,
    homoglyphs repaired, quotes and dashes kept."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    for zw in ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"):
        text = text.replace(zw, "")
    text = _SPACES.sub(" ", text).strip()
    return repair_homoglyphs(text)


_DATELINE = re.compile(
    r"^(?P<place>[^.]+)\. (?P<day>[^.]+)\. (?:Центр информации|Information Center) - "
)


@dataclass(frozen=True)
class Seed:
    """One seed dump split into its parts; ``raw_paras`` keep the dump's hazards verbatim."""

    title: str
    place: str
    raw_paras: tuple[str, ...]  # first one without the dateline prefix
    source: str | None
    headlines: tuple[str, ...]

    @property
    def clean_paras(self) -> tuple[str, ...]:
        return tuple(c for c in (clean_text(p) for p in self.raw_paras) if c)


def _parse_seed(text: str) -> Seed:
    lines = [ln.rstrip("\n") for ln in text.split("\n")]
    blocks: list[str] = []
    for ln in lines:
        s = ln.strip(" \t")
        if not s or s.startswith("•") or s == "0.0":
            continue
        blocks.append(s)
    title = blocks[0]
    headlines = tuple(b[3:].strip() for b in blocks if b.startswith("ru "))
    body = [b for b in blocks[1:] if not b.startswith("ru ")]
    source = None
    paras: list[str] = []
    for b in body:
        if b.startswith("Источник:"):
            source = b.split(":", 1)[1].strip()
            break
        paras.append(b)
    m = _DATELINE.match(paras[0])
    if not m:
        raise ValueError("seed without dateline")
    paras[0] = paras[0][m.end() :]
    return Seed(title, m.group("place"), tuple(paras), source, headlines)


@cache
def seeds() -> dict[str, Seed]:
    """The two seed dumps keyed by their real ids."""
    en = _parse_seed((DATA_DIR / SEED_FILES[0]).read_text(encoding="utf-8"))
    ru = _parse_seed((DATA_DIR / SEED_FILES[1]).read_text(encoding="utf-8"))
    return {"u46768": en, "u45694": ru}


@cache
def ru_headlines() -> tuple[str, ...]:
    """The Russian headlines of the seeds' headline blocks, de-duplicated, in dump order."""
    out: list[str] = []
    for s in seeds().values():
        for h in s.headlines:
            if h not in out:
                out.append(h)
    return tuple(out)


@cache
def ru_pool() -> tuple[str, ...]:
    """Clean Russian paragraphs that generated bodies are recombined from (leads excluded)."""
    return seeds()["u45694"].clean_paras[1:] + U49120_PARAS[1:]


@cache
def en_pool() -> tuple[str, ...]:
    """Clean English paragraphs that generated bodies are recombined from (leads excluded)."""
    return seeds()["u46768"].clean_paras[1:] + U45713_PARAS[1:]

"""The forty-ninth copy's articles, its pages that are no story, truth and router."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, time
from functools import cache
from typing import Any

from tests.copykit import routes, seeds
from tests.copykit.catalogue import AGENCY, ALMATY, CopyArticle, Response, spread_days
from tests.copykit.stories import EN_POOL, EN_TITLES, RU_POOL, RU_TITLES
from tests.fortyninthsite import stories as st
from tests.fortyninthsite import templates

LISTING = "/novosti"
PER_PAGE = 10
HTML = {"Content-Type": "text/html; charset=UTF-8"}
KINDS = ("flash", "note", "video", "photo", "infographic", "live", "interview", "longread",
         "statement", "press", "version", "plain")
NOT_STORIES = ("soft404", "removed", "removed_titled", "rubric", "loop")
INFO_FORMS = ("full", "no_tags", "no_rubric", "no_views", "clock")
PLACES = {"ru": "Алматы", "en": "Almaty", "kk": "Алматы"}
RUBRICS = {"ru": ["Социум", "Экономика", "Политика", "Происшествия", "Культура"],
           "en": ["Society", "Economy", "Politics", "Incidents", "Culture"],
           "kk": ["Қоғам", "Экономика"]}
TAGS = {"ru": ["Алматы", "аким", "субботник", "метро", "выборы", "бюджет", "экология"],
        "en": ["Almaty", "metro", "elections", "economy", "ecology"],
        "kk": ["Алматы", "Астана", "жастар"]}
CREDITS = ["gov.kz", "pixabay", "akorda.kz", "Центр информации"]
LEADS = {"ru": (", сообщает КазТАГ", "КазТАГ"), "en": (", Kazinform reports", "Kazinform"),
         "kk": (", деп хабарлайды Kazinform", "Kazinform")}
# ids the outlet is known to have, by day; the rest grow with the date between them
# (listing headline, slug) of the pages at article addresses that are no story
GONE = [("В Караганде открылся новый каток", "v-karagande-otkrylsya-novyy-katok"),
        ("Ученые нашли новый вид тюльпана", "uchenye-nashli-novyy-vid-tyulpana"),
        ("Известный блогер оштрафован за рекламу казино", "izvestnyy-bloger-oshtrafovan"),
        ("В Алматы задержан подозреваемый в мошенничестве",
         "v-almaty-zaderzhan-podozrevaemyy-v-moshennichestve"),
        ("Происшествия", "proisshestviya"),
        ("Как изменятся тарифы на коммунальные услуги", "kak-izmenyatsya-tarify"),
        ("Nauryz celebrations across the country", "Nauryz-celebrations-across-the-country")]
ANCHORS = ((date(2019, 1, 1), 38000), (date(2021, 4, 16), 45694), (date(2021, 8, 2), 46768),
           (date(2023, 4, 20), 49120), (date(2026, 1, 1), 56000))


@dataclass
class Article(CopyArticle):
    kind: str = "plain"
    blocks: list[tuple[str, Any]] = field(default_factory=list)
    info: str = "full"
    versions: list[str] = field(default_factory=list)  # group key of linked language versions
    group: str | None = None
    order: int = 0

    @property
    def is_story(self) -> bool:
        return self.kind in KINDS

    @property
    def path(self) -> str:
        return super().path if self.is_story else f"/news/{self.cms}-{self.id}"

    def image_paths(self) -> list[str]:
        if not self.is_story:
            return []
        paths = [f"/uploads/{self.day:%Y/%m}/{self.id}-main.jpg"] if self.images else []
        if self.kind == "photo":
            paths += [f"/uploads/gallery/{self.id}/{k}.jpg" for k in range(1, 11)]
        if self.kind == "infographic":
            paths.append(f"/uploads/infographics/{self.id}.png")
        return paths


def body_of(blocks: list[tuple[str, Any]]) -> list[str]:
    """The feed's paragraphs of a story, from its blocks (see the package docstring)."""
    out: list[str] = []
    for kind, value in blocks:
        if kind in ("p", "h2", "figure"):
            out.append(value)
        elif kind in ("ul", "quote", "contacts"):
            out.extend(value)
        elif kind == "live":
            out.extend(f"{clock} {text}" for clock, text in value)
        elif kind == "qa":
            for q, a in value:
                out += [q, a]
        elif kind == "table":
            out.extend(" ".join(row) for row in value)
        # "video", "gallery" and "pull" add nothing to the text
    return out


def _lead(lang: str, text: str, named: bool) -> tuple[str, str | None]:
    if not named:
        return text, None
    suffix, source = LEADS[lang]
    return text.rstrip(".") + suffix + ".", source


def _blocks(kind: str, lang: str, k: int, rng: random.Random) -> tuple[str, list, str | None]:
    """(title, blocks, lead-named source) of the k-th story of a kind in a language."""
    if kind == "flash":
        title, text = st.FLASH[lang][k]
        return title, [("p", text)], None
    if kind == "note":
        title, text = st.NOTE[lang][k]
        return title, [("p", text)], None
    if kind == "video":
        title, paras = st.VIDEO[lang][k]
        return title, [("video", k), ("p", paras[0]), ("p", paras[1])], None
    if kind == "photo":
        title, para, cap_a, cap_b = st.PHOTO[lang][k]
        caps = [f"{cap_a if i % 2 else cap_b} ({i})" for i in range(1, 11)]
        return title, [("p", para), ("gallery", caps)], None
    if kind == "infographic":
        title, caption = st.INFOGRAPHIC[lang][k]
        return title, [("figure", caption)], None
    if kind == "live":
        title, intro, updates = st.LIVE[lang][k]
        clocks = [f"{8 + 2 * i:02d}:{(13 * i + 5) % 60:02d}" for i in range(len(updates))]
        entries = list(zip(clocks, updates, strict=True))[::-1]  # newest first
        return title, [("p", intro), ("live", entries)], None
    if kind == "interview":
        title, intro, qa = st.INTERVIEW[lang][k]
        return title, [("p", intro), ("qa", qa)], None
    if kind == "statement":
        title, intro, quoted = st.STATEMENT[lang][k]
        return title, [("p", intro), ("quote", quoted)], None
    if kind == "press":
        title, paras, contacts = st.PRESS[lang][k]
        return title, [*(("p", p) for p in paras), ("contacts", contacts)], None
    if kind == "longread":
        title, heads, subjects, ends, pull, items, table = st.LONG[lang]
        sentences = [f"{s} {e}" for s in subjects for e in ends]
        rng.shuffle(sentences)
        blocks: list[tuple[str, Any]] = []
        for i, head in enumerate(heads):
            if i:
                blocks.append(("h2", head))
            blocks += [("p", s) for s in sentences[i * 7 : i * 7 + 7]]
            if i == 1:
                blocks.append(("pull", pull))
                blocks.append(("p", pull))
            if i == 2:
                blocks.append(("ul", items))
            if i == 3:
                blocks.append(("table", table))
        return title, blocks, None
    raise ValueError(kind)


def _plain(lang: str, title: str, rng: random.Random, named: bool) -> tuple[list, str | None]:
    pool = RU_POOL if lang == "ru" else EN_POOL
    lead, source = _lead(lang, title.rstrip(".") + ".", named)
    return [("p", lead), *(("p", p) for p in rng.sample(pool, 3))], source


def _seed(seed: seeds.Seed, day: date) -> Article:
    return Article(seed.num, seed.lang, day, seed.title, "seed", list(seed.paragraphs),
                   raw_paragraphs=list(seed.raw_paragraphs), place=seed.place,
                   source=seed.source, source_line=True, kind="plain",
                   blocks=[("p", p) for p in seed.paragraphs])


def _plan() -> list[tuple[str, str, int]]:
    """(kind, lang, index in the kind's table) of every generated story."""
    plan = []
    for kind, table in (("flash", st.FLASH), ("note", st.NOTE), ("video", st.VIDEO),
                        ("photo", st.PHOTO), ("infographic", st.INFOGRAPHIC), ("live", st.LIVE),
                        ("interview", st.INTERVIEW), ("statement", st.STATEMENT),
                        ("press", st.PRESS)):
        plan += [(kind, lang, k) for lang, items in table.items() for k in range(len(items))]
    plan += [("longread", "ru", 0), ("longread", "en", 0)]
    plan += [("plain", "ru", k) for k in range(5)] + [("plain", "en", k) for k in range(2)]
    return plan


@cache
def build() -> tuple[Article, ...]:
    """Every page at an article address (stories and not), newest first."""
    rng = random.Random(4949)
    en_seed, ru_seed = seeds.en(), seeds.ru()
    pages = [_seed(ru_seed, ru_seed.day), _seed(en_seed, en_seed.day)]
    plan = _plan()
    not_stories = ["soft404", "soft404", "removed", "removed_titled", "rubric", "loop", "loop"]
    days = spread_days(rng, len(plan) + 2 + len(not_stories), {p.day for p in pages},
                       date(2019, 1, 10), date(2025, 10, 31))
    versions_days = days[len(plan) : len(plan) + 2]
    other_days = days[len(plan) + 2 :]
    ru_titles = iter(RU_TITLES[5:])
    en_titles = iter(EN_TITLES[1:])  # [0] is the metro story
    for i, (kind, lang, k) in enumerate(plan):
        named = i % 4 == 1
        if kind == "plain":
            title = next(ru_titles) if lang == "ru" else next(en_titles)
            blocks, lead_source = _plain(lang, title, rng, named)
        else:
            title, blocks, lead_source = _blocks(kind, lang, k, rng)
            if named and blocks[0][0] == "p" and kind not in ("flash", "note"):
                text, lead_source = _lead(lang, blocks[0][1], True)
                blocks[0] = ("p", text)
        pages.append(_story(kind, lang, title, blocks, lead_source, days[i], i, rng))
    for n, (group, table, langs) in enumerate((("metro", st.METRO, ("ru", "en", "kk")),
                                                ("park", st.PARK, ("kk", "en")))):
        for j, lang in enumerate(langs):
            title, paras = table[lang]
            art = _story("version", lang, title, [("p", p) for p in paras], None,
                         versions_days[n], 100 + 3 * n + j, rng)
            art.group, art.order = group, j
            pages.append(art)
    for i, (kind, day) in enumerate(zip(not_stories, other_days, strict=True)):
        title, slug = GONE[i]
        pages.append(Article(0, "ru", day, title, slug, [], kind=kind, order=i))
    _number(pages)
    return tuple(sorted(pages, key=lambda a: (a.local, a.num), reverse=True))


def _story(kind: str, lang: str, title: str, blocks: list, lead_source: str | None, day: date,
           i: int, rng: random.Random) -> Article:
    info = INFO_FORMS[i % len(INFO_FORMS)]
    if kind in ("flash", "live"):
        info = "clock"
    clock = None
    if info == "clock":
        clock = time(8, 5) if kind == "live" else time(rng.randrange(24), rng.randrange(60))
    source, source_line = lead_source, False
    if source is None and i % 3 == 0:
        source, source_line = (["КазТАГ", "Kazinform", "Tengrinews.kz", "Akorda"][i % 4]), True
    images = 0 if kind in ("flash", "note", "video", "photo", "infographic") else 1
    art = Article(
        0, lang, day, title, kind, body_of(blocks), clock=clock,
        place=None if kind in ("live",) and lang == "en" else PLACES[lang],
        source=source, source_line=source_line,
        photo_credit=CREDITS[i % len(CREDITS)] if images else None, images=images,
        category=None if info == "no_rubric" else RUBRICS[lang][i % len(RUBRICS[lang])],
        tags=[] if info == "no_tags" else rng.sample(TAGS[lang], 1 + i % 3),
        views=None if info == "no_views" else (0 if i == 7 else rng.randrange(40, 9000)),
        kind=kind, blocks=blocks, info=info)
    return art


def _number(pages: list[Article]) -> None:
    last = 0
    for art in sorted(pages, key=lambda a: (a.day, a.clock or time(0), a.order)):
        if not art.num:
            for (d0, n0), (d1, n1) in zip(ANCHORS, ANCHORS[1:], strict=False):
                if d0 <= art.day <= d1:
                    art.num = max(last + 1, n0 + (n1 - n0) * (art.day - d0).days // (d1 - d0).days)
                    break
        last = art.num


def stories() -> list[Article]:
    return [a for a in build() if a.is_story]


def by_num() -> dict[int, Article]:
    return {a.num: a for a in build()}


def truth(base_url: str) -> dict[str, dict[str, object]]:
    return {a.id: a.truth(base_url) for a in stories()}


def page_count() -> int:
    return -(-len(build()) // PER_PAGE)


def versions(art: Article) -> list[Article]:
    """The other language versions of a story (empty for most)."""
    if art.group is None:
        return []
    return sorted((a for a in build() if a.group == art.group and a is not art),
                  key=lambda a: a.order)


def loop_target(art: Article) -> str:
    return f"{art.path}?amp=1"


def route(target: str, host: str) -> Response:
    base = f"http://{host}"
    path, _, query = target.partition("?")
    if path == "/robots.txt":
        return routes.robots(b"User-agent: *\nDisallow: /admin/\n")
    if path in ("", "/"):
        return routes.moved(base + LISTING)
    if path == LISTING:
        n = 1
        if query:
            if not query.startswith("page=") or not query[5:].isdigit():
                return _not_found()
            n = int(query[5:])
        if not 1 <= n <= page_count() or (query and n == 1):
            return _not_found()
        items = build()[(n - 1) * PER_PAGE : n * PER_PAGE]
        return 200, HTML, templates.listing(items, n, page_count(), base).encode()
    if path.startswith("/uploads/"):
        return 200, {"Content-Type": "image/jpeg"}, b"\xff\xd8\xff\xe0JFIF\xff\xd9"
    if path.startswith("/news/"):
        num = path.rsplit("-u", 1)[-1].rstrip("/")
        art = by_num().get(int(num)) if num.isdigit() else None
        if art is None:
            return _not_found()
        if art.kind == "loop":  # A -> A?amp=1 -> A -> ...
            location = art.path if query else loop_target(art)
            return routes.moved(base + location)
        if path != art.path:
            return routes.moved(base + art.path)
        return 200, HTML, templates.page(art, base, build()).encode()
    return _not_found()


def _not_found() -> Response:
    return 404, HTML, templates.not_found().encode()


__all__ = ["AGENCY", "ALMATY", "Article", "build", "route", "truth"]

"""The mirror's model of ic24.kz: a deterministic timeline of articles, built cheaply, with each
article's content planned on demand and its ground truth stated from the clean text."""

from __future__ import annotations

import bisect
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from . import texts
from .related import children as related_children
from .related import choose_parents, hops
from .scripted import Holder
from .scripted import choose as choose_scripted

ALMATY = ZoneInfo("Asia/Almaty")
VARIANTS = ("classic", "rich", "bare")
ID_LO = 40000
FIRST_DAY = date(2020, 1, 9)
LAST_DAY = date(2026, 10, 30)  # never after 2026-11-01

# Real articles of the outlet: id -> (day, lang, variant in mixed mode).
FIXED: dict[int, tuple[date, str, str]] = {
    45694: (date(2021, 4, 16), "ru", "classic"),
    45713: (date(2021, 4, 19), "en", "rich"),
    46768: (date(2021, 8, 2), "en", "classic"),
    49120: (date(2023, 4, 20), "ru", "classic"),
}
FIXED_PAIRS = {45713: 45694}

# Items of the RSS feed and the news sitemap: the newest articles.
FEED_ITEMS = 20

UPDATE_NOTE = {"ru": "Информация уточняется.", "en": "The story has been updated."}


@dataclass(frozen=True, slots=True)
class Plan:
    """Everything needed to render one article and to state its ground truth."""

    index: int  # position in the listing, 0 = newest
    num: int
    lang: str
    variant: str
    day: date
    minute: int | None  # time of day in minutes, rich pages only
    title: str
    slug: str
    place: str
    paras: tuple[str, ...]  # clean paragraphs; paras[0] is the lead (no dateline)
    raw_paras: tuple[str, ...] | None  # seed articles: the dump's paragraphs verbatim
    source: str | None
    source_line: bool  # an "Источник: X" line closes the body
    photo_credit: str | None
    images: tuple[str, ...]
    category: str
    tags: tuple[str, ...]
    views: int
    translation_of: int | None
    modified: datetime  # aware, for Last-Modified and dateModified
    mutated: bool

    @property
    def id(self) -> str:
        return f"u{self.num}"

    @property
    def path(self) -> str:
        return f"/news/{self.slug}-u{self.num}"

    @property
    def published(self) -> datetime:
        t = time(0, 0) if self.minute is None else time(self.minute // 60, self.minute % 60)
        return datetime.combine(self.day, t, tzinfo=ALMATY)


@lru_cache(maxsize=1024)
def _clean_title(title: str) -> str:
    return texts.clean_text(title)


@lru_cache(maxsize=1024)
def _slug(title: str, lang: str) -> str:
    return texts.translit_slug(title) if lang == "ru" else texts.latin_slug(title)


def _interp_day(num: int, anchors: list[tuple[int, int]]) -> date:
    keys = [a[0] for a in anchors]
    k = max(1, min(len(anchors) - 1, bisect.bisect_right(keys, num)))
    (i0, d0), (i1, d1) = anchors[k - 1], anchors[k]
    return date.fromordinal(d0 + (num - i0) * (d1 - d0) // (i1 - i0))


class Site:
    """The mirror of the outlet. Build with :func:`build_site`."""

    def __init__(
        self,
        articles: int = 240,
        seed: int = 1,
        variant: str = "mixed",
        mutate: int = 0,
        per_page: int = 20,
        scripted: int = 0,
        hanging: int = 0,
        sitemaps: bool = False,
        feed: bool = False,
        sitemap_only: int = 0,
        empty_tail: int = 0,
        mutated_at: datetime | None = None,
        related_only: int = 0,
    ) -> None:
        if articles < len(FIXED):
            raise ValueError(f"articles must be at least {len(FIXED)}")
        if variant not in (*VARIANTS, "mixed"):
            raise ValueError(f"unknown variant {variant!r}")
        if per_page < 1:
            raise ValueError("per_page must be positive")
        if not 0 <= mutate <= articles - len(FIXED):
            raise ValueError("mutate must be between 0 and the number of non-seed articles")
        if not 0 <= hanging <= scripted <= articles - len(FIXED):
            raise ValueError("need 0 <= hanging <= scripted <= the number of non-seed articles")
        if not 0 <= sitemap_only <= max(0, articles - FEED_ITEMS - len(FIXED)) or \
                (sitemap_only and not sitemaps):
            raise ValueError("sitemap_only needs sitemaps and must leave the newest articles "
                             "and the seed articles listed")
        if empty_tail < 0:
            raise ValueError("empty_tail must be ≥ 0")
        if related_only < 0 or (related_only and (sitemaps or feed)):
            raise ValueError("related_only must be ≥ 0 and needs a site without sitemaps and "
                             "feed (they would reach its articles)")
        self.n = articles
        # Discovery extras (kznews.mirror.discovery): robots.txt Sitemap lines, a sitemap
        # index with gzipped children, a news sitemap, an RSS feed, articles only the
        # sitemap reaches, and listing pages past the end that answer 200 with no items.
        self.sitemaps, self.feed = sitemaps, feed
        self.sitemap_only, self.empty_tail = sitemap_only, empty_tail
        self.related_only = related_only
        self.mutated_at = mutated_at
        self.seed = seed
        self.variant = variant
        self.mutate = mutate
        self.per_page = per_page
        self._build_timeline()
        self.pages = max(1, (len(self.listed) + per_page - 1) // per_page)
        # script-built pages (kznews.mirror.scripted): truth unchanged, HTML built by JS
        self.scripted, self.hanging = scripted, hanging
        self._scripted, self._hanging = choose_scripted(
            (n for n in self._nums if n not in FIXED), seed, scripted, hanging)
        self.scripted_ids = sorted(f"u{num}" for num in self._scripted)
        self.hanging_ids = sorted(f"u{num}" for num in self._hanging)
        self.holder = Holder()
        self.plan = lru_cache(maxsize=8192)(self._make_plan)
        self._articles: list[dict[str, Any]] | None = None
        self._indexes: dict[str, dict[str, list[int]]] | None = None

    # -- timeline: ids, days, languages, translation pairs (cheap, O(n)) ---------------------

    def _build_timeline(self) -> None:
        n = self.n
        rng = random.Random(f"kznews-mirror/{self.seed}/timeline")
        id_hi = ID_LO + max(12000, 3 * n)
        n_pairs = n // 24
        n_single = n - len(FIXED) - n_pairs
        drawn = rng.sample(range(ID_LO, id_hi), n_single + len(FIXED))
        ids = sorted([*(x for x in drawn if x not in FIXED)][:n_single] + list(FIXED))
        # pair bases: non-fixed ids with room for a partner 1..30 above them
        cand = [p for p in range(len(ids) - 1) if ids[p] not in FIXED and ids[p + 1] - ids[p] >= 2]
        bases = sorted(rng.sample(cand, min(n_pairs, len(cand))))
        partner_of: dict[int, int] = {}  # partner num -> base num
        for p in bases:
            gap = min(30, ids[p + 1] - ids[p] - 1)
            partner_of[ids[p] + rng.randint(1, gap)] = ids[p]
        ids = sorted([*ids, *partner_of])
        if len(ids) < n:  # not enough room for every pair: fill with plain articles
            taken = set(ids) | {x for b in partner_of.values() for x in range(b, b + 31)}
            ids = sorted(
                ids + [x for x in range(id_hi - 1, ID_LO, -1) if x not in taken][: n - len(ids)]
            )
        n_partners = len(partner_of)
        partner_of.update(FIXED_PAIRS)

        anchors = [(ID_LO, FIRST_DAY.toordinal())]
        anchors += [(k, v[0].toordinal()) for k, v in sorted(FIXED.items())]
        anchors.append((id_hi, LAST_DAY.toordinal()))
        base_nums = set(partner_of.values())
        en_share = (0.35 * n - 2 - n_partners) / max(1, n - len(FIXED) - 2 * n_partners)
        days: dict[int, date] = {}
        langs: dict[int, str] = {}
        for num in ids:
            if num in FIXED:
                days[num], langs[num] = FIXED[num][0], FIXED[num][1]
            elif num in partner_of:
                days[num], langs[num] = days[partner_of[num]], "en"
            else:
                days[num] = _interp_day(num, anchors)
                langs[num] = "ru" if num in base_nums or rng.random() >= en_share else "en"
        self._nums = ids[::-1]  # newest first
        self._index = {num: i for i, num in enumerate(self._nums)}
        self._days = days
        self._langs = langs
        self._partner_of = partner_of
        self._paired = base_nums | set(partner_of)
        mrng = random.Random(f"kznews-mirror/{self.seed}/mutate")
        order = [num for num in ids if num not in FIXED]
        mrng.shuffle(order)
        self.mutated_ids = sorted(f"u{num}" for num in order[: self.mutate])
        self._mutated = {num for num in order[: self.mutate]}
        latest = range(min(n, 46))
        self._latest = (
            [j for j in latest if langs[self._nums[j]] == "ru"],
            [j for j in latest if langs[self._nums[j]] != "ru"],
        )
        hrng = random.Random(f"kznews-mirror/{self.seed}/sitemap-only")
        hideable = [i for i in range(FEED_ITEMS, n)
                    if self._nums[i] not in FIXED and self._nums[i] not in self._paired]
        self._hidden = set(hrng.sample(hideable, min(self.sitemap_only, len(hideable))))
        self.sitemap_only_ids = sorted(f"u{self._nums[i]}" for i in self._hidden)
        # Articles only a headline block reaches (kznews.mirror.related)
        hideable = [i for i in hideable if i not in self._hidden]
        first_page = [i for i in range(n) if i not in self._hidden][: self.per_page]
        hideable = [i for i in hideable if i not in first_page]
        if self.related_only > len(hideable):
            raise ValueError(f"related_only: at most {len(hideable)} articles of this site")
        parents = choose_parents(hideable, self.related_only, first_page, self.seed)
        self._related_children = related_children(parents)
        self._related_hops = hops(parents)
        self.related_only_ids = sorted(f"u{self._nums[i]}" for i in parents)
        self._hidden |= set(parents)
        self.listed = [i for i in range(n) if i not in self._hidden]
        self._listed_pos = {i: k for k, i in enumerate(self.listed)}
        prng = random.Random(f"kznews-mirror/{self.seed}/popular")
        self.popular = tuple(prng.sample(self.listed, min(5, n)))

    # -- lookup -------------------------------------------------------------------------------

    def index_of(self, article_id: str) -> int | None:
        """Listing position of ``u<N>`` (0 = newest), or None."""
        if not article_id.startswith("u") or not article_id[1:].isdigit():
            return None
        return self._index.get(int(article_id[1:]))

    def plan_at(self, index: int) -> Plan:
        return self.plan(index)

    def __len__(self) -> int:
        return self.n

    def is_scripted(self, num: int) -> bool:
        return num in self._scripted

    def is_hanging(self, num: int) -> bool:
        return num in self._hanging

    def release_hanging(self) -> None:
        """Answer the held requests of hanging pages' script (tests call it before closing)."""
        self.holder.release()

    # -- article planning (lazy, cached) ----------------------------------------------------

    def rng(self, num: int, stream: int) -> random.Random:
        """The random stream ``stream`` of article ``num`` (0 content, 1 shared with its
        translation, 2 html hazards, 3 related block)."""
        return random.Random((self.seed << 40) ^ (num << 3) ^ stream)

    def _make_plan(self, index: int) -> Plan:
        num = self._nums[index]
        lang = self._langs[num]
        day = self._days[num]
        rng = self.rng(num, 0)
        base = self._partner_of.get(num, num)
        srng = self.rng(base, 1)
        if self.variant != "mixed":
            variant = self.variant
        elif num in FIXED:
            variant = FIXED[num][2]
        else:
            r = rng.random()
            variant = "classic" if r < 0.5 else "rich" if r < 0.8 else "bare"
        minute = rng.randint(8 * 60, 21 * 60 + 59) if variant == "rich" else None
        # attributes shared by both sides of a translation pair
        category = srng.choices(texts.CATEGORIES, weights=(5, 3, 3, 2, 1))[0]
        photo_credit = srng.choice(texts.PHOTO_CREDITS) if srng.random() < 0.75 else None
        r = srng.random()
        mode = "line" if r < 0.7 else "lead" if r < 0.88 else "none"
        src_idx = srng.randrange(100)
        place_idx = srng.randrange(len(texts.PLACES_RU))
        pool: tuple[str, ...]
        if num in self._paired:
            pool = ("КазТАГ", "Kazinform") if mode == "line" else ("Kazinform", "Tengrinews")
        elif mode == "lead":
            pool = texts.LEAD_SOURCES if lang == "ru" else ("Kazinform", "KazTAG", "Tengrinews")
        else:
            pool = texts.SOURCES_RU if lang == "ru" else texts.SOURCES_EN
        source: str | None = pool[src_idx % len(pool)] if mode != "none" else None
        place = (texts.PLACES_RU if lang == "ru" else texts.PLACES_EN)[place_idx]
        views = rng.randint(40, 25000)
        tag_pool = texts.TAGS_RU if lang == "ru" else texts.TAGS_EN
        tags = tuple(rng.sample(tag_pool, rng.randint(1, 4)))
        raw_paras: tuple[str, ...] | None = None
        hexdir = f"{(num * 2654435761) % 4096:03x}"
        n_img = 2 if rng.random() < 0.3 else 1
        images = tuple(
            f"/upload/iblock/{hexdir}/{num}{'' if k == 0 else f'_{k + 1}'}.jpg"
            for k in range(n_img)
        )

        if num in FIXED:
            title, paras, raw_paras, place, source, photo_credit, tags, views, mode = (
                self._fixed_content(num, lang)
            )
            category = "Социум"
        else:
            if lang == "ru":
                heads = texts.ru_headlines()
                title = heads[rng.randrange(len(heads))]
            else:
                title = texts.EN_HEADLINES[rng.randrange(len(texts.EN_HEADLINES))]
            para_pool = texts.ru_pool() if lang == "ru" else texts.en_pool()
            k = rng.randint(2, 5)
            picked = sorted(rng.sample(range(len(para_pool)), k))
            lead = self._lead(title, lang, mode, source, rng)
            paras = (lead, *(para_pool[i] for i in picked))
        mutated = num in self._mutated
        if mutated:
            paras = (*paras[:-1], f"{paras[-1]} {UPDATE_NOTE[lang]}")
        slug = _slug(title, lang)
        start = datetime.combine(
            day, time(0, 0) if minute is None else time(minute // 60, minute % 60)
        )
        modified = (start + timedelta(minutes=rng.randint(10, 36 * 60))).replace(tzinfo=ALMATY)
        if mutated:
            modified += timedelta(days=3, hours=2)
            if self.mutated_at is not None:
                modified = self.mutated_at.astimezone(ALMATY)
        return Plan(
            index=index,
            num=num,
            lang=lang,
            variant=variant,
            day=day,
            minute=minute,
            title=title,
            slug=slug,
            place=place,
            paras=paras,
            raw_paras=raw_paras,
            source=source,
            source_line=mode == "line",
            photo_credit=photo_credit,
            images=images,
            category=category,
            tags=tags,
            views=views,
            translation_of=self._partner_of.get(num),
            modified=modified.astimezone(UTC),
            mutated=mutated,
        )

    @staticmethod
    def _lead(title: str, lang: str, mode: str, source: str | None, rng: random.Random) -> str:
        head = title.rstrip(".")
        if mode == "none" or (mode == "line" and rng.random() < 0.5):
            return f"{head}."
        if lang == "ru":
            verb = rng.choice(("сообщает", "передает", "сообщает"))
            tail = " со ссылкой на пресс-службу ведомства" if rng.random() < 0.3 else ""
            return f"{head}, {verb} {source}{tail}."
        src = "KazTAG" if source == "КазТАГ" else source
        return f"{head}, {src} reports."

    @staticmethod
    def _fixed_content(
        num: int, lang: str
    ) -> tuple[
        str, tuple[str, ...], tuple[str, ...] | None, str, str | None, str | None,
        tuple[str, ...], int, str,
    ]:  # fmt: skip
        seeds = texts.seeds()
        if num in (45694, 46768):
            s = seeds[f"u{num}"]
            tags = ("МИД", "Япония", "диаспора") if num == 45694 else ("Luxembourg", "diaspora")
            views = 1482 if num == 45694 else 917
            return (
                s.title,
                s.clean_paras,
                s.raw_paras,
                s.place,
                s.source,
                None,
                tags,
                views,
                "line",
            )
        if num == 45713:
            return (
                texts.U45713_TITLE, texts.U45713_PARAS, None, "Almaty", "КазТАГ", None,
                ("Japan", "diaspora", "MFA"), 356, "line",
            )  # fmt: skip
        return (
            texts.U49120_TITLE, texts.U49120_PARAS, None, "Алматы", "пресс-служба акимата Алматы",
            "pixabay", ("Алматы", "аким", "субботник"), 683, "line",
        )  # fmt: skip

    # -- related block --------------------------------------------------------------------------

    def related(self, index: int) -> list[int]:
        """Listing positions of the articles in the page's headline block, in page order:
        about two thirds from the latest news (newest first), then older picks; mostly ru."""
        n = self.n
        want = min(30, n - 1)
        rng = self.rng(self._nums[index], 3)
        langs, nums = self._langs, self._nums
        k_head = want * 2 // 3
        hidden = self._hidden
        ru = [j for j in self._latest[0] if j != index and j not in hidden]
        en = [j for j in self._latest[1] if j != index and j not in hidden]
        k_en = min(len(en), max(k_head - len(ru), k_head // 6))
        head = sorted(rng.sample(ru, k_head - k_en) + rng.sample(en, k_en))
        seen = {index, *head}
        tail: list[int] = []
        tries = 0
        while len(head) + len(tail) < want and tries < 200:
            tries += 1
            j = int(rng.random() * n)
            if j in seen or j in hidden or (langs[nums[j]] == "en" and rng.random() < 0.7):
                continue
            seen.add(j)
            tail.append(j)
        for j in range(n):
            if len(head) + len(tail) >= want:
                break
            if j not in seen and j not in hidden:
                seen.add(j)
                tail.append(j)
        return head + tail + self._related_children.get(index, [])

    # -- ground truth ---------------------------------------------------------------------------

    def wire_time(self, index: int) -> datetime:
        """Publication time the feed and the news sitemap give: the page's own for rich
        pages, else a time of day the page does not show."""
        p = self.plan(index)
        if p.minute is not None:
            return p.published
        minute = self.rng(p.num, 4).randint(7 * 60, 22 * 60)
        return datetime.combine(p.day, time(minute // 60, minute % 60), tzinfo=ALMATY)

    def truth(self, index: int) -> dict[str, Any]:
        p = self.plan(index)
        bare = p.variant == "bare"
        published, precision = p.published, "minute" if p.minute is not None else "day"
        source = {"classic": "page", "rich": "jsonld", "bare": "dateline+listing"}[p.variant]
        if precision == "day" and index < FEED_ITEMS and (self.sitemaps or self.feed):
            # the crawl takes the time of day from the news sitemap (else the feed)
            published, precision = self.wire_time(index), "minute"
            source += "+sitemap" if self.sitemaps else "+feed"
        return {
            "id": p.id,
            "path": p.path,
            "canonical_path": p.path,
            "lang": p.lang,
            "title": _clean_title(p.title),
            "published_at": published.isoformat(),
            "published_date_precision": precision,
            "date_source": source,
            "dateline_place": p.place,
            "body": "\n\n".join(p.paras),
            "source": p.source,
            "photo_credit": p.photo_credit,
            "image_paths": list(p.images),
            "category": None if bare else p.category,
            "tags": [] if bare else list(p.tags),
            "views": None if bare else p.views,
            "related_ids": [f"u{self._nums[j]}" for j in self.related(index)],
            "translation_of": None if p.translation_of is None else f"u{p.translation_of}",
            "variant": p.variant,
            "listing_page": (None if index in self._hidden
                             else self._listed_pos[index] // self.per_page + 1),
            **({"related_hop": self._related_hops.get(index, 0 if index in self._listed_pos
                                                      else None)}
               if self.related_only else {}),
        }

    @property
    def articles(self) -> list[dict[str, Any]]:
        """Ground truth of every article, newest first (built on first use)."""
        if self._articles is None:
            self._articles = [self.truth(i) for i in range(self.n)]
        return self._articles

    def truth_document(self) -> dict[str, Any]:
        return {
            "site": {
                "outlet": "ic24.kz",
                "articles": self.n,
                "seed": self.seed,
                "variant": self.variant,
                "mutate": self.mutate,
                "mutated_ids": self.mutated_ids,
                "per_page": self.per_page,
                "pages": self.pages,
                **({"sitemaps": self.sitemaps, "feed": self.feed,
                    "sitemap_only_ids": self.sitemap_only_ids, "empty_tail": self.empty_tail}
                   if self.sitemaps or self.feed or self.empty_tail else {}),
                **({"scripted_ids": self.scripted_ids, "hanging_ids": self.hanging_ids}
                   if self.scripted else {}),
                **({"related_only_ids": self.related_only_ids} if self.related_only else {}),
            },
            "articles": self.articles,
        }

    def by_facet(self, kind: str, slug: str) -> list[int]:
        """Listing positions of the articles of one category or tag slug (index built lazily)."""
        if self._indexes is None:
            cats: dict[str, list[int]] = {}
            tags: dict[str, list[int]] = {}
            for i in self.listed:
                p = self.plan(i)
                cats.setdefault(texts.translit_slug(p.category), []).append(i)
                for t in p.tags:
                    tags.setdefault(texts.translit_slug(t), []).append(i)
            self._indexes = {"category": cats, "tag": tags}
        return self._indexes[kind].get(slug, [])

    def render(
        self,
        path_with_query: str,
        *,
        base: str = "https://ic24.kz",
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, str], bytes]:
        """Answer a GET for ``path_with_query``: status, response headers, body.

        ``base`` (scheme://host of the request) is used for canonical and absolute links;
        ``headers`` are the request headers (If-None-Match / If-Modified-Since give 304).
        """
        from .pages import respond

        return respond(self, path_with_query, base=base, headers=headers or {})


def build_site(
    articles: int = 240,
    seed: int = 1,
    variant: str = "mixed",
    mutate: int = 0,
    per_page: int = 20,
    scripted: int = 0,
    hanging: int = 0,
    sitemaps: bool = False,
    feed: bool = False,
    sitemap_only: int = 0,
    empty_tail: int = 0,
    mutated_at: datetime | None = None,
    related_only: int = 0,
) -> Site:
    """Build the mirror of ic24.kz: deterministic for a given seed, cheap for any size.

    ``sitemaps``/``feed``/``sitemap_only``/``empty_tail``: see kznews.mirror.discovery;
    ``mutated_at``: the changed articles' modification time (their sitemap lastmod);
    ``related_only``: articles only a headline block links (kznews.mirror.related)."""
    return Site(articles=articles, seed=seed, variant=variant, mutate=mutate, per_page=per_page,
                scripted=scripted, hanging=hanging, sitemaps=sitemaps, feed=feed,
                sitemap_only=sitemap_only, empty_tail=empty_tail, mutated_at=mutated_at,
                related_only=related_only)

"""The thirty-sixth copy's articles and ground truth, and the request router.

About 45 articles (ru, en, kk), ids ``u<N>`` growing with the date, 2020-2026, in one article
template whose media vary by position (see ``templates.py``): the lead photo's markup, an inline
photo with its caption form, a gallery or photo report, a video or social embed, an
infographic, and the form of the photo credit.

What a careful reader records (the truth): each photo of the article once, at its full size (the
link or ``data-full`` of a thumbnail, the widest ``srcset`` candidate, the real source behind a
lazy placeholder), resolved against the page; infographics are photos of the article. Video
posters, embedded posts, ad banners, logos, avatars, icons, emoji, counters, pixels, thumbnails
of other articles and ``og:image`` are not. Captions, embedded posts' text and promo lines are
not body; the photo credit is the name after the label (``Фото:``/``Photo:``/``Суреттер:``/``©``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time
from urllib.parse import urljoin, urlsplit

from tests.copykit import routes
from tests.copykit import stories as texts
from tests.copykit.catalogue import AGENCY, CopyArticle, Response
from tests.copykit.site import attribute, known_four, standard_catalogue

__all__ = ["AGENCY", "Article", "build", "by_num", "page_count", "page_items", "route", "truth"]

SEED = 3636
PER_PAGE = 10
CDN = "//cdn.ic24.kz"
LEADS = ("data-src", "data-lazy-src", "data-original", "srcset", "picture", "noscript",
         "background", "wp-sizes", "query", "relative", "cdn-resize")
INLINES = ("figure", "wp-caption", "line", "alt-only")
EMBEDS = ("youtube", "vimeo", "vk", "rutube", "video", "instagram", "telegram", "x")
CREDITS = ("span", "nospace", "figcaption", "copyright", "css-attr")
GALLERIES = ("gallery", "report")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"],
          "kk": ["Алматы", "Астана"]}
KK_EXTRA = [
    ("Түркістанда жаңа мұражай ашылды",
     ["Түркістан қаласында тарихи-өлкетану мұражайы ашылды.",
      "Мұражай қорында үш мыңнан астам жәдігер сақталған.",
      "Облыс әкімдігі келушілер үшін тегін экскурсиялар ұйымдастыратынын хабарлады."]),
]


@dataclass
class Article(CopyArticle):
    """Media switches; ``photos`` are the truth's image references (absolute paths or
    protocol-relative CDN URLs), in page order."""

    lead: str | None = None
    credit_form: str = "span"
    inline: str | None = None
    gallery: str | None = None
    gallery_size: int = 0
    embed: str | None = None
    infographic: bool = False
    promo: bool = False

    def folder(self) -> str:
        return f"/uploads/{self.day:%Y/%m}"

    def photo(self, k: int) -> str:
        """The full-size reference of photo ``k`` (1 = lead, 2 = inline, 10+ = gallery)."""
        if self.lead in ("background", "cdn-resize") and k == 1:
            return f"{CDN}/uploads/{self.day:%Y/%m}/ic{self.num}-{k}.jpg"
        return f"{self.folder()}/ic{self.num}-{k}.jpg"

    def infographic_full(self) -> str:
        return f"/uploads/infographics/ic{self.num}-full.png"

    def photos(self) -> list[str]:
        refs = [self.photo(1)] if self.lead else []
        if self.inline:
            refs.append(self.photo(2))
        if self.infographic:
            refs.append(self.infographic_full())
        refs += [self.photo(10 + k) for k in range(self.gallery_size)]
        return refs

    def image_paths(self) -> list[str]:
        return self.photos()

    def truth(self, base: str) -> dict[str, object]:
        rec = super().truth(base)
        rec["image_urls"] = [urljoin(base + self.path, ref) for ref in self.photos()]
        return rec


def _fixed() -> list[Article]:
    return known_four(
        Article, "one",
        ru=dict(lead="data-src", credit_form="nospace", inline="line", embed="instagram", images=0),
        pair=dict(photo_credit="Reuters", lead="picture", credit_form="figcaption", embed="x",
                  images=0),
        en=dict(lead="srcset", photo_credit="EU Reporter", credit_form="span", gallery="gallery",
                gallery_size=6, images=0),
        subbotnik=dict(lead="background", credit_form="css-attr", gallery="report", gallery_size=32,
                       embed="youtube", images=0),
    )


def _media(art: Article, i: int, rng: random.Random) -> None:
    art.lead = LEADS[i % len(LEADS)] if i % 12 != 7 else None
    art.credit_form = CREDITS[i % len(CREDITS)]
    if art.lead and i % 4 != 3:
        extra = ["Reuters"] if art.lang == "en" else []
        art.photo_credit = rng.choice([*texts.PHOTO_CREDITS, *extra])
    art.inline = INLINES[i % len(INLINES)] if i % 3 != 1 else None
    if i % 6 == 2:
        art.gallery, art.gallery_size = "gallery", rng.randrange(4, 9)
    elif i % 9 == 4:
        art.gallery, art.gallery_size = "report", rng.randrange(20, 41)
    art.embed = EMBEDS[(i // 2) % len(EMBEDS)] if i % 2 == 0 else None
    art.infographic = i % 7 == 3
    art.promo = i % 3 == 0


def _generic(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = texts.story(lang, title, i, rng, KK_EXTRA)
    art = Article(0, lang, day, title, "one", paragraphs)
    art.clock = None if i % 5 == 2 else time(rng.randrange(7, 22), rng.choice([0, 10, 25, 45]))
    art.place = rng.choice(PLACES[lang]) if i % 3 != 2 else None
    art.category = rng.choice(texts.RUBRICS[lang])
    art.tags = texts.some_tags(lang, rng)
    attribute(art, lead_source, rng, i % 4 != 3)
    art.views = None if i % 6 == 5 else rng.randrange(40, 9000)
    _media(art, i, rng)
    return art


_CATALOGUE = standard_catalogue(SEED, _fixed, _generic, PER_PAGE, KK_EXTRA)
build, by_num = _CATALOGUE.build, _CATALOGUE.by_num
truth, page_count = _CATALOGUE.truth, _CATALOGUE.page_count


def page_items(n: int) -> list[Article]:
    """The articles listing page ``n`` (from 1) shows, newest first."""
    return list(build()[(n - 1) * PER_PAGE : n * PER_PAGE])

LISTING = "/novosti"


def route(target: str, host: str) -> Response:
    """Answer one GET: (status, headers, body)."""
    from tests.thirtysixthsite import templates  # the templates import this module

    parts = urlsplit(target)
    path, base = parts.path, f"http://{host}"
    if path == "/robots.txt":
        return routes.robots(b"User-agent: *\nDisallow: /uploads/originals/\nDisallow: /search\n")
    if path in (LISTING, LISTING + "/", "/"):
        page = routes.page_in(parts.query, page_count())
        if page is None:
            return routes.not_found(templates.not_found())
        return templates.listing(page, base)
    return _CATALOGUE.article_or_404(path, base, templates.article,  # type: ignore[arg-type]
                                     templates.not_found)

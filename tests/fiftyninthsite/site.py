"""The fifty-ninth copy's articles, truth and router: a Telegram-first newsroom (see __init__).

Every article is a Telegram post published on the site, in one of three styles: ``editor``
(rewritten for the site: ``<p>`` paragraphs, a dateline), ``raw_br`` (the bot's import: the
post's text as ``<br><br>``-separated lines, emoji at line starts, a bold lead) and ``raw_p``
(an import script's ``<p>`` per line, empty ``<p>&nbsp;</p>`` between). ``forms`` records how
each page writes its info line, photo credit and source, so the tests can see every form.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, time

from tests.copykit import routes, stories
from tests.copykit import site as kit
from tests.copykit.catalogue import CopyArticle

PER_PAGE = 9
LISTING = "/novosti"
ROBOTS = b"User-agent: *\nDisallow: /search\nDisallow: /tg-bot/\n"
EMOJI = ("📌 ", "⚡️ ", "❗️ ", "🔹 ")
PLACES = {"ru": ["Алматы", "Астана", "Шымкент"], "en": ["Almaty", "Astana"], "kk": ["Алматы"]}
CHANNELS = ["КазТАГ", "Tengrinews.kz", "Kazinform"]  # "Переслано из …" names
# info-line forms by language (see __init__ for what each looks like)
INFO = {"ru": ("full", "no_tags", "no_views", "clock", "no_rubric"),
        "en": ("full", "en_md", "no_views"), "kk": ("full",)}
CREDIT = ("line", "glued", "album")
SOURCE = ("line", "lead", "forward")


@dataclass
class Article(CopyArticle):
    style: str = "editor"
    forms: dict[str, str] = field(default_factory=dict)
    tg_views: str | None = None  # the Telegram post's own counter ("1.2K"), never the views
    album: int = 0  # photos of the post's media group after the lead photo
    video: bool = False
    forwarded: str | None = None  # "Переслано из …" header (the source when no source line)
    bold_lead: bool = False
    nbsp_line: bool = False

    def image_paths(self) -> list[str]:
        lead = [f"/upload/posts/{self.num}/cover.jpg"] if self.images else []
        return lead + [f"/upload/tg/{self.num}_{k}.jpg" for k in range(1, self.album + 1)]


def _tg_count(rng: random.Random) -> str:
    n = rng.randrange(1200, 48000)
    return f"{n / 1000:.1f}K"


def _forms(info: str, credit: str, source: str) -> dict[str, str]:
    return {"info": info, "credit": credit, "source": source}


def _known() -> list[Article]:
    return kit.known_four(
        Article, ("editor", "raw_p", "editor", "raw_br"),
        ru=dict(style="editor", clock=None, forms=_forms("full", "line", "line"),
                nbsp_line=True),
        pair=dict(style="raw_p", clock=None, forms=_forms("en_md", "line", "lead"),
                  tg_views="2.4K", album=2),
        en=dict(style="editor", clock=None, forms=_forms("full", "none", "line"),
                photo_credit=None),
        subbotnik=dict(style="raw_br", clock=None, forms=_forms("full", "glued", "line"),
                       tg_views="1.2K", bold_lead=True, video=True, album=3,
                       paragraphs=[kit.SUBBOTNIK_PARAGRAPHS[0],
                                   *("🔹 " + p for p in kit.SUBBOTNIK_PARAGRAPHS[1:])]),
    )


def _make(i: int, lang: str, title: str, day: date, rng: random.Random) -> Article:
    paragraphs, lead_source = stories.story(lang, title, i, rng)
    style = ("editor", "raw_br", "raw_p")[i % 3]
    info = INFO[lang][(i // 3) % len(INFO[lang])] if rng.random() < 0.45 else "full"
    if info == "no_tags" and style == "editor":  # only a raw post's hashtags can stand alone
        info = "full"
    if lang == "en" and info == "full" and i % 2:
        info = "en_md"
    art = Article(num=0, lang=lang, day=day, title=title, cms=style, paragraphs=paragraphs,
                  style=style, category=rng.choice(stories.RUBRICS[lang]),
                  tags=stories.some_tags(lang, rng) or [stories.TAGS[lang][0]],
                  views=rng.randrange(40, 9000), images=1 if i % 4 else 0)
    if style == "editor" or i % 4 == 1:
        art.place = rng.choice(PLACES[lang])
    if style != "editor":  # emoji at line starts, never before a dateline
        art.paragraphs = [(EMOJI[(i + k) % 4] if (k + i) % 2 == 0 and (k or not art.place)
                           else "") + p for k, p in enumerate(paragraphs)]
        art.bold_lead = i % 2 == 0
        art.tg_views = _tg_count(rng)
        art.album = (i % 4) if art.images else 0
        art.video = i % 5 == 2
    kit.attribute(art, lead_source, rng, named=i % 2 == 0)
    form = "lead" if lead_source else ("line" if art.source else "none")
    if art.source is None and style != "editor" and i % 3 == 1 and lang != "kk":
        art.forwarded = art.source = CHANNELS[i % len(CHANNELS)]
        form = "forward"
    art.photo_credit = rng.choice(stories.PHOTO_CREDITS) if art.images and i % 3 else None
    credit = "none"
    if art.photo_credit:
        credit = ("album" if art.album > 1 and i % 2 == 0 else
                  "glued" if art.place and i % 2 else "line")
    if info == "clock":
        art.clock = time(rng.randrange(7, 23), rng.randrange(0, 60))
    if info == "no_views":
        art.views = None
        art.tg_views = art.tg_views or _tg_count(rng)
    if info == "no_rubric":
        art.category = None
    art.forms = {"info": info, "credit": credit, "source": form}
    return art


_catalogue = kit.standard_catalogue(5959, _known, _make, PER_PAGE)
build = _catalogue.build
by_num = _catalogue.by_num
truth = _catalogue.truth
page_count = _catalogue.page_count
page_items = _catalogue.page_items


def route(target: str, host: str) -> routes.Response:
    """One GET: robots.txt, the listing ``/novosti?page=N``, ``/`` to the listing, articles."""
    from tests.fiftyninthsite import templates

    return routes.answer(target, host, _catalogue, templates, ROBOTS, home=LISTING,
                         home_status=302)

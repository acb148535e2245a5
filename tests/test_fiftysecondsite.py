"""kznews against a fifty-second copy of ic24.kz: hand-typed pages with editors' slips.

One plain template (tests/fiftysecondsite) on which about two pages in three carry one or two
slips an editor typed into the CMS's rich-text box, each slip on two or three pages: source
and photo labels typed differently (``Источник :``, ``ИСТОЧНИК:``, ``Источники: A, B``,
``Source:``, ``Фото -``, the credit on the next line or in the caption, two credits, an empty
``<img src="">``), loose datelines (no spaces, a comma, capitals, a typo'd month, repeated,
bold on its own), the info line's lower-case month, ``1 683`` views, loose tag lists and a
rubric with a trailing space, ``<p>&nbsp;</p>`` spacers, ``<br><br>`` breaks, a paragraph
pasted twice, Word markup, messenger emoji and asterisks, a paragraph in capitals, headlines
with a period, double spaces or homoglyphs, English pages marked ``ru``. The truth is what a
careful reader takes (the calls are in ``site``'s docstring). The crawl runs as every scored
copy does (``-a max_pages=50``, ``KZNEWS_RENDER=never``) and is scored field by field.
"""

from __future__ import annotations

from collections import Counter

from tests.copykit import checks, scoring
from tests.copykit.catalogue import AGENCY
from tests.copykit.crawl import check_score
from tests.copykit.text import RU_MONTHS
from tests.fiftysecondsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")
KNOWN = {"u45694", "u45713", "u46768", "u49120"}


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_every_slip_occurs() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    checks.check_seed_truth(truth)
    checks.check_leap_days(truth)
    counts = Counter(name for a in arts for name in a.slips)
    for name, (_, pages, variants, _) in site.SLIPS.items():
        assert 2 <= counts[name] == pages <= 4, (name, counts[name])
        assert {a.slips[name] for a in arts if name in a.slips} == set(range(variants)), name
    slipped = [a for a in arts if a.slips]
    assert all(len(a.slips) <= 2 for a in arts)
    assert 0.4 <= len(slipped) / len(arts) <= 0.75, len(slipped)
    assert not any(a.slips for a in arts if a.id in KNOWN)
    assert all(str(r["published_at"]).endswith("T00:00:00" + str(r["published_at"])[-6:])
               for r in truth.values())
    assert {a.day.year for a in arts} >= {2020, 2021, 2022, 2023, 2024, 2025}


def _typed(a: site.Article, markup: str, text: str) -> None:
    """The slips the page shows are typed as the copy says."""
    forms = {
        "src_label": ["Источник : ", "Источник - "], "src_case": ["источник: ", "ИСТОЧНИК: "],
        "src_two": ["Источники: "], "src_en": ["Source: "],
        "photo_label": ["Фото : ", "Фото - "], "photo_newline": ["Фото:<br>\n"],
        "photo_two": [f"Фото: {a.photo_credit}"], "photo_caption": [f". Фото: {a.photo_credit}"],
        "img_empty": ['<img src="" alt="">'], "dl_bold": ["<p><strong>"],
        "dl_loose": [f"{AGENCY[a.lang]}-", f"{AGENCY[a.lang]} – "],
        "dl_caps": [f"{(a.place or '').upper()}. "],
        "dl_typo": [templates.typo(RU_MONTHS[a.day.month - 1])],
        "info_lower": [templates.date_words(a.day, lower=True)],
        "views_nbsp": [f"{a.views or 0:,}".replace(",", "\u00a0")],
        "tags_loose": [", ".join(a.tags) + ",<", ",, ", f", {a.tags[0]}</span>" if a.tags else ""],
        "rubric_space": [f"{a.category} </a>"], "p_nbsp": ["<p>&nbsp;</p>"],
        "br_br": ["<br><br>"], "word": ["<o:p></o:p>"], "messenger": ["**"],
        "title_punct": [f">{a.title}</h1>", "  "], "lang_ru": ['<html lang="ru">'],
    }
    for name, variant in a.slips.items():
        if name in forms:
            assert forms[name][variant] in markup, (a.id, name, variant)
    if "dl_repeat" in a.slips:
        assert text.count(f"{AGENCY[a.lang]} - ") == 2, a.id
    if "dup_para" in a.slips:
        assert text.count(a.paragraphs[1]) == 2, a.id
    if "title_homoglyph" in a.slips:
        assert a.headline != a.title and a.headline in markup, a.id
    if "caps" in a.slips:
        assert a.paragraphs[-1].isupper() or a.paragraphs[-1] == a.paragraphs[-1].upper(), a.id


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = checks.page(site.route, a.path)
        for para in [a.title, *a.paragraphs]:
            assert para in text, (a.id, para[:60])
        for tag in a.tags:
            assert tag in text, (a.id, tag)
        assert a.place is None or a.place.lower() in text.lower(), a.id
        assert a.category is None or a.category in text, a.id
        views = f"{a.views or 0:,}".replace(",", " " if "views_nbsp" in a.slips else "")
        assert a.views is None or f"</i>{views}<" in markup.replace("\u00a0", " "), a.id
        assert a.source is None or a.source in text, a.id
        assert a.photo_credit is None or a.photo_credit in text, a.id
        assert all(p in markup for p in a.image_paths()), a.id
        assert templates.date_words(a.day).lower() in text.lower(), a.id
        assert "USD/KZT 0.0" in text
        _typed(a, markup, text)


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site)
    assert site.page_count() >= 5


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694],
                               f"/novosti?page={site.page_count() + 1}", "/novosti?page=x")


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("fiftysecondsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=60)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice_and_no_trap(crawl_run: checks.Logged) -> None:
    """Every page once; beyond robots, the listing and the articles only a few discovery
    probes (a sitemap, a feed) that the copy answers 404."""
    checks.check_fetched_once(crawl_run[1], {"/robots.txt", *checks.copy_pages(site, "?page={}")})


def test_spider_on_hand_typed_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])

"""kznews against a thirtieth copy of ic24.kz about syndication and the editorial life of a story
(tests/thirtiethsite).

Agency stories republished with ``<link rel=canonical>`` on the agency's domain and the
``original-source``/``syndication-source`` links, updated stories ("Обновлено", ``dateModified``,
"UPD:"/"Дополнено:" paragraphs, correction notes), several bylines and roles with an author
card, exclusive and sponsored labels, a disclaimer, a series in parts, "Хронология" timelines,
"Главное" boxes, "Что известно" lists and Russian/English translations linking each other. The
truth rules are in ``tests/thirtiethsite/site.py``. The crawl is the default one (discovery and
arguments as a user runs it; the copykit passes ``max_pages=50`` and ``KZNEWS_RENDER=never``)
and is scored field by field, ``canonical_url`` and ``related`` (by id) included.
"""

from __future__ import annotations

import html
import json
import re
from datetime import datetime
from typing import cast

from tests.copykit import checks, scoring
from tests.copykit.checks import test_spider_crawl_is_clean  # noqa: F401 - shared
from tests.copykit.crawl import check_score, crawl_fixture
from tests.copykit.server import served
from tests.copykit.text import normalise
from tests.thirtiethsite import site

FIELDS = (*scoring.SCORED_FIELDS, "image_urls", "canonical_url", "related")


base_url = served(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_feature_mix() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert {(a.lang, a.agency) for a in arts if a.agency} >= {
        ("ru", "Kazinform"), ("ru", "Tengrinews.kz"), ("en", "Reuters"), ("kk", "Kazinform")}
    for a in arts:
        rec = truth[a.id]
        assert (rec["canonical_url"] == f"http://h{a.path}") == (a.agency is None), a.id
        assert a.agency is None or rec["source"] == a.agency
        assert a.updated is None or a.updated > a.local
    kinds = {k for a in arts for k in a.kinds}
    assert kinds == {"p", "upd", "known", "li", "fix"}
    assert {a.lang for a in arts if "fix" in a.kinds} >= {"ru", "en"}
    assert any(a.updated_first for a in arts) and any(a.sponsored for a in arts)
    assert any(a.exclusive for a in arts) and any(a.key_points for a in arts)
    assert any(a.author_card for a in arts) and any(len(a.credits) >= 3 for a in arts)
    assert [a.series for a in site.series_parts()] == [1, 2, 3]
    ru, en = truth["u45694"], truth["u45713"]
    # the translation first, then the sidebar's stories (eight, the page itself not among them)
    for rec, other in ((ru, "u45713"), (en, "u45694")):
        ids = [r["id"] for r in _related(rec)]
        assert ids[0] == other and len(ids) == len(set(ids)) >= 8 and rec["id"] not in ids
    checks.check_subbotnik(truth)
    assert str(truth["u49120"]["body"]).endswith(site.UPD["ru"][0])


def _related(rec: dict[str, object]) -> list[dict[str, str]]:
    return cast(list[dict[str, str]], rec["related"])


def _page(art: site.Article) -> tuple[str, str]:
    return checks.page(site.route, art.path)


def _story_text(markup: str) -> str:
    found = re.search(r'<div class="story__text">(.*?)</div>', markup)
    assert found
    return normalise(html.unescape(re.sub(r"<[^>]+>", " ", found.group(1))))


def test_pages_carry_the_truth() -> None:
    for a in site.build():
        markup, text = _page(a)
        rec = a.truth("http://h")
        inside = _story_text(markup)
        for para in [a.title, *a.paragraphs]:
            assert para in text, (a.id, para[:60])
        for para in a.paragraphs[1:]:
            assert para in inside, (a.id, para[:60])
        assert all(t in text for t in a.tags)
        assert (f"{site.AGENCY[a.lang]} - " in text) == bool(a.place), a.id
        assert a.category is None or f">{html.escape(a.category)}</a>" in markup
        assert a.views is None or re.search(rf"\b{a.views}\b", text), a.id
        assert a.source is None or a.source in text
        assert a.photo_credit is None or re.search(
            rf"(Фото|Photo): {re.escape(a.photo_credit)}", text), a.id
        assert f'<link rel="canonical" href="{rec["canonical_url"]}">' in markup
        assert all(f'href="{r["url"][len("http://h"):]}"' in markup
                   for r in _related(rec)), a.id
        assert all(p in markup for p in a.image_paths())
        assert ("original-source" in markup) == bool(a.agency)
        ld = json.loads(re.findall(r'ld\+json">(.*?)</script>', markup)[0])
        published = datetime.fromisoformat(ld["datePublished"])
        assert published == (a.local if a.clock else a.local.replace(tzinfo=None)), a.id
        assert (ld["dateModified"] != ld["datePublished"]) == (a.updated is not None)
        assert "USD/KZT 0.0" in text


def test_labels_sit_where_the_rules_say() -> None:
    """The labels the truth leaves out of the body are on the page, some inside the text."""
    arts = site.build()
    sponsored = next(a for a in arts if a.sponsored and a.lang == "ru")
    inside = _story_text(_page(sponsored)[0])
    assert inside.endswith("На правах рекламы") and "Мнение редакции" in inside
    assert "На правах рекламы" not in str(sponsored.truth("http://h")["body"])
    fixed = next(a for a in arts if "fix" in a.kinds and a.lang == "ru")
    assert site.CORRECTION["ru"] in _story_text(_page(fixed)[0])
    assert str(fixed.truth("http://h")["body"]).endswith(site.CORRECTION["ru"])
    kp = next(a for a in arts if a.key_points)
    assert site.KEY_POINTS[kp.lang][0] in _page(kp)[1]
    assert site.KEY_POINTS[kp.lang][0] not in str(kp.truth("http://h")["body"])
    first = site.series_parts()[1]
    assert "Часть 1" in _page(first)[1] and "Эксклюзив" in _page(site.series_parts()[0])[1]
    assert "Эта новость доступна на английском" in _page(site.by_num()[45694])[1]


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_listing(
        base_url, "/novosti", re.compile(r"/novosti(\?start=\d+)?"), site.truth(base_url),
        {"/novosti", *(f"/novosti?start={10 * (n - 1)}" for n in range(2, site.page_count() + 1))})
    assert site.page_count() >= 4


def test_robots_redirects_and_404(base_url: str) -> None:
    checks.check_usual_answers(base_url, site.by_num()[45694], "/novosti?start=990",
                               "/novosti?start=5")


# --------------------------------------------------------------------------- the crawl


crawl = crawl_fixture("thirtiethsite", site.truth, FIELDS, same=site.same)


def test_spider_on_syndication_copy(crawl: scoring.Score) -> None:
    check_score(crawl)

"""kznews against a sixty-ninth copy of ic24.kz written as a uCoz site (tests/sixtyninthsite).

Table layout, ``eBlock``/``eTitle``/``eMessage``/``eDetails`` entries, uCoz entry links
(``/news/2023-04-20-9120``, a 301 to the article), ``/_nw/`` thumbnail/full photo pairs,
``Просмотров: … | Добавил: admin | Теги: … | Рейтинг: 0.0/0``, a comments block, counters,
windows-1251 with and without a charset header, ``/novosti/?page2`` pagination; about a third
of the pages deviate (see the package docstring). The crawl runs with the default discovery and
is scored field by field.
"""

from __future__ import annotations

import html
import re

from tests.copykit import checks, scoring
from tests.copykit.crawl import check_score
from tests.copykit.text import normalise
from tests.sixtyninthsite import site, templates

FIELDS = (*scoring.SCORED_FIELDS, "image_urls")


server, base_url = checks.serving(site.route)


# --------------------------------------------------------------------------- the copy itself


def test_truth_shape_and_deviations() -> None:
    arts, truth = checks.shaped(site, FIELDS)
    assert set(site.DEVIATIONS) <= {a.dev for a in arts}
    assert 0.25 <= sum(a.dev is not None for a in arts) / len(arts) <= 0.4
    checks.check_leap_days(truth)
    checks.check_seed_truth(truth)
    assert any(a.clock for a in arts) and any(not a.clock for a in arts)


def _page(art: site.Article) -> tuple[str, str, str]:
    status, headers, body = site.route(art.path, "h")
    assert status == 200
    markup = body.decode("utf-8" if art.dev == "utf8_mislabel" else "cp1251")
    inline = re.sub(r"</?(?:a|b|span|noindex)\b[^>]*>", "", markup)  # read as a browser shows it
    text = normalise(html.unescape(re.sub(r"<[^>]+>", " ", inline)))
    return headers["Content-Type"], markup, text


def test_pages_carry_the_truth() -> None:
    ctypes = set()
    for a in site.build():
        ctype, markup, text = _page(a)
        ctypes.add(ctype)
        for para in [a.title, *a.paragraphs]:
            assert para in text, (a.id, para[:60])
        for tag in a.tags:
            assert tag in text, (a.id, tag)
        assert a.place is None or f"{a.place}. " in text, a.id
        assert a.category is None or a.category in text, a.id
        assert a.views is None or f"Просмотров: {a.views}" in text, a.id
        assert a.source is None or a.source in text, a.id
        assert a.photo_credit is None or f"Фото:{a.photo_credit}" in text, a.id
        assert all(p in markup for p in a.image_paths())
        assert "USD/KZT 0.0" in text and "nativeroll_video_cont" in markup
        assert "Рейтинг: 0.0/0" in text and "uCoz" in text
    assert ctypes == {"text/html", templates.HTML}


def test_every_info_line_form_occurs() -> None:
    texts = {a.id: _page(a)[2] for a in site.build()}
    assert "20 Апреля 2023 683 Социум Алматы, аким, субботник" in texts["u49120"]
    assert "Алматы. 16 апреля. Центр информации - " in texts["u45694"]
    assert "Almaty. August 2. Information Center - " in texts["u46768"]
    assert "Источник: EU Reporter" in texts["u46768"]
    assert "August 2, 2021 Society Kazakhstan, Luxembourg" in texts["u46768"]
    photo_run = [a for a in site.build() if a.dev == "photo_run"]
    assert all(f"Фото:{a.photo_credit}{a.place}. " in texts[a.id] for a in photo_run)
    numeric = [a for a in site.build() if a.dev == "date_numeric"]
    assert all(f"{a.day:%d.%m.%Y}" in texts[a.id] for a in numeric)


def test_listing_pagination_reaches_every_article(base_url: str) -> None:
    checks.check_site_listing(base_url, site, target=r"/novosti(/\?page\d+)?",
                              form="/novosti/?page{}")
    assert site.page_count() >= 4


def test_robots_redirects_and_404(base_url: str) -> None:
    art = site.by_num()[49120]
    checks.check_usual_answers(base_url, art, f"/novosti/?page{site.page_count() + 1}",
                               "/novosti?page=2")
    checks.check_moved(base_url, "/news/2023-04-20-9120", art.path)


# --------------------------------------------------------------------------- the crawl


crawl_run, crawl = checks.logged_crawl_fixtures("sixtyninthsite", site.truth, FIELDS,
                                                same=scoring.same_moment, shown=40)
test_spider_crawl_is_clean = checks.test_spider_crawl_is_clean  # shared, collected here


def test_no_page_fetched_twice(crawl_run: checks.Logged) -> None:
    """Every listing page and article once; other targets are 404 probes or uCoz entry links
    (301 to an article)."""
    gets = crawl_run[1]
    ucoz = {a.ucoz_path for a in site.build()}
    checks.check_fetched_once([g for g in gets if g[0] not in ucoz],
                              {"/robots.txt", *checks.copy_pages(site, "/?page{}")})


def test_spider_on_ucoz_copy(crawl_run: checks.Logged) -> None:
    check_score(crawl_run[0])

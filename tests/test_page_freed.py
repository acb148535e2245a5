"""An extracted page goes when its extraction returns: no reference cycle keeps its tree, lines
and index waiting for Python's cycle collector (whose passes over them cost more than many
rules, and which a crawl runs seldom)."""

from __future__ import annotations

import gc
from datetime import date

from kznews.mirror import build_site
from kznews.sites.centerinform import extract_article
from kznews.sites.centerinform.page import ArticlePage

BASE = "https://ic24.kz"


def test_extracted_pages_leave_no_cycle() -> None:
    site = build_site(articles=60, seed=3, variant="mixed")
    pages = []
    for truth in site.articles[:60]:
        status, _, body = site.render(truth["path"], base=BASE)
        assert status == 200
        pages.append((body.decode("utf-8"), BASE + truth["path"]))
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        for html, url in pages:
            out = extract_article(html, url, [], date(2026, 11, 23))
            assert out.values.get("title")
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        left = [o for o in gc.garbage if isinstance(o, ArticlePage)]
        names = sum(1 for o in gc.garbage if type(o).__name__ == "PageNames")
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if enabled:
            gc.enable()
    assert left == [] and names == 0


_CRUMBED = ("<html><head><title>Заголовок новости дня</title></head><body>"
            "<div class='breadcrumbs'><a href='/'>Главная</a> » <a href='/rubric/society'>"
            "Общество</a> » <span>Заголовок</span></div><h1>Заголовок новости дня</h1>"
            "<div class='news-text'><p>Алматы. 16 апреля. Центр информации - В городе прошла "
            "акция, в которой приняли участие сотни жителей и гостей города.</p><p>Второй абзац "
            "текста новости с подробностями о событии и его участниках.</p></div></body></html>")


def test_a_page_whose_rubric_is_read_off_its_crumbs_leaves_no_cycle() -> None:
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        out = extract_article(_CRUMBED, f"{BASE}/news/zagolovok-u12345", [], date(2026, 11, 23))
        assert (out.values.get("category"), out.rules.get("category")) == (
            "Общество", "css:breadcrumb")
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        left = [o for o in gc.garbage if isinstance(o, ArticlePage)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if enabled:
            gc.enable()
    assert left == []

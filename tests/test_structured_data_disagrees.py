"""Structured data (JSON-LD, article meta) that disagrees with what the page shows, the way
real CMSs get it wrong: a later edit's moment as ``datePublished``, ``articleSection`` as a
list opening with the umbrella section, the rubric or the site's default keywords in
``keywords``, a cached ``userInteractionCount``, a ``headline`` cut at a word's end. Each on a
small page of its own, with a guard where the structured data is right."""

from __future__ import annotations

import json
from typing import Any

from kznews import article_from_html

URL = "http://h/news/v-pavlodare-otkryli-novuyu-shkolu-u50003"
H1 = "В Павлодаре открыли новую школу на тысячу двести учеников в микрорайоне Сарыарка"
P1 = ("Павлодар. 14 февраля. Центр информации - В Павлодаре открыли новую школу на тысячу "
      "двести учеников, сообщает пресс-служба акимата.")
P2 = "Строительство школы заняло два года, в ней работают сорок кабинетов и бассейн."


def _page(ld: dict[str, Any] | None = None, info: str = "", head: str = "",
          h1: str = H1) -> str:
    block = ('<script type="application/ld+json">'
             f'{json.dumps({"@context": "https://schema.org", **ld}, ensure_ascii=False)}'
             "</script>") if ld is not None else ""
    return (f'<html lang="ru"><head><title>{h1}</title>{head}{block}</head><body>'
            '<header><a class="logo" href="/">Портал</a></header><main><article>'
            f'<h1 class="news-title">{h1}</h1><div class="news-info">{info}</div>'
            f'<div class="news-text"><p>{P1}</p><p>{P2}</p></div></article></main>'
            "</body></html>")


def _record(html: str) -> dict[str, Any]:
    rec = article_from_html(html, URL)
    assert rec is not None
    return rec


def _article(**fields: Any) -> dict[str, Any]:
    return {"@type": "NewsArticle", "headline": H1, **fields}


SHOWN = '<span class="news-date">14 Февраля 2026, 17:00</span>'


# --------------------------------------------------------------------------- published_at


def test_a_structured_date_days_after_the_shown_date_is_an_edit() -> None:
    edit = "2026-02-19T14:05:00+05:00"
    page = _page(_article(datePublished=edit), SHOWN)
    assert _record(page)["published_at"] == "2026-02-14T17:00:00+05:00"
    # article:published_time alone (microdata pages, no JSON-LD) is the same edit
    meta = _page(None, SHOWN, f'<meta property="article:published_time" content="{edit}">')
    assert _record(meta)["published_at"] == "2026-02-14T17:00:00+05:00"


def test_a_structured_date_that_agrees_or_comes_before_the_shown_one_stays() -> None:
    # the same moment, a few hours apart (a zone read otherwise), or earlier: the shown date
    # may be the update's, and the structured date is the publication
    for stated in ("2026-02-14T17:00:00+05:00", "2026-02-14T21:30:00+05:00",
                   "2026-02-10T09:00:00+05:00"):
        page = _page(_article(datePublished=stated), SHOWN)
        assert _record(page)["published_at"] == stated
    # a date line without its year says too little to overrule it
    yearless = '<span class="news-date">14 февраля, 17:00</span>'
    later = "2026-02-19T14:05:00+05:00"
    assert _record(_page(_article(datePublished=later), yearless))["published_at"] == later
    # a change line under the headline is no publication date
    changed = '<span class="news-date">Обновлено: 10 Февраля 2026, 17:00</span>'
    assert _record(_page(_article(datePublished=later), changed))["published_at"] == later


# --------------------------------------------------------------------------- category


def test_an_umbrella_section_in_a_list_yields_to_the_specific_one() -> None:
    for section, rubric in ((["Новости", "Спорт"], "Спорт"), (["News", "Society"], "Society"),
                            (["Жаңалықтар", "Қоғам"], "Қоғам"), (["Главное", "Политика"],
                                                                  "Политика")):
        assert _record(_page(_article(articleSection=section)))["category"] == rubric


def test_a_section_list_of_specific_names_keeps_its_first() -> None:
    page = _page(_article(articleSection=["Экономика", "Спорт"]))
    assert _record(page)["category"] == "Экономика"
    assert _record(_page(_article(articleSection="Новости")))["category"] == "Новости"


def test_a_section_in_another_script_than_the_story_yields_to_the_rubric_shown() -> None:
    """A template's English ``articleSection`` over a Russian story (or a Russian one over an
    English story) is a translation: the rubric the page shows wins; with none shown the
    section is still the category."""
    crumbs = ('<div class="breadcrumbs"><a href="/">Главная</a> / '
              '<a href="/rubric/society">Социум</a></div>')
    shown = _page(_article(articleSection="Society"), SHOWN + crumbs)
    rec = _record(shown)
    assert rec["category"] == "Социум"
    assert rec["extraction"]["category"] != "jsonld:articleSection"
    alone = _record(_page(_article(articleSection="Society"), SHOWN))
    assert alone["category"] == "Society"
    assert alone["extraction"]["category"] == "jsonld:articleSection"
    # the same script: the structured section still comes first
    same = _record(_page(_article(articleSection="Общество"), SHOWN + crumbs))
    assert same["category"] == "Общество"


def test_the_folder_of_the_articles_address_is_no_rubric() -> None:
    """A static site's generator writes the content folder as every page's section
    (``<meta property="article:section" content="news">`` on ``/news/…``): no rubric. A
    placeholder section in another script than the story is none either."""
    head = '<meta property="article:section" content="news">'
    assert _record(_page(None, SHOWN, head))["category"] is None
    assert _record(_page(_article(articleSection="Uncategorized"), SHOWN))["category"] is None
    # a rubric that happens to be a word of the address, or any capitalised section, stays
    other = '<meta property="article:section" content="pavlodar">'
    assert _record(_page(None, SHOWN, other))["category"] == "pavlodar"
    assert _record(_page(None, SHOWN, head.replace("news", "News")))["category"] == "News"


# --------------------------------------------------------------------------- tags


def _tagged(*tags: str) -> str:
    links = ", ".join(f'<a href="/tag/{i}">{t}</a>' for i, t in enumerate(tags))
    return f'{SHOWN} <span class="news-tags">Теги: {links}</span>'


def test_the_rubric_in_keywords_is_no_tag_when_the_shown_tags_are_the_other_keywords() -> None:
    ld = _article(articleSection="Общество", keywords="Общество, бюджет, экология")
    rec = _record(_page(ld, _tagged("бюджет", "экология")))
    assert rec["category"] == "Общество"
    assert rec["tags"] == ["бюджет", "экология"]


def test_the_rubric_in_keywords_stays_where_the_page_shows_it_as_a_tag_or_shows_none() -> None:
    ld = _article(articleSection="Общество", keywords="Общество, бюджет, экология")
    assert _record(_page(ld, _tagged("Общество", "бюджет")))["tags"] == \
        ["Общество", "бюджет", "экология"]
    assert _record(_page(ld, SHOWN))["tags"] == ["Общество", "бюджет", "экология"]


def test_keywords_naming_the_outlet_are_the_sites_default_set() -> None:
    for words in ("Центр информации, новости Казахстана, новости Алматы",
                  ["Information Center", "Kazakhstan news", "Almaty news"]):
        assert _record(_page(_article(keywords=words))).get("tags", []) == []


def test_the_outlets_name_beside_the_storys_keywords_is_dropped_alone() -> None:
    for words in ("Центр информации, энергетика, тарифы",
                  ["энергетика", "Центр информации", "тарифы"]):
        rec = _record(_page(_article(articleSection="Общество", keywords=words)))
        assert rec["tags"] == ["энергетика", "тарифы"]


def test_keywords_of_the_story_stay() -> None:
    rec = _record(_page(_article(articleSection="Общество", keywords="бюджет, экология")))
    assert rec["tags"] == ["бюджет", "экология"]


# --------------------------------------------------------------------------- views


def _stat(count: int) -> dict[str, Any]:
    return {"@type": "InteractionCounter", "interactionType": "https://schema.org/ReadAction",
            "userInteractionCount": count}


def test_the_counter_beside_the_headline_beats_a_cached_count() -> None:
    counter = SHOWN + ' <span class="news-views"><i class="icon-eye"></i> 3539</span>'
    page = _page(_article(interactionStatistic=_stat(1179)), counter)
    assert _record(page)["views"] == 3539


def test_a_structured_count_stays_where_the_page_shows_it_or_none() -> None:
    assert _record(_page(_article(interactionStatistic=_stat(1179)), SHOWN))["views"] == 1179
    same = SHOWN + ' <span class="news-views"><i class="icon-eye"></i> 1179</span>'
    assert _record(_page(_article(interactionStatistic=_stat(1179)), same))["views"] == 1179
    # a rounded counter (``1.2K``) is the exact count's short form, not a later one
    rounded = SHOWN + ' <span class="news-views"><i class="icon-eye"></i> 1.2K</span>'
    assert _record(_page(_article(interactionStatistic=_stat(1179)), rounded))["views"] == 1179


# --------------------------------------------------------------------------- title


def test_a_headline_cut_at_a_words_end_gives_way_to_the_shown_one() -> None:
    cut = H1[:H1.index(" в микрорайоне")] + "…"
    assert _record(_page(_article(headline=cut)))["title"] == H1
    graph = {"@graph": [{"@type": "WebSite", "name": "Портал"}, _article(headline=cut)]}
    assert _record(_page(graph))["title"] == H1


def test_a_headline_that_ends_in_an_ellipsis_of_its_own_stays() -> None:
    title = "Аким ответил на вопросы жителей о новой школе…"
    assert _record(_page(_article(headline=title), h1=title))["title"] == title


def test_a_lone_umbrella_section_yields_to_the_rubric_the_page_shows() -> None:
    for umbrella in ("Новости", "News", "Главное"):
        rec = _record(_page(_article(articleSection=umbrella), info="14 Февраля 2026 683 Социум"))
        assert rec["category"] == "Социум", umbrella


def test_a_lone_umbrella_section_stays_where_the_page_shows_no_rubric() -> None:
    assert _record(_page(_article(articleSection="Новости")))["category"] == "Новости"


def test_a_pictures_button_beside_the_date_is_no_rubric() -> None:
    for button in ("Enlarge Image", "Zoom", "Увеличить фото", "Открыть галерею"):
        rec = _record(_page(_article(articleSection="News"),
                            info=f"14 Февраля 2026 | 17:00 | {button}"))
        assert rec["category"] == "News", button
    rec = _record(_page(_article(articleSection="News"), info="14 Февраля 2026 | 17:00 | Спорт"))
    assert rec["category"] == "Спорт"

"""Article pages whose rubric, views, badges or lists sit where a rule of kznews's extraction
could mistake them: each field of the record checked against what the reader sees."""

from __future__ import annotations

from typing import Any

from kznews import article_from_html

URL = "https://ic24.kz/news/novyi-zakon-o-shkolah-u45694"
TITLE = "В Казахстане принят новый закон о школах"
P = ["Алматы. 16 апреля. Центр информации - В Казахстане принят новый закон о школах, "
     "сообщает пресс-служба министерства просвещения.",
     "По данным министерства, в этом году в стране построят 120 новых школ, а еще 40 "
     "отремонтируют.",
     "Министр отметил, что работа над программой будет продолжена и в следующем году по всей "
     "стране."]


def page(head: str = "", before: str = "", after: str = "", h1: str = TITLE,
         inside: str = "") -> str:
    text = "".join(f"<p>{p}</p>" for p in P)
    return f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
<title>{h1} - IC24</title>{head}</head><body><header><a href="/">IC24</a></header><main>
<article class="news-detail"><h1 class="news-title">{h1}</h1><div class="date">16.04.2024 10:00
</div>{before}<div class="news-text">{text}{inside}</div>{after}</article></main>
<footer>© IC24</footer></body></html>"""


def record(html: str, url: str = URL) -> dict[str, Any]:
    rec = article_from_html(html, url, today="2026-06-01")
    assert rec is not None
    return rec


SPORT = "https://ic24.kz/sport/kairat-vyigral-u45694"


def test_a_lower_case_rubric_the_page_prints_named_like_its_folder_is_kept() -> None:
    """``sport`` in the rubric's box of ``/sport/…`` (printed upper-case by its style sheet)
    is the rubric the reader sees, not a generator's folder name."""
    box = '<div class="category"><a href="/sport/">sport</a></div>'
    assert record(page(before=box), SPORT)["category"] == "sport"
    crumbs = ('<nav class="breadcrumbs"><a href="/">Home</a> / <a href="/sport/">sport</a>'
              '</nav>')
    assert record(page(before=crumbs), SPORT)["category"] == "sport"


def test_a_folder_named_section_yields_to_the_rubric_the_page_shows() -> None:
    meta = '<meta property="article:section" content="sport">'
    assert record(page(head=meta), SPORT)["category"] == "sport"
    shown = '<div class="category"><a href="/sport/">Футбол</a></div>'
    assert record(page(head=meta, before=shown), SPORT)["category"] == "Футбол"


def test_the_folder_every_story_is_filed_under_is_still_no_rubric() -> None:
    for folder in ("news", "novosti"):
        url = URL.replace("/news/", f"/{folder}/")
        meta = f'<meta property="article:section" content="{folder}">'
        assert record(page(head=meta), url)["category"] is None


def _related(links: list[str]) -> list[tuple[str, str]]:
    box = ('<div class="related"><h3>Читайте также</h3><ul>'
           + "".join(f"<li>{link}</li>" for link in links) + "</ul></div>")
    return [(r["title"], r["lang"]) for r in record(page(after=box))["related"]]


def test_a_badge_word_opening_a_links_title_stays_in_the_title() -> None:
    """A bold first word of the title that reads like a badge (``Kaz`` of Kaz Minerals) or
    one the title's next word continues (``рус`` + ``язык …``) is the title's."""
    assert _related([
        '<a href="/news/a-u45001"><strong>Kaz</strong> Minerals объявила о выплате '
        'дивидендов</a>',
        '<a href="/news/b-u45002"><span>рус</span> <span>язык стал обязательным в вузах</span>'
        '</a>',
        '<a href="/news/c-u45003"><b>EN</b> <span>+ Group начала строительство завода</span>'
        '</a>',
    ]) == [("Kaz Minerals объявила о выплате дивидендов", "ru"),
           ("рус язык стал обязательным в вузах", "ru"),
           ("EN + Group начала строительство завода", "ru")]


def test_a_badge_before_a_title_in_its_own_element_still_names_the_language() -> None:
    assert _related([
        '<a href="/news/a-u45001"><span class="badge">EN</span> <span>Kazakhstan opens new '
        'schools</span></a>',
        '<a href="/news/b-u45002"><span>KZ</span> <span>Жаңа мектептер ашылды</span></a>',
        '<a href="/news/c-u45003"><span>EN</span> <span>iPhone sales grow in Almaty</span></a>',
        '<a href="/news/d-u45004"><span class="badge">ru</span> Токаев принял посла Японии</a>',
        '<a href="/news/e-u45005"><em class="badge badge-en">en</em> Astana Opera opens its '
        'season</a>',
    ]) == [("Kazakhstan opens new schools", "en"), ("Жаңа мектептер ашылды", "kk"),
           ("iPhone sales grow in Almaty", "en"), ("Токаев принял посла Японии", "ru"),
           ("Astana Opera opens its season", "en")]


APPLE = "Apple представила iPhone 16 Pro Max и AirPods Pro"
APPLE_LD = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
            f'"NewsArticle", "headline": "{APPLE}", "articleSection": "Технологии"}}</script>')


def test_a_russian_section_over_a_headline_of_brand_names_is_the_rubric() -> None:
    """A Russian story whose headline is mostly Latin brand names, its description Russian:
    its Russian ``articleSection`` is no template's section in another script."""
    desc = ('<meta name="description" content="Компания показала новые смартфоны и наушники '
            'на презентации в Купертино.">')
    html = page(h1=APPLE, head=APPLE_LD + desc, before="<b>Эксклюзив</b><br/>")
    assert record(html)["category"] == "Технологии"


def test_an_english_section_over_a_russian_story_still_yields_to_the_shown_rubric() -> None:
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
          f'"NewsArticle", "headline": "{TITLE}", "articleSection": "Society"}}</script>')
    desc = ('<meta name="description" content="Министерство просвещения сообщило о новом '
            'законе.">')
    shown = '<div class="category"><a href="/obshestvo/">Общество</a></div>'
    assert record(page(head=ld + desc, before=shown))["category"] == "Общество"

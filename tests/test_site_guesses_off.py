"""Pages where SITE.md's guesses are off by one step: the fields must still be read.

- a standfirst (a paragraph classed as a lead, or bold whole) right before the dateline's
  paragraph is the text's first paragraph, and the source it names is the source;
- an info line of ``<span>``s with nothing between them (``<span>15 Июля 2019</span><span>
  Культура</span>``: the page's CSS spaces them) still gives its rubric and labelled count;
- a count after the rubric with tags after it (``20.04.2023 Социум 683 Алматы, аким``);
- a link to another article inside a sentence of the text is a linked article (SPEC: every
  linked article on the page).
"""

from __future__ import annotations

import pytest

from kznews import article_from_html
from kznews.processors.info import parse_info_line
from kznews.sites.centerinform import words as W

URL = "https://ic24.kz/news/optovye-tseny-na-szhizhennyy-gaz-u39217"
TITLE = "Оптовые цены на сжиженный газ планируют сохранить в Казахстане"
LEAD = "Цены на газ сохранят до конца года, передает пресс-служба акимата Алматы."
DATELINE = "Алматы. 1 октября. Центр информации - "
PARAS = ("В текущем году на эти цели выделено более 2,5 млрд тенге.",
         "Подробности можно узнать на официальном сайте ведомства.")


def _page(info: str, text: str, box: str = "news-detail__text") -> str:
    return (f"<html><body><h1>{TITLE}</h1>{info}<div class=\"{box}\">{text}</div>"
            '<aside class="latest"><a href="/news/x-u40001">ru Другая новость дня</a></aside>'
            "</body></html>")


def _text(lead: str) -> str:
    return lead + f"<p>{DATELINE}{PARAS[0]}</p><p>{PARAS[1]}</p>"


@pytest.mark.parametrize("lead", [
    f'<p class="lead"><strong>{LEAD}</strong></p>',
    f'<p class="news-intro">{LEAD}</p>',
    f"<p><b>{LEAD}</b></p>",
    f"<p><strong>{LEAD}</strong></p>\n<!-- lead -->\n",
])
@pytest.mark.parametrize("box", ["news-detail__text", "news-text"])
def test_standfirst_before_the_dateline_is_the_first_paragraph(lead: str, box: str) -> None:
    record = article_from_html(_page("<p>01.10.2019</p>", _text(lead), box), URL)
    assert record is not None
    assert record["body"].split("\n\n") == [LEAD, *PARAS]
    assert record["dateline_place"] == "Алматы"
    assert record["source"] == "пресс-служба акимата Алматы"


@pytest.mark.parametrize("lead", [
    f"<p>{LEAD}</p>",  # a plain paragraph before the dateline: the page's own choice, kept out
    "<p><strong>Главное за день</strong></p>",  # a bold label, no sentence
    f'<p class="lead"><strong>{TITLE}</strong></p>',  # the headline printed again
    f'<p class="lead">{LEAD}</p><p>Реклама</p>',  # not right before the dateline
])
def test_no_standfirst(lead: str) -> None:
    record = article_from_html(_page("<p>01.10.2019</p>", _text(lead)), URL)
    assert record is not None
    assert record["body"].split("\n\n")[0] == PARAS[0]


@pytest.mark.parametrize(("spans", "want"), [
    ('<span class="d">15 Июля 2019</span><span class="r">Культура</span>'
     '<span class="v">Просмотров: 2658</span>', ("Культура", 2658, [])),
    ('<span>15.07.2019</span><span>Culture</span><span>2658</span>', ("Culture", 2658, [])),
    ('<span>15 Июля 2019</span><span>Культура</span><span>Алматы, аким</span>',
     ("Культура", None, ["Алматы", "аким"])),
])
def test_info_line_of_spans_with_nothing_between(spans: str, want: tuple[object, ...]) -> None:
    record = article_from_html(_page(f'<div class="news-meta">{spans}</div>',
                                     _text("")), URL)
    assert record is not None
    assert (record["category"], record["views"], record["tags"]) == want
    assert record["published_at"].startswith("2019-07-15")


@pytest.mark.parametrize(("line", "want"), [
    ("20.04.2023 Социум 683 Алматы, аким, субботник", (683, "Социум", ["Алматы", "аким",
                                                                       "субботник"])),
    ("11.03.2022 Culture 3552 ecology", (3552, "Culture", ["ecology"])),
    ("20.04.2023 Социум 683 просмотров Алматы", (683, "Социум", ["Алматы"])),
    ("20.04.2023 Социум Просмотров: 683 Алматы", (683, "Социум", ["Алматы"])),
    ("20.04.2023 Социум 1 234 Алматы", (1234, "Социум", ["Алматы"])),
    ("20.04.2023 Социум 683", (683, "Социум", [])),
    # a number a comma ends is a tag's (no count), a number glued to a word no count
    ("20.04.2023 Социум 2023, Алматы", (None, "Социум", ["Алматы"])),
    ("20.04.2023 Социум 5G-сети, связь", (None, "Социум", ["связь"])),
])
def test_count_after_the_rubric(line: str, want: tuple[object, ...]) -> None:
    info = parse_info_line(line, W.VIEWS_UNIT)
    assert info is not None
    assert (info.views, info.category, info.tags) == want


def test_link_in_a_sentence_of_the_text_is_related() -> None:
    text = (f"<p>{DATELINE}{PARAS[0]}</p><p>Напомним, ранее <a href=\"/news/"
            "zagorodnye-trassy-u38469\">сообщалось</a> о похожих мерах в других регионах.</p>")
    record = article_from_html(_page("<p>01.10.2019</p>", text), URL)
    assert record is not None
    assert [r["id"] for r in record["related"]] == ["u38469", "u40001"]
    assert record["related"][0]["title"] == "сообщалось"
    assert "сообщалось о похожих мерах" in record["body"]


@pytest.mark.parametrize(("href", "words", "want"), [
    # an English slug keeps capitals, whatever the link's words
    ("/news/Artwork-of-young-Kazakhstanis-presented-in-Luxembourg-u46768", "Далее", "en"),
    # a Russian one is lower-case transliteration: English words linking it are the page's
    ("/news/u-kazakhstantsev-v-yaponii-poyavilas-sobstvennaya-assotsiatsiya-u45694",
     "reported on the founding of the association", "ru"),
    ("/news/tokaev-vozlozhil-tsvety-k-memorialu-alii-moldagulovoy-u44791",
     "laid flowers at the memorial", "ru"),
    # a lower-case slug of English words is English
    ("/news/national-bank-keeps-base-rate-unchanged-u48601",
     "the base rate stays unchanged for the rest of the year", "en"),
    # Russian or Kazakh words in the link tell which (the slug cannot)
    ("/news/almatyda-metronyn-eki-zhana-beketi-ashyldy-u48301",
     "Алматыда метроның екі жаңа бекеті ашылды", "kk"),
])
def test_a_linked_articles_language_from_its_slug(href: str, words: str, want: str) -> None:
    text = (f"<p>{DATELINE}{PARAS[0]}</p><p>As we wrote, officials <a href=\"{href}\">{words}"
            "</a> last year in the city centre.</p>")
    record = article_from_html(_page("<p>01.10.2019</p>", text), URL)
    assert record is not None
    assert record["related"][0]["lang"] == want


@pytest.mark.parametrize(("lead", "want"), [
    ("Seeds cover half of the sown area, reported the press service of the Akimat of Almaty.",
     "press service of the Akimat of Almaty"),
    ("The plan was approved, reported the press service of the Ministry of Health of "
     "Kazakhstan.", "press service of the Ministry of Health of Kazakhstan"),
    ("Посевная завершена, сообщает пресс-служба акимата Алматы.", "пресс-служба акимата Алматы"),
])
def test_a_source_name_of_linked_words_is_whole(lead: str, want: str) -> None:
    from kznews.processors.sources import source_from_lead

    assert source_from_lead(lead) == want


@pytest.mark.parametrize(("line", "want"), [
    ("Ақпарат көзі: Түркістан облысы әкімдігі", "Түркістан облысы әкімдігі"),
    ("Aqparat kózi: Almaty metropoliteni", "Almaty metropoliteni"),
    ("Дереккөз: Kazinform", "Kazinform"),
])
def test_kazakh_source_labels(line: str, want: str) -> None:
    from kznews.processors.sources import source_from_line

    assert source_from_line(line) == want


@pytest.mark.parametrize(("caption", "want"), [
    ("Sýret: gov.kz", "gov.kz"), ("Súret: pixabay", "pixabay"), ("Suret: akorda.kz", "akorda.kz"),
    ("Сурет: gov.kz", "gov.kz"),
])
def test_kazakh_credit_labels_in_every_spelling(caption: str, want: str) -> None:
    from kznews.processors.credits import photo_credit

    assert photo_credit(caption) == want


@pytest.mark.parametrize(("og", "want"), [
    ("/img/og-ic24.jpg", []),  # the outlet's own picture, declared by every photo-less page
    ("/images/share-image.png", []),
    ("/upload/iblock/7fb/u39217_main.jpg", ["https://ic24.kz/upload/iblock/7fb/u39217_main.jpg"]),
])
def test_a_pages_stand_in_og_image_is_no_photo(og: str, want: list[str]) -> None:
    html = _page("<p>01.10.2019</p>", _text("")).replace(
        "<html><body>", f'<html><head><meta property="og:image" content="{og}"></head><body>')
    record = article_from_html(html, URL)
    assert record is not None
    assert record["image_urls"] == want


def test_an_infographics_story_is_its_caption() -> None:
    """A story that is a picture and its caption, the caption opening with the dateline: the
    caption's sentence is the text (the story was dropped: no body)."""
    caption = f"{DATELINE}Больше всего зерна в этом году собрали в Костанайской области."
    text = (f'<figure class="infographic"><img src="/i/grain.png"><figcaption>{caption}'
            "</figcaption></figure>")
    record = article_from_html(_page("<p>01.10.2019</p>", text), URL)
    assert record is not None
    assert record["body"] == "Больше всего зерна в этом году собрали в Костанайской области."
    assert record["dateline_place"] == "Алматы"


def test_a_caption_with_a_dateline_over_the_text_stays_out_of_it() -> None:
    caption = f"{DATELINE}Так выглядит новый парк."
    text = (f'<figure><img src="/i/park.jpg"><figcaption>{caption}</figcaption></figure>'
            f"<p>{PARAS[0]}</p><p>{PARAS[1]}</p>")
    record = article_from_html(_page("<p>01.10.2019</p>", text), URL)
    assert record is not None
    assert record["body"].split("\n\n") == list(PARAS)


@pytest.mark.parametrize("notice", [
    "Материал удалён по требованию правообладателя.",
    "This article has been removed at the request of the copyright holder.",
    "Мақала жойылды.",
])
def test_a_removed_story_that_keeps_its_headline_is_no_article(notice: str) -> None:
    assert article_from_html(_page("<p>01.10.2019</p>", f"<p>{notice}</p>"), URL) is None


def test_a_short_story_about_a_removal_is_an_article() -> None:
    text = f"<p>{DATELINE}Материал удалён с сайта министерства после жалобы.</p>"
    record = article_from_html(_page("<p>01.10.2019</p>", text), URL)
    assert record is not None and record["body"].startswith("Материал удалён")


def _rubric_list(items: int) -> str:
    rows = "".join(f'<div class="news_text"><a href="/news/story-{n}-u{50000 + n}">Новость номер '
                   f"{n} о событиях в Алматы</a><p>{10 + n} Апреля 2021</p></div>"
                   for n in range(items))
    return f"<html><body><h1>Происшествия</h1><p>10.07.2025</p>{rows}</body></html>"


def test_a_rubrics_list_at_an_article_address_is_no_article() -> None:
    assert article_from_html(_rubric_list(6), URL) is None

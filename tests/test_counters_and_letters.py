"""A Kazakh portal's details row and letters: view counts printed with a gap between the
thousands or before their word (``12 345 рет оқылды``), the comment count and the time beside
them, look-alike letters inside Kazakh words, and the site's logo declared as the page's image."""

from __future__ import annotations

import json

import pytest

from kznews import article_from_html
from kznews import processors as P

URL = "http://h/kz/zhanalyqtar/astanada-zhana-sayabak-ashyldy-u50001"
TITLE = "Астанада жаңа саябақ ашылды"
P1 = "Астанада жаңа саябақ ашылды, оған он мыңнан астам ағаш отырғызылды, деп хабарлады әкімдік."
P2 = "Саябақта велосипед жолдары мен балалар алаңдары салынып, түнгі жарық орнатылды."
STAMP = '<meta property="article:published_time" content="2023-04-20T14:35:00+06:00">'


def _page(row: str, *, title: str = TITLE, body: str = f"<p>{P1}</p><p>{P2}</p>",
          head: str = STAMP, header: str = "") -> str:
    return (f'<html lang="kk"><head><title>{title}</title>{head}</head><body>{header}'
            f'<div class="content"><h2 class="news-title">{title}</h2>'
            f'<ul class="news-meta">{row}</ul><div class="news-text">{body}</div></div>'
            "</body></html>")


def _li(*parts: str) -> str:
    return "".join(f"<li>{p}</li>" for p in parts)


def _rows(*parts: str) -> tuple[str, str]:
    """The row as separate items and as one line of inline parts."""
    return _li(*parts), "<li>" + " ".join(f"<span>{p}</span>" for p in parts) + "</li>"


def _record(html: str) -> dict[str, object]:
    rec = article_from_html(html, URL)
    assert rec is not None
    return rec


# ------------------------------------------------------------------ view counts


@pytest.mark.parametrize("gap", [" ", "\u00a0", "\u202f"])
@pytest.mark.parametrize("label,comments", [
    ("Просмотров:", "Комментарии: 3"), ("Views:", "Comments: 5"), ("Қаралым:", "Пікірлер: 2"),
    ("Оқылды:", "Пікір: 7"),
])
def test_a_labelled_count_with_a_gap_between_thousands_is_read_whole(
        gap: str, label: str, comments: str) -> None:
    for row in _rows("20.04.2023, 14:35", f"{label} 12{gap}345", comments):
        assert _record(_page(row))["views"] == 12345, row


@pytest.mark.parametrize("count", [
    "1 234 просмотра", "1,234 views", "1 234 рет қаралды", "1\u00a0234 рет оқылды",
    "1 234 times read",
])
def test_a_count_before_its_word_is_the_views_and_no_rubric_or_tag(count: str) -> None:
    for row in (_li("20 сәуір 2023, 14:35", count, "Пікірлер: 8", "Автор: Дана Әбілқызы"),
                f"<li>20 сәуір 2023, 14:35 {count} Пікірлер: 8 Автор: Дана Әбілқызы</li>"):
        rec = _record(_page(row))
        assert rec["views"] == 1234, row
        assert rec["category"] is None and rec["tags"] == [], row


@pytest.mark.parametrize("when", ["2 сағат бұрын", "2025 жылғы мамырдың 13-і, сағат 21:00"])
def test_a_count_before_its_word_is_read_beside_any_date(when: str) -> None:
    rec = _record(_page(f"<li>{when} <b>14 914 рет оқылды</b> <i>Пікірлер: 5</i></li>"))
    assert rec["views"] == 14914


@pytest.mark.parametrize("parts", [
    ("14 қыркүйек 2022, 10:00", "Пікірлер: 2"), ("14.09.2022 10:00", "Комментарии (4)"),
    ("September 14, 2022, 10:00", "12 comments"), ("14.09.2022, 10:00", "Comments: 12"),
])
def test_a_comment_count_or_a_time_is_never_the_views(parts: tuple[str, ...]) -> None:
    for row in _rows(*parts):
        assert _record(_page(row))["views"] is None, row


@pytest.mark.parametrize("parts", [
    ("20.04.2023 | 21:50", "Оқылды: 683", "Пікірлер: 0"),
    ("20.04.2023, 21:50", "Просмотров: 683", "Комментарии: 12"),
    ("April 20, 2023", "Views: 683", "Comments: 3"),
])
def test_a_comment_count_after_the_views_is_not_taken_for_them(parts: tuple[str, ...]) -> None:
    for row in _rows(*parts):
        assert _record(_page(row))["views"] == 683, row


# ------------------------------------------------------------------ look-alike letters


@pytest.mark.parametrize("typed,meant", [
    ("жɵндеуден кейін", "жөндеуден кейін"),  # IPA barred o for ө
    ("Қазақстан жəне Қытай", "Қазақстан және Қытай"),  # Latin schwa for ә
    ("ɵнiмi мол", "өнімі мол"),  # barred o and Latin i for ө and і
    ("Iс-шараға қатысты", "Іс-шараға қатысты"),  # a Latin capital I, only look-alikes beside
    ("жаӊа оқу жылы", "жаңа оқу жылы"),  # Khanty's en with a hook for ң
    ("Шаhар", "Шаһар"),
])
def test_look_alike_letters_inside_a_kazakh_word_are_repaired(typed: str, meant: str) -> None:
    assert P.clean_text(typed) == meant
    assert P.clean_text(P.clean_text(typed)) == meant


@pytest.mark.parametrize("text", [
    "Azərbaycan və Qazaqstan", "Öskemende ekologııalyq aksııa ótti", "IT-компания",
    "SMS-рассылка", "CNN-ге сұхбат берді", "Ic",
])
def test_latin_words_and_compounds_keep_their_letters(text: str) -> None:
    assert P.clean_text(text) == text


def test_a_page_typed_with_look_alikes_reads_and_hashes_as_the_plain_one() -> None:
    plain = _record(_page(_li("20.04.2023"), body=f"<p>{P1}</p><p>Іс-шара жаңа {P2}</p>"))
    disguised = _record(_page(
        _li("20.04.2023"), title="Астанада жаӊа саябақ ашылды",
        body=f"<p>{P1.replace('ң', 'ӊ')}</p><p>Iс-шара жаӊа {P2.replace('ә', 'ə')}</p>"))
    for field in ("title", "body", "content_hash"):
        assert disguised[field] == plain[field], field


# ------------------------------------------------------------------ the logo as the image

HEADER = ('<header><a class="site-brand" href="/"><img src="/i/top-27.png" alt="Портал"></a>'
          "</header>")


@pytest.mark.parametrize("head,header", [
    ('<meta property="og:image" content="/i/top-27.png">', HEADER),  # the header's picture
    ('<meta property="og:image" content="/static/og-default.jpg">', ""),
    ('<meta property="og:image" content="/upload/placeholder.png">', ""),
    ('<meta property="og:image" content="/theme/site_logo_white.png?v=2">', ""),
    ('<script type="application/ld+json">' + json.dumps({
        "@type": "NewsArticle", "headline": TITLE, "image": "/i/brand-mark.png",
        "publisher": {"@type": "Organization", "name": "Портал",
                      "logo": {"@type": "ImageObject", "url": "/i/brand-mark.png"}}})
     + "</script>", ""),
])
def test_the_sites_logo_or_stand_in_declared_as_the_image_is_no_photo(head: str,
                                                                     header: str) -> None:
    rec = _record(_page(_li("20.04.2023"), head=STAMP + head, header=header))
    assert rec["image_urls"] == []


def test_a_declared_photo_beside_the_logo_stays() -> None:
    head = STAMP + '<meta property="og:image" content="/upload/2023/04/park-1.jpg">'
    rec = _record(_page(_li("20.04.2023"), head=head, header=HEADER))
    assert rec["image_urls"] == ["http://h/upload/2023/04/park-1.jpg"]

"""Kazakh written in Latin letters (the 2021 alphabet ä ğ ı ñ ö ū ü ş, the 2018 ones with
apostrophes or accents, plain transliteration): dates, datelines and labels read as in Cyrillic;
Kazakh attribution in a lead; a breadcrumb's site name and a year's abbreviation are no rubric."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kznews import article_from_html
from kznews import processors as P

URL = "http://h/news/oskemende-zhana-kopir-ashyldy-u50002"
H1 = "Öskemende jaña köpır aşyldy"
P1 = "Öskemende Ertıs özenı arqyly ötetın jaña köpır paidalanuğa berıldı, dedı qala äkımı."
P2 = "Köpırdıñ ūzyndyğy bes jüz metrden asady, onyñ qūrylysy ekı jylğa sozyldy."
P3 = "Jol qozğalysy jaña köpır arqyly erteñnen bastap tolyq aşylady dep jospar bar."


def _page(info: str, content: str, after: str = "", crumbs: str = "") -> str:
    return (f'<html><head><title>{H1}</title></head><body>{crumbs}<div class="post">'
            f'<h1 class="post-title">{H1}</h1><div class="post-meta">{info}</div>'
            f'<div class="post-body">{content}</div>{after}</div></body></html>')


def _record(html: str) -> dict[str, object]:
    rec = article_from_html(html, URL)
    assert rec is not None
    return rec


@pytest.mark.parametrize(("text", "when"), [
    ("12 qyrküiek 2021 j., 14:10", datetime(2021, 9, 12, 14, 10)),
    ("2019 jylğy 3 qañtar", date(2019, 1, 3)),
    ("2022 jyly 1 jeltoqsanda", date(2022, 12, 1)),
    ("3 qaras'a 2019 j.", date(2019, 11, 3)),
    ("16 s'ilde 2020", date(2020, 7, 16)),
    ("16 sáýir 2021 j.", date(2021, 4, 16)),
    ("Säuır 16, 2021", date(2021, 4, 16)),
    ("9 Zheltoksan 2018", date(2018, 12, 9)),
    ("22.06.2023 j., 08:05", datetime(2023, 6, 22, 8, 5)),
])
def test_latin_kazakh_dates_are_read(text: str, when: date) -> None:
    assert P.parse_date_text(text) == when


def test_article_dated_only_in_latin_kazakh_is_kept() -> None:
    rec = _record(_page('<span class="post-date">2021 jylğy 12 qyrküiek, 14:10</span>',
                        f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"))
    assert str(rec["published_at"]).startswith("2021-09-12T14:10")


@pytest.mark.parametrize("lead", [
    "Öskemen. 14 qazan. Aqparat ortalyğy – ",
    "Öskemen. 14 qazan. Aqparat ortalyg'y - ",
    "Öskemen. 14 qazan. Aqparat ortalyǵy. ",
])
def test_latin_kazakh_dateline_and_agency(lead: str) -> None:
    rec = _record(_page('<span class="post-date">14.10.2021</span>',
                        f"<p>{lead}{P1}</p><p>{P2}</p><p>{P3}</p>"))
    assert rec["dateline_place"] == "Öskemen"
    assert str(rec["body"]).startswith(P1)


def test_latin_kazakh_labels() -> None:
    info = '<span class="post-date">14.10.2021</span> <span class="hits">Qaralym: 1204</span>'
    content = (f'<figure><img src="/i/bridge.jpg"><figcaption>Foto: gov.kz</figcaption></figure>'
               f"<p>{P1}</p><p>{P2}</p><p>{P3}</p><p>Derekkóz: Vlast.kz</p>")
    after = ('<div class="meta-bottom"><div>Aıdary: <a href="/sport/">Sport</a></div>'
             '<div class="labels">Tegterı: <a href="/t/kopir/">köpır</a>, '
             '<a href="/t/jol/">jol</a></div></div>')
    rec = _record(_page(info, content, after))
    assert rec["views"] == 1204
    assert rec["photo_credit"] == "gov.kz"
    assert rec["source"] == "Vlast.kz"
    assert rec["category"] == "Sport"
    assert rec["tags"] == ["köpır", "jol"]
    assert rec["body"] == "\n\n".join([P1, P2, P3])


@pytest.mark.parametrize(("lead", "source"), [
    ("Биыл қалада жаңа көпір салынады, деп хабарлайды Zakon.kz.", "Zakon.kz"),
    ("Биыл қалада жаңа көпір салынады, деп жазады Тілші.", "Тілші"),
    ("Бұл туралы ҚазАқпарат хабарлады.", "ҚазАқпарат"),
    ("Vlast.kz мәліметінше, биыл қалада жаңа көпір салынады.", "Vlast.kz"),
    ("Biyl qalada jaña köpır salynady, dep habarlaidy Zakon.kz.", "Zakon.kz"),
    ("Biyl qalada jan'a ko'pir salynady, dep habarlai'dy Zakon.kz.", "Zakon.kz"),
    ("Vlast.kz mälımetınşe, biyl qalada jaña köpır salynady.", "Vlast.kz"),
    # a Kazakh verb after a plain subject names no source
    ("Мұғалімдер жаңа оқулық жазады, деді министр.", None),
])
def test_kazakh_lead_attribution(lead: str, source: str | None) -> None:
    assert P.source_from_lead(lead) == source


def test_kazakh_attribution_in_an_articles_lead() -> None:
    rec = _record(_page('<span class="post-date">14.10.2021</span>',
                        "<p>Биыл Өскеменде Ертіс өзені арқылы жаңа көпір салынады, деп хабарлайды "
                        "Zakon.kz.</p><p>Көпірдің ұзындығы бес жүз метрден асады.</p>"))
    assert rec["source"] == "Zakon.kz"


def test_breadcrumbs_site_name_is_no_rubric() -> None:
    content = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"
    for home in ('<a href="/">Shygys Times</a>', '<a href="http://h/">IC24.kz</a>',
                 '<span>IC24</span>'):
        crumbs = (f'<div class="bx-breadcrumb">{home} / <a href="/novosti/">Jañalyqtar</a>'
                  "</div>")
        rec = _record(_page('<span class="post-date">14.10.2021</span>', content,
                            crumbs=crumbs))
        assert rec["category"] is None, home
    # the rubric after them is still read
    crumbs = ('<div class="breadcrumbs"><a href="/">Shygys Times</a> / <a href="/sport/">Sport'
              "</a></div>")
    rec = _record(_page('<span class="post-date">14.10.2021</span>', content, crumbs=crumbs))
    assert rec["category"] == "Sport"


def test_year_abbreviation_in_info_line_is_no_rubric() -> None:
    content = f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"
    for info in ("<p>2021-10-14 j. · Qaralym: 31</p>", "<p>2021-10-14 г. · Просмотров: 31</p>"):
        rec = _record(_page(info, content))
        assert rec["category"] is None, info
        assert str(rec["published_at"]).startswith("2021-10-14"), info

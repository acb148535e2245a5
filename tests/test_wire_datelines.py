"""Wire-service datelines and AP-style times: ``KOSTANAY, Sept. 14 (IC) —``, ``NEW YORK (AP) —``,
a place in capitals and a dash, another agency named there as the source (in any language),
and a time of day with no minutes (``9 p.m.``, ``noon``) after a date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kznews import article_from_html
from kznews import processors as P

URL = "https://h.kz/en/news/kostanay-grain-terminal-u51207"
TITLE = "Kostanay grain terminal opens"
LEAD = "A new grain terminal with a capacity of sixty thousand tonnes opened near the city."
MORE = "The terminal will ship grain by rail to ports on the Caspian Sea from next season."
RU_LEAD = "Под Костанаем открылся новый зерновой терминал на шестьдесят тысяч тонн."
RU_MORE = "Терминал будет отправлять зерно по железной дороге к портам Каспия."
KK_LEAD = "Қостанай маңында алпыс мың тонналық жаңа астық терминалы ашылды."
KK_MORE = "Терминал келесі маусымнан бастап астықты теміржолмен тасымалдайды."


def _record(lead: str, more: str = MORE, meta: str = "", tail: str = "",
            lang: str = "en", listing: str | None = "2023-09-14") -> dict[str, object]:
    html = (f'<html lang="{lang}"><head><title>{TITLE}</title></head><body><main>'
            f'<h1 class="headline">{TITLE}</h1>{meta}<section class="story-text"><p>{lead}</p>'
            f"<p>{more}</p>{tail}</section></main></body></html>")
    rec = article_from_html(html, URL, listing_date=listing, today="2023-10-01")
    assert rec is not None
    return rec


@pytest.mark.parametrize("dateline", [
    "KOSTANAY, Sept. 14 (IC) — ",
    "<b>KOSTANAY, Sep 14 (Information Center)</b> -- ",
    "KOSTANAY, Sept. 14 – ",
    "Kostanay, 14 Sept. – ",
])
def test_a_dated_wire_dateline_is_cut_and_its_place_read(dateline: str) -> None:
    rec = _record(dateline + LEAD)
    assert rec["body"] == f"{LEAD}\n\n{MORE}"
    assert rec["dateline_place"] == "Kostanay" and rec["source"] is None
    assert str(rec["published_at"]).startswith("2023-09-14")


@pytest.mark.parametrize(("dateline", "place", "source"), [
    ("KOSTANAY (IC) – ", "Kostanay", None),
    ("<strong>KOSTANAY (Information Centre)</strong> — ", "Kostanay", None),
    ("NEW YORK (AP) — ", "New York", "AP"),
    ("KOSTANAY, Kazakhstan /Kazinform/ -- ", "Kostanay", "Kazinform"),
    ("KOSTANAY — ", "Kostanay", None),
])
def test_a_dateless_wire_dateline_opening_the_text_is_cut(dateline: str, place: str,
                                                          source: str | None) -> None:
    rec = _record(dateline + LEAD, meta='<p class="byline">Sept. 14, 2023</p>')
    assert rec["body"] == f"{LEAD}\n\n{MORE}"
    assert rec["dateline_place"] == place and rec["source"] == source


def test_a_dateline_with_its_year_dates_the_page_and_names_the_source() -> None:
    rec = _record("KOSTANAY, Sept. 14, 2023 /Reuters/ - " + LEAD, listing=None)
    assert rec["body"] == f"{LEAD}\n\n{MORE}" and rec["dateline_place"] == "Kostanay"
    assert rec["source"] == "Reuters" and str(rec["published_at"]).startswith("2023-09-14")


@pytest.mark.parametrize(("lead", "more", "lang", "source"), [
    (f"Костанай. 14 сентября. Казинформ – {RU_LEAD}", RU_MORE, "ru", "Казинформ"),
    (f"КОСТАНАЙ, 14 сентября (Интерфакс-Казахстан) – {RU_LEAD}", RU_MORE, "ru",
     "Интерфакс-Казахстан"),
    (f"ҚОСТАНАЙ. 14 қыркүйек. ҚазАқпарат – {KK_LEAD}", KK_MORE, "kk", "ҚазАқпарат"),
    (f"Костанай. 14 сентября. Центр информации – {RU_LEAD}", RU_MORE, "ru", None),
])
def test_another_agency_in_the_dateline_is_the_source_in_every_language(
        lead: str, more: str, lang: str, source: str | None) -> None:
    rec = _record(lead, more, lang=lang)
    body = str(rec["body"])
    assert body.endswith(more) and body.split("\n\n")[0] in (RU_LEAD, KK_LEAD)
    assert rec["source"] == source and str(rec["dateline_place"]) in ("Костанай", "Қостанай")


def test_a_printed_source_wins_over_the_datelines_agency() -> None:
    rec = _record("KOSTANAY, Sept. 14 (Reuters) — " + LEAD, tail="<p>Source: Kazinform</p>")
    assert rec["source"] == "Kazinform" and rec["body"] == f"{LEAD}\n\n{MORE}"


@pytest.mark.parametrize("lead", [
    f"BREAKING — {LEAD}",  # a label, not a place
    f"OPEC — {LEAD}",  # no agency, too short: an abbreviation
    "KOSTANAY — Grain.",  # no sentence after it
    f"Kostanay — {LEAD}",  # a dateless dateline prints its place in capitals
    f"KOSTANAY (фото) – {LEAD}",  # a bracket that names no agency
])
def test_capitals_and_a_dash_that_are_no_dateline_stay(lead: str) -> None:
    rec = _record(lead)
    assert rec["body"] == f"{lead}\n\n{MORE}" and rec["dateline_place"] is None


def test_a_dateless_dateline_is_read_only_where_the_text_starts() -> None:
    later = f"KOSTANAY (AP) — {MORE}"
    rec = _record(LEAD, later)
    assert rec["body"] == f"{LEAD}\n\n{later}" and rec["dateline_place"] is None
    assert rec["source"] is None


@pytest.mark.parametrize(("shown", "moment"), [
    ("Sept. 14, 2023, 9 p.m.", datetime(2023, 9, 14, 21, 0)),
    ("Sept. 14, 2023, 9 a.m.", datetime(2023, 9, 14, 9, 0)),
    ("September 14, 2023 9am", datetime(2023, 9, 14, 9, 0)),
    ("Sep 14, 2023, 9 PM", datetime(2023, 9, 14, 21, 0)),
    ("Sept. 14, 2023, noon", datetime(2023, 9, 14, 12, 0)),
    ("Sept. 14, 2023, 12 noon", datetime(2023, 9, 14, 12, 0)),
    ("Sept. 14, 2023, midnight", datetime(2023, 9, 14, 0, 0)),
    ("Sept. 14, 2023 at 12 a.m.", datetime(2023, 9, 14, 0, 0)),
    ("14 сентября 2023 года в 9 часов", datetime(2023, 9, 14, 9, 0)),
    ("14 сентября 2023 года в 9 часов вечера", datetime(2023, 9, 14, 21, 0)),
    ("2023 жылғы 14 қыркүйек, сағат 9-да", datetime(2023, 9, 14, 9, 0)),
])
def test_an_hour_with_no_minutes_after_a_date_is_its_time(shown: str, moment: datetime) -> None:
    assert P.parse_date_text(shown) == moment


@pytest.mark.parametrize("shown", [
    "Sept. 14, 2023, 9 people",
    "Sept. 14, 2023, 15 p.m.",
    "14 сентября 2023 года 9 человек",
    "2023 жылғы 14 қыркүйек, 9 адам",
])
def test_a_number_after_a_date_that_is_no_time_is_not_read(shown: str) -> None:
    assert P.parse_date_text(shown) == date(2023, 9, 14)


def test_an_ap_time_on_the_page_gives_the_moment() -> None:
    rec = _record(LEAD, meta='<div class="meta">Sept. 14, 2023, 9 p.m.</div>', listing=None)
    assert rec["published_at"] == "2023-09-14T21:00:00+06:00"


@pytest.mark.parametrize("label", ["Category", "Рубрика:", "Section"])
def test_a_field_label_after_the_text_is_not_its_last_paragraph(label: str) -> None:
    facts = (f'<dl class="info"><dt>{label}</dt><dd><a href="/section/economy">Economy</a></dd>'
             "</dl>")
    rec = _record("KOSTANAY, Sept. 14 (IC) — " + LEAD, tail=facts)
    assert rec["body"] == f"{LEAD}\n\n{MORE}" and rec["category"] == "Economy"


@pytest.mark.parametrize(("lead", "more", "lang", "place"), [
    (f"KOSTANAY, 11:50 — {LEAD}", MORE, "en", "Kostanay"),
    (f"Kostanay, 11:50 -- {LEAD}", MORE, "en", "Kostanay"),
    (f"КОСТАНАЙ, 11:50 – {RU_LEAD}", RU_MORE, "ru", "Костанай"),
    (f"<b>Костанай, 11:50</b> — {RU_LEAD}", RU_MORE, "ru", "Костанай"),
    (f"ҚОСТАНАЙ, 11:50 – {KK_LEAD}", KK_MORE, "kk", "Қостанай"),
])
def test_a_place_with_the_time_of_day_instead_of_a_date_is_a_dateline(
        lead: str, more: str, lang: str, place: str) -> None:
    rec = _record(lead, more, lang=lang, meta='<p class="byline">14.09.2023</p>', listing=None)
    assert rec["dateline_place"] == place and rec["source"] is None
    assert str(rec["body"]).endswith(more) and str(rec["body"]).split("\n\n")[0] in (
        LEAD, RU_LEAD, KK_LEAD)
    # the page shows the day only: the dateline's time is the time of day
    assert rec["published_at"] == "2023-09-14T11:50:00+06:00"


def test_a_time_the_page_shows_wins_over_the_datelines() -> None:
    rec = _record(f"KOSTANAY, 11:50 — {LEAD}", meta='<p class="byline">14.09.2023, 10:05</p>',
                  listing=None)
    assert rec["dateline_place"] == "Kostanay" and rec["body"] == f"{LEAD}\n\n{MORE}"
    assert rec["published_at"] == "2023-09-14T10:05:00+06:00"


@pytest.mark.parametrize(("lead", "more", "lang", "place", "source"), [
    (f"Костанай, КАЗИНФОРМ – {RU_LEAD}", RU_MORE, "ru", "Костанай", "Казинформ"),
    (f"КОСТАНАЙ. КАЗИНФОРМ – {RU_LEAD}", RU_MORE, "ru", "Костанай", "Казинформ"),
    (f"Костанай, ИНТЕРФАКС-КАЗАХСТАН — {RU_LEAD}", RU_MORE, "ru", "Костанай",
     "Интерфакс-Казахстан"),
    (f"KOSTANAY, Kazinform — {LEAD}", MORE, "en", "Kostanay", "Kazinform"),
    (f"Kostanay, Tengrinews.kz - {LEAD}", MORE, "en", "Kostanay", "Tengrinews.kz"),
    (f"KOSTANAY, Information Center — {LEAD}", MORE, "en", "Kostanay", None),
    (f"ҚОСТАНАЙ. ҚазАқпарат – {KK_LEAD}", KK_MORE, "kk", "Қостанай", "ҚазАқпарат"),
    (f"АЛМАТЫ, Orda — {RU_LEAD}", RU_MORE, "ru", "Алматы", "Orda"),  # the other script
    (f"ALMATY, KAZTAG – {LEAD}", MORE, "en", "Almaty", "КазТАГ"),  # the outlet's spelling
    (f"АЛМАТЫ, КАЗТАГ – {RU_LEAD}", RU_MORE, "ru", "Алматы", "КазТАГ"),
    (f"ALMATY, KAZINFORM – {LEAD}", MORE, "en", "Almaty", "Kazinform"),
    (f"АЛМАТЫ, Казахстан — {RU_LEAD}", RU_MORE, "ru", "Алматы", None),  # a country
])
def test_a_place_and_an_agency_with_no_date_is_a_dateline(
        lead: str, more: str, lang: str, place: str, source: str | None) -> None:
    rec = _record(lead, more, lang=lang)
    assert rec["dateline_place"] == place and rec["source"] == source
    assert str(rec["body"]).endswith(more) and str(rec["body"]).split("\n\n")[0] in (
        LEAD, RU_LEAD, KK_LEAD)


@pytest.mark.parametrize("lead", [
    f"Kostanay, Kazakhstan — {LEAD}",  # a country after a place not in capitals
    f"Kostanay, Aktobe — {LEAD}",  # two places: a sentence's subject
    f"Today, 11:50 — {LEAD}",  # no place
    "Kostanay, 11:50 — Grain.",  # no sentence after it
    "Kostanay, 11:50 — the terminal opened near the city, officials said on Thursday.",
    f"Tokayev, UN — {LEAD}",  # short capitals: an abbreviation
])
def test_a_time_or_a_name_after_a_comma_that_is_no_dateline_stays(lead: str) -> None:
    rec = _record(lead)
    assert rec["body"] == f"{lead}\n\n{MORE}" and rec["dateline_place"] is None
    assert rec["source"] is None

"""The dateline as agencies print it: the outlet's name between dashes or in brackets after the
date, the place in capitals; the text starts after it and the place is recorded by its name."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "https://h.kz/en/news/karaganda-opens-a-new-park-u50412"
TITLE = "Karaganda opens a new park"
LEAD = "Karaganda has opened a new twelve-hectare park on the river bank, the city akimat said."
MORE = "Three thousand trees were planted and cycle lanes were laid along the embankment."


def _record(lead: str) -> dict[str, object]:
    html = (f'<html lang="en"><head><title>{TITLE}</title></head><body><div class="wrap">'
            f'<h1 class="hd">{TITLE}</h1><div class="txt"><p>{lead}</p><p>{MORE}</p></div>'
            "</div></body></html>")
    rec = article_from_html(html, URL, listing_date="2023-05-09", today="2023-06-01")
    assert rec is not None
    return rec


@pytest.mark.parametrize(("dateline", "place"), [
    ("KARAGANDA, May 9 — Information Centre — ", "Karaganda"),
    ("KARAGANDA, 9 May (Information Center) – ", "Karaganda"),
    ("UST-KAMENOGORSK. May 9. Information Center: ", "Ust-Kamenogorsk"),
    ("Karaganda, May 9 - Information Center. ", "Karaganda"),
    ("Қарағанды, 9 мамыр (Ақпарат орталығы) ", "Қарағанды"),
])
def test_the_agency_after_the_date_is_part_of_the_dateline(dateline: str, place: str) -> None:
    rec = _record(dateline + LEAD)
    assert rec["body"] == f"{LEAD}\n\n{MORE}"
    assert rec["dateline_place"] == place
    assert str(rec["published_at"]).startswith("2023-05-09")


@pytest.mark.parametrize(("dateline", "source"), [
    ("KARAGANDA. May 9. Kazinform – ", "Kazinform"),
    ("KARAGANDA, May 9 (Reuters) - ", "Reuters"),
    ("Қарағанды. 9 мамыр. ҚазАқпарат – ", "ҚазАқпарат"),
    ("ҚАРАҒАНДЫ. 9 мамыр. Kazinform — ", "Kazinform"),
    ("Караганда. 9 мая. РИА Новости – ", "РИА Новости"),
    ("Караганда, 9 мая, Интерфакс-Казахстан — ", "Интерфакс-Казахстан"),
])
def test_another_agency_after_the_date_is_the_source(dateline: str, source: str) -> None:
    rec = _record(dateline + LEAD)
    assert rec["body"] == f"{LEAD}\n\n{MORE}"
    assert rec["source"] == source
    assert str(rec["published_at"]).startswith("2023-05-09")


@pytest.mark.parametrize("dateline", [
    "KARAGANDA. May 9. Information Center – ",
    "Қарағанды. 9 мамыр. Ақпарат орталығы – ",
])
def test_the_outlets_own_name_in_the_dateline_is_no_source(dateline: str) -> None:
    rec = _record(dateline + LEAD)
    assert rec["body"] == f"{LEAD}\n\n{MORE}" and rec["source"] is None


def test_a_lead_defining_its_subject_is_no_agency() -> None:
    lead = "KARAGANDA. May 9. Karaganda – the mining capital of the country – opened a park."
    rec = _record(lead)
    assert rec["body"].startswith("Karaganda – the mining capital") and rec["source"] is None

"""A "next story" link under an article is a related link: an article only it reaches (no
listing shows it) is found through it within the related depth."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "https://ic24.kz/news/school-u47120"
PARAS = [
    "Алматы. 3 марта. Центр информации - В городе завершили ремонт трёх школ, где теперь "
    "учатся более четырёх тысяч детей, сообщили в управлении образования.",
    "В каждой из школ обновили спортзалы, столовые и кабинеты физики и химии, а во дворах "
    "обустроили площадки для занятий на свежем воздухе.",
]


@pytest.mark.parametrize("label", ["Следующая новость &rarr;", "Next story »", "Келесі жаңалық"])
@pytest.mark.parametrize("layout", ["{text}{link}", "{text}<p>{link}</p>",
                                    "{text}</div><div>{link}"])
def test_a_next_story_link_is_related_and_no_text(label: str, layout: str) -> None:
    text = "".join(f"<p>{p}</p>" for p in PARAS)
    link = f'<a href="/news/novyy-park-u47100">{label}</a>'
    html = (f"<html><body><h1>Ремонт трёх школ завершили</h1><div>03.03.2022 12:00</div>"
            f'<div id="content">{layout.format(text=text, link=link)}</div></body></html>')
    record = article_from_html(html, URL)
    assert record is not None
    assert [r["url"] for r in record["related"]] == ["https://ic24.kz/news/novyy-park-u47100"]
    assert record["body"] == "\n\n".join(PARAS[i].split(" - ", 1)[-1] if i == 0 else p
                                         for i, p in enumerate(PARAS))

"""A newspaper's story ends in print style: the author's signature on a line of its own (the
given name, the surname in capitals, maybe the place or the paper after a comma), sometimes
followed by the photo's credit ("Фото автора", "Фото из архива"). The signature is no text;
"Фото автора" credits the signed name; "Фото из архива" the archive. A kicker's own text over
the headline (АКТУАЛЬНО, ИНТЕРВЬЮ) yields to the rubric's link the page prints."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "https://ic24.kz/news/v-almaty-otkryli-novuyu-shkolu-u51003"
TITLE = "В Алматы открыли новую школу на 1200 мест"
PARAS = ["В Алматы в Наурызбайском районе открыли новую школу на 1200 учеников.",
         "В здании есть бассейн, спортивный зал и кабинет робототехники.",
         "По словам директора, набор в первые классы уже завершён."]
EN_PARAS = ["A new school for 1,200 pupils has opened in Almaty's Nauryzbay district.",
            "The building has a swimming pool, a gym and a robotics classroom.",
            "According to the director, enrolment in the first grades is already complete."]


def page(after: str = "", paras: list[str] = PARAS, credit: str = "", above: str = "",
         rubric: str = '<a href="/rubric/obshchestvo/">Общество</a>') -> str:
    text = "".join(f"<p>{p}</p>" for p in paras)
    return f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><div class="menu"><a href="/">Главная</a> <a href="/novosti">Новости</a></div>
<div class="news-detail">{above}<h1 class="news-title">{TITLE}</h1>
<div class="news-photo"><img src="/upload/news/2024/11/a1b2c3.jpg" alt="">{credit}</div>
<div class="news-info"><span class="news-date">23 Ноября 2024, 09:05</span>
 <span class="news-views">412</span> <span class="news-rubric">{rubric}</span></div>
<div class="news-text">{text}{after}</div></div>
<div class="footer"><p>© 1995–2026 Газета «Центр информации». Все права защищены.</p></div>
</body></html>"""


def record(html: str) -> dict[str, object]:
    found = article_from_html(html, URL)
    assert found is not None
    return found


def sign(line: str) -> str:
    return f'<p style="text-align: right;">{line}</p>'


@pytest.mark.parametrize("signature", [
    "<strong>Айгуль САРСЕНОВА</strong>, Алматы",
    "<strong>Ербол ТАСЫМОВ</strong>, «Центр информации»",
    "<b>Наталья ЖУКОВА</b>",
    "<em>Ерлан ИДРИСОВ-ЖАН, Астана</em>",
])
def test_signature_is_no_text(signature: str) -> None:
    rec = record(page(sign(signature)))
    assert rec["body"] == "\n\n".join(PARAS)
    assert rec["source"] is None


def test_english_signature_is_no_text() -> None:
    rec = record(page(sign("<strong>Aigul SARSENOVA</strong>, Almaty"), EN_PARAS))
    assert rec["body"] == "\n\n".join(EN_PARAS)


@pytest.mark.parametrize(("paras", "signature", "credit", "want"), [
    (PARAS, "<strong>Айгуль САРСЕНОВА</strong>, Алматы", "Фото автора", "Айгуль Сарсенова"),
    (EN_PARAS, "<strong>Aigul SARSENOVA</strong>", "Photo by the author", "Aigul Sarsenova"),
    (PARAS, "<strong>Ербол ТАСЫМОВ</strong>", "Фото из архива", "архив"),
    (EN_PARAS, "<strong>Yerbol TASSYMOV</strong>", "Photo from the archive", "archive"),
])
def test_credit_after_the_signature(paras: list[str], signature: str, credit: str,
                                    want: str) -> None:
    rec = record(page(sign(signature) + sign(f"<em>{credit}</em>"), paras))
    assert rec["body"] == "\n\n".join(paras)
    assert rec["photo_credit"] == want


def test_credit_under_the_photo_stays_first() -> None:
    rec = record(page(sign("<strong>Айгуль САРСЕНОВА</strong>"),
                      credit='<div class="photo-credit">Фото:gov.kz</div>'))
    assert rec["photo_credit"] == "gov.kz" and rec["body"] == "\n\n".join(PARAS)


@pytest.mark.parametrize("kicker", ["АКТУАЛЬНО", "ИНТЕРВЬЮ"])
def test_kicker_yields_to_the_rubric_link(kicker: str) -> None:
    rec = record(page(above=f'<div class="news-kicker">{kicker}</div>'))
    assert rec["category"] == "Общество" and rec["title"] == TITLE


# --- guards: what must not change ---


def test_last_paragraph_naming_people_stays() -> None:
    """A last paragraph that is a sentence, or a name without capitals, is the story's."""
    last = ["Директором школы назначена Айгуль Сарсенова.", "Айгуль Сарсенова, Алматы"]
    rec = record(page("".join(f"<p>{p}</p>" for p in last)))
    assert rec["body"] == "\n\n".join([*PARAS, *last])


def test_kicker_without_a_rubric_link_is_the_rubric() -> None:
    rec = record(page(above='<div class="news-kicker">Общество</div>', rubric=""))
    assert rec["category"] == "Общество"


def test_open_sources_and_press_service_credits_stay() -> None:
    for credit, want in (("Фото из открытых источников", "открытые источники"),
                         ("Фото пресс-службы МВД", "пресс-служба МВД")):
        rec = record(page(f"<p><em>{credit}</em></p>"))
        assert rec["photo_credit"] == want and rec["body"] == "\n\n".join(PARAS)

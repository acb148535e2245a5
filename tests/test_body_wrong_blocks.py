"""Blocks a page prints beside its text that a rule may take for the text, or that may end it
too early, on pages of any CMS (no container the outlet knows, no dateline).

A JSON-LD ``articleBody`` cut short and run into one paragraph loses to the page's own
paragraphs; a paragraph linking a word of its own after a "read also" line is text; a company's
``<br>``-lined boilerplate after a press release is not the text; a teaser paragraph classed as
other stories between two paragraphs is passed over; a stats table with column headings does not
outweigh the text around it, and lists of sentences after each table are text.
"""

from __future__ import annotations

import json

import pytest

from kznews import article_from_html

URL = "https://ic24.kz/news/item-u47522"

TEXTS = {
    "ru": ("В Павлодаре открыли новый мост через Иртыш", [
        "В Павлодаре открыли новый автомобильный мост через Иртыш, сообщили в акимате области.",
        "Длина моста составляет почти девятьсот метров, по нему пройдут четыре полосы движения.",
        "Строители завершили работы на два месяца раньше срока, указанного в договоре подряда.",
        "До конца года в области отремонтируют ещё три моста на дорогах местного значения.",
        "Движение по старому мосту закроют на ремонт сразу после открытия нового перехода.",
    ], "Читайте также:"),
    "en": ("A new bridge over the Irtysh opens in Pavlodar", [
        "A new road bridge over the Irtysh river opened in Pavlodar, the regional office said.",
        "The bridge is almost nine hundred metres long and carries four lanes of traffic in all.",
        "The builders finished the work two months ahead of the date set in their contract.",
        "Three more bridges on local roads in the region will be repaired before the year ends.",
        "The old bridge will close for repairs right after the new crossing opens to traffic.",
    ], "Related:"),
    "kk": ("Павлодарда Ертіс арқылы жаңа көпір ашылды", [
        "Павлодарда Ертіс өзені арқылы жаңа автомобиль көпірі ашылды, деп хабарлады әкімдік.",
        "Көпірдің ұзындығы тоғыз жүз метрге жуық, онымен төрт жолақпен көлік жүретін болады.",
        "Құрылысшылар жұмысты келісімшартта көрсетілген мерзімнен екі ай бұрын аяқтады.",
        "Жыл соңына дейін облыста жергілікті жолдардағы тағы үш көпір жөнделеді.",
        "Жаңа өткел ашылғаннан кейін ескі көпір жөндеуге бірден жабылады.",
    ], "Сондай-ақ оқыңыз:"),
}


def page(lang: str, inner: str, head: str = "") -> str:
    title = TEXTS[lang][0]
    return f"""<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}
<meta property="article:published_time" content="2022-05-12T10:15:00+06:00"></head><body>
<div class="top"><a href="/">Home</a></div>
<div class="wrap"><h1>{title}</h1>{inner}</div>
<footer>All rights reserved.</footer></body></html>"""


def body_of(html: str) -> list[str]:
    record = article_from_html(html, URL)
    assert record is not None
    return str(record["body"]).split("\n\n")


def ps(paras: list[str]) -> str:
    return "".join(f"<p>{q}</p>" for q in paras)


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_cut_short_ld_body_loses_to_the_paragraphs_the_page_prints(lang: str) -> None:
    paras = TEXTS[lang][1]
    # one paragraph, punctuation spaced apart, cut off with an ellipsis
    cut = " ".join(paras[:2]).replace(",", " ,")[:150] + "…"
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": TEXTS[lang][0], "articleBody": cut}, ensure_ascii=False)
    html = page(lang, f'<div class="zz">{ps(paras)}</div>',
                f'<script type="application/ld+json">{ld}</script>')
    assert body_of(html) == paras


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_paragraph_linking_a_word_after_a_read_also_line_is_text(lang: str) -> None:
    paras = TEXTS[lang][1]
    label = TEXTS[lang][2]
    first, word, rest = paras[3].split(" ", 2)
    linked = f'{first} <a href="https://example.org/x">{word}</a> {rest}'
    html = page(lang, f'<div class="zz">{ps(paras[:3])}'
                f'<p>{label} <a href="/news/other-story-u47000">Other story of the day</a></p>'
                f"<p>{linked}</p><p>{paras[4]}</p></div>")
    assert body_of(html) == paras


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_br_lined_boilerplate_after_a_text_in_paragraphs_is_not_the_text(lang: str) -> None:
    paras = TEXTS[lang][1]
    about = ("Acme is a global provider of bridge engineering services and steel structures.<br>"
             "Acme is headquartered in Baar and employs around 1,300 people worldwide.<br>")
    html = page(lang, f'<div class="zz"><div class="text part"><div>{ps(paras)}</div></div>'
                f'<div class="text part"><div><hr><p><br>{about}</p></div></div></div>')
    got = body_of(html)
    assert got[:len(paras)] == paras


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_teaser_paragraph_classed_as_related_between_paragraphs_is_passed_over(
        lang: str) -> None:
    paras = TEXTS[lang][1]
    teaser = ('<p class="related_post"><a class="related_post" href="/news/other-u47000">'
              "Other story of the day, with its own headline</a></p>")
    html = page(lang, f'<div class="zz">{ps(paras[:2])}{teaser}{ps(paras[2:])}</div>')
    assert body_of(html) == paras


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_stats_table_does_not_outweigh_the_text_in_paragraphs_and_bullets(lang: str) -> None:
    paras = TEXTS[lang][1]
    rows = "".join(f"<tr><td>DL</td><td>Player {k}</td><td>{60 - k}</td><td>{80 - k}%</td>"
                   f"<td>{k} tackles ({k} combined). 1 sack, 1 TFL, 2 QH.</td></tr>"
                   for k in range(1, 9))
    table = ("<table><thead><tr><th>Pos</th><th>Player</th><th>Plays</th><th>%</th>"
             f"<th>Stats</th></tr></thead><tbody>{rows}</tbody></table>")
    notes = ["".join(f"<li>{q}</li>" for q in part) for part in (paras[1:3], paras[3:])]
    html = page(lang, f'<div class="zz"><p>{paras[0]}</p><h3>Line</h3>{table}'
                f"<ul>{notes[0]}</ul><h3>Backs</h3>{table}<ul>{notes[1]}</ul></div>")
    got = body_of(html)
    assert got[0] == paras[0]
    assert [q for q in got if q in paras] == paras


DETAILS = {"ru": "12.05.2022 - Опубликовал: Иван Петров - Рубрика: Общество",
           "en": "12 May 2022 - Posted by: Jane Doe - Category: Society",
           "kk": "12.05.2022 - Жариялаған: Асхат Нұров - Санаты: Қоғам"}
ADDRESS = ("Pavlodar - Lermontov street, 12 - 140000 - Phone: (7182) 55-00-00 - "
           "E-mail: office@example.kz - All rights reserved.")


def bare_text_page(lang: str, column: str) -> str:
    """An old CMS's column: the headline in a classed ``<p>``, a details line in ``<small>``,
    then the text bare in the column (no ``<p>``), the share buttons' box after it; the
    address line of the site in a box of its own under it all."""
    title = TEXTS[lang][0]
    return f"""<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="2022-05-12T10:15:00+06:00"></head><body>
<div class="row"><div class="col-3"><ul><li><a href="/n?y=2022">2022</a></li></ul></div>
<div class="col-9"><p class="titulo">{title}</p>{column}</div></div>
<div class="bottom"><div class="inner"><div>{ADDRESS}</div></div></div></body></html>"""


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_text_printed_bare_in_its_column_is_the_text_not_the_address_line(lang: str) -> None:
    text = " ".join(TEXTS[lang][1][:3])
    html = bare_text_page(lang, f"<small><b>{DETAILS[lang]}</b></small><br><br>"
                          f'<img src="/img/a.jpg" alt="">{text}<br><br><br>'
                          '<div class="share"><a href="/s?fb">Facebook</a> '
                          '<a href="/s?tw">Twitter</a></div><div><a href="#">Back</a></div>')
    assert body_of(html) == [text]


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_bare_links_and_a_bare_note_beside_a_text_in_paragraphs_stay_out_of_it(
        lang: str) -> None:
    """The text's own ``<p>``s still make the text: a sidebar's bare story links in a row
    (sentences each, more text than the story) and a bare note after the text's box count for
    nothing."""
    paras = TEXTS[lang][1]
    links = " ".join(f'<a href="/news/item-u4700{k}">{q}</a>' for k, q in enumerate(
        TEXTS[sorted(TEXTS)[(sorted(TEXTS).index(lang) + 1) % 3]][1] * 2))
    html = page(lang, f'<div class="zz">{ps(paras)}</div>{ADDRESS} {ADDRESS}'
                f'<div class="share"><a href="/s?fb">Facebook</a></div>'
                f'<div class="side"><h3>News</h3>{links}<div>&nbsp;</div></div>')
    assert body_of(html) == paras

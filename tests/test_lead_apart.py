"""A lead printed apart from the body is the story's first paragraph; the info line is never one.

Plone prints a news item's description as ``<p class="documentDescription">`` in its header,
then the picture, the site's info line (``29 February 2024 0 Incidents Almaty, tourism``) and
``#parent-fieldname-text`` starting at paragraph 2. Other CMSs print the same lead as a
``lead``/``standfirst``/``article-lead``/``intro``/``summary``/``description`` box before the
text. When the text repeats the lead as its first paragraph, the lead counts once.
"""

from __future__ import annotations

from typing import Any

import pytest

from kznews import article_from_html

URL = "https://ic24.kz/news/kazakhstan-to-plant-two-billion-trees-u51506"
TITLE = "Kazakhstan to plant two billion trees by 2025"
LEAD = "Kazakhstan will plant two billion trees across the country by 2025."
DATELINE = "Astana. February 29. Information Center - "
PARAS = ["The project is financed from the local budget and private sponsors.",
         "More than 2.5 billion tenge has been allocated for these purposes this year.",
         "Seedlings will be grown in forest nurseries of the northern regions."]
INFO = ('<div class="ic-infoline"><span class="ic-date">29 February 2024</span> '
        '<span class="ic-views">0</span> <a class="ic-rubric" href="/rubric/incidents">Incidents'
        '</a> <span class="ic-tags">Almaty, tourism</span></div>')
FIGURE = ('<figure class="newsImageContainer"><img src="/news/trees-u51506/@@images/image-800.jpeg"'
          ' alt=""><figcaption class="image-caption">Фото:gov.kz</figcaption></figure>')


def plone(lead: str, *, text: list[str] = PARAS, info: str = INFO) -> str:
    body = "".join(f"<p>{t}</p>" for t in text)
    return (f'<html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title>'
            f'<meta name="description" content="{lead}"></head><body><main><article>'
            f'<header><h1 class="documentFirstHeading">{TITLE}</h1><div class="documentByLine">'
            'by admin — last modified Mar 03, 2024 01:03 AM</div>'
            f'<p class="documentDescription description">{lead}</p></header>'
            f'<div id="content-core">{FIGURE}{info}<div id="parent-fieldname-text">{body}</div>'
            '</div></article></main></body></html>')


def boxed(cls: str, lead: str, *, text: list[str] = PARAS) -> str:
    body = "".join(f"<p>{t}</p>" for t in text)
    return (f'<html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title></head><body>'
            f'<div class="article"><h1>{TITLE}</h1><div class="{cls}">{lead}</div>{INFO}'
            f'<div class="article-text">{body}</div></div></body></html>')


def record(html: str) -> dict[str, Any]:
    found = article_from_html(html, URL)
    assert found is not None
    return found


def test_plone_description_is_the_first_paragraph() -> None:
    found = record(plone(LEAD))
    assert found["body"] == "\n\n".join([LEAD, *PARAS])
    assert found["category"] == "Incidents"


def test_plone_description_with_dateline_and_the_info_line_apart() -> None:
    found = record(plone(DATELINE + LEAD))
    assert found["body"] == "\n\n".join([LEAD, *PARAS])
    assert found["dateline_place"] == "Astana"
    assert found["category"] == "Incidents"
    assert found["published_at"].startswith("2024-02-29")


@pytest.mark.parametrize("cls", ["standfirst", "article-lead", "news-intro", "entry-summary",
                                 "description"])
def test_a_lead_box_over_the_info_line_is_the_first_paragraph(cls: str) -> None:
    found = record(boxed(cls, LEAD))
    assert found["body"] == "\n\n".join([LEAD, *PARAS]), cls
    assert found["category"] == "Incidents"


# --- guards


@pytest.mark.parametrize("lead", [LEAD, DATELINE + LEAD])
def test_a_lead_the_text_repeats_counts_once(lead: str) -> None:
    found = record(plone(lead, text=[DATELINE + LEAD, *PARAS]))
    assert found["body"] == "\n\n".join([LEAD, *PARAS])


def test_a_lead_box_repeated_by_the_text_counts_once() -> None:
    found = record(boxed("article-lead", LEAD, text=[LEAD, *PARAS]))
    assert found["body"] == "\n\n".join([LEAD, *PARAS])


def test_a_short_description_is_no_paragraph() -> None:
    found = record(plone("Trees"))
    assert found["body"] == "\n\n".join(PARAS)


def test_a_dek_the_text_repeats_leaves_the_credit_out_of_the_info_line() -> None:
    """A header's dek printed again as the text's abstract: the text starts at the abstract,
    and the picture's attribution in the header (``image-attribution``) is no rubric."""
    page = (f'<html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title></head><body>'
            f'<article><header><h1>{TITLE}</h1><div class="detail-header--dek">{LEAD}</div>'
            '<dl><dt>Publish date:</dt><dd><time datetime="2024-02-29T10:00:00+06:00">Feb 29, '
            '2024</time></dd></dl><p class="image-meta"><span class="image-attribution">Amy K. '
            'Dragoo/AIMMEDIA</span></p></header><section itemprop="articleBody">'
            f'<div class="detail--abstract">{LEAD}</div>'
            + "".join(f"<p>{t}</p>" for t in PARAS) + '</section></article></body></html>')
    found = record(page)
    assert found["category"] is None
    assert found["body"] == "\n\n".join([LEAD, *PARAS])

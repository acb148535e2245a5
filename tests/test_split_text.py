"""A text split by a picture into two blocks of the same kind — a page builder's text records
around an image record, a CMS's text box cut by a figure — is one body; and a line of prose
between the headline and the body is never read as an info line (its first word a rubric,
its clauses tags)."""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "https://ic24.kz/news/charyn-visitor-centre-opens-u51002"
TITLE = "Charyn visitor centre opens"
PARAS = ["Charyn visitor centre opens its doors to the first tourists of the season.",
         "According to officials, the work on the trails will be completed by the end of "
         "the year.",
         "The number of visitors grew by twelve percent compared to last year, officials said.",
         "Further details are available on the official website of the national park."]
PICTURES = [
    '<div class="rec"><img class="pic" src="/img/2.jpg" alt=""></div>',
    '<figure><img src="/img/2.jpg" alt=""><figcaption>The new trail. Photo: pixabay'
    "</figcaption></figure>",
    '<div class="rec"><div class="cover" style="background-image:url(\'/img/2.jpg\')"></div>'
    "</div>",
]


def page(text: str) -> str:
    return f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><div class="top"><a href="/">Home</a></div>
<div class="rec"><div class="name">{TITLE}</div><div class="when">20.02.2024</div></div>
{text}
<footer><div>© 2024 Information Center</div></footer></body></html>"""


def record(html: str) -> dict[str, object]:
    found = article_from_html(html, URL)
    assert found is not None
    return found


def br_block(paras: list[str], cls: str = "text text_md") -> str:
    return f'<div class="rec"><div class="{cls}">{"<br><br>".join(paras)}</div></div>'


@pytest.mark.parametrize("cut", [1, 2, 3])  # the longer block first, or second
@pytest.mark.parametrize("picture", PICTURES)
def test_br_blocks_of_one_kind_around_a_picture_are_one_text(picture: str, cut: int) -> None:
    rec = record(page(br_block(PARAS[:cut]) + picture + br_block(PARAS[cut:])))
    assert rec["body"] == "\n\n".join(PARAS)
    assert rec["category"] is None and rec["tags"] == []


@pytest.mark.parametrize("picture", PICTURES)
def test_text_containers_around_a_picture_are_one_text(picture: str) -> None:
    def box(paras: list[str]) -> str:
        return '<div class="article-text">' + "".join(f"<p>{p}</p>" for p in paras) + "</div>"
    rec = record(page(box(PARAS[:1]) + picture + box(PARAS[1:])))
    assert rec["body"] == "\n\n".join(PARAS)


def test_a_block_of_another_kind_after_the_picture_is_not_the_text() -> None:
    other = br_block(["Subscribe to our newsletter.", "The main news of the week, once a week."],
                     "text text_xs")
    rec = record(page(br_block(PARAS) + PICTURES[0] + other))
    assert rec["body"] == "\n\n".join(PARAS)


def test_blocks_with_text_between_them_are_not_joined() -> None:
    between = '<div class="rec"><div class="name">Subscribe to the newsletter</div></div>'
    other = br_block(["Our newsletter brings the news of the week.", "Sign up on the site."])
    rec = record(page(br_block(PARAS) + PICTURES[0] + between + other))
    assert rec["body"] == "\n\n".join(PARAS)


def test_a_line_of_prose_over_the_text_is_no_info_line() -> None:
    lead = ('<div class="lead">Charyn Canyon receives first tourists, officials say, and the '
            "park expects more visitors this year.</div>")
    text = '<div class="article-text">' + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>"
    rec = record(page(lead + text))
    assert rec["category"] is None and rec["tags"] == []

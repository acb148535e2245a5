"""A tag-shaped link in a box classed as the rubric's is the rubric, not a tag
(kznews.sites.centerinform.anchors.in_rubric_box): a blog filing its first label as the
rubric (``<span class="post-labels post-rubric"><a href="/search/label/Спорт" rel="tag">``)
had no category and the rubric first among its tags."""

from __future__ import annotations

from kznews import article_from_html

URL = "https://ic24.kz/news/marafon-v-almaty-u45195"
TEXT = "".join(f"<p>Абзац {i}: марафон в Алматы собрал бегунов со всей страны и гостей.</p>"
               for i in range(3))


def page(labels: str) -> str:
    return ('<html lang="ru"><head><title>Марафон в Алматы</title></head><body>'
            '<div class="post-outer"><h3 class="post-title entry-title">Марафон в Алматы</h3>'
            '<div class="post-header"><abbr class="published" title="2021-04-16T15:40:00+06:00">'
            f'16 Апреля 2021</abbr> {labels}</div><div class="post-body entry-content">'
            '<p>Алматы. 16 апреля. Центр информации - Марафон прошёл в городе.</p>'
            f'{TEXT}</div></div></body></html>')


RUBRIC = ('<span class="post-labels post-rubric"><a href="/search/label/Спорт" rel="tag">'
          'Спорт</a></span>')
TAGS = ('<span class="post-labels post-tags"><a href="/search/label/марафон" rel="tag">марафон'
        '</a>, <a href="/search/label/Алматы" rel="tag">Алматы</a></span>')


def fields(html: str) -> tuple[str | None, list[str]]:
    found = article_from_html(html, URL)
    assert found is not None
    return found["category"], found["tags"]


def test_the_rubric_label_is_the_category_and_no_tag() -> None:
    assert fields(page(RUBRIC + " " + TAGS)) == ("Спорт", ["марафон", "Алматы"])


def test_a_rubric_label_alone_gives_no_tags() -> None:
    assert fields(page(RUBRIC)) == ("Спорт", [])


def test_labels_without_a_rubric_box_stay_tags() -> None:
    category, tags = fields(page(TAGS))
    assert tags == ["марафон", "Алматы"]
    assert category is None

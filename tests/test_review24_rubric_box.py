"""A box of tags inside a block classed as the rubric's holds tags: only the rubric's own link
there is the rubric."""

from __future__ import annotations

from tests.test_review21_extract import page, record


def test_tags_in_a_box_of_their_own_inside_the_rubric_block_stay_tags() -> None:
    block = ('<div class="rubric"><span>Рубрика: <a href="/economy/">Экономика</a></span>'
             '<div class="tags"><a href="/tag/nalogi">Налоги</a> <a href="/tag/byudzhet">'
             'Бюджет</a></div></div>')
    rec = record(page(after=block))
    assert (rec["category"], rec["tags"]) == ("Экономика", ["Налоги", "Бюджет"])


def test_a_tag_list_inside_a_post_category_block_stays_tags() -> None:
    block = ('<div class="post-category"><a href="/category/economy/">Экономика</a>'
             '<ul class="post-tags"><li><a href="/tag/nalogi">Налоги</a></li><li>'
             '<a href="/tag/byudzhet">Бюджет</a></li></ul></div>')
    rec = record(page(after=block))
    assert (rec["category"], rec["tags"]) == ("Экономика", ["Налоги", "Бюджет"])


def test_a_blog_s_rubric_label_is_still_the_rubric() -> None:
    labels = ('<span class="post-labels post-rubric"><a rel="tag" href="/search/label/Экономика">'
              'Экономика</a></span><span class="post-labels"><a rel="tag" '
              'href="/search/label/Налоги">Налоги</a>, <a rel="tag" href="/search/label/Бюджет">'
              'Бюджет</a></span>')
    rec = record(page(after=labels))
    assert (rec["category"], rec["tags"]) == ("Экономика", ["Налоги", "Бюджет"])

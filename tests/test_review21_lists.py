"""After a box of other stories' links inside the text: the text's own list goes on with the
text, lines shaped as other stories' titles (capitalised, a full stop or a cut ``...``) do
not."""

from __future__ import annotations

import pytest

from tests.test_story_lines_kept import _MODULE, LAYOUTS, RU, _body

MORE = "Следствие продолжается, подробности в полиции обещали сообщить позже на этой неделе."


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("titles", [
    ("Токаев принял посла Японии и обсудил...", "В Шымкенте прошёл форум молодёжи, где…"),
    ("Тоқаев Жапония елшісін қабылдады.", "Шымкентте жастар форумы өтті."),
], ids=["cut", "stopped"])
def test_unlinked_titles_after_a_box_of_links_are_not_the_text(
        layout: str, titles: tuple[str, ...]) -> None:
    after = (_MODULE.format(head="<h3>Читайте также</h3>")
             + "".join(f"<p>{t}</p>" for t in titles) + f"<p>{MORE}</p>")
    assert _body("ru", RU[:2], layout, after) == RU[:2]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_list_of_capitalised_items_after_a_box_of_links_goes_on(layout: str) -> None:
    items = ["Заявки принимаются до конца месяца.", "Итоги опубликуют на сайте акимата."]
    after = (_MODULE.format(head="") + "<ul>" + "".join(f"<li>{t}</li>" for t in items)
             + f"</ul><p>{MORE}</p>")
    assert _body("ru", RU[:2], layout, after) == [*RU[:2], *items, MORE]

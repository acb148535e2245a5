"""A site footer of ``<br>`` lines (copyright, rights notice, address) is never the article text.

An old table layout's footer cell (``<td class="podval">``, a class no vocabulary knows) holds
``© 2014–2025 «Центр информации». Все права защищены.<br>При использовании материалов
гиперссылка на ic24.kz обязательна.<br>Адрес редакции: …``: two lines ending in full stops,
over a hundred characters, so it read as a text in ``<br>`` lines, and on a page with no
dateline and its text in ``<p>``s it won over the real text (the rubric's tags then ran on
into the page's headline block). The notice lines do not count as sentences of a text.
"""

from __future__ import annotations

import pytest

from kznews import article_from_html

URL = "https://ic24.kz/news/Astana-hosts-forum-of-young-entrepreneurs-u46707"
PARAS = (
    "Astana hosts forum of young entrepreneurs, reports Kazinform.",
    "According to officials, the work is expected to be completed by the end of the year.",
    "The project is financed from the local budget.",
)
FOOTERS = {
    "ru": ("© 2014–2025 «Центр информации». Все права защищены.<br />"
           "При использовании материалов гиперссылка на ic24.kz обязательна.<br />"
           "Адрес редакции: г. Алматы, ул. Толе би, 101. Тел.: +7 (727) 000-00-00<br />"),
    "en": ("(c) 2014-2025 Information Center. All rights reserved.<br />"
           "Reproduction of materials is allowed only with a hyperlink to ic24.kz.<br />"
           "Editorial office: 101 Tole bi St., Almaty. Phone: +7 (727) 000-00-00<br />"),
    "kk": ("© 2014–2025 «Ақпарат орталығы». Барлық құқықтары қорғалған.<br />"
           "Перепечатка материалов только с гиперссылкой на ic24.kz.<br />"
           "Мекенжайы: Алматы қ., Төле би к-сі, 101. Тел.: +7 (727) 000-00-00<br />"),
}


def _page(footer: str, text: str) -> str:
    return ("<html><head><title>Astana hosts forum of young entrepreneurs</title></head><body>"
            '<table class="osnova"><tr><td class="menu"><a href="/">Главная</a> | '
            '<a href="/rubric/culture">Culture</a></td></tr><tr><td class="centr">'
            "<h1>Astana hosts forum of young entrepreneurs</h1>"
            '<p class="info">27 Июля 2021 Culture economy, public transport</p>'
            f'<div class="tekst">{text}</div>'
            '<table class="lenta"><tr><td>ru</td><td><a href="/news/x-u57561">Загородные '
            "трассы оснащают умными камерами в СКО</a></td></tr></table></td></tr>"
            f'<tr><td class="podval">{footer}</td></tr></table></body></html>')


@pytest.mark.parametrize("lang", sorted(FOOTERS))
def test_footer_of_notice_lines_is_no_text(lang: str) -> None:
    text = "".join(f"<p>{p}</p>" for p in PARAS)
    record = article_from_html(_page(FOOTERS[lang], text), URL)
    assert record is not None
    assert record["body"].split("\n\n") == list(PARAS)
    assert record["lang"] == "en"
    assert (record["category"], record["tags"]) == ("Culture", ["economy", "public transport"])


def test_text_in_br_lines_closed_by_a_notice_is_still_the_text() -> None:
    """A text in ``<br>`` lines whose box ends with the site's notice: the sentences before it
    still make it a text."""
    notice = "При использовании материалов ссылка обязательна."
    text = "<br /><br />".join((*PARAS, notice))
    record = article_from_html(_page("", text), URL)
    assert record is not None
    assert record["body"].split("\n\n")[:3] == list(PARAS)

"""A magazine template cuts its text into content blocks of one class — four single-child
wrappers down to the paragraphs, the first block deeper still beside a byline sidebar — with
a video block and a figure between them: all the blocks are one text. A block of that class
holding the next story under its own headline, or the site's footer, stays out."""

from __future__ import annotations

import pytest

from kznews import article_from_html

STORIES = {
    "en": ("https://ic24.kz/en/news/tuft-cells-taste-danger-u61001",
           "Cells that taste danger set off immune responses",
           ["Researchers found cells covered with taste receptors deep inside the lungs.",
            "The cells appeared only after a severe bout of influenza, the team said.",
            "Similar cells line the gut, where they sense parasites and warn the immune system.",
            "The study was published in the journal Nature on Monday.",
            "Further work will show whether the cells help or harm the patients, they added."],
           "Next story: the city opens a new park", "The park covers twelve hectares, "
           "the city said on Monday.", "About us: the magazine is published by a foundation."),
    "ru": ("https://ic24.kz/ru/news/kletki-chuvstvuyut-opasnost-u61002",
           "Клетки, чувствующие опасность, запускают иммунный ответ",
           ["Исследователи нашли в лёгких клетки, покрытые вкусовыми рецепторами.",
            "Клетки появлялись только после тяжёлого гриппа, сообщили учёные.",
            "Похожие клетки выстилают кишечник и предупреждают иммунную систему о паразитах.",
            "Исследование опубликовано в журнале Nature в понедельник.",
            "Дальнейшая работа покажет, помогают эти клетки больным или вредят, добавили они."],
           "Следующая статья: в городе открыли парк", "Площадь парка двенадцать гектаров, "
           "сообщили в акимате.", "О нас: журнал издаёт научный фонд с 2012 года."),
    "kk": ("https://ic24.kz/kz/news/kauipti-sezetin-zhasushalar-u61003",
           "Қауіпті сезетін жасушалар иммундық жауапты іске қосады",
           ["Зерттеушілер өкпеден дәм рецепторлары бар жасушаларды тапты.",
            "Жасушалар тек ауыр тұмаудан кейін пайда болды, деді ғалымдар.",
            "Осындай жасушалар ішекте де бар, олар иммундық жүйеге паразиттер туралы хабарлайды.",
            "Зерттеу дүйсенбі күні Nature журналында жарияланды.",
            "Әрі қарайғы жұмыс жасушалардың науқасқа пайдасын не зиянын көрсетеді, деді олар."],
           "Келесі мақала: қалада жаңа саябақ ашылды", "Саябақтың аумағы он екі гектар, "
           "деп хабарлады әкімдік.", "Біз туралы: журналды ғылыми қор 2012 жылдан шығарады."),
}


def _inner(paras: list[str], sub: str = "") -> str:
    """Four single-child wrappers down to the block's paragraphs (a sub-heading after the
    first one)."""
    ps = "".join(f"<p>{q}</p>" for q in paras)
    if sub:
        ps = ps.replace("</p>", f"</p><h2>{sub}</h2>", 1)
    return (f'<section class="outer"><div class="column"><div class="section wysiwyg">'
            f'<div class="content wysiwyg">{ps}</div></div></div></section>')


def _block(inner: str) -> str:
    return f'<div class="acf-content mt2">{inner}</div>'


def _first_block(paras: list[str], sub: str) -> str:
    """The first block is deeper: its text beside a byline and a share sidebar, hidden (the
    footer prints them again)."""
    return _block(
        '<div class="post__wrapper"><div class="container"><div class="post__content flex">'
        '<aside class="post__sidebar hide"><div class="author">Carrie Arnold</div>'
        '<p class="h6">November 15, 2019</p></aside>'
        f'{_inner(paras, sub)}<aside class="post__sidebar hide"><h3>Share this article</h3></aside>'
        '</div></div></div>')


VIDEO = ('<div class="hide-on-print"><div class="media"><figure><iframe '
         'src="https://www.youtube.com/embed/x1"></iframe><figcaption>Video: a talk on the '
         'cells</figcaption></figure></div></div>')
FIGURE = '<figure><img src="/img/cells.jpg" alt=""><figcaption>Cells in the lung tissue.' \
         '</figcaption></figure>'


def _page(title: str, blocks: str) -> str:
    return (f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="menu"><a href="/">Home</a></div><div id="postBody">'
            f'<div class="title"><h1>{title}</h1><p>20.02.2024</p></div>{blocks}</div>'
            f'</body></html>')


def _body(url: str, html: str) -> str:
    rec = article_from_html(html, url)
    assert rec is not None
    return str(rec["body"])


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_text_blocks_four_wrappers_deep_across_a_video_are_one_text(lang: str) -> None:
    url, title, paras, head, *_ = STORIES[lang]
    sub = head.split(": ")[1]
    html = _page(title, _first_block(paras[:2], sub) + VIDEO + _block(_inner(paras[2:4])) + FIGURE
                 + _block(_inner(paras[4:])))
    assert _body(url, html) == "\n\n".join([paras[0], sub, *paras[1:]])


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_next_story_in_a_block_of_the_same_class_is_no_part(lang: str) -> None:
    url, title, paras, head, other, _ = STORIES[lang]
    nxt = _block(_inner([other, other]).replace("<p>", f"<h1>{head}</h1><p>", 1))
    html = _page(title, _block(_inner(paras)) + FIGURE + nxt)
    assert _body(url, html) == "\n\n".join(paras)


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_a_footer_in_a_block_of_the_same_class_is_no_part(lang: str) -> None:
    url, title, paras, *_, about = STORIES[lang]
    footer = _block(f"<footer><p>{about}</p><p>{about}</p></footer>")
    html = _page(title, _block(_inner(paras)) + FIGURE + footer)
    assert _body(url, html) == "\n\n".join(paras)

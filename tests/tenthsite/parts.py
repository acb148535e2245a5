"""What the tenth copy's three article templates share: the currency widget, the dateline,
the source line, photo credits, dates, view counters and the embeds pasted into the text."""

from __future__ import annotations

from datetime import datetime
from html import escape

from tests.copykit.catalogue import ALMATY
from tests.copykit.text import day_words
from tests.tenthsite.site import Article

CURRENCY = ('<div class="rates">• USD/KZT <b>0.0</b> • EUR/KZT <b>0.0</b> • RUB/KZT <b>0.0</b> '
            "• CNY/KZT <b>0.0</b></div>")
SOURCE_LABEL = {"ru": "Источник", "en": "Источник", "kk": "Дереккөз"}
CREDIT_LABEL = {"ru": "Фото", "en": "Photo", "kk": "Фото"}
AD_LABEL = {"ru": "Реклама", "en": "Advertisement", "kk": "Жарнама"}
RENDERED_AT = datetime(2026, 11, 30, 12, 0, tzinfo=ALMATY)  # the moment the pages were built


def e(text: str) -> str:
    return escape(text, quote=True)


def credit(art: Article) -> str:
    """'Фото: gov.kz' under the first image (empty without a credit)."""
    return f"{CREDIT_LABEL[art.lang]}: {e(art.photo_credit)}" if art.photo_credit else ""


def source_line(art: Article) -> str:
    if not (art.source and art.source_line):
        return ""
    return f"<p>{SOURCE_LABEL[art.lang]}: {e(art.source)}</p>"


def dated_first(art: Article, text: str, strong: bool = False) -> str:
    """The first paragraph's text with its dateline (``strong`` wraps the dateline)."""
    line = art.dateline()
    if not line:
        return e(text)
    if strong:
        head, dash, _ = line.rpartition(" - ")
        return f"<strong>{e(head)}</strong>{dash}{e(text)}"
    return e(line + text)


def long_date(art: Article) -> str:
    """'16 апреля 2021' / 'April 16, 2021' / '2021 жылғы 16 сәуір'."""
    return day_words(art.lang, art.day)


def stamp(art: Article) -> int:
    return int(art.local.timestamp())


def embed(art: Article) -> str:
    """An Instagram or Telegram post pasted into the text (its own text, date and views)."""
    if art.embed == "instagram":
        return (
            '<blockquote class="instagram-media" data-instgrm-permalink='
            f'"https://www.instagram.com/p/C{art.num}x/" data-instgrm-version="14"><div>'
            f'<a href="https://www.instagram.com/p/C{art.num}x/" target="_blank">'
            "Посмотреть эту публикацию в Instagram</a>"
            "<p>Сегодня на площади собрались волонтёры со всего города.</p>"
            '<p>Публикация от Акимат Алматы (@almaty.akimat) <time datetime="2019-05-02T09:00:00'
            '+00:00">2 Май 2019 в 2:00 PDT</time></p></div></blockquote>'
            '<script async src="//www.instagram.com/embed.js"></script>')
    if art.embed == "telegram":
        return (
            '<div class="tgme_widget_message_wrap js-widget_message_wrap">'
            f'<div class="tgme_widget_message js-widget_message" data-post="ic24kz/{art.num}">'
            '<div class="tgme_widget_message_author"><a class="tgme_widget_message_owner_name" '
            'href="https://t.me/ic24kz"><span dir="auto">Центр информации</span></a></div>'
            '<div class="tgme_widget_message_text js-message_text" dir="auto">Срочно: '
            "подробности в нашем канале, подписывайтесь!</div>"
            '<div class="tgme_widget_message_footer"><span class="tgme_widget_message_views">'
            '12.3K</span><a class="tgme_widget_message_date" href="https://t.me/ic24kz/1">'
            '<time datetime="2019-05-02T09:00:00+00:00" class="time">09:00</time></a>'
            "</div></div></div>")
    return ""


def views_text(art: Article) -> str:
    """The counter as the page prints it."""
    n = art.views
    assert n is not None
    if art.view_style == "short":
        whole, tenth = divmod(n // 100, 10)
        unit = {"ru": "тыс.", "kk": "мың"}
        if art.lang == "en":
            return f"{whole}.{tenth}K"
        return f"{whole},{tenth} {unit[art.lang]}"
    if art.view_style == "spaced":
        return f"{n // 1000}\u00a0{n % 1000:03d}"
    return str(n)


def text_html(art: Article, inserts: dict[int, str], p: str = "<p>",
              strong_dateline: bool = False) -> str:
    """The text's blocks (no footnotes) as HTML: the dateline on the first paragraph, list items
    grouped in one ``<ul>``, intertitles bold; ``inserts[k]`` goes before block ``k`` (after the
    list when block ``k`` is inside one)."""
    out: list[str] = []
    pending = ""
    blocks = [b for b in art.text_blocks() if b[0] != "fn"]
    for k, (kind, text) in enumerate(blocks):
        inside = kind == "li" and k > 0 and blocks[k - 1][0] == "li"
        if inside:
            pending += inserts.get(k, "")
        else:
            out.append(pending + inserts.get(k, ""))
            pending = ""
        if kind == "li":
            closed = k + 1 == len(blocks) or blocks[k + 1][0] != "li"
            out.append(("" if inside else "<ul>") + f"<li>{e(text)}</li>" +
                       ("</ul>" if closed else ""))
        elif kind == "caps":
            out.append(f"{p}<strong>{e(text)}</strong></p>")
        else:
            inner = dated_first(art, text, strong_dateline) if k == 0 else e(text)
            out.append(f"{p}{inner}</p>")
    out.append(pending + inserts.get(len(blocks), ""))
    return "".join(out)


def footnotes(art: Article) -> list[str]:
    return [text for kind, text in art.text_blocks() if kind == "fn"]


def related(art: Article, others: list[Article], heading: str, cls: str) -> str:
    """A "read also" block after the text: three other articles' headlines."""
    links = "".join(f'<li><a href="{o.path}">{e(o.title)}</a></li>' for o in others[:3])
    return f'<section class="{cls}"><h2>{heading}</h2><ul>{links}</ul></section>'

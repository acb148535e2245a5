"""A Telegram channel's web preview, and MODX / HostCMS / NetCat pages with bare markup."""

from __future__ import annotations

from datetime import UTC
from html import escape

from tests.thirteenthsite import parts
from tests.thirteenthsite.site import Article

CHANNEL = "ic24kz"


def _views(n: int) -> str:
    """Telegram's counter: '845', '1.2K', '7K'."""
    return str(n) if n < 1000 else f"{n / 1000:.1f}".removesuffix(".0") + "K"


def telegram(art: Article) -> str:
    """A ``t.me/s/`` page showing one message: its bubble is the article."""
    name = parts.SITE_NAME[art.lang]
    lines = [f"<b>{escape(art.title)}</b>", *parts.texts(art)]
    lines += [x for x in (parts.credit(art), parts.source_line(art)) if x]
    hashtags = " ".join(f'<a href="?q=%23{escape(t)}">#{escape(t)}</a>' for t in art.tags)
    text = "<br/><br/>".join(lines) + (f"<br/><br/>{hashtags}" if hashtags else "")
    photos = "".join(f'<a class="tgme_widget_message_photo_wrap" href="https://t.me/{CHANNEL}/'
                     f'{art.num}" style="width:800px;background-image:url(\'{p}\')"></a>'
                     for p in art.image_paths())
    stamp = art.local.astimezone(UTC)
    views = (f'<span class="tgme_widget_message_views">{_views(art.views)}</span>'
             if art.views is not None else "")
    return "\n".join([
        '<!DOCTYPE html><html><head><meta charset="utf-8">',
        f"<title>{name} – Telegram</title>",
        f'<meta property="og:title" content="{name}">',
        f'<meta property="og:description" content="{escape(art.title)}">',
        '<meta property="og:site_name" content="Telegram"></head><body class="widget_frame_base">',
        '<header class="tgme_header"><div class="tgme_header_info"><div class="tgme_channel_info_'
        f'header_title"><span dir="auto">{name}</span></div><div class="tgme_channel_info_header_'
        f'username"><a href="https://t.me/{CHANNEL}">@{CHANNEL}</a></div></div></header>',
        '<main class="tgme_main"><section class="tgme_channel_history js-message_history">',
        '<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_'
        f'message text_not_supported_wrap js-widget_message" data-post="{CHANNEL}/{art.num}">',
        '<div class="tgme_widget_message_bubble"><div class="tgme_widget_message_author">'
        f'<a class="tgme_widget_message_owner_name" href="https://t.me/{CHANNEL}">'
        f'<span dir="auto">{name}</span></a></div>', photos,
        f'<div class="tgme_widget_message_text js-message_text" dir="auto">{text}</div>',
        '<div class="tgme_widget_message_footer"><div class="tgme_widget_message_info">',
        f'{views}<span class="copyonly"> views</span><span class="tgme_widget_message_meta">'
        f'<a class="tgme_widget_message_date" href="https://t.me/{CHANNEL}/{art.num}">'
        f'<time datetime="{stamp:%Y-%m-%dT%H:%M:%S+00:00}" class="time">{stamp:%H:%M}</time>'
        "</a></span></div></div></div></div></div></section></main></body></html>",
    ])


def _bare_body(art: Article) -> list[str]:
    """MODX's content field: <p>, bare text ended by <br><br>, and <div>s, in turn."""
    out = [f"<p><strong>{escape(art.title)}</strong></p>"] if art.title_repeat else []
    for k, para in enumerate(parts.texts(art)):
        inner = parts.wrapped(art, para)
        out.append((f"<p>{inner}</p>", f"{inner}<br>\n<br>", f"<div>{inner}</div>")[k % 3])
        if art.spacers and k == 0:
            out.append("<p>&nbsp;</p>")
        if art.spacers and k == 1:
            out.append("<p><br></p>")
    return out


def _head(art: Article, extra: str = "") -> str:
    return (f"<html><head>{parts.charset_meta(art)}<title>{escape(art.title)} | "
            f"{parts.SITE_NAME[art.lang]}</title>{extra}</head>")


def _links(art: Article, key: str, values: list[str], sep: str = ", ") -> str:
    items = sep.join(f'<a href="/tags/{escape(v)}">{escape(v)}</a>' for v in values)
    return f"<div>{parts.label(art, key)} {items}</div>" if values else ""


def modx(art: Article, base: str) -> str:
    """MODX Evolution: tables, a <base href> the images rely on, everything in bare divs."""
    images = "".join(f'<p><img src="{p.lstrip("/")}" alt="" width="600"></p>'
                     for p in art.image_paths())
    credit = f"<p><em>{parts.credit(art)}</em></p>" if images and art.photo_credit else ""
    source = f"<p>{parts.source_line(art)}</p>" if parts.source_line(art) else ""
    rubric = (f'<div>{parts.label(art, "rubric")} <a href="/{art.num % 7}/">'
              f"{escape(art.category)}</a></div>" if art.category else "")
    views = f'<div>{parts.label(art, "views")} {art.views}</div>' if art.views is not None else ""
    return "\n".join(x for x in [
        _head(art, f'<base href="{base}/">'), "<body>",
        f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td colspan="2">{parts.COUNTER}'
        f"<div>{parts.CURRENCY}</div></td></tr>",
        '<tr><td width="200" valign="top"><a href="/novosti">Новости</a></td><td valign="top">',
        f"<h1>{escape(art.title)}</h1>", f"<div>{parts.page_date(art)}</div>", rubric,
        '<div id="content">', images + credit, *_bare_body(art), source, "</div>",
        _links(art, "tags", art.tags), views, f"<div>{parts.print_bar(art)}</div>",
        f"<div>{parts.next_link(art)}</div>", "</td></tr></table></body></html>",
    ] if x)


def hostcms(art: Article) -> str:
    """HostCMS: the date and the source after the text, tags as a plain list of links."""
    images = "".join(f'<img src="{p}" alt="" border="0"><br>' for p in art.image_paths())
    credit = f'<div style="font-size:11px">{parts.credit(art)}</div>' if art.photo_credit else ""
    src = parts.source_line(art)
    source = f"<div><b>{src.split(' ', 1)[0]}</b> {src.split(' ', 1)[1]}</div>" if src else ""
    rubric = (f'<div>{parts.label(art, "rubric")} <a href="/novosti/group{art.num % 5}/">'
              f"{escape(art.category)}</a></div>" if art.category else "")
    views = f'<div>{parts.label(art, "views")} {art.views}</div>' if art.views is not None else ""
    return "\n".join(x for x in [
        _head(art), "<body>", f"<div>{parts.COUNTER}</div>",
        '<table width="980" align="center"><tr><td valign="top">',
        f"<h1>{escape(art.title)}</h1>", rubric,
        f"<div>{images}{credit}</div>" if images else "",
        '<div id="content">', *parts.paragraphs(art), "</div>", source,
        f'<div style="color:#999">{parts.page_date(art)}</div>', views,
        _links(art, "tags", art.tags, " "), f"<div>{parts.print_bar(art)}</div>",
        f"<div>{parts.next_link(art)}</div>", "</td></tr></table></body></html>",
    ] if x)


def netcat(art: Article) -> str:
    """NetCat: the photo in a table inside the text, keywords as plain text."""
    images = "".join(f'<table align="left"><tr><td><img src="{p}" alt=""><br>'
                     f"<small>{parts.credit(art)}</small></td></tr></table>"
                     for p in art.image_paths())
    src = parts.source_line(art)
    source = f'<p align="right"><i>{src}</i></p>' if src else ""
    rubric = (f'<div>{parts.label(art, "rubric")} {escape(art.category)}</div>'
              if art.category else "")
    tags = (f'<div>{parts.label(art, "keywords")} {", ".join(escape(t) for t in art.tags)}</div>'
            if art.tags else "")
    views = f'<div>{parts.label(art, "views")} {art.views}</div>' if art.views is not None else ""
    return "\n".join(x for x in [
        _head(art), "<body>", f"<div>{parts.COUNTER}</div>",
        '<table width="100%"><tr><td valign="top">', f"<h1>{escape(art.title)}</h1>",
        f"<div>{parts.page_date(art)}</div>", rubric,
        '<div id="content">', images, *parts.paragraphs(art), source, "</div>",
        tags, views, f"<div>{parts.print_bar(art)}</div>", f"<div>{parts.next_link(art)}</div>",
        "</td></tr></table></body></html>",
    ] if x)

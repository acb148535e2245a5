"""Google Sites pages and social posts of the thirty-second copy: a Telegram channel post and
a VK wall post.

Google Sites: hashed classes, every line a ``<p class="zfr3Q CDt4Ke"><span class="C9DxTc">``,
the headline a 28pt span, "Опубликовано: 1 декабря 2026 в 14:05" / "Published: December 1,
2026 at 2:05 PM" as a plain line, a later "page updated" stamp in the footer. Telegram (the
``t.me/s`` markup): no headline element (the first bold line is it), ``og:title`` the channel,
``<br>`` lines, emoji as images, photos only as CSS ``background-image``, views "1.2K", the
date only in the footer's ``<time datetime>`` (UTC). VK: the first line is the headline, the
rest behind "Показать полностью…" in a hidden span, the date "1 декабря 2026 в 14:05" in the
Russian interface whatever the post's language, views "12,4 тыс." next to like/share counts.
"""

from __future__ import annotations

from datetime import UTC, timedelta
from urllib.parse import quote

from tests.thirtysecondsite.builders import head
from tests.thirtysecondsite.site import Article
from tests.thirtysecondsite.templates import (
    dateline_parts,
    en_long,
    esc,
    numeric,
    raw,
    ru_long,
    ru_views,
    short_count,
    twelve_hour,
)

RUBRIC = {"ru": "Рубрика: ", "en": "Section: ", "kk": "Айдар: "}
CHANNEL = '<a href="https://t.me/ic24kz">Центр информации</a>'


def _gs_p(*spans: tuple[str, str]) -> str:
    inner = "".join(f'<span class="C9DxTc"{f" style={chr(34)}{s}{chr(34)}" if s else ""}>{t}'
                    "</span>" for s, t in spans)
    return f'<p class="zfr3Q CDt4Ke" dir="ltr">{inner}</p>'


def _gs_stamp(art: Article) -> str:
    if art.lang == "en":
        return f"Published: {en_long(art)} at {twelve_hour(art)}"
    if art.lang == "kk":
        return f"Жарияланды: {numeric(art, ', ')}"
    return f"Опубликовано: {ru_long(art)}"


def gsites(art: Article, base: str) -> str:
    paras = raw(art)
    head_, agency = dateline_parts(art)
    lines = [_gs_p(("font-size:28pt;font-weight:700", esc(art.title))),
             _gs_p(("color:#666666", _gs_stamp(art)))]
    if art.category:
        lines.append(_gs_p(("color:#666666", RUBRIC[art.lang]), ("", esc(art.category))))
    for k, path in enumerate(art.image_paths()):
        lines.append(f'<div class="t3iYD"><img src="{path}" class="CENy8b" role="img"></div>')
        if k == 0 and art.photo_credit:
            lines.append(_gs_p(("font-size:9pt;font-style:italic",
                                f"Фото: {esc(art.photo_credit)}")))
    first = [("", esc(paras[0]))]
    if head_:
        first = [("font-weight:700", esc(head_)), ("", f" {esc(agency)}{esc(paras[0])}")]
    lines += [_gs_p(*first), *(_gs_p(("", esc(p))) for p in paras[1:])]
    if art.source and art.source_line:
        lines.append(_gs_p(("font-style:italic", "Источник: "), ("", esc(art.source))))
    if art.tags:
        lines.append(_gs_p(("color:#1155cc", " ".join(f"#{esc(t)}" for t in art.tags))))
    updated = (art.day + timedelta(days=3 + art.num % 40))
    return (head(art, f"Центр информации - {esc(art.title)}", art.lang)
            + '<body><div class="UtePc RCETm"><header class="BbxBP"><span class="Zjx6gb">Центр '
            'информации</span><a class="aJHbb" href="/novosti">Новости</a></header><section '
            f'class="yaqOZd"><div class="tyJCtd mGzaTb Depvyb baZpAe">{"".join(lines)}</div>'
            '</section><div class="dZA9kd" role="contentinfo"><span>Google Sites</span> · '
            f'<span>Report abuse</span> · <span class="rFrNMe">Page updated {updated:%b %d, %Y}'
            "</span></div></div></body></html>")


def _emoji(char: str, code: str) -> str:
    return (f'<i class="emoji" style="background-image:url(\'//telegram.org/img/emoji/40/{code}'
            f".png')\"><b>{char}</b></i>")


def _tg_photos(art: Article) -> str:
    wraps = "".join(f'<a class="tgme_widget_message_photo_wrap grouped_media_wrap" href="https://'
                    f't.me/ic24kz/{art.num % 9000}" style="width:400px;background-image:url(\''
                    f'{p}\')"><div class="tgme_widget_message_photo"></div></a>'
                    for p in art.image_paths())
    if art.images > 1:
        return (f'<div class="tgme_widget_message_grouped_wrap"><div class="tgme_widget_message'
                f'_grouped">{wraps}</div></div>')
    return wraps


def _tg_text(art: Article) -> str:
    paras = raw(art)
    head_, agency = dateline_parts(art)
    lines = [f"<b>{esc(art.title)}</b>",
             esc(f"{head_} {agency}" if head_ else "") + esc(paras[0]),
             *(esc(p) for p in paras[1:])]
    if art.source and art.source_line:
        lines.append(f"<i>Источник: {esc(art.source)}</i>")
    tail = []
    if art.photo_credit:
        tail.append(f"{_emoji('📷', 'F09F93B7')} Фото: {esc(art.photo_credit)}")
    if art.tags:
        tail.append(" ".join(f'<a href="?q={quote("#" + t)}">#{esc(t)}</a>' for t in art.tags))
    if tail:
        lines.append("<br/>".join(tail))
    lines.append(f"{_emoji('👉', 'F09F9189')} {CHANNEL}")
    return "<br/><br/>".join(lines)


def telegram(art: Article, base: str) -> str:
    utc = art.local.astimezone(UTC)
    views = short_count(art.views or 0, "en")
    post = art.num % 9000
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Центр информации – '
            'Telegram</title><meta property="og:title" content="Центр информации"><meta '
            f'property="og:description" content="{esc(" ".join(art.paragraphs)[:200])}"><meta '
            'property="og:site_name" content="Telegram"></head><body class="widget_frame_base '
            'tgme_widget body_widget_post emoji_image nodark"><div class="tgme_widget_message_'
            f'wrap js-widget_message_wrap"><div class="tgme_widget_message js-widget_message" '
            f'data-post="ic24kz/{post}"><div class="tgme_widget_message_user"><a href="https://'
            't.me/ic24kz"><i class="tgme_widget_message_user_photo bgcolor6" data-content="Ц">'
            '</i></a></div><div class="tgme_widget_message_bubble"><div class="tgme_widget_'
            'message_author accent_color"><a class="tgme_widget_message_owner_name" href="https:'
            f'//t.me/ic24kz"><span dir="auto">Центр информации</span></a></div>{_tg_photos(art)}'
            '<div class="tgme_widget_message_text js-message_text" dir="auto">'
            f'{_tg_text(art)}</div><div class="tgme_widget_message_footer compact js-message_'
            'footer"><div class="tgme_widget_message_info short js-message_info"><span class="'
            f'tgme_widget_message_views">{views}</span><span class="copyonly"> views</span>'
            '<span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="'
            f'https://t.me/ic24kz/{post}"><time datetime="{utc.isoformat()}" class="time">'
            f"{utc:%H:%M}</time></a></span></div></div></div></div></div></body></html>")


def _vk_text(art: Article) -> str:
    paras = raw(art)
    head_, agency = dateline_parts(art)
    first = esc(f"{head_} {agency}" if head_ else "") + esc(paras[0])
    words = paras[1].split(" ")
    shown = " ".join(words[:art.split])
    hidden = [esc(" ".join(words[art.split:])), *(esc(p) for p in paras[2:])]
    if art.source and art.source_line:
        hidden.append(f"Источник: {esc(art.source)}")
    if art.photo_credit:
        hidden.append(f"Фото: {esc(art.photo_credit)}")
    if art.tags:
        hidden.append(" ".join(f'<a href="/feed?section=search&amp;q={quote("#" + t)}">'
                               f"#{esc(t)}</a>" for t in art.tags))
    return (f"{esc(art.title)}<br><br>{first}<br><br>{esc(shown)} <a class=\"wall_post_more\" "
            'onclick="return wall.showMoreText(this);">Показать полностью…</a><span style="'
            f'display: none">{"<br><br>".join(hidden)}</span>')


def vk(art: Article, base: str) -> str:
    views = ""
    if art.views is not None:
        views = (f'<div class="like_views _views" title="{ru_views(art.views)}"><span class="'
                 f'_views">{short_count(art.views, "ru")}</span></div>')
    photos = "".join(f'<div class="PhotoPrimaryAttachment"><img class="PhotoPrimaryAttachment__'
                     f'imageElement" src="{p}" alt=""></div>' for p in art.image_paths())
    post = f"-51{art.num % 1000}_{art.num}"
    likes = 3 + art.num % 97
    return (head(art, "Запись со стены Центр информации | ВКонтакте", "ru")
            + f'<body class="is_rtl1 widget_body"><div id="page_wall_posts"><div id="post{post}"'
            f' class="_post post page_block all own" data-post-id="{post}"><div class="post_'
            'header"><div class="post_header_info"><h5 class="post_author"><a class="author" '
            'href="/ic24kz">Центр информации</a></h5><div class="post_date"><a class="post_link"'
            f' href="/wall{post}"><span class="rel_date">{ru_long(art)}</span></a></div></div>'
            '</div><div class="post_content"><div class="wall_text"><div class="wall_post_cont _'
            f'wall_post_cont"><div class="wall_post_text">{_vk_text(art)}</div></div>{photos}'
            '</div></div><div class="like_wrap"><div class="like_btns"><a class="like_btn like">'
            f'<div class="like_button_count">{likes}</div></a><a class="like_btn share"><div '
            f'class="like_button_count">{likes // 3}</div></a></div>{views}</div></div></div>'
            "</body></html>")

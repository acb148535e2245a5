"""The seven page templates of the thirty-seventh copy, one function per kind of site."""

from __future__ import annotations

import json

from tests.thirtyseventhsite.site import Article
from tests.thirtyseventhsite.templates import (
    READ_ALSO,
    SOURCE_LABEL,
    esc,
    extra_images,
    frame,
    kazinform_dateline,
    long_date,
    plain_dateline,
    raw_paragraphs,
    read_also,
    relative,
    rubric_href,
    tag_href,
    utc_z,
)


def _paras(art: Article, dateline: str, tag: str = "p") -> list[str]:
    raw = raw_paragraphs(art)
    return [f"<{tag}>{esc(dateline + raw[0])}</{tag}>", *(f"<{tag}>{esc(p)}</{tag}>"
                                                          for p in raw[1:])]


def _source_end(art: Article, style: str) -> str:
    """The attribution after the text: an ``Источник:`` line or a press-service block."""
    if art.source_kind == "press":
        return f'<div class="press-release"><p><em>{esc(art.source or "")}</em></p></div>'
    if art.source_kind != "line":
        return ""
    label, src = SOURCE_LABEL[art.lang], esc(art.source or "")
    return style.format(label=label, src=src)


def _og(art: Article, base: str, kind: str = "article") -> str:
    img = art.image_paths()
    return (f'<meta property="og:type" content="{kind}"><meta property="og:title" content="'
            f'{esc(art.title)}">' + (f'<meta property="og:image" content="{base}{img[0]}">'
                                     if img else "")
            + f'<link rel="canonical" href="{base}{art.path}">')


def agency(art: Article, base: str) -> str:
    """A state news agency: bold lead with a 'Астана. AGENCY —' dateline, Автор/Фото blocks."""
    raw = raw_paragraphs(art)
    lead = f'<p class="lead"><strong>{esc(kazinform_dateline(art) + raw[0])}</strong></p>'
    rest = [f"<p>{esc(p)}</p>" for p in raw[1:]]
    if art.read_also:
        rest.insert(1, read_also(art, "/uploads/thumbs"))
    img = art.image_paths()
    photo = (f'<div class="article-photo"><img src="{img[0]}" alt="{esc(art.title)}"></div>'
             if img else "")
    credit = f'<div class="photo-author">Фото: {esc(art.photo_credit)}</div>' if (
        img and art.photo_credit) else ""
    badge = '<span class="badge">Пресс-релиз</span>' if art.source_kind == "press" else ""
    views = (f'<span class="views" title="Просмотры"><i class="icon-eye"></i> {art.views}</span>'
             if art.views is not None else "")
    tags = ('<div class="tags">' + " ".join(f'<a href="{tag_href(t)}">#{esc(t)}</a>'
                                            for t in art.tags) + "</div>") if art.tags else ""
    rubric = (f'<a class="rubric" href="{rubric_href(art.category)}">{esc(art.category)}</a>'
              if art.category else "")
    body = (f'<main class="article-page"><div class="article-head">{rubric}{badge}<h1>'
            f'{esc(art.title)}</h1><div class="meta"><span class="date">{long_date(art)}</span>'
            f'{views}</div></div>{photo}{credit}<div class="author">Автор: <a href="/author/'
            f'{art.num % 7}">Айгерим Сейтова</a></div><div class="article-text">{lead}'
            f'{"".join(rest)}{extra_images(art)}'
            f'{_source_end(art, "<p class=source>{label} <a href=#>{src}</a></p>")}</div>'
            f'{tags}<a class="print" href="{art.path}?print=1">Версия для печати</a></main>')
    head = _og(art, base) + (f'<meta property="article:published_time" content="'
                             f'{art.local.isoformat()}">')
    return frame(art.lang, art.title, head, body)


def regional(art: Article, base: str) -> str:
    """A Yii2 regional portal: breadcrumbs as rubric, 'Просмотров:', 'Теги:', a figcaption."""
    crumbs = ('<ul class="breadcrumb"><li><a href="/">Главная</a></li><li><a href="/novosti">'
              "Новости</a></li>" + (f'<li><a href="{rubric_href(art.category)}">'
                                    f"{esc(art.category)}</a></li>" if art.category else "")
              + f'<li class="active">{esc(art.title)}</li></ul>')
    img = art.image_paths()
    fig = (f'<figure class="news-view__photo"><img src="{img[0]}" alt="">' + (
        f"<figcaption>Фото: {esc(art.photo_credit)}</figcaption>" if art.photo_credit else "")
        + "</figure>") if img else ""
    stamp = f"{art.day:%d.%m.%Y}" + (f" {art.clock:%H:%M}" if art.clock else "")
    views = f'<span class="views">Просмотров: {art.views}</span>' if art.views is not None else ""
    tags = ('<div class="news-tags">Теги: ' + ", ".join(
        f'<a href="{tag_href(t)}">{esc(t)}</a>' for t in art.tags) + "</div>") if art.tags else ""
    text = "".join(_paras(art, plain_dateline(art))) + extra_images(art)
    src = _source_end(art, "<p><strong>{label}</strong> {src}</p>")
    body = (f'<div class="container">{crumbs}<div class="news-view"><h1>{esc(art.title)}</h1>'
            f'<div class="news-view__info"><span class="date">{stamp}</span>{views}</div>{fig}'
            f'<div class="news-view__text">{text}{src}</div>{tags}</div></div>')
    return frame(art.lang, art.title, _og(art, base), body)


def portal(art: Article, base: str) -> str:
    """A large portal: tags row under the headline, 'Вчера, 09:10', read-also cards."""
    raw = raw_paragraphs(art)
    first = (f"<p><b>{esc(art.place)}.</b> {esc(art.dateline().removeprefix(art.place + '. '))}"
             f"{esc(raw[0])}</p>" if art.place else f"<p>{esc(raw[0])}</p>")
    rest = [f"<p>{esc(p)}</p>" for p in raw[1:]]
    if art.read_also:
        rest.insert(min(1, len(rest)), read_also(art, "/userdata/thumbs"))
    img = art.image_paths()
    photo = (f'<div class="main-photo"><img src="{img[0]}" alt="">' + (
        f'<span class="credit">Фото © {esc(art.photo_credit)}</span>' if art.photo_credit
        else "") + "</div>") if img else ""
    tags = ('<ul class="tags-row">' + "".join(f'<li><a href="{tag_href(t)}">{esc(t)}</a></li>'
                                              for t in art.tags) + "</ul>") if art.tags else ""
    cat = (f'<a class="article-category" href="{rubric_href(art.category)}">'
           f"{esc(art.category)}</a>" if art.category else "")
    views = f'<span class="counter">👁 {art.views}</span>' if art.views is not None else ""
    src = _source_end(art, '<div class="article-source">{label} <a href="#">{src}</a></div>')
    body = (f'<main><article class="content-article"><div class="article-meta">{cat}'
            f'<span class="date-time">{relative(art)}</span>{views}</div><h1>{esc(art.title)}'
            f'</h1>{tags}{photo}<div class="content-article__text">{first}{"".join(rest)}'
            f"{extra_images(art)}</div>{src}"
            '<div class="share">Поделиться: <a href="#">WhatsApp</a> <a href="#">Telegram</a>'
            "</div></article></main>")
    return frame(art.lang, art.title, _og(art, base), body)


def state(art: Article, base: str) -> str:
    """A portal whose server-rendered HTML and a JSON state both hold the article."""
    paras = _paras(art, plain_dateline(art))
    img = art.image_paths()
    fig = (f'<figure><img src="{img[0]}" alt="">' + (
        f'<figcaption class="caption">Фото:{esc(art.photo_credit)}</figcaption>'
        if art.photo_credit else "") + "</figure>") if img else ""
    views = (f'<span class="views">{art.views} {"қаралым" if art.lang == "kk" else "просмотров"}'
             "</span>" if art.views is not None else "")
    tags = ('<div class="article-tags">' + "".join(f'<a class="tag" href="{tag_href(t)}">'
                                                   f"{esc(t)}</a>" for t in art.tags)
            + "</div>") if art.tags else ""
    section = f'<div class="section-name">{esc(art.category)}</div>' if art.category else ""
    src = _source_end(art, "<p><i>{label} {src}</i></p>")
    date_text = long_date(art).replace(", ", " · ")
    state_json = {"article": {
        "id": art.num, "title": art.title, "publishedAt": utc_z(art), "views": art.views,
        "rubric": art.category, "tags": art.tags, "image": img[0] if img else None,
        "content": "".join(paras) + src, "lang": art.lang}}
    body = (f'<div id="app"><article class="article">{section}<h1 class="article__title">'
            f'{esc(art.title)}</h1><div class="article__meta"><span class="article__date">'
            f'{date_text}</span>{views}</div>{fig}<div class="article__body">{"".join(paras)}'
            f"{extra_images(art)}{src}</div>{tags}</article></div><script>window.__INITIAL_STATE__"
            f" = {json.dumps(state_json, ensure_ascii=False)};</script>")
    return frame("ru", art.title, _og(art, base), body)


def qa(art: Article, base: str) -> str:
    """A Next.js portal with ``data-qa`` hooks; the interface is Kazakh on Russian and
    English texts and Russian on Kazakh ones (and <html lang> follows the interface)."""
    iface = "ru" if art.lang == "kk" else "kk"
    words = {"kk": ("Қаралым", "Тегтер", "Сурет", "Дереккөз:"),
             "ru": ("Просмотры", "Теги", "Фото", "Источник:")}[iface]
    img = art.image_paths()
    fig = (f'<figure data-qa="article-image"><img src="{img[0]}" alt="" decoding="async">' + (
        f'<figcaption data-qa="photo-author">{words[2]}: {esc(art.photo_credit)}</figcaption>'
        if art.photo_credit else "") + "</figure>") if img else ""
    views = (f'<span data-qa="article-views"><span>{words[0]}:</span> <span>{art.views}</span>'
             "</span>" if art.views is not None else "")
    tags = (f'<div data-qa="article-tags"><span>{words[1]}:</span><ul>' + "".join(
        f'<li><a href="{tag_href(t)}">{esc(t)}</a></li>' for t in art.tags) + "</ul></div>"
        ) if art.tags else ""
    rubric = (f'<a data-qa="article-rubric" href="{rubric_href(art.category)}">'
              f"{esc(art.category)}</a>" if art.category else "")
    src = (f'<p data-qa="article-source">{words[3]} {esc(art.source or "")}</p>'
           if art.source_kind == "line" else "")
    paras = "".join(f'<p class="Paragraph_p__x7Kq2">{p[3:-4]}</p>'
                    for p in _paras(art, plain_dateline(art)))
    data = {"props": {"pageProps": {"news": {"title": art.title, "date": utc_z(art),
                                             "views": art.views, "slug": art.path}}}}
    body = (f'<div id="__next"><main class="Article_root__3fQ1a"><div class="Article_meta__aa1">'
            f'{rubric}<time data-qa="article-date" dateTime="{utc_z(art)}">'
            f'{long_date(art, iface)}</time>{views}</div><h1 data-qa="article-title">'
            f'{esc(art.title)}</h1>{fig}<div data-qa="article-body">{paras}{extra_images(art)}'
            f'{src}</div>{tags}</main></div><script id="__NEXT_DATA__" type="application/json">'
            f"{json.dumps(data, ensure_ascii=False)}</script>")
    return frame(iface, art.title, _og(art, base), body, iface=iface)


def longread(art: Article, base: str) -> str:
    """A magazine long read: cover photo, lead, author cards with portraits, chapters."""
    raw = raw_paragraphs(art)
    img = art.image_paths()
    cover = f'<div class="cover" style="background-image:url({img[0]})"></div>' if img else ""
    cards = ('<div class="authors"><div class="author-card"><img src="/static/authors/'
             f'{art.num % 5}.jpg" alt=""><span class="role">Текст</span> <b>Динара Ахметова</b>'
             "</div>" + (f'<div class="author-card"><img src="/static/authors/ph{art.num % 3}.jpg"'
                         f' alt=""><span class="role">Фото:</span> <b>{esc(art.photo_credit)}</b>'
                         "</div>" if art.photo_credit else "") + "</div>")
    chapters = "".join(f'<h2 class="chapter__title">{esc(p)}</h2>' if k in art.headings
                       else f"<p>{esc(p)}</p>" for k, p in enumerate(raw) if k)
    kicker = f'<span class="kicker">{esc(art.category)}</span>' if art.category else ""
    views = f'<span class="reads">{art.views} прочтений</span>' if art.views is not None else ""
    tags = ('<footer class="longread-tags">' + " ".join(f'<a href="{tag_href(t)}">{esc(t)}</a>'
                                                        for t in art.tags) + "</footer>"
            ) if art.tags else ""
    src = _source_end(art, '<p class="source">{label} {src}</p>')
    figures = "".join(f'<figure class="wide"><img src="{p}" alt=""></figure>' for p in img[1:])
    body = (f'<main class="longread">{cover}<header class="longread__head">{kicker}<h1>'
            f'{esc(art.title)}</h1><p class="lead">{esc(kazinform_dateline(art) + raw[0])}</p>'
            f'<div class="longread__date">{long_date(art)} {views}</div>{cards}</header>'
            f'<section class="chapter">{chapters}</section>{figures}{src}{tags}</main>')
    head = _og(art, base) + (f'<meta property="og:image" content="{base}{img[0]}">'
                             if img else "")
    return frame(art.lang, art.title, head, body)


def tv(art: Article, base: str) -> str:
    """A TV channel's page: the video first, the transcript as the text, the channel named."""
    poster = art.image_paths()
    video = ('<div class="player"><video controls preload="none"' + (
        f' poster="{poster[0]}"' if poster else "") + f'><source src="/media/video/ic{art.num}'
        '.mp4" type="video/mp4"></video></div>')
    views = (f'<span class="video-views">{art.views} просмотров</span>' if art.views is not None
             else "")
    rubric = (f'<a class="video-rubric" href="{rubric_href(art.category)}">'
              f"{esc(art.category)}</a>" if art.category else "")
    tags = ('<div class="video-tags">' + "".join(f'<a href="{tag_href(t)}">{esc(t)}</a>'
                                                 for t in art.tags) + "</div>") if art.tags else ""
    heading = {"ru": "Текст сюжета", "en": "Transcript", "kk": "Сюжет мәтіні"}[art.lang]
    body = (f'<main class="video-page">{video}<div class="video-info">{rubric}<h1>'
            f'{esc(art.title)}</h1><div class="video-meta"><span>{art.day:%d.%m.%Y} | '
            f'{art.clock:%H:%M}</span>{views}</div><div class="channel">Телеканал: '
            f'<a href="/channel/{art.num % 4}">{esc(art.source or "")}</a></div></div>'
            f'<div class="transcript"><h2 class="transcript__title">{heading}</h2>'
            f'{"".join(_paras(art, plain_dateline(art)))}</div>{tags}'
            f'<div class="more-video"><h3>{READ_ALSO[art.lang]}</h3></div></main>')
    return frame(art.lang, art.title, _og(art, base, "video.other"), body)

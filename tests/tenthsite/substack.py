"""A Substack-like newsletter post: ``div.available-content > div.body.markup``, a subtitle under
the title, a byline with avatar, "Apr 16, 2021" / "16 апр. 2021 г." dates, subscribe and
share/comment boxes inside the text, pull quotes, footnotes after the text, likes and comments
(no view counter) and a comment thread with its own dates under the post."""

from __future__ import annotations

from tests.copykit.catalogue import AGENCY
from tests.tenthsite import parts
from tests.tenthsite.parts import AD_LABEL, CURRENCY, e
from tests.tenthsite.site import Article

SHORT = {lang: tuple(months.split(" ")) for lang, months in (
    ("ru", "янв. февр. мар. апр. мая июн. июл. авг. сент. окт. нояб. дек."),
    ("en", "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
    ("kk", "қаң. ақп. нау. сәу. мам. мау. шіл. там. қыр. қаз. қар. жел."))}
AUTHORS = {"ru": "Айгерим Сарсенова", "en": "Daniyar Ospanov", "kk": "Әсем Нұрланқызы"}
SUBTITLES = {
    "ru": ["Главное о решении за одну минуту", "Что это значит для жителей"],
    "en": ["What the decision means, in one minute", "Why it matters for residents"],
    "kk": ["Шешім туралы ең бастысы", "Тұрғындар үшін не өзгереді"],
}
WORDS = {  # subscribe preamble, subscribe button, email placeholder, share, comment, topics
    "ru": ("Центр информации — издание при поддержке читателей. Подпишитесь, чтобы получать "
           "новые публикации.", "Подписаться", "Введите ваш email", "Поделиться",
           "Оставить комментарий", "Темы:"),
    "en": ("Information Center is a reader-supported publication. To receive new posts, "
           "subscribe.", "Subscribe", "Type your email…", "Share", "Leave a comment", "Topics:"),
    "kk": ("Ақпарат орталығы — оқырмандар қолдайтын басылым. Жаңа жарияланымдарды алу үшін "
           "жазылыңыз.", "Жазылу", "Email енгізіңіз", "Бөлісу", "Пікір қалдыру", "Тақырыптар:"),
}
COMMENT = {"ru": "Спасибо, очень полезно!", "en": "Thanks, very useful!", "kk": "Рахмет!"}


def date_text(art: Article) -> str:
    month = SHORT[art.lang][art.day.month - 1]
    if art.lang == "en":
        return f"{month} {art.day.day}, {art.day.year}"
    return f"{art.day.day} {month} {art.day.year} {'г.' if art.lang == 'ru' else 'ж.'}"


def _subscribe(lang: str) -> str:
    pre, button, hint = WORDS[lang][:3]
    return ('<div class="subscription-widget-wrap"><div class="subscription-widget">'
            f'<div class="preamble"><p>{pre}</p></div><form class="subscription-widget-subscribe">'
            f'<input type="email" name="email" placeholder="{hint}">'
            f'<input type="submit" value="{button}"></form></div></div>')


def _buttons(art: Article, base: str) -> str:
    share, comment = WORDS[art.lang][3:5]
    return (f'<p class="button-wrapper"><a class="button primary" href="{base}{art.path}'
            f'?utm_source=substack&amp;utm_content=share"><span>{share}</span></a></p>'
            f'<p class="button-wrapper"><a class="button primary" href="{art.path}/comments">'
            f"<span>{comment}</span></a></p>")


def _image(path: str, credit: str) -> str:
    caption = f'<figcaption class="image-caption">{credit}</figcaption>' if credit else ""
    webp = path.replace(".jpg", ".webp")
    return ('<div class="captioned-image-container"><figure><a class="image-link image2" '
            f'href="{path}"><picture><source type="image/webp" srcset="{webp} 424w, {webp} '
            f'848w"><img src="{path}" width="1456" height="816" alt="" loading="lazy"></picture>'
            f"</a>{caption}</figure></div>")


def _footnoted(art: Article, html: str) -> str:
    """Footnote markers after the paragraphs they annotate, the notes after the text."""
    notes = parts.footnotes(art)
    plain = [text for kind, text in art.text_blocks() if kind == "p"]
    # the last paragraph is repeated as the pull quote: no marker there
    for n, (text, _) in enumerate(zip(plain[1:-1], notes, strict=False), start=1):
        anchor = (f'<a class="footnote-anchor" id="footnote-anchor-{n}" href="#footnote-{n}" '
                  f'target="_self">{n}</a>')
        html = html.replace(f"{e(text)}</p>", f"{e(text)}{anchor}</p>", 1)
    for n, note in enumerate(notes, start=1):
        html += (f'<div class="footnote"><a id="footnote-{n}" href="#footnote-anchor-{n}" '
                 f'class="footnote-number" contenteditable="false">{n}</a>'
                 f'<div class="footnote-content"><p>{e(note)}</p></div></div>')
    return html


def _body(art: Article, base: str) -> str:
    images = art.image_paths()
    plain = [text for kind, text in art.text_blocks() if kind == "p"]
    inserts = {1: _subscribe(art.lang), 3: _buttons(art, base)}
    if art.pullquote:
        inserts[2] = f'<div class="pullquote"><p>{e(plain[-1])}</p></div>'
    if art.embed:
        inserts[2] = inserts.get(2, "") + parts.embed(art)
    if art.ad:
        inserts[1] += (f'<p class="ad-label">{AD_LABEL[art.lang]}</p>'
                       f'<div class="ad-slot" id="ad-{art.num}"></div>')
    if len(images) > 1:
        inserts[2] = inserts.get(2, "") + _image(images[1], "")
    first = _image(images[0], parts.credit(art)) if images else ""
    text = parts.text_html(art, inserts) + parts.source_line(art)
    return f'<div class="available-content"><div class="body markup" dir="auto">{first}' \
           f"{_footnoted(art, text)}</div></div>"


def _header(art: Article) -> str:
    section = (f'<a class="post-section" href="/s/section-{art.num % 5}">{e(art.category)}</a>'
               if art.category else "")
    author = AUTHORS[art.lang]
    return (
        f'<div class="post-header">{section}<h1 class="post-title published">{e(art.title)}</h1>'
        f'<h3 class="subtitle">{SUBTITLES[art.lang][art.num % 2]}</h3>'
        '<div class="post-meta"><div class="byline-wrapper"><a class="post-author-avatar" '
        f'href="/@ic24"><img class="avatar" src="/avatars/ic24-{art.lang}.png" alt="{author}" '
        f'width="36" height="36"></a><div class="profile-hover-card-target"><a href="/@ic24">'
        f'{author}</a></div><div class="post-date" title="{date_text(art)}">{date_text(art)}'
        f"</div></div>{_ufi(art)}</div></div>")


def _ufi(art: Article) -> str:
    return ('<div class="post-ufi"><a class="post-ufi-button like-button" role="button">'
            f'<svg class="heart"></svg><span class="label">{art.num % 97}</span></a>'
            f'<a class="post-ufi-button post-ufi-comment-button" href="{art.path}/comments">'
            f'<svg class="comment"></svg><span class="label">{art.num % 13}</span></a></div>')


def _after(art: Article) -> str:
    topics = "".join(f'<a class="post-tag" href="/t/{k}">{e(t)}</a>'
                     for k, t in enumerate(art.tags))
    tags = f'<div class="post-tags"><span>{WORDS[art.lang][5]}</span> {topics}</div>' \
        if art.tags else ""
    return (f'{tags}<div class="post-footer">{_ufi(art)}</div>'
            f'<div class="subscribe-footer">{_subscribe(art.lang)}</div>'
            '<div class="comments-section"><div class="comment"><a class="comment-author" '
            'href="/@reader">Reader</a><time class="comment-date">Jan 3, 2026</time>'
            f'<div class="comment-body"><p>{COMMENT[art.lang]}</p></div></div></div>')


def page(art: Article, base: str) -> str:
    author = AUTHORS[art.lang]
    return (
        '<!doctype html><html><head><meta charset="utf-8">'
        f"<title>{e(art.title)} - by {author} - {AGENCY[art.lang]}</title>"
        f'<link rel="canonical" href="{base}{art.path}">'
        f'<meta property="og:title" content="{e(art.title)}">'
        f'<meta property="og:description" content="{SUBTITLES[art.lang][art.num % 2]}">'
        f'<meta name="author" content="{author}"></head><body><div id="entry">'
        '<div class="main-menu"><a class="navbar-title-link" href="/">Центр информации</a>'
        f'{CURRENCY}<a class="button primary subscribe-btn" href="/subscribe">'
        f"{WORDS[art.lang][1]}</a></div>"
        '<div class="single-post-container"><article class="typography newsletter-post post">'
        f"{_header(art)}{_body(art, base)}{_after(art)}</article></div></div></body></html>")

"""Substack markup of the ninety-fourth copy: the post, the archive and its JSON, sitemaps, feed.

Every page is Substack's frame on the publication's custom domain: the navbar (title,
"Subscribe", "Sign in", the section bar and the outlet's currency ticker), ``pencraft``
utility-class wrappers with hashed class names, the ``window._preloads = JSON.parse("…")``
state and the Substack footer. The interface is English ("Apr 19, 2023", "Subscribe",
"Share") unless a post's look serves it in Russian; dates in the interface are the UTC day,
as Substack's server renders them.
"""

from __future__ import annotations

import hashlib
import html
import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

from tests.copykit.catalogue import AGENCY, Response
from tests.copykit.text import EN_MONTHS, RU_MONTHS, cut_at_word
from tests.ninetyfourthsite import site
from tests.ninetyfourthsite.site import Article, cdn, dumps

HTML = "text/html; charset=utf-8"
PUB_NAME = "Центр информации"
PUB_ID = 1893546
PUB_DESCRIPTION = "Новости Алматы и Казахстана на русском, английском и казахском языках"
LOGO = "https://substack-post-media.s3.amazonaws.com/public/images/5b1f0c2e-ic24-logo_512x512.png"
CARD = "https://substack-post-media.s3.amazonaws.com/public/images/9e3a77d1-ic24-card_1200x600.png"
CURRENCY = ("• USD/KZT <span>0.0</span> • EUR/KZT <span>0.0</span> • RUB/KZT <span>0.0</span>"
            " • CNY/KZT <span>0.0</span>")
CURRENCY_TEXT = "• USD/KZT 0.0 • EUR/KZT 0.0 • RUB/KZT 0.0 • CNY/KZT 0.0"
RU_SHORT = ("янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.",
            "нояб.", "дек.")
UI = {
    "en": dict(subscribe="Subscribe", sign_in="Sign in", share="Share", home="Home",
               archive="Archive", about="About", latest="Latest", top="Top",
               community="Discussions", see_all="See all", ready="Ready for more?",
               email="Type your email…", discussion="Discussion about this post",
               paywall="This post is for paid subscribers",
               already="Already a paid subscriber?", paid="Paid", and_="and",
               not_found="Page not found", like="Like", restack="Restack",
               comments="Comments", more="More from Центр информации"),
    "ru": dict(subscribe="Подписаться", sign_in="Войти", share="Поделиться", home="Главная",
               archive="Архив", about="О нас", latest="Новые", top="Популярные",
               community="Обсуждения", see_all="Смотреть все", ready="Хотите больше?",
               email="Введите ваш email…", discussion="Обсуждение публикации",
               paywall="Эта публикация только для платных подписчиков",
               already="Уже платный подписчик?", paid="Платно", and_="и",
               not_found="Страница не найдена", like="Нравится", restack="Рестек",
               comments="Комментарии", more="Ещё из «Центра информации»"),
}
# the publication's own subscribe prompt (set once, in Russian) and its editors' buttons
PROMPT = ("Спасибо, что читаете «Центр информации»! Подпишитесь бесплатно, чтобы получать новые "
          "публикации и поддержать нашу работу.")
EDITOR_SHARE = {"ru": "Поделиться", "en": "Share", "kk": "Бөлісу"}
EDITOR_SUBSCRIBE = {"ru": "Подписаться", "en": "Subscribe", "kk": "Жазылу"}
TWIN_BUTTON = {"ru": "Read in English", "en": "Читать на русском"}
SECOND_CAPTION = {"ru": "Во время мероприятия", "en": "During the event",
                  "kk": "Іс-шара кезінде"}
TWEETS = {
    "ru": ("Акорда", "AkordaPress", "Глава государства провел совещание по вопросам "
           "развития региона. Подробности на сайте akorda.kz"),
    "en": ("Akorda", "AkordaPress", "The Head of State held a meeting on the development of "
           "the region. Details at akorda.kz"),
    "kk": ("Ақорда", "AkordaPress", "Мемлекет басшысы өңірді дамыту мәселелері бойынша кеңес "
           "өткізді."),
}
COMMENTS = {"ru": [("Ерлан Б.", "Спасибо за новость!"), ("Гульнара", "Наконец-то, давно пора.")],
            "en": [("Erlan B.", "Thanks for the update!"), ("Gulnara", "Good news for the city.")],
            "kk": [("Ерлан Б.", "Рахмет!"), ("Гүлнар", "Жақсы жаңалық.")]}
APP = ("https://substack.com/app/app-store-redirect?utm_campaign=app-marketing&amp;"
       "utm_content=web-footer-button")
e = html.escape


def avatar(handle: str) -> str:
    return f"https://substack-post-media.s3.amazonaws.com/public/images/{handle}.jpg"


def _t(text: str) -> str:
    return html.escape(text, quote=False)


def ui_lang(a: Article) -> str:
    return "ru" if a.look == "ru_locale" else "en"


def ui_date(moment: datetime, lang: str) -> str:
    """'Apr 19, 2023' / '19 апр. 2023 г.': the UTC day as Substack's server renders it."""
    day = moment.astimezone(UTC)
    if lang == "ru":
        return f"{day.day} {RU_SHORT[day.month - 1]} {day.year} г."
    return f"{EN_MONTHS[day.month - 1][:3]} {day.day}, {day.year}"


def iso_z(moment: datetime, millis: bool = False) -> str:
    stamp = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return stamp + (".000Z" if millis else "Z")


def info_line(a: Article) -> str:
    """The old page's info line the import kept: '20 Апреля 2023 683 Социум Алматы, аким'."""
    month = (EN_MONTHS if a.lang == "en" else RU_MONTHS)[a.day.month - 1]
    parts = [f"{a.day.day} {month.capitalize()} {a.day.year}"]
    if a.views is not None:
        parts.append(str(a.views))
    if a.category:
        parts.append(a.category)
    if a.tags:
        parts.append(", ".join(a.tags))
    return " ".join(parts)


def description(a: Article) -> str:
    if a.subtitle:
        return a.subtitle
    text = a.dateline() + a.paragraphs[0]
    return text if len(text) <= 160 else cut_at_word(text, 160) + "…"


# --------------------------------------------------------------------------- the frame


def _head(title: str, base: str, canonical: str, extra: str = "") -> str:
    return f"""<head>
<meta charset="utf-8">
<meta name="viewport"
 content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0,
 viewport-fit=cover">
<title>{e(title)}</title>
<link rel="preconnect" href="https://substackcdn.com">
<meta name="theme-color" content="#ffffff">
<link rel="canonical" href="{canonical}">
<link rel="alternate" type="application/rss+xml" href="{base}/feed" title="{PUB_NAME}">
<link rel="shortcut icon" href="{cdn(LOGO, 'w_32,h_32,c_fill,f_auto,q_auto:good')}">
<link rel="stylesheet" type="text/css"
 href="https://substackcdn.com/bundle/theme/main.6c3a4f2b.css">
{extra}
</head>"""


def _navbar(base: str, lang: str) -> str:
    ui = UI[lang]
    links = "".join(f'<a class="pencraft pc-reset section-bar-link" href="{base}/s/{slug}">'
                    f"{e(name)}</a>" for slug, name in sorted(site.sections().items()))
    return f"""<div class="main-menu" data-testid="navbar"><div class="main-menu-content">
<div class="pencraft pc-display-flex pc-justifyContent-space-between pc-alignItems-center pc-reset
 topbar-content">
<div class="pencraft pc-display-flex pc-gap-12 pc-alignItems-center pc-reset navbar-left">
<a href="{base}" class="pencraft pc-reset navbar-logo-container"><img class="navbar-logo"
 src="{cdn(LOGO, 'w_80,h_80,c_fill,f_auto,q_auto:good,fl_progressive:steep')}" alt="" width="40"
 height="40"></a>
<h1 class="pencraft pc-reset font-pub-headings-FE5byy navbar-title"><a class="navbar-title-link"
 href="{base}">{PUB_NAME}</a></h1></div>
<div class="pencraft pc-display-flex pc-gap-8 pc-alignItems-center pc-reset navbar-buttons">
<button tabindex="0" type="button" aria-label="Search" class="pencraft pc-reset pencraft
 iconButton-mq_Et5"><svg role="img" width="20" height="20" viewBox="0 0 24
 24"><g><title></title><circle cx="11" cy="11" r="8"></circle><path d="m21
 21-4.3-4.3"></path></g></svg></button>
<a class="pencraft pc-reset button primary subscribe-btn"
 href="{base}/subscribe?utm_source=menu&amp;simple=true&amp;next={base}%2F">{ui['subscribe']}</a>
<a class="pencraft pc-reset button sign-in-link"
 href="https://substack.com/sign-in?redirect=%2F&amp;for_pub=ic24kz">{ui['sign_in']}</a>
</div></div>
<div class="pencraft pc-display-flex pc-gap-20 pc-reset section-bar" role="navigation">
<a class="pencraft pc-reset section-bar-link" href="{base}/">{ui['home']}</a>
<a class="pencraft pc-reset section-bar-link" href="{base}/archive">{ui['archive']}</a>{links}
<a class="pencraft pc-reset section-bar-link" href="{base}/about">{ui['about']}</a></div>
<div class="pencraft pc-display-flex pc-gap-8 pc-justifyContent-center pc-reset rates-ticker"
 aria-label="Курсы валют">{CURRENCY}</div>
</div></div>"""


def _footer(base: str) -> str:
    return f"""<div class="footer-wrap publication-footer"><div class="footer themed-background">
<div class="container"><div class="footer-terms">
<span class="copyright">© 2026 {PUB_NAME}</span> · <a href="https://substack.com/privacy"
 target="_blank" rel="noopener">Privacy</a>
 ∙ <a href="https://substack.com/tos" target="_blank" rel="noopener">Terms</a>
 ∙ <a href="https://substack.com/ccpa#personal-data-collected" target="_blank"
 rel="noopener">Collection notice</a></div>
<a class="footer-substack-cta"
 href="https://substack.com/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer"
 native="true"><svg role="img" width="16" height="18" viewBox="0 0 16 18"><g><title></title><path
 d="M16 2.2H0V0h16v2.2z"></path></g></svg>Start your Substack</a>
<a class="footer-substack-cta"
 href="{APP}">Get the app</a>
<p class="footer-slogan"><a href="https://substack.com" native="true">Substack</a> is the home for
 great culture</p>
</div></div></div>"""


def _preloads(state: dict[str, Any]) -> str:
    """``window._preloads = JSON.parse("…")``: the state as an escaped JSON string."""
    return (f"<script>window._preloads        = JSON.parse({dumps(dumps(state))})</script>\n"
            '<script src="https://substackcdn.com/bundle/static/js/main.b7a2c41e.js" '
            'charset="utf-8" async></script>')


def _pub(base: str) -> dict[str, Any]:
    return {"id": PUB_ID, "name": PUB_NAME, "subdomain": "ic24kz", "custom_domain": base.partition(
        "//")[2] or "ic24.kz", "custom_domain_optional": False, "language": "ru", "logo_url": LOGO,
        "hero_text": PUB_DESCRIPTION, "author_id": 98114233, "theme_var_background_pop": "#FF6719",
        "type": "newsletter", "payments_state": "enabled", "community_enabled": True}


def _page(lang: str, title: str, base: str, canonical: str, main: str,
          state: dict[str, Any], extra: str = "", body_class: str = "") -> bytes:
    page = f"""<!DOCTYPE html>
<html lang="{lang}">
{_head(title, base, canonical, extra)}
<body class="pc-root {body_class}">
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="pencraft pc-display-flex pc-flexDirection-column pc-reset">
{_navbar(base, lang)}
{main}
{_footer(base)}
</div></div></div>
{_preloads({"isEU": False, "language": lang, "base_url": base, "pub": _pub(base), **state})}
</body>
</html>"""
    return page.encode("utf-8")


# --------------------------------------------------------------------------- the post body


def _figure(a: Article, k: int, caption: str | None) -> str:
    original = a.originals()[k]
    sizes = (424, 848, 1272, 1456)
    webp = ", ".join(
        f"{cdn(original, f'w_{w},c_limit,f_webp,q_auto:good,fl_progressive:steep')} {w}w"
        for w in sizes)
    plain = ", ".join(
        f"{cdn(original, f'w_{w},c_limit,f_auto,q_auto:good,fl_progressive:steep')} {w}w"
        for w in sizes)
    src = cdn(original, "w_1456,c_limit,f_auto,q_auto:good,fl_progressive:steep")
    attrs = e(json.dumps({"src": original, "srcNoWatermark": None, "fullscreen": None,
                          "imageSize": None, "height": 1067, "width": 1600, "resizeWidth": None,
                          "bytes": 284511 + a.num % 9000, "alt": None, "title": None,
                          "type": "image/jpeg", "href": None, "belowTheFold": k > 0,
                          "topImage": k == 0, "internalRedirect": None, "isProcessing": False,
                          "align": None, "offset": False}, separators=(",", ":")))
    figcaption = f'<figcaption class="image-caption">{_t(caption)}</figcaption>' if caption else ""
    return (f'<div class="captioned-image-container"><figure><a class="image-link image2 '
            f'is-viewable-img" target="_blank" href="{site.full_size(original)}" '
            'data-component-name="Image2ToDOM"><div class="image2-inset"><picture>'
            f'<source type="image/webp" srcset="{webp}" sizes="100vw"><img src="{src}" '
            f'width="1456" height="971" data-attrs="{attrs}" class="sizing-normal" alt="" '
            f'srcset="{plain}" sizes="100vw" fetchpriority="{"high" if k == 0 else "auto"}">'
            '</picture><div class="image-link-expand"><div class="pencraft pc-display-flex '
            'pc-gap-8 pc-reset"><button tabindex="0" type="button" class="pencraft pc-reset '
            'pencraft icon-container restack-image"><svg role="img" width="20" height="20" '
            'viewBox="0 0 20 20"><g><title></title><path d="M2.53 7.82"></path></g></svg>'
            '</button><button tabindex="0" type="button" class="pencraft pc-reset pencraft '
            'icon-container view-image"><svg xmlns="http://www.w3.org/2000/svg" width="20" '
            'height="20" viewBox="0 0 24 24" class="lucide lucide-maximize2"><polyline '
            'points="15 3 21 3 21 9"></polyline></svg></button></div></div></div></a>'
            f"{figcaption}</figure></div>")


def _button(url: str, text: str) -> str:
    attrs = e(json.dumps({"url": url, "text": text, "action": None, "class": None},
                         ensure_ascii=False, separators=(",", ":")))
    return (f'<p class="button-wrapper" data-attrs="{attrs}" '
            f'data-component-name="ButtonCreateButton"><a class="button primary" '
            f'href="{e(url)}"><span>{_t(text)}</span></a></p>')


def _share_button(a: Article, base: str) -> str:
    url = (f"{base}{a.path}?utm_source=substack&utm_medium=email&utm_content=share"
           "&action=share")
    return _button(url, EDITOR_SHARE[a.lang])


def _subscribe_widget(base: str, lang: str) -> str:
    ui = UI[lang]
    attrs = e(json.dumps({"url": f"{base}/subscribe?", "text": ui["subscribe"],
                          "language": lang}, ensure_ascii=False, separators=(",", ":")))
    return (f'<div class="subscription-widget-wrap-editor" data-attrs="{attrs}" '
            'data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget '
            f'show-subscribe"><div class="preamble"><p class="cta-caption">{_t(PROMPT)}</p>'
            '</div><form class="subscription-widget-subscribe"><input type="email" '
            f'class="email-input" name="email" placeholder="{ui["email"]}" tabindex="-1">'
            f'<input type="submit" class="button primary" value="{ui["subscribe"]}">'
            '<div class="fake-input-wrapper"><div class="fake-input"></div><div '
            'class="fake-button"></div></div></form></div></div>')


def _tweet(a: Article) -> str:
    name, handle, text = TWEETS[a.lang]
    status = 1649000000000000000 + a.num * 7919
    url = f"https://x.com/{handle}/status/{status}"
    when = a.utc - timedelta(hours=2)
    stamp = when.strftime("%I:%M %p").lstrip("0") + f" ∙ {ui_date(when, 'en')}"
    attrs = e(json.dumps({"url": url, "full_text": text, "username": handle, "name": name,
                          "date": iso_z(when, millis=True), "photos": [], "quoted_tweet": {},
                          "reply_count": 4, "retweet_count": 231, "like_count": 1204,
                          "expanded_url": None, "video_url": None, "belowTheFold": True},
                         ensure_ascii=False, separators=(",", ":")))
    return (f'<div class="tweet" data-attrs="{attrs}" data-component-name="Twitter2ToDOM">'
            f'<a class="tweet-link-top" href="{url}" target="_blank"><div class="tweet-header">'
            f'<img class="tweet-header-avatar" src="https://substackcdn.com/image/twitter_name/'
            f'w_96/{handle}.jpg" alt="Twitter avatar for @{handle}" loading="lazy">'
            f'<div class="tweet-header-text"><span class="tweet-author-name">{_t(name)} </span>'
            f'<span class="tweet-author-handle">@{handle}</span></div></div>'
            f'<div class="tweet-text">{_t(text)}</div></a><a class="tweet-link-bottom" '
            f'href="{url}" target="_blank"><div class="tweet-footer"><span class="tweet-date">'
            f'{stamp}</span></div><div class="tweet-ufi"><span class="likes"><span '
            'class="like-count">1,204</span>Likes</span><span class="retweets"><span '
            'class="rt-count">231</span>Retweets</span></div></a></div>')


def _youtube(a: Article) -> str:
    video = hashlib.sha1(a.id.encode()).hexdigest()[:11]  # noqa: S324 - an id
    attrs = e(json.dumps({"videoId": video, "startTime": None, "endTime": None},
                         separators=(",", ":")))
    return (f'<div id="youtube2-{video}" class="youtube-wrap" data-attrs="{attrs}" '
            'data-component-name="Youtube2ToDOM"><div class="youtube-inner"><iframe '
            f'src="https://www.youtube-nocookie.com/embed/{video}?rel=0&amp;autoplay=0&amp;'
            'showinfo=0&amp;enablejsapi=0" frameborder="0" loading="lazy" gesture="media" '
            'allow="autoplay; fullscreen" allowautoplay="true" allowfullscreen="true" '
            'width="728" height="409"></iframe></div></div>')


def _heading(text: str) -> str:
    anchor = "§" + text.lower().replace(" ", "-")
    return (f'<h3 class="header-anchor-post">{_t(text)}<div class="pencraft pc-display-flex '
            'pc-alignItems-center pc-position-absolute pc-reset header-anchor-parent"><div '
            'class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div '
            f'id="{e(anchor)}" class="pencraft pc-reset header-anchor offset-top"><svg '
            'xmlns="http://www.w3.org/2000/svg" width="18" height="18" viewBox="0 0 24 24" '
            'fill="none" stroke="currentColor" stroke-width="2" class="lucide lucide-link">'
            '<path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71"></path>'
            "</svg></div></div></div></h3>")


def _anchor(n: int) -> str:
    return (f'<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" '
            f'id="footnote-anchor-{n}" href="#footnote-{n}" target="_self">{n}</a>')


def _footnote(n: int, note: str) -> str:
    return (f'<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-{n}" '
            f'href="#footnote-anchor-{n}" class="footnote-number" contenteditable="false" '
            f'target="_self">{n}</a><div class="footnote-content"><p>{_t(note)}</p></div></div>')


def body_html(a: Article, base: str) -> str:
    """The inside of ``div.body.markup``: what the editor (or the import) wrote."""
    blocks: list[str] = []
    if a.look == "widget_paragraph":
        blocks.append(f"<p>{_t(CURRENCY_TEXT)}</p>")
    if a.images:
        own_para = a.look == "credit_paragraph"
        credit = f"Фото:{a.photo_credit}" if a.photo_credit else None
        blocks.append(_figure(a, 0, None if own_para else credit))
        if own_para and credit:
            blocks.append(f"<p>{_t(credit)}</p>")
    if a.imported:
        blocks.append(f"<p>{_t(info_line(a))}</p>")
    raw = list(a.raw_paragraphs or a.paragraphs)
    marked = 0
    for k, text in enumerate(raw):
        if k == a.heading_at:
            blocks.append(_heading(text))
            continue
        inner = _t(text)
        if k == 0 and a.place:
            inner = f"<strong>{_t(a.dateline().rstrip())}</strong> {inner}"
        if k >= 1 and marked < len(a.notes):
            marked += 1
            inner += _anchor(marked)
        blocks.append(f"<p>{inner}</p>")
        if k == 0:
            if a.look == "tweet":
                blocks.append(_tweet(a))
            if a.look == "youtube":
                blocks.append(_youtube(a))
            if a.look == "button_mid":
                blocks.append(_share_button(a, base) + _subscribe_widget(base, ui_lang(a)))
            if a.look == "two_photos":
                blocks.append(_figure(a, 1, SECOND_CAPTION[a.lang]))
        if k == 1 and a.look == "pullquote":
            blocks.append(f'<div class="pullquote"><p>{_t(a.paragraphs[1])}</p></div>')
    if a.num == 45694:
        blocks.append("<p>\u00a0</p>")  # the seed's no-break-space line before the source
    if a.source and a.source_line:
        blocks.append(f"<p>Источник: {_t(a.source)}</p>")
    twin = site.by_num().get(site.TWINS.get(a.num, 0))
    if twin is not None:
        blocks.append(_button(base + twin.path, TWIN_BUTTON[a.lang]))
    if not a.paywalled:
        if a.num % 3 == 0:
            blocks.append(_share_button(a, base))
        if a.num % 2 == 0:
            blocks.append(_subscribe_widget(base, ui_lang(a)))
    blocks += [_footnote(n, note) for n, note in enumerate(a.notes, start=1)]
    return "".join(blocks)


# --------------------------------------------------------------------------- the post page


def _byline(a: Article, base: str) -> str:
    ui = UI[ui_lang(a)]
    avatars = "".join(
        f'<div class="pencraft pc-display-flex pc-width-36 pc-height-36 pc-justifyContent-center '
        'pc-alignItems-center pc-position-relative pc-reset bg-secondary-UUD3_J flex-auto-j3S2WA '
        'outline-detail-vcQLyr pc-borderRadius-full overflow-hidden-WdpwT6 container-TAtrWj" '
        f'style="--scale:36px;"><a href="https://substack.com/@{handle}"><img '
        f'src="{cdn(avatar(handle), "w_36,h_36,c_fill,f_auto,q_auto:good,fl_progressive:steep")}" '
        f'sizes="36px" alt="Avatar of {e(name)}" width="36" height="36" '
        'class="img-OACg1c object-fit-cover-u4ReeV pc-reset"></a></div>'
        for name, handle in a.authors)
    names = f" {ui['and_']} ".join(
        f'<span data-state="closed"><a href="https://substack.com/@{handle}" class="pencraft '
        f'pc-reset decoration-hover-underline-ClDVRM reset-IxiVJZ">{_t(name)}</a></span>'
        for name, handle in a.authors)
    meta = ("line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx "
            "weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA")
    paid = (f'<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T {meta}">∙ '
            f'{ui["paid"]}</div>') if a.paywalled else ""
    return f"""<div class="pencraft pc-display-flex pc-gap-12 pc-alignItems-center pc-reset
 byline-wrapper">
<div class="pencraft pc-display-flex pc-flexDirection-row pc-gap-8 pc-alignItems-center
 pc-justifyContent-flex-start pc-reset">{avatars}</div>
<div class="pencraft pc-display-flex pc-flexDirection-column pc-reset">
<div class="pencraft pc-reset color-pub-primary-text-NyXPlw {meta}">{names}</div>
<div class="pencraft pc-display-flex pc-gap-4 pc-reset"><div class="pencraft pc-reset
 color-pub-secondary-text-hGQ02T {meta}">{ui_date(a.utc, ui_lang(a))}</div>{paid}</div>
</div></div>"""


def _ufi(a: Article, base: str) -> str:
    ui = UI[ui_lang(a)]

    def label(n: int) -> str:
        return f'<div class="label">{n}</div>' if n else ""

    cls = "pencraft pc-reset pencraft post-ufi-button style-button has-label with-border"
    return f"""<div class="pencraft pc-display-flex pc-gap-8 pc-alignItems-center pc-reset
 post-ufi-buttons">
<div class="like-button-container post-ufi-button style-button"><button tabindex="0" type="button"
 aria-label="{ui['like']} ({a.likes})" aria-pressed="false" class="{cls}"><svg role="img"
 width="20" height="20" viewBox="0 0 24 24" class="lucide lucide-heart"><path d="M19 14c1.49-1.46
 3-3.21 3-5.5"></path></svg>{label(a.likes)}</button></div>
<a href="{base}{a.path}/comments" class="{cls} post-ufi-comment-button"
 aria-label="{ui['comments']} ({a.comments})"><svg role="img" width="20" height="20"
 viewBox="0 0 24 24" class="lucide lucide-message-circle"><path d="M7.9 20A9 9 0 1 0 4 16.1L2
 22Z"></path></svg>{label(a.comments)}</a>
<button tabindex="0" type="button" aria-label="{ui['restack']} ({a.restacks})" class="{cls}
 restack-button"><svg role="img" width="20" height="20" viewBox="0 0 24 24"><path d="M21
 3V8H16"></path></svg>{label(a.restacks)}</button>
<button tabindex="0" type="button" aria-label="{ui['share']}" class="{cls} share-button"><svg
 role="img" width="20" height="20" viewBox="0 0 24 24" class="lucide lucide-share"><path d="M4
 12v8a2 2 0 0 0 2 2h12"></path></svg><div class="label">{ui['share']}</div></button>
</div>"""


def _header(a: Article, base: str) -> str:
    section = ""
    if a.category:
        section = (f'<a class="pencraft pc-reset color-accent-BVX_7M font-meta-MWBumP '
                   f'size-11-NuY2Zx transform-uppercase-yKDgcq reset-IxiVJZ post-section-link" '
                   f'href="{base}/s/{site.section_slug(a.category)}">{_t(a.category)}</a>')
    subtitle = (f'<h3 dir="auto" class="subtitle subtitle-HEEcLo">{_t(a.subtitle)}</h3>'
                if a.subtitle else "")
    return f"""<div class="post-header" role="region" aria-label="Post header">
{section}
<h1 dir="auto" class="post-title published title-X77sOw">{_t(a.title)}</h1>
{subtitle}
<div class="pencraft pc-display-flex pc-gap-16 pc-paddingTop-16 pc-paddingBottom-16
 pc-justifyContent-space-between pc-alignItems-center flex-grow-rzmknG
 border-top-detail-themed-k9TZAY border-bottom-detail-themed-Ua9186 post-ufi">
{_byline(a, base)}
{_ufi(a, base)}
</div></div>"""


def _paywall(a: Article, base: str) -> str:
    ui = UI[ui_lang(a)]
    return f"""<div class="paywall-jump" data-component-name="PaywallToDOM"></div>
<div class="paywall" id="paywall"><div class="paywall-content"><h2
 class="paywall-title">{ui['paywall']}</h2>
<div class="paywall-cta">{_subscribe_widget(base, ui_lang(a))}</div>
<div class="paywall-login"><a
 href="https://substack.com/sign-in?redirect=%2Fp%2F{a.slug}&amp;for_pub=ic24kz">{ui['already']}
 <b>{ui['sign_in']}</b></a></div>
</div></div>"""


def _tags(a: Article, base: str) -> str:
    if not a.tags:
        return ""
    pills = "".join(f'<a class="pencraft pc-reset pill-Ab1cXy post-tag" '
                    f'href="{base}/t/{site.tag_slug(t)}">{_t(t)}</a>' for t in a.tags)
    return (f'<div class="pencraft pc-display-flex pc-gap-8 pc-flexWrap-wrap pc-reset '
            f'post-tags">{pills}</div>')


def _comment_list(a: Article, count: int) -> str:
    out = []
    for k in range(count):
        name, text = COMMENTS[a.lang][k % 2]
        when = a.utc + timedelta(days=k + 1, hours=3)
        out.append(f'<div class="comment" id="comment-{a.post_id + k}"><div class="comment-meta">'
                   f'<a class="commenter-name" href="https://substack.com/@reader{a.num % 97 + k}">'
                   f'{_t(name)}</a><span class="comment-date" title="{iso_z(when)}">'
                   f'{ui_date(when, ui_lang(a))}</span></div><div class="comment-body">'
                   f"<p>{_t(text)}</p></div></div>")
    return "".join(out)


def _discussion(a: Article, base: str) -> str:
    ui = UI[ui_lang(a)]
    return (f'<div id="discussion" class="comments-section"><h4 class="pencraft pc-reset">'
            f'{ui["discussion"]}</h4><div class="comments-page">'
            f"{_comment_list(a, min(a.comments, 2))}</div></div>")


def _more(a: Article, base: str) -> str:
    ui = UI[ui_lang(a)]
    others = [o for o in site.build() if o.num != a.num][:8]
    items = "".join(f'<div class="pencraft pc-display-flex pc-gap-8 pc-reset post-preview">'
                    f'<span class="pencraft pc-reset post-preview-badge">{o.lang}</span> '
                    f'<a class="pencraft pc-reset post-preview-title" href="{base}{o.path}">'
                    f"{_t(cut_at_word(o.title, 60))}</a></div>" for o in others)
    return (f'<div class="pencraft pc-display-flex pc-flexDirection-column pc-reset more-posts">'
            f'<h4 class="pencraft pc-reset">{ui["more"]}</h4>{items}</div>')


def _jsonld(a: Article, base: str) -> str:
    data: dict[str, Any] = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "@id": base + a.legacy_path, "url": base + a.path, "mainEntityOfPage": base + a.path,
        "headline": a.title, "description": description(a)}
    if a.images:
        data["image"] = [{"@type": "ImageObject", "url": a.image_paths()[0]}]
    assert a.modified is not None
    data.update({
        "datePublished": iso_z(a.utc), "dateModified": iso_z(a.modified),
        "isAccessibleForFree": not a.paywalled,
        "author": [{"@type": "Person", "name": name, "url": f"https://substack.com/@{handle}",
                    "description": None, "identifier": f"user:{98114233 + k}",
                    "image": {"@type": "ImageObject", "contentUrl": cdn(
                        avatar(handle), "w_120,h_120,c_fill,f_auto,q_auto:good,"
                        "fl_progressive:steep"), "thumbnailUrl": cdn(
                        avatar(handle), "w_128,h_128,c_limit,f_auto,q_auto:good,"
                        "fl_progressive:steep")}}
                   for k, (name, handle) in enumerate(a.authors)],
        "publisher": {"@type": "Organization", "name": PUB_NAME, "url": base,
                      "description": PUB_DESCRIPTION, "interactionStatistic": {
                          "@type": "InteractionCounter", "name": "Subscribers",
                          "interactionType": "https://schema.org/SubscribeAction",
                          "userInteractionCount": 10000},
                      "identifier": f"pub:{PUB_ID}",
                      "logo": {"@type": "ImageObject", "url": LOGO, "contentUrl": LOGO},
                      "image": {"@type": "ImageObject", "url": LOGO, "contentUrl": LOGO},
                      "sameAs": ["https://t.me/ic24kz", "https://www.facebook.com/ic24kz"]}})
    if a.paywalled:
        data["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False,
                           "cssSelector": ".paywall"}
    return f'<script type="application/ld+json">{dumps(data)}</script>'


def post_state(a: Article, base: str) -> dict[str, Any]:
    """The post as Substack's API and ``_preloads`` carry it."""
    return {
        "id": a.post_id, "publication_id": PUB_ID, "title": a.title, "social_title": None,
        "search_engine_title": None, "search_engine_description": None, "type": "newsletter",
        "slug": a.slug, "post_date": iso_z(a.utc, millis=True),
        "audience": "only_paid" if a.paywalled else "everyone", "podcast_duration": None,
        "video_upload_id": None, "podcast_upload_id": None, "write_comment_permissions":
        "everyone", "should_send_free_preview": False, "free_unlock_required": False,
        "default_comment_sort": None, "canonical_url": base + a.path,
        "section_id": 90000 + sorted(site.sections()).index(site.section_slug(a.category))
        if a.category else None, "top_exclusions": [], "pins": [], "is_section_pinned": False,
        "section_slug": site.section_slug(a.category) if a.category else None,
        "section_name": a.category, "reactions": {"❤": a.likes}, "restacks": a.restacks,
        "subtitle": a.subtitle or "", "cover_image": a.image_paths()[0] if a.images else None,
        "description": description(a), "body_json": None,
        "wordcount": sum(len(p.split()) for p in a.paragraphs + a.locked),
        "postTags": [{"id": f"tag-{site.tag_slug(t)}", "publication_id": PUB_ID, "name": t,
                      "slug": site.tag_slug(t), "hidden": False} for t in a.tags],
        "publishedBylines": [{"id": 98114233 + k, "name": name, "handle": handle,
                              "previous_name": None, "photo_url": avatar(handle), "bio": None,
                              "is_guest": False} for k, (name, handle) in enumerate(a.authors)],
        "comment_count": a.comments, "child_comment_count": 0, "hidden": False,
        "explicit": False, "email_sent_at": iso_z(a.utc, millis=True),
        "updated_at": iso_z(a.modified or a.utc, millis=True),
    }


def article(a: Article, base: str) -> Response:
    lang = ui_lang(a)
    desc = e(description(a))
    image = (cdn(a.originals()[0], "w_1200,h_600,c_fill,f_jpg,q_auto:good,fl_progressive:steep,"
                 "g_auto") if a.images else
             cdn(CARD, "w_1200,h_600,c_fill,f_jpg,q_auto:good,fl_progressive:steep,g_auto"))
    author = " and ".join(name for name, _ in a.authors)
    extra = f"""<meta property="og:type" content="article">
<meta property="og:title" content="{e(a.title)}">
<meta name="twitter:title" content="{e(a.title)}">
<meta name="description" content="{desc}">
<meta property="og:description" content="{desc}">
<meta name="twitter:description" content="{desc}">
<meta property="og:image" content="{image}">
<meta name="twitter:image" content="{base}/api/v1/post_preview/{a.post_id}/twitter.jpg?version=4">
<meta name="twitter:card" content="summary_large_image">
<meta property="og:url" content="{base}{a.path}">
<meta name="author" content="{e(author)}">
<meta property="article:author" content="https://substack.com/@{a.authors[0][1]}">
{_jsonld(a, base)}"""
    ui = UI[lang]
    paywall = _paywall(a, base) if a.paywalled else ""
    main = f"""<div class="single-post-container"><div class="container"><div class="single-post">
<div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA">
<article class="typography newsletter-post post">
{_header(a, base)}
<div class="available-content"><div dir="auto" class="body markup">{body_html(a, base)}</div></div>
{paywall}
<div class="visibility-check"></div>
{_tags(a, base)}
<div class="post-footer use-separators">{_ufi(a, base)}</div>
</article>
</div>
<div class="subscribe-footer"><h3 class="pencraft
 pc-reset">{ui['ready']}</h3>{_subscribe_widget(base, lang)}</div>
{_discussion(a, base)}
{_more(a, base)}
</div></div></div>"""
    title = f"{a.title} - by {author}"
    body = _page(lang, title, base, base + a.path, main,
                 {"post": post_state(a, base), "canonicalUrl": base + a.path}, extra,
                 "post-page")
    return 200, {"Content-Type": HTML, "X-Cache": "HIT", "Server": "cloudflare"}, body


def comments(a: Article, base: str) -> Response:
    lang = ui_lang(a)
    ui = UI[lang]
    main = f"""<div class="container comments-page-container">
<h1 class="pencraft pc-reset post-title"><a href="{base}{a.path}">{_t(a.title)}</a></h1>
<h2 class="pencraft pc-reset">{ui['comments']}</h2>
<div class="comments-page">{_comment_list(a, a.comments)}</div></div>"""
    body = _page(lang, f"Comments - {a.title}", base, f"{base}{a.path}/comments", main,
                 {"post": {"id": a.post_id, "slug": a.slug}})
    return 200, {"Content-Type": HTML}, body


# --------------------------------------------------------------------------- lists


def _preview(a: Article, base: str) -> str:
    thumb = ""
    if a.images:
        src = cdn(a.originals()[0], "w_320,h_213,c_fill,f_auto,q_auto:good,fl_progressive:steep,"
                  "g_auto")
        thumb = (f'<a href="{base}{a.path}" class="pencraft pc-reset post-preview-image">'
                 f'<img src="{src}" width="160" height="107" alt="" loading="lazy"></a>')
    paid = ('<span class="pencraft pc-reset audience-lock" aria-label="Paid">🔒</span>'
            if a.paywalled else "")
    sub = (f'<a href="{base}{a.path}" class="pencraft pc-reset color-primary-zABazT '
           f'line-height-20-t4M0El reset-IxiVJZ post-preview-description">{_t(a.subtitle)}</a>'
           if a.subtitle else "")
    author = ", ".join(name for name, _ in a.authors)
    return f"""<div class="pencraft pc-display-flex pc-flexDirection-column pc-reset
 container-H2dyKk portable-archive-post post-preview">
<div class="pencraft pc-display-flex pc-gap-16 pc-reset"><div class="pencraft pc-display-flex
 pc-flexDirection-column pc-gap-4 pc-reset flex-grow-rzmknG">
<a href="{base}{a.path}" class="pencraft pc-reset color-pub-primary-text-NyXPlw
 font-pub-headings-FE5byy clamp-y7pNm8 clamp-3-lxFDfR
 reset-IxiVJZ" data-testid="post-preview-title">{_t(a.title)}</a>
{sub}
<div class="pencraft pc-display-flex pc-gap-4 pc-alignItems-center pc-reset
 meta-EgzBVA">{paid}<time datetime="{iso_z(a.utc, millis=True)}" class="date-rtYe1v">
{ui_date(a.utc, 'en')}</time><span>∙</span><span>{_t(author)}</span></div>
</div>{thumb}</div></div>"""


def sorted_posts(sort: str) -> list[Article]:
    posts = list(site.build())
    if sort == "top":
        posts.sort(key=lambda a: (-a.likes, -a.num))
    elif sort == "community":
        posts.sort(key=lambda a: (-a.comments, -a.num))
    return posts  # type: ignore[return-value]


def archive(sort: str, base: str) -> Response:
    sort = sort if sort in ("new", "top", "community") else "new"
    ui = UI["en"]
    tabs = "".join(f'<a class="pencraft pc-reset archive-tab{" active" if key == sort else ""}" '
                   f'href="{base}/archive?sort={key}">{ui[label]}</a>'
                   for key, label in (("new", "latest"), ("top", "top"),
                                      ("community", "community")))
    posts = sorted_posts(sort)[: site.PER_PAGE]
    items = "\n".join(_preview(a, base) for a in posts)
    main = f"""<div class="container archive-page"><div class="portable-archive">
<h1 class="pencraft pc-reset">{ui['archive']}</h1>
<div class="pencraft pc-display-flex pc-gap-16 pc-reset portable-archive-tabs">{tabs}</div>
<div class="portable-archive-list" data-sort="{sort}">
{items}
</div>
<div class="pencraft pc-display-flex pc-justifyContent-center pc-reset archive-loading"
 aria-hidden="true"><div class="spinner"></div></div>
</div></div>"""
    body = _page("en", f"Archive - {PUB_NAME}", base, f"{base}/archive", main,
                 {"archive": {"sort": sort, "offset": len(posts), "limit": site.PER_PAGE}})
    return 200, {"Content-Type": HTML}, body


def api_archive(sort: str, offset: int, limit: int, base: str) -> Response:
    posts = sorted_posts(sort if sort in ("new", "top", "community") else "new")
    window = posts[offset: offset + limit]
    body = json.dumps([post_state(a, base) for a in window], ensure_ascii=False)
    return 200, {"Content-Type": "application/json; charset=utf-8"}, body.encode("utf-8")


def home(base: str) -> Response:
    ui = UI["en"]
    posts = "\n".join(_preview(a, base) for a in site.build()[:6])  # type: ignore[arg-type]
    main = f"""<div class="container home-page">
<div class="pencraft pc-display-flex pc-flexDirection-column pc-alignItems-center pc-reset
 publication-hero">
<h1 class="pencraft pc-reset font-pub-headings-FE5byy">{PUB_NAME}</h1>
<p class="pencraft pc-reset publication-tagline">{PUB_DESCRIPTION}</p>
{_subscribe_widget(base, 'en')}</div>
<div class="pencraft pc-display-flex pc-flexDirection-column pc-reset home-posts">
<h2 class="pencraft pc-reset">{ui['latest']}</h2>
{posts}
<a class="pencraft pc-reset see-all" href="{base}/archive?sort=new">{ui['see_all']}</a>
</div></div>"""
    return 200, {"Content-Type": HTML}, _page("en", PUB_NAME, base, f"{base}/", main, {})


def _list_page(heading: str, posts: list[Article], base: str, canonical: str) -> Response:
    items = "\n".join(_preview(a, base) for a in posts[: site.PER_PAGE])
    main = (f'<div class="container section-page"><h1 class="pencraft pc-reset">{_t(heading)}'
            f'</h1><div class="portable-archive-list">{items}</div></div>')
    return 200, {"Content-Type": HTML}, _page("en", f"{heading} | {PUB_NAME}", base, canonical,
                                              main, {})


def section(slug: str, base: str) -> Response:
    name = site.sections()[slug]
    posts = [a for a in site.build() if a.category == name]
    return _list_page(name, posts, base, f"{base}/s/{slug}")  # type: ignore[arg-type]


def tag(slug: str, base: str) -> Response:
    name = site.tags()[slug]
    posts = [a for a in site.build() if name in a.tags]
    return _list_page(name, posts, base, f"{base}/t/{slug}")  # type: ignore[arg-type]


def about(base: str) -> Response:
    main = (f'<div class="container about-page"><h1 class="pencraft pc-reset">{UI["en"]["about"]}'
            f'</h1><div class="body markup"><p>{PUB_DESCRIPTION}.</p><p>{AGENCY["ru"]} — '
            "городская служба новостей Алматы. Адрес: 050000, г. Алматы, ул. Толе би, 101. "
            "E-mail: info@ic24.kz</p></div></div>")
    return 200, {"Content-Type": HTML}, _page("en", f"About - {PUB_NAME}", base,
                                              f"{base}/about", main, {})


def subscribe(base: str) -> Response:
    main = f'<div class="container subscribe-page">{_subscribe_widget(base, "en")}</div>'
    return 200, {"Content-Type": HTML}, _page("en", f"Subscribe to {PUB_NAME}", base,
                                              f"{base}/subscribe", main, {})


def not_found() -> bytes:
    main = (f'<div class="container not-found"><h1 class="pencraft pc-reset">'
            f'{UI["en"]["not_found"]}</h1><p>Sorry, we couldn’t find what you were looking for.'
            "</p></div>")
    return _page("en", f"{UI['en']['not_found']} - {PUB_NAME}", "", "/", main, {})


# --------------------------------------------------------------------------- machine files

XML = "application/xml; charset=utf-8"


def sitemap_index(base: str) -> Response:
    entries = "".join(f"<sitemap><loc>{base}/sitemap/{year}</loc></sitemap>"
                      for year in site.years())
    body = ('<?xml version="1.0" encoding="UTF-8"?>'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}'
            "</sitemapindex>")
    return 200, {"Content-Type": XML}, body.encode("utf-8")


def sitemap_year(year: int, base: str) -> Response:
    urls = "".join(
        f"<url><loc>{base}{a.path}</loc><lastmod>{(a.modified or a.utc):%Y-%m-%d}</lastmod>"
        "<changefreq>monthly</changefreq></url>"
        for a in site.build() if a.utc.year == year)  # type: ignore[attr-defined]
    body = ('<?xml version="1.0" encoding="UTF-8"?>'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>')
    return 200, {"Content-Type": XML}, body.encode("utf-8")


def feed(base: str) -> Response:
    items = []
    for a in site.build()[:20]:
        assert isinstance(a, Article)
        author = ", ".join(name for name, _ in a.authors)
        enclosure = (f'<enclosure url="{a.originals()[0]}" length="0" type="image/jpeg"/>'
                     if a.images else "")
        items.append(
            f"<item><title><![CDATA[{a.title}]]></title><description><![CDATA["
            f"{description(a)}]]></description><link>{base}{a.path}</link>"
            f'<guid isPermaLink="false">{base}{a.path}</guid><dc:creator><![CDATA[{author}]]>'
            f"</dc:creator><pubDate>{format_datetime(a.utc, usegmt=True)}</pubDate>{enclosure}"
            f"<content:encoded><![CDATA[{body_html(a, base)}]]></content:encoded></item>")
    now = format_datetime(site.build()[0].utc, usegmt=True)  # type: ignore[attr-defined]
    body = ('<?xml version="1.0" encoding="UTF-8"?><rss xmlns:dc="http://purl.org/dc/elements/'
            '1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom='
            '"http://www.w3.org/2005/Atom" version="2.0"><channel>'
            f"<title><![CDATA[{PUB_NAME}]]></title><description><![CDATA[{PUB_DESCRIPTION}]]>"
            f"</description><link>{base}</link><image><url>{LOGO}</url><title>{PUB_NAME}</title>"
            f"<link>{base}</link></image><generator>Substack</generator><lastBuildDate>{now}"
            f'</lastBuildDate><atom:link href="{base}/feed" rel="self" type="application/rss+xml"/>'
            f"<copyright><![CDATA[{PUB_NAME}]]></copyright><language><![CDATA[ru]]></language>"
            f"<webMaster><![CDATA[ic24kz@substack.com]]></webMaster>{''.join(items)}"
            "</channel></rss>")
    return 200, {"Content-Type": "application/xml; charset=utf-8"}, body.encode("utf-8")

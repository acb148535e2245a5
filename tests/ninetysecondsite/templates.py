"""Squarespace 7.1 markup of the ninety-second copy: the blog item, the blog list, RSS, sitemap.

Every page carries what a Squarespace 7.1 site serves around its content: the head's
og/itemprop/twitter metadata and the three JSON-LD scripts (WebSite, Organization and, on a
post, Article), ``Static.SQUARESPACE_CONTEXT``, the header code injection (the outlet's currency
widget), the ``data-controller`` header and sections, and footer sections with the outlet's
``ru``-badged latest-news list (a code block), a newsletter block and the contacts.
"""

from __future__ import annotations

import html
import json
import re
from datetime import UTC, date, datetime
from email.utils import format_datetime
from urllib.parse import quote, quote_plus

from tests.copykit.catalogue import Response
from tests.copykit.text import EN_MONTHS, RU_MONTHS, cut_at_word
from tests.ninetysecondsite import site

HTML = "text/html;charset=utf-8"
SITE_NAME = "Центр информации"
COLLECTION = "5f3c2a1b9e8d7c0012ab3500"
NAV = (("Главная", "/"), ("Новости", "/news"), ("О центре", "/o-centre"),
       ("Контакты", "/kontakty"))
FORMATS = (100, 300, 500, 750, 1000, 1500, 2500)
P = '<p class="" style="white-space:pre-wrap;">'
BUTTON = {"ru": "Читать в источнике", "en": "Read at the source", "kk": "Дереккөзде оқу"}
SOURCE_SITES = {"КазТАГ": "https://kaztag.kz", "Kazinform": "https://www.inform.kz",
                "Tengrinews.kz": "https://tengrinews.kz", "EU Reporter": "https://www.eureporter.co",
                "The Astana Times": "https://astanatimes.com", "Akorda": "https://www.akorda.kz"}
e = html.escape


def stamp(moment: datetime) -> str:
    """'2023-04-20T10:30:00+0600': Squarespace's datePublished (no colon in the offset)."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S%z")


def long_day(day: date) -> str:
    """'April 20, 2023': the post's date in the site's (English) UI."""
    return f"{EN_MONTHS[day.month - 1]} {day.day}, {day.year}"


def info_date(a: site.Article) -> str:
    """The imported info line's date: '20 Апреля 2023', on English posts '2 August 2021'."""
    if a.lang == "en":
        return f"{a.day.day} {EN_MONTHS[a.day.month - 1]} {a.day.year}"
    return f"{a.day.day} {RU_MONTHS[a.day.month - 1].capitalize()} {a.day.year}"


def _block_id(a: site.Article, n: int) -> str:
    return f"yui_3_17_2_1_{a.publish_on // 1000 + 7}_{1000 + 37 * n}"


def _context(a: site.Article | None) -> str:
    item = ({"itemId": a.item_id, "publishOn": a.publish_on,
             "updatedOn": int(a.modified.timestamp() * 1000) if a.modified else a.publish_on}
            if a else {})
    data = {"facebookAppId": "314192535267336", "rollups": {}, "pageType": 2,
            "website": {"id": site.SITE_ID, "identifier": "ic24", "websiteType": 1,
                        "siteTitle": SITE_NAME, "language": "en-US",
                        "timeZone": "Asia/Almaty", "timeZoneOffset": 18000000},
            "collectionId": COLLECTION, "templateId": "5c5a519771c10ba3470d8101",
            "templateVersion": "7.1", "pageFeatures": [1, 2, 4], **item}
    return ("<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = "
            + json.dumps(data, ensure_ascii=False) + ";</script>")


def _ld(data: dict[str, object]) -> str:
    return ('<script type="application/ld+json">'
            + json.dumps({**data}, ensure_ascii=False, separators=(",", ":")) + "</script>")


def _head(title: str, base: str, path: str, meta: str = "", ld: str = "") -> str:
    site_ld = _ld({"url": base, "name": SITE_NAME, "description": "",
                   "@context": "http://schema.org", "@type": "WebSite"})
    org_ld = _ld({"legalName": f"КГУ «{SITE_NAME}»", "address": "ул. Толе би, 101\nАлматы",
                  "email": "info@ic24.kz", "telephone": "+7 (727) 271-65-00", "sameAs": [],
                  "@context": "http://schema.org", "@type": "Organization"})
    return f"""<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml"
 lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- This is Squarespace. --><!-- ic24 -->
<base href="">
<meta charset="utf-8" />
<title>{e(title)} &mdash; {SITE_NAME}</title>
<link rel="shortcut icon" type="image/x-icon"
 href="{site.CDN}/content/v1/{site.SITE_ID}/1597040000000-FAVICON0000000000000/favicon.ico?format=100w"/>
<link rel="canonical" href="{base}{path}"/>
<meta property="og:site_name" content="{SITE_NAME}"/>
<meta property="og:title" content="{e(title)} &mdash; {SITE_NAME}"/>
<meta property="og:url" content="{base}{path}"/>
{meta}
<link rel="preconnect" href="https://images.squarespace-cdn.com">
<script type="text/javascript" src="//use.typekit.net/ik/Xq3mEkmVx8tJYgnmJ2cGxyCnGrzh.js"></script>
<link rel="stylesheet" type="text/css"
 href="https://static1.squarespace.com/static/versioned-site-css/{site.SITE_ID}/1542/5c5a519771c10ba3470d8101/{site.SITE_ID}/1542/site.css"/>
{_context(None) if not ld else ""}
{site_ld}
{org_ld}
{ld}
<link rel="alternate" type="application/rss+xml" title="RSS Feed" href="{base}/news?format=rss" />
<!-- End of Squarespace Headers -->
</head>"""


def _rates() -> str:
    return """<div id="ic24-rates" class="ic24-rates" data-controller="Rates">
 • USD/KZT <span data-rate="usd">0.0</span> • EUR/KZT <span data-rate="eur">0.0</span>
 • RUB/KZT <span data-rate="rub">0.0</span> • CNY/KZT <span data-rate="cny">0.0</span></div>"""


def _header(base: str) -> str:
    nav = "".join(f'<div class="header-nav-item header-nav-item--collection">'
                  f'<a href="{href}" data-animation-role="header-element">{name}</a></div>'
                  for name, href in NAV)
    return f"""<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme=""
 data-controller="Header" data-current-styles="{{&quot;layout&quot;: &quot;navRight&quot;}}">
<div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid">
<div class="header-title" data-animation-role="header-element"><div class="header-title-logo">
<a href="/" data-animation-role="header-element"><img elementtiming="nbf-header-logo-desktop"
 src="{site.CDN}/content/v1/{site.SITE_ID}/1597040000000-LOGO00000000000000000/logo.png?format=1500w"
 alt="{SITE_NAME}" style="display:block" fetchpriority="high" loading="eager"></a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">{nav}</nav>
</div></div>
<div class="header-actions"><div class="showOnDesktop"><div class="header-actions-action--social">
<a class="icon icon--fill header-icon header-icon-border-shape-none" href="https://t.me/ic24kz"
 target="_blank" aria-label="Telegram"><svg viewBox="23 23 64 64"><use
 xlink:href="#telegram-unauth-icon"></use></svg></a>
</div></div></div>
</div></div></header>"""


def _footer(base: str, current: int | None) -> str:
    others = [a for a in site.build() if a.num != current][:12]
    latest = "".join(f'<li><span class="lang-badge">{a.lang}</span> <a href="{a.path}">'
                     f"{e(cut_at_word(a.title, 70))}</a></li>" for a in others)
    return f"""
<footer class="sections" id="footer-sections" data-footer-sections>
<section data-test="page-section" data-section-theme="black" class="page-section
 layout-engine-section background-width--full-bleed section-height--small"
 data-section-id="6420a1b2c3d4e5f600000001" data-controller="SectionWrapperController">
<div class="section-border"><div class="section-background"></div></div>
<div class="content-wrapper"><div class="content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"
 id="page-section-6420a1b2c3d4e5f600000001">
<div class="row sqs-row"><div class="col sqs-col-8 span-8">
<div class="sqs-block code-block sqs-block-code" data-block-type="23" id="block-footer-latest"><div
 class="sqs-block-content">
<div class="ic24-latest"><h3>Последние новости</h3><ul>{latest}</ul></div>
</div></div>
</div><div class="col sqs-col-4 span-4">
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"
 id="block-footer-newsletter"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat
 newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="6420a1b2c3d4e5f6000000aa" autocomplete="on"
 method="POST" novalidate onsubmit="return false;">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Подпишитесь на
 рассылку</h2>
<div class="newsletter-form-header-description"><p>Главные новости дня — на вашу
 почту.</p></div></header>
<div class="newsletter-form-body"><div class="newsletter-form-fields-wrapper form-fields">
<div class="newsletter-form-field-wrapper form-item field email required" id="email-yui_3_17_2_1">
<label class="newsletter-form-field-label title" for="email-input">Email Address</label>
<input name="email" class="newsletter-form-field-element field-element" type="email"
 spellcheck="false" placeholder="Email Address" />
</div></div>
<div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button-layout
 sqs-button-element--primary" type="submit" value="Sign Up">
<span class="newsletter-form-button-label">Sign Up</span></button></div></div>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div>
</form></div></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"
 id="block-footer-contacts"><div class="sqs-block-content"><div class="sqs-html-content">
{P}© 2013–2026 КГУ «{SITE_NAME}». При перепечатке ссылка на ic24.kz обязательна.</p>
{P}050000, г. Алматы, ул. Толе би, 101. Тел.: +7 (727) 271-65-00. <a
 href="mailto:info@ic24.kz">info@ic24.kz</a></p>
</div></div></div>
</div></div></div></div></div></section>
</footer>
</div>
<script defer="defer"
 src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"
 type="text/javascript"></script>
<script src="https://mc.yandex.ru/metrika/tag.js" async></script>
</body>
</html>"""


# --------------------------------------------------------------------------- the post's blocks


def _html_block(a: site.Article, n: int, paras: list[str]) -> str:
    return (f'<div class="sqs-block html-block sqs-block-html" data-block-type="2" '
            f'data-border-radii="{{&quot;topLeft&quot;:{{&quot;unit&quot;:&quot;px&quot;,'
            f'&quot;value&quot;:0.0}}}}" id="block-{_block_id(a, n)}">'
            f'<div class="sqs-block-content"><div class="sqs-html-content">'
            + "\n".join(paras) + "</div></div></div>\n")


def _markdown_block(a: site.Article, n: int, paras: list[str]) -> str:
    plain = [p.replace(P, "<p>") for p in paras]
    return (f'<div class="sqs-block markdown-block sqs-block-markdown" data-block-type="44" '
            f'id="block-{_block_id(a, n)}"><div class="sqs-block-content">'
            + "\n".join(plain) + "</div></div>\n")


def _srcset(url: str) -> str:
    return ", ".join(f"{url}?format={w}w {w}w" for w in FORMATS)


def _image_block(a: site.Article, n: int, k: int, caption: str | None) -> str:
    url = a.image_urls()[k]
    name = url.rsplit("/", 1)[1]
    width, height = (1500, 1000) if k == 0 else (2048, 1365)
    if a.look == "lazy_image":
        img = (f'<img class="thumb-image" data-src="{url}" data-image="{url}" '
               f'data-image-dimensions="{width}x{height}" data-image-focal-point="0.5,0.5" '
               f'alt="{name}" data-load="false" data-image-id="{a.item_id[:20]}{k}" '
               f'data-type="image" />')
    else:
        img = (f'<img class="thumb-image" elementtiming="system-image-block" '
               f'src="{url}?format=1000w" data-src="{url}" data-image="{url}" '
               f'data-image-dimensions="{width}x{height}" data-image-focal-point="0.5,0.5" '
               f'alt="{name}" data-load="false" data-image-id="{a.item_id[:20]}{k}" '
               f'data-type="image" data-srcset="{_srcset(url)}" '
               f'sizes="(max-width: 640px) 100vw, (max-width: 767px) 100vw, 100vw" '
               f'loading="lazy" decoding="async" />')
    figcaption = ("" if caption is None else
                  f'<figcaption class="image-caption-wrapper"><div class="image-caption">'
                  f"{P}{e(caption)}</p></div></figcaption>")
    return f"""<div class="sqs-block image-block sqs-block-image" data-block-type="5"
 id="block-{_block_id(a, n)}"><div class="sqs-block-content">
<div class="image-block-outer-wrapper layout-caption-below design-layout-inline
 combination-animation-none individual-animation-none individual-text-animation-none"
 data-test="image-block-inline-outer-wrapper">
<figure class="sqs-block-image-figure intrinsic" style="max-width:{width}.0px;">
<div class="image-block-wrapper" data-animation-role="image">
<div class="sqs-image-shape-container-element has-aspect-ratio" style="position:
 relative;padding-bottom:66.66666412353516%;overflow: hidden;">
<noscript><img src="{url}" alt="{name}" /></noscript>
{img}
</div></div>{figcaption}
</figure></div></div></div>
"""


def _caption(a: site.Article) -> str | None:
    if a.photo_credit is None or a.look == "credit_text":
        return None
    if a.look == "caption_long":
        what = "Illustrative photo" if a.lang == "en" else "Иллюстративное фото"
        return f"{what}. Фото:{a.photo_credit}"
    return f"Фото:{a.photo_credit}"


def _infoline(a: site.Article, n: int) -> str:
    parts = [f'<span class="ic24-date">{info_date(a)}</span>']
    if a.views is not None:
        parts.append(f'<span class="ic24-views" title="Просмотры">{a.views}</span>')
    if a.category:
        parts.append(f'<span class="ic24-rubric">{e(a.category)}</span>')
    if a.tags:
        parts.append('<span class="ic24-tags">' + ", ".join(e(t) for t in a.tags) + "</span>")
    return (f'<div class="sqs-block code-block sqs-block-code" data-block-type="23" '
            f'id="block-{_block_id(a, n)}"><div class="sqs-block-content">'
            f'<div class="ic24-post-meta">{" ".join(parts)}</div></div></div>\n')


def _quote_block(a: site.Article, n: int, text: str) -> str:
    return (f'<div class="sqs-block quote-block sqs-block-quote" data-block-type="31" '
            f'id="block-{_block_id(a, n)}"><div class="sqs-block-content">'
            f'<figure class="block-animation-none"><blockquote data-animation-role="quote">'
            f"<span>“</span>{e(text)}<span>”</span></blockquote>"
            f'<figcaption class="source"></figcaption></figure></div></div>\n')


def _summary_block(a: site.Article, n: int) -> str:
    others = [o for o in site.build() if o.num != a.num and o.lang == a.lang][:3]
    items = []
    for o in others:
        thumb = ""
        if o.images:
            url = o.image_urls()[0]
            thumb = (f'<div class="summary-thumbnail-outer-container"><a href="{o.path}" '
                     f'class="summary-thumbnail-container sqs-gallery-image-container">'
                     f'<div class="summary-thumbnail img-wrapper"><img data-src="{url}" '
                     f'data-image="{url}" data-image-dimensions="1500x1000" '
                     f'data-image-focal-point="0.5,0.5" alt="{e(o.title)}" '
                     f'class="summary-thumbnail-image" data-load="false" '
                     f'src="{url}?format=300w" /></div></a></div>')
        items.append(
            f'<div class="summary-item summary-item-record-type-text sqs-gallery-design-'
            f'autocolumns-slide">{thumb}<div class="summary-content sqs-gallery-meta-container">'
            f'<div class="summary-metadata-container summary-metadata-container--above-title">'
            f'<div class="summary-metadata summary-metadata--primary"><time '
            f'class="summary-metadata-item summary-metadata-item--date">'
            f"{EN_MONTHS[o.day.month - 1][:3]} {o.day.day}, {o.day.year}</time></div></div>"
            f'<div class="summary-title"><a href="{o.path}" class="summary-title-link">'
            f'{e(o.title)}</a></div><div class="summary-excerpt"><p>{e(o.paragraphs[0])}</p>'
            f'</div><div class="summary-read-more-link"><a href="{o.path}">Read More →</a>'
            f"</div></div></div>")
    heading = {"ru": "Читайте также", "en": "Read also", "kk": "Сондай-ақ оқыңыз"}[a.lang]
    return (f'<div class="sqs-block summary-v2-block sqs-block-summary-v2" data-block-type="55" '
            f'id="block-{_block_id(a, n)}"><div class="sqs-block-content">'
            f'<div class="summary-block-header summary-block-header--list">'
            f'<h3 class="summary-heading"><span>{heading}</span></h3></div>'
            f'<div class="summary-block-wrapper summary-block-collection-type-blog-basic-grid" '
            f'data-controller="SummaryBlock"><div class="summary-item-list-container '
            f'sqs-gallery-container"><div class="summary-item-list">{"".join(items)}</div>'
            f"</div></div></div></div>\n")


def _video_block(a: site.Article, n: int) -> str:
    vid = a.item_id[:11]
    frame = (f'<iframe width="854" height="480" src="https://www.youtube.com/embed/{vid}'
             f'?feature=oembed" frameborder="0" allowfullscreen></iframe>')
    block_json = {"blockAnimation": "none", "layout": "caption-hidden",
                  "overlay": True, "description": {"html": ""}, "hSize": None,
                  "floatDir": None, "html": frame, "url": f"https://www.youtube.com/watch?v={vid}",
                  "width": 854, "height": 480, "providerName": "YouTube",
                  "resolvedBy": "youtube", "title": f"Видео: {a.title}"}
    return (f'<div class="sqs-block video-block sqs-block-video" data-block-json="'
            f'{e(json.dumps(block_json, ensure_ascii=False))}" data-block-type="32" '
            f'id="block-{_block_id(a, n)}"><div class="sqs-block-content">'
            f'<div class="intrinsic" style="max-width:100%"><div class="embed-block-wrapper '
            f'embed-block-provider-YouTube" style="padding-bottom:56.20609%;">'
            f'<div class="sqs-video-wrapper" data-provider-name="YouTube" '
            f'data-html="{e(frame)}"></div></div></div></div></div>\n')


def _button_block(a: site.Article, n: int) -> str:
    href = SOURCE_SITES.get(a.source or "", "https://www.gov.kz")
    return (f'<div class="sqs-block button-block sqs-block-button" data-block-type="53" '
            f'id="block-{_block_id(a, n)}"><div class="sqs-block-content">'
            f'<div class="sqs-block-button-container sqs-block-button-container--center" '
            f'data-animation-role="button" data-alignment="center" data-button-size="medium" '
            f'data-button-type="primary"><a href="{href}" class="sqs-block-button-element--medium '
            f'sqs-button-element--primary sqs-block-button-element" target="_blank">'
            f"{BUTTON[a.lang]}</a></div></div></div>\n")


def _line_block(a: site.Article, n: int) -> str:
    return (f'<div class="sqs-block horizontalrule-block sqs-block-horizontalrule" '
            f'data-block-type="47" id="block-{_block_id(a, n)}"><div class="sqs-block-content">'
            f"<hr /></div></div>\n")


def homoglyph_hazards(text: str, lang: str) -> str:
    """A look-alike letter of the other script inside a word, a no-break space between two
    words and a zero-width space inside one."""
    old, new = ("o", "о") if lang == "en" else ("о", "o")
    m = re.search(rf"\w+{old}\w+", text)
    if m:
        word = m.group()
        text = text.replace(word, word.replace(old, new, 1), 1)
    text = text.replace(" ", "\u00a0", 1)
    words = text.split(" ")
    k = max(range(len(words)), key=lambda i: len(words[i]))
    words[k] = words[k][:2] + "\u200b" + words[k][2:]
    return " ".join(words)


def _paragraphs(a: site.Article) -> list[str]:
    """The post's paragraphs as its html blocks hold them (dateline in bold, hazards kept)."""
    raw = list(a.raw_paragraphs or a.paragraphs)
    if a.look == "hazards":
        raw[1] = homoglyph_hazards(raw[1], a.lang)
    if a.look == "quote_block":
        raw[a.quote] = raw[a.quote][1:-1]  # the block adds its own marks
    out = []
    for k, text in enumerate(raw):
        if k == 0 and a.place:
            out.append(f"{P}<strong>{e(a.dateline())}</strong>{e(text)}</p>")
        else:
            out.append(f"{P}{e(text)}</p>")
    if a.look == "credit_text" and a.photo_credit:
        out.insert(0, f'<p class="sqsrte-small" style="white-space:pre-wrap;">'
                      f"<em>Фото:{e(a.photo_credit)}</em></p>")
    return out


def _source_line(a: site.Article) -> list[str]:
    lines = []
    if a.num == 45694:  # the seed's line of a no-break space before the source
        lines.append(f"{P}\u00a0</p>")
    if a.source and a.source_line:
        name = e(a.source)
        if a.look == "source_link":
            href = SOURCE_SITES.get(a.source, "https://www.gov.kz")
            name = f'<a href="{href}" target="_blank">{name}</a>'
        lines.append(f"{P}Источник: {name}</p>")
    return lines


def blocks(a: site.Article) -> str:
    """The post body's blocks in page order."""
    n = iter(range(100))
    out = []
    if a.look != "no_infoline":
        out.append(_infoline(a, next(n)))
    if a.images and a.look != "image_between":
        out.append(_image_block(a, next(n), 0, _caption(a)))
    paras, tail = _paragraphs(a), _source_line(a)
    lead = 1 if a.look == "credit_text" and a.photo_credit else 0
    if a.look == "markdown":
        out.append(_markdown_block(a, next(n), paras + tail))
    elif a.look in ("image_between", "summary_block", "second_image", "video", "quote_block"):
        cut = lead + (1 if a.look == "video" else a.quote if a.look == "quote_block" else 2)
        out.append(_html_block(a, next(n), paras[:cut]))
        if a.look == "image_between":
            out.append(_image_block(a, next(n), 0, _caption(a)))
        elif a.look == "second_image":
            out.append(_image_block(a, next(n), 1, None))
        elif a.look == "summary_block":
            out.append(_summary_block(a, next(n)))
        elif a.look == "video":
            out.append(_video_block(a, next(n)))
        else:
            quoted = re.sub(r"<[^>]+>", "", paras[cut])
            out.append(_quote_block(a, next(n), html.unescape(quoted)))
            cut += 1
        rest = paras[cut:] + tail
        if rest:
            out.append(_html_block(a, next(n), rest))
    else:
        out.append(_html_block(a, next(n), paras + tail))
    if a.look == "button_block":
        out.append(_button_block(a, next(n)))
    out.append(_line_block(a, next(n)))
    return "".join(out)


# --------------------------------------------------------------------------- the post page


def _meta(a: site.Article, base: str) -> str:
    url, lead = base + a.path, e(a.paragraphs[0])
    image = ""
    if a.images:
        big = a.image_urls()[0] + "?format=1500w"
        image = f"""<meta property="og:image" content="{big}"/>
<meta property="og:image:width" content="1500"/>
<meta property="og:image:height" content="1000"/>
<meta itemprop="thumbnailUrl" content="{big}"/>
<link rel="image_src" href="{big}" />
<meta itemprop="image" content="{big}"/>
<meta name="twitter:image" content="{big}"/>"""
    assert a.modified is not None
    twin = site.by_num().get(site.TWINS.get(a.num, 0))
    alternates = "" if twin is None else "\n".join(
        f'<link rel="alternate" hreflang="{x.lang}" href="{base}{x.path}" />' for x in (a, twin))
    return f"""<meta property="og:type" content="article"/>
<meta property="og:description" content="{lead}"/>
{image}
<meta itemprop="name" content="{e(a.title)} — {SITE_NAME}"/>
<meta itemprop="url" content="{url}"/>
<meta itemprop="description" content="{lead}"/>
<meta itemprop="author" content="{e(a.author)}"/>
<meta itemprop="datePublished" content="{stamp(a.local)}"/>
<meta itemprop="dateModified" content="{stamp(a.modified)}"/>
<meta itemprop="headline" content="{e(a.title)}"/>
<meta itemprop="publisher" content="{SITE_NAME}"/>
<meta name="twitter:title" content="{e(a.title)} — {SITE_NAME}"/>
<meta name="twitter:url" content="{url}"/>
<meta name="twitter:card" content="summary"/>
<meta name="twitter:description" content="{lead}"/>
<meta name="description" content="{lead}" />
<!-- Code injection: this post -->
{alternates}"""


def _article_ld(a: site.Article, base: str) -> str:
    assert a.modified is not None
    data: dict[str, object] = {
        "url": base + a.path, "name": a.title, "@id": base + a.path,
        "datePublished": stamp(a.local), "dateModified": stamp(a.modified),
        "headline": a.title, "author": a.author,
        "publisher": {"name": SITE_NAME, "logo": {
            "@type": "ImageObject",
            "url": f"{site.CDN}/content/v1/{site.SITE_ID}/1597040000000-LOGO00000000000000000"
                   f"/logo.png?format=1500w"}, "@context": "http://schema.org",
            "@type": "Organization"},
        "@context": "http://schema.org", "@type": "Article"}
    if a.images:
        data["image"] = a.image_urls()[0] + "?format=1500w"
    return _ld(data)


def _meta_links(a: site.Article) -> tuple[str, str]:
    """The categories above the title and the tags below the post."""
    cats = ""
    if a.category:
        cats = (f'<div class="blog-meta-item blog-meta-item--categories"><a '
                f'href="/news?category={quote_plus(a.category)}" class="blog-item-category">'
                f"{e(a.category)}</a></div>")
    tags = ""
    if a.tags:
        links = " ".join(f'<a href="/news?tag={quote_plus(t)}" class="blog-item-tag">{e(t)}</a>'
                         for t in a.tags)
        tags = (f'<div class="blog-item-tag-wrapper"><div class="blog-meta-item '
                f'blog-meta-item--tags"><span class="blog-item-tag-label">Tagged:</span> '
                f"{links}</div></div>")
    return cats, tags


def _caret(side: str, points: str) -> str:
    return (f'<div class="item-pagination-icon icon icon--stroke"><svg class="caret-{side}-icon'
            f'--small" viewBox="0 0 9 16"><polyline fill="none" stroke-miterlimit="10" '
            f'points="{points}"></polyline></svg></div>')


def _neighbours(a: site.Article) -> str:
    arts = list(site.build())
    k = next(i for i, x in enumerate(arts) if x.num == a.num)
    links = []
    if k > 0:
        p = arts[k - 1]
        links.append(f'<a class="item-pagination-link item-pagination-link--prev" href="{p.path}">'
                     f"{_caret('left', '7.3,14.7 2.5,8 7.3,1.2')}"
                     f'<div class="item-pagination-prev-next">Previous</div>'
                     f'<h2 class="item-pagination-title">{e(p.title)}</h2></a>')
    if k + 1 < len(arts):
        o = arts[k + 1]
        links.append(f'<a class="item-pagination-link item-pagination-link--next" href="{o.path}">'
                     f'<div class="item-pagination-prev-next">Next</div>'
                     f'<h2 class="item-pagination-title">{e(o.title)}</h2>'
                     f"{_caret('right', '1.6,1.2 6.5,7.9 1.6,14.7')}</a>")
    return (f'<section class="item-pagination item-pagination--prev-next" '
            f'data-collection-type="blog-basic-grid" data-controller="ItemPagination">'
            f'{"".join(links)}</section>')


def _share(a: site.Article, base: str) -> str:
    url = quote(base + a.path, safe="")
    likes = (a.num * 7) % 23
    return f"""<div class="blog-item-share-wrapper"><div class="squarespace-social-buttons
 inline-style" data-item-id="{a.item_id}" data-controller="SocialButtons">
<span class="share-label">Share</span>
<a class="ss-social-button" href="https://www.facebook.com/sharer/sharer.php?u={url}"
 target="_blank">Facebook</a>
<a class="ss-social-button" href="https://twitter.com/intent/tweet?url={url}"
 target="_blank">Twitter</a>
<a class="ss-social-button" href="https://www.linkedin.com/shareArticle?url={url}"
 target="_blank">LinkedIn</a>
<span class="sqs-simple-like" data-item-id="{a.item_id}" data-like-count="{likes}"><span
 class="like-icon"></span><span class="like-count">{likes}</span></span>
</div></div>
<div class="blog-item-comments"><div class="squarespace-comments"
 id="squarespace-comments-{a.item_id}" data-item-id="{a.item_id}">
<a class="comment-count" href="#comments-{a.item_id}">0 Comments</a></div></div>"""


def article(a: site.Article, base: str) -> Response:
    cats, tags = _meta_links(a)
    author = ""
    if a.look != "no_infoline":
        author = (f'<div class="blog-meta-item blog-meta-item--author">'
                  f'<span class="blog-author-label">Written By</span> '
                  f'<a href="/news?author={a.item_id[:24]}" class="blog-item-author-profile-link">'
                  f"<span>{e(a.author)}</span></a></div>")
    slug_classes = " ".join([f"author-{a.author.split()[0].lower()}", "post-type-text",
                             *(f"category-{c.lower()}" for c in [a.category] if c),
                             *(f"tag-{t.lower().replace(' ', '-')}" for t in a.tags)])
    head = _head(a.title, base, a.path, _meta(a, base), _context(a) + "\n" + _article_ld(a, base))
    body = f"""{head}
<body id="item-{a.item_id}" class="header-overlay-alignment-center tweak-blog-item-width-medium
 tweak-blog-item-alignment-center tweak-blog-item-meta-position-above-title
 primary-button-style-solid view-item collection-type-blog-basic-grid collection-layout-default
 collection-{COLLECTION} mobile-style-available sqs-seven-one" tabindex="-1">
{_rates()}
{_header(base)}
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="{COLLECTION}">
<section data-test="page-section" data-section-theme="" class="page-section content-collection
 full-bleed-section collection-type-blog-basic-grid" data-section-id="{COLLECTION}"
 data-controller="SectionWrapperController">
<div class="section-border"><div class="section-background"></div></div>
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">
<article class="entry h-entry hentry {slug_classes}" data-item-id="{a.item_id}"
 id="article-{a.item_id}">
<div class="blog-item-top-wrapper">
<div class="blog-item-category-date-wrapper">{cats}
<div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight"
 datetime="{a.day.isoformat()}" pubdate data-animation-role="date">{long_day(a.day)}</time></div>
</div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name"
 data-content-field="title" style="text-align: center;">{e(a.title)}</h1></div>
<div class="blog-item-author-date-wrapper">{author}</div>
</div>
<div class="blog-item-content-wrapper" data-content-field="main-content" data-item-id="">
<div class="blog-item-content e-content">
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item" data-updated-on="{a.publish_on}"
 id="item-{a.item_id}">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">
{blocks(a)}</div></div></div>
</div></div>
{tags}
{_share(a, base)}
</article>
{_neighbours(a)}
</div></div></div></section></article></main>{_footer(base, a.num)}"""
    return 200, {"Content-Type": HTML, "Server": "Squarespace"}, body.encode("utf-8")


# --------------------------------------------------------------------------- the blog list


def _entry(a: site.Article) -> str:
    cat = ""
    if a.category:
        cat = (f'<span class="blog-categories-list"><a href="/news?category='
               f'{quote_plus(a.category)}" class="blog-categories">{e(a.category)}</a></span>')
    image = ""
    if a.images:
        url = a.image_urls()[0]
        image = (f'<a href="{a.path}" class="image-wrapper" data-animation-role="image">'
                 f'<img data-src="{url}" data-image="{url}" data-image-dimensions="1500x1000" '
                 f'data-image-focal-point="0.5,0.5" alt="{e(a.title)}" data-load="false" '
                 f'src="{url}?format=500w" /></a>')
    short = f"{a.day.month}/{a.day.day}/{a.day.year % 100:02d}"
    return f"""<article class="blog-basic-grid--container entry blog-item is-loaded"
 data-item-id="{a.item_id}">
<div>{image}</div>
<div class="blog-basic-grid--text">
<div class="blog-meta-section">{cat}<time class="blog-date" pubdate
 data-animation-role="date">{short}</time></div>
<h1 class="blog-title" data-animation-role="content"><a href="{a.path}"
 data-no-animation>{e(a.title)}</a></h1>
<div class="blog-excerpt" data-animation-role="content"><div
 class="blog-excerpt-wrapper">{P}{e(a.paragraphs[0])}</p></div></div>
<a class="blog-more-link" href="{a.path}" data-animation-role="content">Read More</a>
</div></article>"""


def listing(items: list[site.Article], base: str) -> Response:
    arts = list(site.build())
    pager = []
    if items and items[0].publish_on < arts[0].publish_on:
        pager.append(f'<div class="newer"><a href="{site.BLOG}?reversePaginate=true&amp;offset='
                     f'{items[0].publish_on}" rel="prev"><span class="newer-label">Newer Posts'
                     f"</span></a></div>")
    if items and items[-1].publish_on > arts[-1].publish_on:
        pager.append(f'<div class="older"><a href="{site.BLOG}?offset={items[-1].publish_on}" '
                     f'rel="next"><span class="older-label">Older Posts</span></a></div>')
    entries = "\n".join(_entry(a) for a in items) or "<p>No blog posts yet.</p>"
    body = f"""{_head('Новости', base, site.BLOG, '<meta property="og:type" content="website"/>')}
<body id="collection-{COLLECTION}" class="header-overlay-alignment-center view-list
 collection-type-blog-basic-grid collection-layout-default collection-{COLLECTION}
 mobile-style-available sqs-seven-one" tabindex="-1">
{_rates()}
{_header(base)}
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="{COLLECTION}">
<section data-test="page-section" data-section-theme="" class="page-section content-collection
 full-bleed-section collection-type-blog-basic-grid" data-section-id="{COLLECTION}"
 data-controller="SectionWrapperController">
<div class="content-wrapper"><div class="content">
<div class="blog-basic-grid collection-content-wrapper" data-controller="BlogImageLoader">
{entries}
</div>
<nav class="blog-list-pagination">{"".join(pager)}</nav>
</div></div></section></article></main>{_footer(base, None)}"""
    return 200, {"Content-Type": HTML, "Server": "Squarespace"}, body.encode("utf-8")


def rss(base: str) -> bytes:
    """``/news?format=rss``: the twenty newest posts, dates in GMT."""
    items = []
    for a in site.page_items(1):
        media = ""
        if a.images:
            media = (f'<media:content type="image/jpeg" url="{a.image_urls()[0]}?format=1500w" '
                     f'medium="image" isDefault="true" width="1500" height="1000">'
                     f'<media:title type="plain">{e(a.title)}</media:title></media:content>')
        utc = datetime.fromtimestamp(a.publish_on // 1000, tz=UTC)
        items.append(f"""<item><title>{e(a.title)}</title><dc:creator>{e(a.author)}</dc:creator>
<pubDate>{format_datetime(utc)}</pubDate><link>{base}{a.path}</link>
<guid isPermaLink="false">{site.SITE_ID}:{COLLECTION}:{a.item_id}</guid>
<description><![CDATA[<p>{e(a.paragraphs[0])}</p>]]></description>{media}</item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!--Generated by Squarespace Site Server v5.13.868 (http://www.squarespace.com)-->
<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://www.rssboard.org/media-rss"
 version="2.0"><channel><title>Новости -
 {SITE_NAME}</title><link>{base}/news</link><language>en-US</language><generator>Squarespace Site
 Server v5.13.868 (http://www.squarespace.com)</generator><description><![CDATA[]]></description>
{"".join(items)}
</channel></rss>""".encode()


def sitemap(base: str) -> bytes:
    urls = [f"<url><loc>{base}{site.BLOG}</loc><changefreq>daily</changefreq>"
            f"<priority>0.75</priority></url>"]
    for a in site.build():
        assert a.modified is not None
        image = "".join(f"<image:image><image:loc>{u}</image:loc><image:title>Новости - "
                        f"{e(a.title)}</image:title></image:image>" for u in a.image_urls())
        urls.append(f"<url><loc>{base}{a.path}</loc><changefreq>monthly</changefreq>"
                    f"<priority>0.5</priority><lastmod>{a.modified.date().isoformat()}</lastmod>"
                    f"{image}</url>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
            'schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">'
            + "\n".join(urls) + "</urlset>").encode()


def not_found() -> bytes:
    return f"""{_head('Page Not Found', '', '/')}
<body class="view-404 sqs-seven-one">{_rates()}
<main id="page" class="container" role="main"><section class="page-section">
<div class="content"><h1>Page Not Found</h1>
<p>We couldn't find the page you were looking for. This is either because:</p>
<ul><li>There is an error in the URL entered into your web browser. Please check the URL and try
 again.</li>
<li>The page you are looking for has been moved or deleted.</li></ul>
<p>You can return to our homepage by <a href="/">clicking here</a>, or you can try searching for the
content you are seeking by <a href="/search">clicking
 here</a>.</p></div></section></main></body></html>""".encode()

"""kznews on a WordPress 6 article page with the plugins a Russian-language news site runs:
Post Views Counter, WordPress Popular Posts ("most read" with its own counts), and the
Yandex.Metrika / LiveInternet counters in the footer (synthetic pages through
``article_from_html``).

WordPress prints ``wp-embed-responsive`` on ``<body>`` of every page whose theme supports
responsive embeds: a statement of what the theme supports, not an embedded post; and an
analytics counter's picture is no photo wherever it stands.
"""

from __future__ import annotations

from typing import Any

from kznews import article_from_html

URL = "https://ic24.kz/news/v-almaty-proshel-subbotnik-u49120"
TITLE = "В Алматы прошёл общегородской субботник"
BODY = (
    "<p>Алматы. 16 апреля. Центр информации - В субботник вышли более 50 тысяч жителей.</p>"
    "<p>Акимат города благодарит всех, кто принял участие в уборке дворов и парков.</p>"
    "<p>Следующий субботник пройдёт осенью, сообщили в управлении.</p>"
)
POPULAR = (
    '<section id="wpp-2" class="widget popular-posts"><h2 class="widget-title">Самое '
    'читаемое</h2><ul class="wpp-list"><li><a href="https://ic24.kz/news/tokaev-prinyal-'
    'predsedatelya-u58346" class="wpp-post-title">Токаев принял председателя</a> <span '
    'class="wpp-meta post-stats"><span class="wpp-views">5 844 просмотров</span></span></li>'
    '<li><a href="https://ic24.kz/news/tseny-na-gaz-u48173" class="wpp-post-title">Цены на '
    'газ</a> <span class="wpp-meta post-stats"><span class="wpp-views">5 460 просмотров'
    '</span></span></li></ul></section>'
)
METRIKA = (
    '<noscript><div><img src="https://mc.yandex.ru/watch/12345678" '
    'style="position:absolute; left:-9999px;" alt=""></div></noscript>'
)
LIVEINTERNET = (
    '<a href="https://www.liveinternet.ru/click"><img src="https://counter.yadro.ru/hit?t44.6" '
    'alt="" title="LiveInternet" width="31" height="31"></a>'
)


def _page(*, photo: str | None = None, og: str | None = None, views: int | None = None,
          in_text: str = "", footer: str = METRIKA + LIVEINTERNET,
          body_class: str = "post-template-default single single-post postid-49120 "
          "single-format-standard wp-embed-responsive") -> str:
    meta = f'<meta property="og:image" content="{og}">' if og else ""
    figure = (f'<figure class="wp-block-image size-large"><img src="{photo}" width="1024" '
              f'height="683" alt=""><figcaption>Фото:gov.kz</figcaption></figure>'
              if photo else "")
    counter = (f' <span class="post-views post-49120 entry-meta"><span class="post-views-count">'
               f'{views}</span></span>' if views is not None else "")
    return f"""<!DOCTYPE html><html lang="ru-RU"><head><meta charset="utf-8">
<title>{TITLE} - Центр информации</title>{meta}
<meta property="article:published_time" content="2023-04-20T09:40:00+00:00"></head>
<body class="{body_class}"><div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title">Центр информации</p></header>
<main id="primary" class="site-main">
<article id="post-49120" class="post-49120 post type-post status-publish has-post-thumbnail">
<header class="entry-header"><h1 class="entry-title">{TITLE}</h1></header>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published"
 datetime="2023-04-20T15:40:00+06:00">20 Апреля 2023</time></span>{counter}
 <span class="cat-links"><a href="https://ic24.kz/category/socium/" rel="category tag">Социум</a>
 </span></div>
{figure}
<div class="entry-content">{BODY}{in_text}</div>
</article>
{POPULAR}
</main>
<footer id="colophon" class="site-footer"><div class="footer-contacts">
<p>© 2015–2026 Центр информации. Все права защищены.</p></div>
<div class="counters">{footer}</div></footer></div></body></html>"""


def _record(markup: str) -> dict[str, Any]:
    item = article_from_html(markup, URL)
    assert item is not None
    assert item["title"] == TITLE
    return item


# --------------------------------------------------------------------------- counter pictures


def test_metrika_pixel_in_the_footer_is_no_photo() -> None:
    assert _record(_page())["image_urls"] == []


def test_metrika_pixel_after_the_photo_is_no_photo() -> None:
    photo = "https://ic24.kz/wp-content/uploads/2023/04/photo-49120.jpg"
    assert _record(_page(photo=photo, og=photo))["image_urls"] == [photo]


def test_counter_pictures_in_the_text_are_no_photo() -> None:
    """A counter's or a tracker's picture pasted into the post itself (an editor's copy of a
    counter's code, a pixel without size or style) is no photo either."""
    trackers = "".join(f'<img src="{src}" alt="">' for src in (
        "https://mc.yandex.ru/watch/87654321",
        "https://mc.yandex.ru/informer/87654321/3_1_FFFFFFFF_EFEFEFFF_0_pageviews",
        "https://counter.yadro.ru/hit?r;s1920*1080*24;u;0.5",
        "https://top-fwz1.mail.ru/counter?id=3210987;js=na",
        "https://counter.rambler.ru/top100.cnt?4567890",
        "https://www.facebook.com/tr?id=1234567890&ev=PageView&noscript=1",
        "https://www.googletagmanager.com/ns.html?id=GTM-ABCDEF",
        "https://www.google-analytics.com/collect?v=1&tid=UA-1-1",
        "https://bs.serving-sys.com/Serving/ActivityServer.bs?cn=as&ActivityID=1",
        "https://pixel.mathtag.com/event/img?mt_id=1",
    ))
    assert _record(_page(in_text=f"<p>{trackers}</p>", footer=""))["image_urls"] == []


def test_off_screen_picture_is_no_photo() -> None:
    hidden = ('<p><img src="https://stat.example.kz/hit.php?id=7" style="position:absolute; '
              'left:-9999px;" alt=""></p>')
    assert _record(_page(in_text=hidden, footer=""))["image_urls"] == []


def test_photo_with_pixel_in_its_file_name_stays() -> None:
    """``pixel`` in a photo's own path (an article about pixel art) names no tracker: only a
    host named so (``pixel.…``) does."""
    photo = "https://cdn.ic24.kz/wp-content/uploads/2023/04/pixel-art.jpg"
    assert _record(_page(photo=photo, og=photo, footer=""))["image_urls"] == [photo]


# --------------------------------------------------------------------------- views


def test_most_read_count_is_not_the_page_s() -> None:
    assert _record(_page())["views"] is None


def test_own_counter_beside_the_headline_is_read_beside_most_read() -> None:
    assert _record(_page(views=683))["views"] == 683


def test_own_counter_without_the_theme_class() -> None:
    item = _record(_page(views=683, body_class="single single-post postid-49120"))
    assert item["views"] == 683
    assert _record(_page(body_class="single single-post"))["views"] is None

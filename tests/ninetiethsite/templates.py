"""tagDiv Newspaper 12 markup of the ninetieth copy: the single post, the category archive, the
home page, rubric and tag archives, the AMP reader twin and the theme's 404.

Every page carries the theme's chrome: the top bar with today's date (the theme's "l, F j, Y"
in the Russian locale) and the currency widget, the logo, the main menu, the mobile menu and
search, the "Популярное" block with dated cards, a sidebar ad, the footer, Yandex.Metrika and
LiveInternet counters and the theme's inline JavaScript.
"""

# ruff: noqa: E501  (the theme's markup kept as WordPress sends it, long lines and all)

from __future__ import annotations

import hashlib
import html
import json
from collections.abc import Sequence
from datetime import UTC, date, datetime
from urllib.parse import quote

from tests.copykit.catalogue import AGENCY, Response
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, RU_MONTHS_NOMINATIVE, cut_at_word
from tests.ninetiethsite import site
from tests.ninetiethsite.site import Article, term_slug

HTML = "text/html; charset=UTF-8"
SITE_NAME = "Центр информации"
HTML_LANG = {"ru": "ru-RU", "en": "en-US", "kk": "kk"}
LOCALE = {"ru": "ru_RU", "en": "en_US", "kk": "kk_KZ"}
WEEKDAYS = ("Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье")
MENU = ("Общество", "Экономика", "Политика", "Происшествия", "Культура", "Спорт")
SOURCE_SITES = {"КазТАГ": "https://kaztag.kz/", "Kazinform": "https://www.inform.kz/",
                "Tengrinews.kz": "https://tengrinews.kz/", "EU Reporter": "https://www.eureporter.co/",
                "пресс-служба акимата Алматы": "https://almaty.gov.kz/",
                "The Astana Times": "https://astanatimes.com/", "Akorda": "https://www.akorda.kz/"}
PLACEHOLDER = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mN"
               "kYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
SIZES = ("696x464", "300x200", "1024x683", "768x512", "1068x712")
e = html.escape


# --------------------------------------------------------------------------- small pieces


def date_text(day: date, lang: str) -> str:
    """The theme's date: '20 Апреля 2023' (ru), 'August 2, 2021' (en), '16 Сәуір 2021' (kk)."""
    if lang == "en":
        return f"{EN_MONTHS[day.month - 1]} {day.day}, {day.year}"
    months = KK_MONTHS if lang == "kk" else RU_MONTHS
    return f"{day.day} {months[day.month - 1].capitalize()} {day.year}"


def utc(moment: datetime) -> str:
    """A WordPress GMT stamp: '2023-04-20T05:20:00+00:00'."""
    return moment.astimezone(UTC).isoformat()


def uid(*parts: object) -> str:
    """A tagDiv block id ('tdi_12_3fa')."""
    digest = hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()  # noqa: S324
    return f"tdi_{int(digest[:2], 16) % 90 + 10}_{digest[2:5]}"


def rubric_url(base: str, name: str) -> str:
    return f"{base}{site.LISTING}{term_slug(name)}/"


def thumb(a: Article, size: str, base: str) -> str:
    """A card's thumbnail (the theme's placeholder for a post without a photo)."""
    if not a.images:
        return f"{base}/wp-content/themes/Newspaper/images/no-thumb/td_{size}.png"
    return base + a.sized(1, size)


def card_date(a: Article) -> str:
    return (f'<span class="td-post-date"><time class="entry-date updated td-module-date" '
            f'datetime="{utc(a.local)}" >{date_text(a.day, a.lang)}</time></span>')


def excerpt(a: Article, words: int = 25) -> str:
    text = (a.dateline() + (a.raw_paragraphs or a.paragraphs)[0]).split()
    return " ".join(text[:words]) + ("..." if len(text) > words else "")


def _head(title: str, lang: str, base: str, canonical: str, extra: str = "",
          body_class: str = "") -> str:
    return f"""<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<!--[if IE 9]>    <html class="ie9" lang="en"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="{HTML_LANG[lang]}"> <!--<![endif]-->
<head>
    <title>{e(title)}</title>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="pingback" href="{base}/xmlrpc.php" />
<!-- This site is optimized with the Yoast SEO plugin v22.1 - https://yoast.com/wordpress/plugins/seo/ -->
<link rel="canonical" href="{canonical}" />
{extra}
<!-- / Yoast SEO plugin. -->
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel='stylesheet' id='td-plugin-multi-purpose-css' href='{base}/wp-content/plugins/td-composer/td-multi-purpose/style.css?ver=6.6.1' type='text/css' media='all' />
<link rel='stylesheet' id='google-fonts-style-css' href='https://fonts.googleapis.com/css?family=Open+Sans%3A400%2C600%2C700%7CRoboto%3A400%2C600%2C700&#038;display=swap&#038;ver=12.6.3' type='text/css' media='all' />
<link rel='stylesheet' id='td-theme-css' href='{base}/wp-content/themes/Newspaper/style.css?ver=12.6.3' type='text/css' media='all' />
<link rel='stylesheet' id='td-theme-child-css' href='{base}/wp-content/themes/Newspaper-child/style.css?ver=12.6.3c' type='text/css' media='all' />
<script type="text/javascript" src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.4.3" />
    <script>
        window.tdb_global_vars = {{"wpRestUrl":"{base}\\/wp-json\\/","permalinkStructure":"\\/news\\/%postname%"}};
        window.tdb_p_autoload_vars = {{"isAjax":false,"isAdminBarShowing":false}};
    </script>
<!-- JS generated by theme -->
<script>
    var tdBlocksArray = []; //here we store all the items for the current page
    var tdLocalCache = {{}};
    var td_ajax_url="{base}\\/wp-admin\\/admin-ajax.php?td_theme_name=Newspaper&v=12.6.3";
    var td_get_template_directory_uri="{base}\\/wp-content\\/plugins\\/td-composer\\/legacy\\/common";
    var tds_snap_menu="snap";
    var tds_logo_on_sticky="";
    var td_viewport_interval_list=[{{"limitBottom":767,"sidebarWidth":228}},{{"limitBottom":1018,"sidebarWidth":300}},{{"limitBottom":1140,"sidebarWidth":324}}];
    var tdc_is_installed="yes";
    var td_magnific_popup_translation_tPrev="Предыдущий (клавиша со стрелкой влево)";
    var td_magnific_popup_translation_tNext="Следующий (клавиша со стрелкой вправо)";
</script>
</head>

<body class="{body_class} td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background" style="visibility:hidden"></div>
<div id="td-mobile-nav" style="visibility:hidden">
    <div class="td-mobile-container">
        <div class="td-menu-socials-wrap"><div class="td-mobile-close"><span><i class="td-icon-close-mobile"></i></span></div></div>
        <div class="td-mobile-content"><div class="menu-main-container"><ul id="menu-main" class="td-mobile-main-menu">
        <li class="menu-item"><a href="{base}/">Главная</a></li>
        <li class="menu-item"><a href="{base}{site.LISTING}">Новости</a></li></ul></div></div>
    </div>
</div>
<div class="td-search-background" style="visibility:hidden"></div>
<div class="td-search-wrap-mob" style="visibility:hidden">
    <div class="td-drop-down-search"><form method="get" class="td-search-form" action="{base}/">
        <div class="td-search-input"><span>Поиск</span><input id="td-header-search-mob" type="text" value="" name="s" autocomplete="off" /></div>
    </form><div id="td-aj-search-mob" class="td-ajax-search-flex"></div></div>
</div>
"""


def _header(base: str, switcher: str = "") -> str:
    today = date.today()
    stamp = (f"{WEEKDAYS[today.weekday()]}, {RU_MONTHS_NOMINATIVE[today.month - 1].capitalize()} "
             f"{today.day}, {today.year}")
    menu = "".join(f'<li class="menu-item menu-item-type-taxonomy menu-item-object-category">'
                   f'<a href="{rubric_url(base, name)}">{name}</a></li>' for name in MENU)
    return f"""<div id="td-outer-wrap" class="td-theme-wrap">
<div class="tdc-header-wrap ">
<div class="td-header-wrap td-header-style-1 ">
    <div class="td-header-top-menu-full td-container-wrap ">
        <div class="td-container td-header-row td-header-top-menu">
            <div class="top-bar-style-1">
<div class="td-header-sp-top-menu">
    <div class="td_data_time"><div style="visibility:hidden;">{stamp}</div></div>
    <div class="menu-top-container"><ul id="menu-top" class="top-header-menu">
    <li class="menu-item"><a href="{base}/o-nas/"><span>О нас</span></a></li>
    <li class="menu-item"><a href="{base}/reklama/"><span>Реклама</span></a></li>
    <li class="menu-item"><a href="{base}/kontakty/"><span>Контакты</span></a></li></ul></div>
</div>
<div class="td-header-sp-top-widget">
    <div class="ic24-rates"><ul>
        <li>USD/KZT <span class="ic24-rate" data-code="USD">0.0</span></li>
        <li>EUR/KZT <span class="ic24-rate" data-code="EUR">0.0</span></li>
        <li>RUB/KZT <span class="ic24-rate" data-code="RUB">0.0</span></li>
        <li>CNY/KZT <span class="ic24-rate" data-code="CNY">0.0</span></li>
    </ul></div>{switcher}
    <span class="td-social-icon-wrap"><a target="_blank" href="https://t.me/ic24kz" title="Telegram"><i class="td-icon-font td-icon-telegram"></i></a></span>
    <span class="td-social-icon-wrap"><a target="_blank" href="https://www.facebook.com/ic24kz" title="Facebook"><i class="td-icon-font td-icon-facebook"></i></a></span>
    <span class="td-social-icon-wrap"><a target="_blank" href="https://www.instagram.com/ic24.kz/" title="Instagram"><i class="td-icon-font td-icon-instagram"></i></a></span>
</div>
            </div>
        </div>
    </div>
    <div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap ">
        <div class="td-container td-header-row td-header-header">
            <div class="td-header-sp-logo">
                <a class="td-main-logo" href="{base}/">
                <img class="td-retina-data" data-retina="{base}/wp-content/uploads/2021/03/logo-ic24-retina.png" src="{base}/wp-content/uploads/2021/03/logo-ic24.png" alt="{SITE_NAME}" title="{SITE_NAME}" width="272" height="90"/>
                <span class="td-visual-hidden">{SITE_NAME}</span></a>
            </div>
            <div class="td-header-sp-recs"><div class="td-header-rec-wrap">
                <div class="td-a-rec td-a-rec-id-header  td-a-rec-no-translate tdi_1 td_block_template_1">
                <a href="https://ads.example.kz/click?zone=header" rel="nofollow sponsored" target="_blank"><img src="https://ads.example.kz/banners/header-728x90.jpg" alt="" width="728" height="90"/></a>
                </div>
            </div></div>
        </div>
    </div>
    <div class="td-header-menu-wrap-full td-container-wrap ">
        <div class="td-header-menu-wrap td-header-gradient ">
            <div class="td-container td-header-row td-header-main-menu">
                <div id="td-header-menu" role="navigation">
                    <div id="td-top-mobile-toggle"><a href="#" aria-label="mobile-toggle"><i class="td-icon-font td-icon-mobile"></i></a></div>
                    <div class="menu-main-container"><ul id="menu-main-1" class="sf-menu">
                    <li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home"><a href="{base}/">Главная</a></li>
                    <li class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="{base}{site.LISTING}">Новости</a></li>
                    {menu}</ul></div>
                </div>
                <div class="header-search-wrap"><div class="td-search-btns-wrap">
                    <a id="td-header-search-button" href="#" aria-label="Search" role="button" class="dropdown-toggle " data-toggle="dropdown"><i class="td-icon-search"></i></a>
                </div>
                <div class="td-drop-down-search" aria-labelledby="td-header-search-button">
                    <form method="get" class="td-search-form" action="{base}/"><div role="search" class="td-head-form-search-wrap">
                    <input id="td-header-search" type="text" value="" name="s" autocomplete="off" /><input class="wpb_button wpb_btn-inverse btn" type="submit" id="td-header-search-top" value="Поиск" />
                    </div></form>
                    <div id="td-aj-search"></div>
                </div></div>
            </div>
        </div>
    </div>
</div>
</div>
"""


def _popular(base: str, current: int | None) -> str:
    others = [a for a in site.build() if a.num != current]
    top = sorted(others, key=lambda a: -(a.views or 0))[:5]
    block = uid("popular", current)
    cards = "".join(f"""
<div class="td-block-span12">
<div class="td_module_6 td_module_wrap td-animation-stack">
<div class="td-module-thumb"><a href="{base}{a.path}" rel="bookmark" class="td-image-wrap " title="{e(a.title)}"><img width="100" height="70" class="entry-thumb" src="{thumb(a, '100x70', base)}" alt="" title="{e(a.title)}" /></a></div>
<div class="item-details">
<h3 class="entry-title td-module-title"><a href="{base}{a.path}" rel="bookmark" title="{e(a.title)}">{e(a.title)}</a></h3>
<div class="td-module-meta-info">{card_date(a)}</div>
</div>
</div>
</div>""" for a in top)
    return f"""
<div class="td-pb-span4 td-main-sidebar" role="complementary">
<div class="td-ss-main-sidebar">
<aside class="td_block_template_1 widget widget_block">
<div class="td_block_wrap td_block_7 {block} td-pb-border-top td_block_template_1 td-column-1" data-td-block-uid="{block}">
<div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">Популярное</span></h4></div>
<div id="{block}" class="td_block_inner">{cards}
</div></div></aside>
<aside class="td_block_template_1 widget widget_text"><div class="textwidget">
<div class="td-a-rec td-a-rec-id-sidebar tdi_9 td_block_template_1"><span class="td-adspot-title">- Реклама -</span>
<a href="https://ads.example.kz/click?zone=sidebar" rel="nofollow sponsored" target="_blank"><img src="https://ads.example.kz/banners/sidebar-300x250.jpg" alt="" width="300" height="250"/></a></div>
</div></aside>
</div>
</div>"""


def _footer(base: str) -> str:
    return f"""
<div class="td-footer-page td-footer-container td-container-wrap ">
<div class="td-footer-wrapper td-footer-container td-container-wrap td-footer-template-2">
<div class="td-container"><div class="td-pb-row"><div class="td-pb-span12">
<div class="td-footer-info">
<div class="footer-logo-wrap"><a href="{base}/"><img class="td-retina-data" src="{base}/wp-content/uploads/2021/03/logo-footer.png" alt="{SITE_NAME}" title="{SITE_NAME}" width="272" /></a></div>
<div class="footer-text-wrap">{SITE_NAME} — новости Алматы, Казахстана и мира на русском и английском языках.
<div class="footer-email-wrap">Свяжитесь с нами: <a href="mailto:info@ic24.kz">info@ic24.kz</a></div></div>
<div class="footer-social-wrap td-social-style-2">
<span class="td-social-icon-wrap"><a target="_blank" href="https://t.me/ic24kz" title="Telegram"><i class="td-icon-font td-icon-telegram"></i></a></span>
<span class="td-social-icon-wrap"><a target="_blank" href="https://www.facebook.com/ic24kz" title="Facebook"><i class="td-icon-font td-icon-facebook"></i></a></span>
</div>
</div>
</div></div></div>
</div>
<div class="td-sub-footer-container td-container-wrap ">
<div class="td-container"><div class="td-pb-row">
<div class="td-pb-span td-sub-footer-menu"><div class="menu-footer-container"><ul id="menu-footer" class="td-subfooter-menu">
<li class="menu-item"><a href="{base}/o-nas/">О нас</a></li>
<li class="menu-item"><a href="{base}/reklama/">Реклама</a></li>
<li class="menu-item"><a href="{base}/kontakty/">Контакты</a></li></ul></div></div>
<div class="td-pb-span td-sub-footer-copy">&copy; 2013–2026 {SITE_NAME}. При использовании материалов гиперссылка на ic24.kz обязательна. 050000, г. Алматы, ул. Толе би, 101.</div>
</div></div>
</div>
</div>
</div><!--close td-outer-wrap-->
<!-- Yandex.Metrika counter -->
<script type="text/javascript">(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}};
m[i].l=1*new Date();k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)}})
(window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");
ym(51177841, "init", {{clickmap:true, trackLinks:true, accurateTrackBounce:true}});</script>
<noscript><div><img src="https://mc.yandex.ru/watch/51177841" style="position:absolute; left:-9999px;" alt="" /></div></noscript>
<!-- /Yandex.Metrika counter -->
<!--LiveInternet counter--><a href="https://www.liveinternet.ru/click" target="_blank"><img id="licnt6F2A" width="31" height="31" style="border:0" title="LiveInternet" src="data:image/gif;base64,R0lGODlhAQABAJAAAAAAAAAAACH5BAEAAAAALAAAAAABAAEAAAICBAEAOw==" alt=""/></a><!--/LiveInternet-->
<script type="text/javascript" src="{base}/wp-content/plugins/td-composer/legacy/Newspaper/js/tagdiv_theme.min.js?ver=12.6.3" id="td-site-min-js"></script>
<!-- JS generated by theme -->
<script>
    jQuery().ready(function() {{ var pulldown_empty_cat = true; }});
</script>
</body>
</html>"""


# --------------------------------------------------------------------------- the single post


def _crumbs(a: Article, base: str) -> str:
    rubric = a.rubrics[0] if a.rubrics else None
    rubric_crumb = (f'<i class="td-icon-right td-bread-sep"></i> <span><a title="Просмотреть все '
                    f'записи в {e(rubric)}" class="entry-crumb" href="{rubric_url(base, rubric)}">'
                    f"{e(rubric)}</a></span> " if rubric else "")
    return f"""<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{base}/">Главная</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="Просмотреть все записи в Новости" class="entry-crumb" href="{base}{site.LISTING}">Новости</a></span> {rubric_crumb}<i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{e(a.title)}</span></div></div>"""


def _categories(a: Article, base: str) -> str:
    items = "".join(f'<li class="entry-category"><a href="{rubric_url(base, r)}">{e(r)}</a></li>'
                    for r in a.rubrics)
    return f'<ul class="td-category">{items}</ul>'


def _meta(a: Article, base: str) -> str:
    if a.look == "text_date":
        when = f'<span class="td-post-date">{date_text(a.day, a.lang)}</span>'
    else:
        when = card_date(a)
    author = e(a.author)
    return f"""<div class="td-module-meta-info">
<div class="td-post-author-name"><div class="td-author-by">Автор</div> <a href="{base}/author/{term_slug(a.author)}/">{author}</a><div class="td-author-line"> - </div> </div>
{when}
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{a.num}">{a.views}</span></div>
<div class="td-post-comments"><a href="{base}{a.path}#respond"><i class="td-icon-comments"></i>{a.comments}</a></div>
</div>"""


def _title_block(a: Article, base: str) -> str:
    return f"""{_categories(a, base)}
<header class="td-post-title">
<h1 class="entry-title">{e(a.title)}</h1>
{_meta(a, base)}
</header>"""


def _srcset(a: Article, k: int, full_width: int) -> str:
    sized = ", ".join(f"{a.sized(k, s)} {s.split('x')[0]}w" for s in SIZES)
    return f"{sized}, {a.upload}-{k}.jpg {full_width}w"


def _featured(a: Article, base: str) -> str:
    if not a.images:
        return ""
    credit = f"Фото:{a.photo_credit}" if a.photo_credit else ""
    full = f"{base}{a.image_paths()[0]}"
    if a.look == "lazy_image":
        img = (f'<img class="entry-thumb td-modal-image td-animation-stack-type0-2" '
               f'src="{PLACEHOLDER}" data-type="image_tag" data-img-url="{base}{a.sized(1, "696x464")}" '
               f'width="696" height="464" alt="" title="{e(a.title)}"/>')
    else:
        srcset = ", ".join(base + part for part in _srcset(a, 1, 1200).split(", "))
        img = (f'<img width="696" height="464" class="entry-thumb td-modal-image" '
               f'src="{base}{a.sized(1, "696x464")}" srcset="{srcset}" '
               f'sizes="(max-width: 696px) 100vw, 696px" alt="" title="{e(a.title)}"/>')
    caption = f'<figcaption class="wp-caption-text">{e(credit)}</figcaption>' if credit else ""
    return (f'<div class="td-post-featured-image"><figure><a href="{full}" '
            f'data-caption="{e(credit)}">{img}</a>{caption}</figure></div>')


def _backstretch(a: Article, base: str) -> str:
    """Post template 8's full-width photo behind the title."""
    return (f'<div class="td-full-screen-header-image-wrap"><div id="td-full-screen-header-image" '
            f'class="td-image-gradient-style8"><img class="td-backstretch" '
            f'src="{base}{a.image_paths()[0]}" alt="" title="{e(a.title)}"/></div></div>')


def _sharing(a: Article, base: str, where: str) -> str:
    url = quote(base + a.path, safe="")
    text = quote(a.title)
    networks = (("facebook", "Facebook", f"https://www.facebook.com/sharer.php?u={url}"),
                ("telegram", "Telegram", f"https://t.me/share/url?text={text}&amp;url={url}"),
                ("whatsapp", "WhatsApp", f"https://api.whatsapp.com/send?text={text}%20%0A%0A%20{url}"),
                ("vk", "VK", f"https://vk.com/share.php?url={url}"),
                ("copy_url", "Copy URL", "#"))
    links = "".join(
        f'<a class="td-social-sharing-button td-social-sharing-button-js td-social-network '
        f'td-social-{key}" href="{href}" title="{label}" ><div class="td-social-but-icon">'
        f'<i class="td-icon-{key}"></i></div><div class="td-social-but-text">{label}</div></a>'
        for key, label, href in networks)
    return f"""<div class="td-post-sharing-{where}"><div id="td_social_sharing_article_{where}" class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1 "><div class="td-post-sharing-visible"><div class="td-social-sharing-button td-social-sharing-button-js td-social-handler td-social-share-text"><div class="td-social-but-icon"><i class="td-icon-share"></i></div><div class="td-social-but-text">Поделиться</div></div>{links}</div><div class="td-social-sharing-hidden"><ul class="td-pulldown-filter-list"></ul><a class="td-social-sharing-button td-social-handler td-social-expand-tabs" href="#" data-block-uid="td_social_sharing_article_{where}" title="More"><div class="td-social-but-icon"><i class="td-icon-plus td-social-expand-tabs-icon"></i></div></a></div></div></div>"""


def _inline_ad() -> str:
    return ('<div class="td-a-rec td-a-rec-id-content_inline tdi_3 td_block_template_1">'
            '<span class="td-adspot-title">- Реклама -</span><div class="td-all-devices">'
            '<a href="https://ads.example.kz/click?zone=content" rel="nofollow sponsored" '
            'target="_blank"><img src="https://ads.example.kz/banners/content-728x90.jpg" '
            'alt="" width="728" height="90"/></a></div></div>')


def _inline_photo(a: Article, base: str) -> str:
    aid = a.num * 10 + 2
    srcset = ", ".join(base + part for part in _srcset(a, 2, 1280).split(", "))
    caption = (f'<figcaption id="caption-attachment-{aid}" class="wp-caption-text">'
               f"Фото:{e(a.photo_credit)}</figcaption>" if a.photo_credit else "")
    return (f'<figure id="attachment_{aid}" aria-describedby="caption-attachment-{aid}" '
            f'style="width: 1024px" class="wp-caption aligncenter"><img decoding="async" '
            f'loading="lazy" class="size-large wp-image-{aid}" src="{base}{a.sized(2, "1024x683")}" '
            f'alt="" width="1024" height="683" srcset="{srcset}" '
            f'sizes="(max-width: 1024px) 100vw, 1024px" />{caption}</figure>')


def _smart_list(a: Article) -> str:
    sid = f"smart_list_tip1_{uid('sml', a.num)[4:]}"
    items = []
    for n in range(a.points):
        heading, text = a.paragraphs[1 + 2 * n], a.paragraphs[2 + 2 * n]
        items.append(f'<div class="td-item" id="{sid}_item_{n}"><div class="td-number-and-title">'
                     f'<h2 class="td-sml-current-item-title">{e(heading)}</h2></div>'
                     f'<span class="td-sml-description"><p>{e(text)}</p></span></div>')
    return (f'<div class="td_smart_list_1 td-2-columns "><div class="td-controls">'
            f'<a class="td-left-smart-list doubleSliderPrevButton" href="#" onclick="return false;">'
            f'<i class = "td-icon-left"></i>Назад</a><a class="td-right-smart-list '
            f'doubleSliderNextButton" href="#" onclick="return false;">Далее<i class = '
            f'"td-icon-right"></i></a></div><div class="td-iosSlider td-smart-list-slider" '
            f'id="{sid}"><div class ="td-slider">{"".join(items)}</div></div></div>')


def _content(a: Article, base: str) -> str:
    """The post text: the dateline opening the first paragraph, the inline ad after the second,
    the Smart List or the captioned photo, the no-break-space line and "Источник: X"."""
    raw = list(a.raw_paragraphs or a.paragraphs)
    parts = [f"<p>{e(a.dateline() + raw[0])}</p>"]
    if a.look == "inline_photo":
        parts.append(_inline_photo(a, base))
    if a.points:
        parts.append(_smart_list(a))
    else:
        for n, para in enumerate(raw[1:], 2):
            parts.append(f"<p>{e(para)}</p>")
            if n == 2 and len(raw) > 2:
                parts.append(_inline_ad())
    if a.num == 45694:
        parts.append("<p>&nbsp;</p>")  # the seed's no-break-space line before the source
    if a.source and a.source_line and a.look != "source_row":
        parts.append(f"<p>Источник: {e(a.source)}</p>")
    return "\n".join(parts)


def _source_tags(a: Article, base: str) -> str:
    parts = []
    if a.look == "source_row" and a.source:
        link = SOURCE_SITES.get(a.source, "https://www.google.com/search?q=" + quote(a.source))
        parts.append(f'<div class="td-post-source-via "><div class="td-post-small-box">'
                     f'<span>ИСТОЧНИК</span><a rel="nofollow" href="{link}">{e(a.source)}</a>'
                     f"</div></div>")
    if a.tags:
        label = "TAGS" if a.look == "tags_en" else "ТЕГИ"
        links = "".join(f'<li><a href="{base}/tag/{term_slug(t)}/">{e(t)}</a></li>'
                        for t in a.tags)
        parts.append(f'<ul class="td-tags td-post-small-box clearfix"><li><span>{label}</span>'
                     f"</li>{links}</ul>")
    return f'<div class="td-post-source-tags">{"".join(parts)}</div>'


def _next_prev(a: Article, base: str) -> str:
    arts = list(site.build())
    i = arts.index(a)
    older = arts[i + 1] if i + 1 < len(arts) else None
    newer = arts[i - 1] if i > 0 else None
    cell = "".join(
        f'<div class="td-block-span6 td-post-{kind}-post"><div class="td-post-next-prev-content">'
        f'<span>{label}</span><a href="{base}{x.path}">{e(x.title)}</a></div></div>'
        + ('<div class="td-next-prev-separator"></div>' if kind == "prev" else "")
        for kind, label, x in (("prev", "Предыдущая статья", older),
                               ("next", "Следующая статья", newer)) if x is not None)
    return f'<div class="td-block-row td-post-next-prev">{cell}</div>'


def _author_box(a: Article, base: str) -> str:
    slug = term_slug(a.author)
    avatar = hashlib.md5(slug.encode()).hexdigest()  # noqa: S324 - a gravatar hash
    return f"""<div class="author-box-wrap"><a href="{base}/author/{slug}/" aria-label="author-photo"><img alt='{e(a.author)}' src='https://secure.gravatar.com/avatar/{avatar}?s=96&#038;d=mm&#038;r=g' class='avatar avatar-96 photo' height='96' width='96' /></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="{base}/author/{slug}/">{e(a.author)}</a></span></div><div class="td-author-description">Корреспондент информационного агентства «{SITE_NAME}».</div><div class="td-author-social"></div><div class="clearfix"></div></div></div>"""


def _related(a: Article, base: str) -> str:
    others = [x for x in site.build() if x.num != a.num]
    same = [x for x in others if x.rubrics[:1] == a.rubrics[:1]]
    picks = (same + [x for x in others if x not in same])[:3]
    block = uid("related", a.num)
    cards = "".join(f"""<div class="td-related-span4">
<div class="td_module_related_posts td-animation-stack td_mod_related_posts">
<div class="td-module-image"><div class="td-module-thumb"><a href="{base}{x.path}" rel="bookmark" class="td-image-wrap " title="{e(x.title)}"><img class="entry-thumb" src="{thumb(x, '218x150', base)}" alt="" title="{e(x.title)}" width="218" height="150"/></a></div><a href="{rubric_url(base, x.rubrics[0])}" class="td-post-category">{e(x.rubrics[0])}</a></div>
<div class="item-details"><h3 class="entry-title td-module-title"><a href="{base}{x.path}" rel="bookmark" title="{e(x.title)}">{e(x.title)}</a></h3><div class="td-module-meta-info">{card_date(x)}</div></div>
</div>
</div>""" for x in picks)
    return f"""<div class="td_block_wrap td_block_related_posts {block}_rand td_with_ajax_pagination td-pb-border-top td_block_template_1" data-td-block-uid="{block}"><script>var block_{block} = new tdBlock();
block_{block}.id = "{block}";
block_{block}.atts = '{{"limit":3,"ajax_pagination":"next_prev","live_filter":"cur_post_same_categories","live_filter_cur_post_id":{a.num},"td_column_number":3}}';
block_{block}.block_type = "td_block_related_posts";
tdBlocksArray.push(block_{block});</script><h4 class="td-related-title td-block-title"><a id="{block}_l" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="{block}" href="#">ЕЩЁ ПО ТЕМЕ</a><a id="{block}_r" class="td-related-right" data-td_filter_value="td_related_more_from_author" data-td_block_id="{block}" href="#">ОТ АВТОРА</a></h4><div id="{block}" class="td_block_inner">
<div class="td-related-row">
{cards}
</div></div><div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled" aria-label="prev-page" id="prev-page-{block}" data-td_block_id="{block}"><i class="td-next-prev-icon td-icon-font td-icon-menu-left"></i></a><a href="#" class="td-ajax-next-page" aria-label="next-page" id="next-page-{block}" data-td_block_id="{block}"><i class="td-next-prev-icon td-icon-font td-icon-menu-right"></i></a></div></div>"""


def _latest(a: Article, base: str) -> str:
    """The child theme's "Лента новостей" block: thirty headlines, language badge first."""
    others = [x for x in site.build() if x.num != a.num][:30]
    items = "".join(f'<li><span class="ic-lang ic-lang-{x.lang}">{x.lang}</span> '
                    f'<a href="{base}{x.path}">{e(cut_at_word(x.title, 70))}</a></li>'
                    for x in others)
    return (f'<div class="td_block_wrap td_block_ic_latest tdi_8 td_block_template_1">'
            f'<div class="td-block-title-wrap"><h4 class="block-title td-block-title">'
            f'<span class="td-pulldown-size">Лента новостей</span></h4></div>'
            f'<div class="td_block_inner"><ul class="ic-latest-list">{items}</ul></div></div>')


def _comments(a: Article, base: str) -> str:
    listed = ""
    if a.comments:
        names = ("Ерлан", "Гульнара", "Алексей")
        entries = []
        for n in range(a.comments):
            when = a.local.replace(tzinfo=None)
            stamp = f"{(when.day % 27) + 1:02d}.{when.month:02d}.{when.year} в 1{n}:0{n}"
            cid = a.num * 100 + n
            entries.append(f"""<li class="comment" id="li-comment-{cid}"><article><footer><img alt='' src='https://secure.gravatar.com/avatar/?s=50&#038;d=mm&#038;r=g' class='avatar avatar-50 photo avatar-default' height='50' width='50' /><cite>{names[n % 3]}</cite><a class="comment-link" href="#comment-{cid}"><time pubdate="{int(a.local.timestamp()) + 86400 * (n + 1)}">{stamp}</time></a></footer><div class="comment-content"><p>Спасибо за информацию!</p></div><div class="comment-meta" id="comment-{cid}"><a rel='nofollow' class='comment-reply-link' href='#comment-{cid}' data-commentid="{cid}" data-postid="{a.num}" data-respondelement="respond" aria-label='Комментарий к записи {names[n % 3]}'>Ответить</a></div></article></li>""")
        listed = (f'<div class="td-comments-title-wrap td_block_template_1"><h4 class="block-title">'
                  f'<span>{a.comments} КОММЕНТАРИИ</span></h4></div><ol class="comment-list">'
                  f'{"".join(entries)}</ol>')
    return f"""<div class="comments" id="comments">{listed}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ОСТАВЬТЕ ОТВЕТ <small><a rel="nofollow" id="cancel-comment-reply-link" href="{base}{a.path}#respond" style="display:none;">Отменить ответ</a></small></h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><div class="clearfix"></div>
<div class="comment-form-input-wrap td-form-comment"><textarea placeholder="Комментарий:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea><div class="td-warning-comment">Пожалуйста, введите ваш комментарий!</div></div>
<div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="Имя:*" type="text" value="" size="30" aria-required='true' /><div class="td-warning-author">Пожалуйста, введите ваше имя здесь</div></div>
<div class="comment-form-input-wrap td-form-email"><input class="" id="email" name="email" placeholder="Email:*" type="text" value="" size="30" aria-required='true' /><div class="td-warning-email-error">Вы ввели неправильный адрес электронной почты!</div><div class="td-warning-email">Пожалуйста, введите ваш адрес электронной почты здесь</div></div>
<div class="comment-form-input-wrap td-form-url"><input class="" id="url" name="url" placeholder="Веб-сайт:" type="text" value="" size="30" /></div>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /><label for="wp-comment-cookies-consent">Сохраните моё имя, email и адрес сайта в этом браузере для последующих моих комментариев.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Опубликовать комментарий" /> <input type='hidden' name='comment_post_ID' value='{a.num}' id='comment_post_ID' /><input type='hidden' name='comment_parent' id='comment_parent' value='0' /></p></form></div></div>"""


def _yoast(a: Article, base: str) -> str:
    """Yoast SEO's meta tags and JSON-LD ``@graph`` (its stamps in GMT)."""
    url = base + a.path
    desc = excerpt(a, 30)
    image_meta = ""
    graph: list[dict[str, object]] = []
    article: dict[str, object] = {
        "@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
        "author": {"name": a.author, "@id": f"{base}/#/schema/person/{term_slug(a.author)}"},
        "headline": a.title, "datePublished": utc(a.local),
        "dateModified": utc(a.modified or a.local), "mainEntityOfPage": {"@id": url},
        "wordCount": sum(len(p.split()) for p in a.paragraphs), "commentCount": a.comments,
        "publisher": {"@id": f"{base}/#organization"},
        "keywords": list(a.tags), "articleSection": list(a.rubrics),
        "inLanguage": HTML_LANG[a.lang],
        "potentialAction": [{"@type": "CommentAction", "name": "Comment",
                             "target": [f"{url}#respond"]}],
    }
    page: dict[str, object] = {
        "@type": "WebPage", "@id": url, "url": url, "name": f"{a.title} - {SITE_NAME}",
        "isPartOf": {"@id": f"{base}/#website"}, "datePublished": utc(a.local),
        "dateModified": utc(a.modified or a.local), "description": desc,
        "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": HTML_LANG[a.lang],
        "potentialAction": [{"@type": "ReadAction", "target": [url]}],
    }
    if a.images:
        full = base + a.image_paths()[0]
        article["image"] = {"@id": f"{url}#primaryimage"}
        article["thumbnailUrl"] = full
        page["primaryImageOfPage"] = {"@id": f"{url}#primaryimage"}
        image: dict[str, object] = {"@type": "ImageObject", "inLanguage": HTML_LANG[a.lang],
                                    "@id": f"{url}#primaryimage", "url": full,
                                    "contentUrl": full, "width": 1200, "height": 800}
        if a.photo_credit:
            image["caption"] = f"Фото:{a.photo_credit}"
        graph.append(image)
        image_meta = (f'<meta property="og:image" content="{full}" />\n'
                      f'<meta property="og:image:width" content="1200" />\n'
                      f'<meta property="og:image:height" content="800" />\n'
                      f'<meta property="og:image:type" content="image/jpeg" />')
    crumbs = [("Главная", f"{base}/"), ("Новости", f"{base}{site.LISTING}")]
    crumbs += [(r, rubric_url(base, r)) for r in a.rubrics[:1]]
    items: list[dict[str, object]] = [
        {"@type": "ListItem", "position": n, "name": name, "item": link}
        for n, (name, link) in enumerate(crumbs, 1)]
    items.append({"@type": "ListItem", "position": len(items) + 1, "name": a.title})
    graph = [article, page, *graph,
             {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": items},
             {"@type": "WebSite", "@id": f"{base}/#website", "url": f"{base}/",
              "name": SITE_NAME, "publisher": {"@id": f"{base}/#organization"},
              "inLanguage": HTML_LANG[a.lang]},
             {"@type": "Organization", "@id": f"{base}/#organization", "name": SITE_NAME,
              "url": f"{base}/", "logo": {"@type": "ImageObject",
                                          "url": f"{base}/wp-content/uploads/2021/03/logo-ic24.png"},
              "sameAs": ["https://www.facebook.com/ic24kz", "https://t.me/ic24kz"]},
             {"@type": "Person", "@id": f"{base}/#/schema/person/{term_slug(a.author)}",
              "name": a.author, "url": f"{base}/author/{term_slug(a.author)}/"}]
    ld = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False,
                    separators=(",", ":")).replace("/", "\\/")
    minutes = max(1, sum(len(p.split()) for p in a.paragraphs) // 200)
    return f"""<meta name="description" content="{e(desc)}" />
<meta property="og:locale" content="{LOCALE[a.lang]}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{e(a.title)} - {SITE_NAME}" />
<meta property="og:description" content="{e(desc)}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{SITE_NAME}" />
<meta property="article:publisher" content="https://www.facebook.com/ic24kz" />
<meta property="article:published_time" content="{utc(a.local)}" />
<meta property="article:modified_time" content="{utc(a.modified or a.local)}" />
{image_meta}
<meta name="author" content="{e(a.author)}" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:label1" content="Написано автором" />
<meta name="twitter:data1" content="{e(a.author)}" />
<meta name="twitter:label2" content="Примерное время для чтения" />
<meta name="twitter:data2" content="{minutes} минута" />
<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>"""


def _alternates(a: Article, base: str) -> tuple[str, str]:
    """Polylang's hreflang links and its language switcher (translated posts only)."""
    twin = site.by_num().get(site.TWINS.get(a.num, 0))
    if twin is None:
        return "", ""
    pair = sorted((a, twin), key=lambda x: x.lang, reverse=True)
    links = "\n".join(f'<link rel="alternate" href="{base}{x.path}" hreflang="{x.lang}" />'
                      for x in pair)
    items = "".join(f'<li class="lang-item lang-item-{x.lang}'
                    f'{" current-lang" if x is a else ""}"><a lang="{HTML_LANG[x.lang]}" '
                    f'hreflang="{HTML_LANG[x.lang]}" href="{base}{x.path}">{x.lang}</a></li>'
                    for x in pair)
    return links, f'<ul class="ic24-lang-switcher">{items}</ul>'


def article(a: Article, base: str) -> Response:
    url = base + a.path
    links, switcher = _alternates(a, base)
    extra = "\n".join(filter(None, [
        _yoast(a, base),
        f'<link rel="alternate" type="application/json" title="JSON" href="{base}/wp-json/wp/v2/posts/{a.num}" />',
        f"<link rel='shortlink' href='{base}/?p={a.num}' />",
        links,
        f'<link rel="amphtml" href="{url}/amp/">' if a.look == "amp_twin" else ""]))
    classes = " ".join([f"post-{a.num}", "post", "type-post", "status-publish",
                        "format-standard", *(["has-post-thumbnail"] if a.images else []),
                        *(f"category-{term_slug(r)}" for r in a.rubrics),
                        *(f"tag-{term_slug(t)}" for t in a.tags)])
    template = "td-post-template-8" if a.look == "template_8" else "td-post-template-default"
    if a.look == "template_8":
        header = f"""<div class="td-post-header td-image-gradient-style8">
{_crumbs(a, base)}
<div class="td-post-header-holder">
{_backstretch(a, base)}
<div class="td-post-header td-container">
{_title_block(a, base)}
</div>
</div>
</div>"""
        featured = ""
    else:
        header = f"""<div class="td-post-header">
{_title_block(a, base)}
</div>"""
        featured = _featured(a, base)
    crumbs = "" if a.look == "template_8" else _crumbs(a, base)
    body = f"""{_head(f"{a.title} - {SITE_NAME}", a.lang, base, url, extra,
                 f"post-template-default single single-post postid-{a.num} single-format-standard {template}")}
{_header(base, switcher)}
<div class="td-main-content-wrap td-container-wrap">
<div class="td-container {template} ">
{crumbs}
<div class="td-pb-row">
<div class="td-pb-span8 td-main-content" role="main">
<div class="td-ss-main-content">
<article id="post-{a.num}" class="{classes}">
{header}
{_sharing(a, base, "top")}
<div class="td-post-content tagdiv-type">
{featured}
{_content(a, base)}
</div>
<footer>
{_source_tags(a, base)}
{_sharing(a, base, "bottom")}
{_next_prev(a, base)}
{_author_box(a, base)}
</footer>
</article>
{_related(a, base)}
{_latest(a, base)}
{_comments(a, base)}
</div>
</div>
{_popular(base, a.num)}
</div>
</div>
</div>
{_footer(base)}"""
    return 200, {"Content-Type": HTML, "Link": f'<{base}/?p={a.num}>; rel=shortlink'}, \
        body.encode("utf-8")


def amp_or_post(path: str, base: str) -> Response:
    """The AMP plugin's reader twin of a post it is enabled for; any other post's ``/amp/``
    goes back to the post (301), an unknown one is the 404."""
    a = next((x for x in site.build() if x.path == path), None)
    if a is None:
        return 404, {"Content-Type": HTML}, not_found()
    if a.look != "amp_twin":
        return 301, {"Location": base + a.path}, b""
    url = base + a.path
    figure = ""
    if a.images:
        credit = (f'<p class="wp-caption-text">Фото:{e(a.photo_credit)}</p>'
                  if a.photo_credit else "")
        figure = (f'<figure class="amp-wp-article-featured-image wp-caption"><amp-img '
                  f'width="696" height="464" src="{base}{a.sized(1, "696x464")}" '
                  f'class="attachment-large size-large wp-post-image amp-wp-enforced-sizes" '
                  f'layout="intrinsic"></amp-img>{credit}</figure>')
    text = "".join(f"<p>{e(p)}</p>" for p in
                   [a.dateline() + a.paragraphs[0], *a.paragraphs[1:]])
    ld = json.dumps({"@context": "http://schema.org", "@type": "BlogPosting",
                     "mainEntityOfPage": url, "headline": a.title,
                     "datePublished": a.local.isoformat(),
                     "dateModified": (a.modified or a.local).isoformat(),
                     "author": {"@type": "Person", "name": a.author}},
                    ensure_ascii=False).replace("/", "\\/")
    body = f"""<!doctype html>
<html amp lang="{HTML_LANG[a.lang]}">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{e(a.title)} - {SITE_NAME}</title>
<link rel="canonical" href="{url}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{{visibility:hidden}}</style>
<script type="application/ld+json">{ld}</script>
</head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="{base}/"><span class="amp-site-title">{SITE_NAME}</span></a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header"><h1 class="amp-wp-title">{e(a.title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">{e(a.author)}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{utc(a.local)}">{date_text(a.day, a.lang)}</time></div></header>
{figure}
<div class="amp-wp-article-content">{text}</div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Рубрики: {", ".join(f'<a href="{rubric_url(base, r)}">{e(r)}</a>' for r in a.rubrics)}</div></footer>
</article>
<footer class="amp-wp-footer"><div><h2>{SITE_NAME}</h2><a href="#top" class="back-to-top">Наверх</a></div></footer>
</body>
</html>"""
    return 200, {"Content-Type": HTML}, body.encode("utf-8")


# --------------------------------------------------------------------------- archives


def _card(a: Article, base: str) -> str:
    """A ``td_module_10`` card: thumb, headline, author and date, excerpt (the child theme's
    ``news_text`` class kept from the old site's listing)."""
    return f"""<div class="td_module_10 td_module_wrap td-animation-stack">
<div class="td-module-thumb"><a href="{base}{a.path}" rel="bookmark" class="td-image-wrap " title="{e(a.title)}"><img width="218" height="150" class="entry-thumb" src="{thumb(a, '218x150', base)}" alt="" title="{e(a.title)}" /></a></div>
<div class="item-details news_text">
<h3 class="entry-title td-module-title"><a href="{base}{a.path}" rel="bookmark" title="{e(a.title)}">{e(a.title)}</a></h3>
<div class="td-module-meta-info">
<span class="td-post-author-name"><a href="{base}/author/{term_slug(a.author)}/">{e(a.author)}</a> <span>-</span> </span>{card_date(a)}
<span class="td-module-comments"><a href="{base}{a.path}#respond">{a.comments}</a></span>
</div>
<div class="td-excerpt">{e(excerpt(a))}</div>
</div>
</div>"""


def _grid(items: Sequence[Article], base: str) -> str:
    """The category template's big grid (the newest four, page 1 only)."""
    cells = "".join(f"""<div class="td_module_mx{5 if n == 0 else 6} td-animation-stack td-big-grid-post-{n} td-big-grid-post td-{'big' if n == 0 else 'small'}-thumb">
<div class="td-module-thumb"><a href="{base}{a.path}" rel="bookmark" class="td-image-wrap " title="{e(a.title)}"><img class="entry-thumb" src="{thumb(a, '534x462' if n == 0 else '265x198', base)}" alt="" title="{e(a.title)}"/></a></div>
<div class="td-meta-info-container"><div class="td-meta-align"><div class="td-big-grid-meta">
<a href="{rubric_url(base, a.rubrics[0])}" class="td-post-category">{e(a.rubrics[0])}</a>
<h3 class="entry-title td-module-title"><a href="{base}{a.path}" rel="bookmark" title="{e(a.title)}">{e(a.title)}</a></h3>
</div><div class="td-module-meta-info">{card_date(a)}</div></div></div>
</div>""" for n, a in enumerate(items))
    return f"""<div class="td-category-grid td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12">
<div class="td_block_wrap td_block_big_grid_1 tdi_2 td-grid-style-1 td-hover-1 td-big-grids td-pb-border-top td_block_template_1" data-td-block-uid="tdi_2"><div id="tdi_2" class="td_block_inner"><div class="td-big-grid-wrapper">{cells}</div><div class="clearfix"></div></div></div>
</div></div></div></div>"""


def _page_nav(page: int, count: int, base: str) -> str:
    def href(n: int) -> str:
        return base + site.page_target(n)

    parts = []
    if page > 1:
        parts.append(f'<a href="{href(page - 1)}" aria-label="prev-page" >'
                     f'<i class="td-icon-menu-left"></i></a>')
    for n in range(1, count + 1):
        if n == page:
            parts.append(f'<span class="current">{n}</span>')
        else:
            kind = "last" if n == count and n > page + 1 else "page"
            parts.append(f'<a href="{href(n)}" class="{kind}" title="{n}">{n}</a>')
    if page < count:
        parts.append(f'<a href="{href(page + 1)}" aria-label="next-page" >'
                     f'<i class="td-icon-menu-right"></i></a>')
    parts.append(f'<span class="pages">Страница {page} из {count}</span>')
    return f'<div class="page-nav td-pb-padding-side">{"".join(parts)}<div class="clearfix"></div></div>'


def _archive_page(title: str, canonical: str, base: str, cards: Sequence[Article],
                  grid: Sequence[Article] = (), nav: str = "",
                  body_class: str = "archive category") -> bytes:
    siblings = "".join(f'<li class="entry-category"><a href="{rubric_url(base, name)}">{name}</a>'
                       f"</li>" for name in MENU)
    extra = (f'<meta property="og:locale" content="ru_RU" />\n'
             f'<meta property="og:type" content="article" />\n'
             f'<meta property="og:title" content="{e(title)} - {SITE_NAME}" />\n'
             f'<meta property="og:url" content="{canonical}" />\n'
             f'<meta property="og:site_name" content="{SITE_NAME}" />')
    body = f"""{_head(f"{title} - {SITE_NAME}", "ru", base, canonical, extra, body_class)}
{_header(base)}
<div class="td-category-header td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{base}/">Главная</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{e(title)}</span></div></div>
<h1 class="entry-title td-page-title">{e(title)}</h1>
</div></div>
<div class="td-category-siblings"><ul class="td-category">{siblings}</ul></div>
</div></div>
{_grid(grid, base) if grid else ""}
<div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td-pb-row">
<div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">
{"".join(_card(a, base) for a in cards)}
{nav}
</div></div>
{_popular(base, None)}
</div></div></div>
{_footer(base)}"""
    return body.encode("utf-8")


def listing(page: int, base: str) -> Response:
    """The "Новости" category archive, page ``page``."""
    items = site.page_items(page)
    grid = site.build()[:4] if page == 1 else ()
    title = "Новости" if page == 1 else f"Новости - Страница {page} из {site.page_count()}"
    body = _archive_page(title, base + site.page_target(page), base, items, grid,
                         _page_nav(page, site.page_count(), base))
    return 200, {"Content-Type": HTML}, body


def archive(items: Sequence[Article], base: str, path: str) -> Response:
    """A rubric's or tag's archive (one page: few posts each)."""
    first = items[0]
    slug = path.strip("/").rsplit("/", 1)[-1]
    names = [*first.rubrics, *first.tags]
    title = next((n for n in names if term_slug(n) == slug), slug)
    kind = "archive tag" if path.startswith("/tag/") else "archive category"
    return 200, {"Content-Type": HTML}, _archive_page(title, base + path, base, items,
                                                      body_class=kind)


def home(base: str) -> Response:
    """The front page: the big grid and the newest posts."""
    arts = site.build()
    body = _archive_page("Главная", f"{base}/", base, arts[4:14], arts[:4],
                         body_class="home page-template-default page")
    return 200, {"Content-Type": HTML}, body


def not_found() -> bytes:
    latest = "".join(_card(a, "") for a in site.build()[:3])
    return f"""{_head(f"Страница не найдена - {SITE_NAME}", "ru", "", "/", "", "error404")}
<div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span12"><div class="td-404-title">Ой! ... Ошибка 404</div><div class="td-404-sub-title">Извините, но страница, которую вы ищете, не существует.</div><div class="td-404-sub-sub-title">Вы можете перейти на <a href="/">ГЛАВНУЮ СТРАНИЦУ</a></div>
<h4 class="block-title"><span>НАШИ ПОСЛЕДНИЕ ПОСТЫ</span></h4>{latest}</div></div></div></div>
</body></html>""".encode()


__all__ = ["AGENCY", "amp_or_post", "archive", "article", "date_text", "home", "listing",
           "not_found"]

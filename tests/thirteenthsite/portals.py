"""State-media portal templates: Liferay, SharePoint publishing pages and TYPO3 (tx_news)."""

from __future__ import annotations

from html import escape

from tests.thirteenthsite import parts
from tests.thirteenthsite.site import Article

VIEWSTATE = "/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYCAgEPFgIeE1By"


def _join(lines: list[str]) -> str:
    return "\n".join(line for line in lines if line)


def liferay(art: Article) -> str:
    """Liferay 7 web content in a journal portlet; the portlet's own title is "Новости"."""
    images = "".join(f'<img alt="" src="{p}" class="img-responsive">' for p in art.image_paths())
    photo = (f'<div class="news-image">{images}<span class="taglib-text">{parts.credit(art)}'
             f"</span></div>" if images else "")
    source = f"<p>{parts.source_line(art)}</p>" if parts.source_line(art) else ""
    cats = (f'<div class="taglib-asset-categories-summary"><span class="asset-vocabulary">'
            f'{parts.label(art, "rubric")}</span> <a class="asset-category" href="/c/'
            f'{art.num}">{escape(art.category)}</a></div>' if art.category else "")
    tags = "".join(f'<a class="tag" href="/tags/{escape(t)}">{escape(t)}</a>' for t in art.tags)
    views = (f'<span class="taglib-view-count">{parts.label(art, "views")} {art.views}</span>'
             if art.views is not None else "")
    return _join([
        f'<!DOCTYPE html><html class="ltr" dir="ltr" lang="{art.lang}-KZ"><head>',
        f"<title>{escape(art.title)} - {parts.SITE_NAME[art.lang]} - Liferay</title>",
        '<meta content="text/html; charset=UTF-8" http-equiv="content-type">',
        f'<meta property="og:title" content="{escape(art.title)} - {parts.SITE_NAME[art.lang]}">',
        '</head><body class="controls-visible signed-out public-page site">',
        f'<div id="wrapper"><header id="banner">{parts.COUNTER}'
        f'<div class="currency">{parts.CURRENCY}</div></header>',
        '<section id="content"><div class="columns-2" id="main-content" role="main">',
        '<div class="portlet-layout row"><div class="col-md-8 portlet-column" id="column-1">',
        '<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_'
        'JournalContentPortlet_ portlet-journal-content" id="p_p_id_com_liferay_journal_content_'
        'web_portlet_JournalContentPortlet_INSTANCE_xK3b9QeA_">',
        '<section class="portlet"><div class="portlet-content"><h2 class="portlet-title-text">'
        "Новости</h2><div class=\"portlet-body\">",
        f'<div class="journal-content-article" data-analytics-asset-id="{art.num * 3}" '
        f'data-analytics-asset-title="{escape(art.title)}">',
        f'<h3 class="news-title">{escape(art.title)}</h3>',
        f'<span class="date">{parts.numeric_date(art)}</span>', photo,
        '<div class="news-text">', *parts.paragraphs(art), "</div>", source, "</div>",
        cats, f'<span class="taglib-asset-tags-summary">{tags}</span>' if tags else "", views,
        '<div class="taglib-social-bookmarks"><a href="https://vk.com/share.php">VK</a> '
        '<a href="https://www.facebook.com/sharer.php">Facebook</a></div>',
        f'<span class="taglib-icon-print">{parts.print_bar(art)}</span>',
        f'<div class="next-article">{parts.next_link(art)}</div>',
        "</div></div></section></div></div></div></div></section>",
        f"<footer>© {parts.SITE_NAME[art.lang]}</footer></div></body></html>",
    ])


def _sp_row(art: Article, key: str, field_id: str, value: str) -> str:
    return (f'<tr><td class="ms-formlabel">{parts.label(art, key)}</td><td class="ms-vb">'
            f'<span id="ctl00_PlaceHolderMain_{field_id}">{value}</span></td></tr>')


def sharepoint(art: Article) -> str:
    """A SharePoint 2013 publishing page: rich-field divs, ids from the control tree."""
    images = "".join(f'<img alt="" src="{p}" style="BORDER:0px solid;">'
                     for p in art.image_paths())
    rows = [f'<tr><td class="ms-formlabel">{parts.label(art, "date")}</td><td class="ms-vb">'
            f"<nobr>{parts.numeric_date(art)}</nobr></td></tr>"]
    if art.category:
        rows.append(_sp_row(art, "rubric", "ctl03__ControlWrapper_TaxonomyFieldControl",
                            escape(art.category)))
    if art.tags:
        rows.append(_sp_row(art, "keywords", "ctl04_KeywordsField",
                            "; ".join(escape(t) for t in art.tags)))
    if art.views is not None:
        rows.append(_sp_row(art, "views", "ViewsCounter", str(art.views)))
    source = (f'<div class="ms-rteElement-P">{parts.source_line(art)}</div>'
              if parts.source_line(art) else "")
    return _join([
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
        f'<html dir="ltr" lang="{art.lang}-KZ"><head>', parts.charset_meta(art),
        '<meta http-equiv="X-UA-Compatible" content="IE=10">',
        f"<title>\r\n\t{escape(art.title)}\r\n</title></head><body>",
        '<form method="post" action="./Pages/news.aspx" id="aspnetForm">',
        f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{VIEWSTATE}">',
        f'<div id="s4-workspace"><div id="s4-bodyContainer"><div id="s4-titlerow">{parts.COUNTER}',
        '<div id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitle'
        'Area"><span><a href="/novosti">Новости</a></span><span class="ms-ltviewselectormenu'
        f'separator">›</span> {escape(art.title)}</span></div></div>',
        '<div id="contentRow"><div id="contentBox" aria-live="polite">',
        '<div id="ctl00_PlaceHolderMain_TitleField__ControlWrapper_RichTextField" '
        f'class="ms-rtestate-field"><h2 class="ms-rteElement-H2">{escape(art.title)}</h2></div>',
        f'<table class="ms-formtable" id="ctl00_PlaceHolderMain_Meta">{"".join(rows)}</table>',
        '<div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichImageField" '
        f'class="ms-rtestate-field"><div class="ms-rtestate-field">{images}</div></div>'
        if images else "",
        f'<div class="ms-rteElement-Caption">{parts.credit(art)}</div>' if images else "",
        '<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" '
        'class="ms-rtestate-field" style="display:inline" '
        'aria-labelledby="ctl00_PlaceHolderMain_ctl01_label">',
        *parts.paragraphs(art, "div"), "</div>", source,
        f'<div class="ms-rteElement-P">{parts.print_bar(art)}</div>',
        f'<div class="ms-rteElement-P">{parts.next_link(art)}</div>',
        "</div></div></div></div></form></body></html>",
    ])


def typo3(art: Article) -> str:
    """TYPO3 with tx_news: a csc-default content element around the body text."""
    figures = "".join(f'<div class="news-img-wrap"><img src="{p}" width="800" height="533" '
                      f'alt=""><p class="news-img-caption">{parts.credit(art)}</p></div>'
                      for p in art.image_paths())
    meta = [f'<span class="news-list-date"><time itemprop="datePublished" '
            f'datetime="{art.day:%Y-%m-%d}">{parts.numeric_date(art)}</time></span>']
    if art.category:
        meta.append(f'<span class="news-list-category">{escape(art.category)}</span>')
    if art.views is not None:
        meta.append(f'<span class="news-list-views" title="{parts.label(art, "views")}">'
                    f"{art.views}</span>")
    tags = ", ".join(f'<a href="/tags/{escape(t)}">{escape(t)}</a>' for t in art.tags)
    source = f"<p>{parts.source_line(art)}</p>" if parts.source_line(art) else ""
    return _join([
        f'<!DOCTYPE html><html lang="{art.lang}"><head><meta charset="utf-8">',
        "<!-- This website is powered by TYPO3 - inspiring people to share! -->",
        f"<title>{escape(art.title)}: {parts.SITE_NAME[art.lang]}</title>",
        '<meta name="generator" content="TYPO3 CMS"></head><body>',
        f'<div class="page"><header class="page-header">{parts.COUNTER}</header><main>',
        '<div id="c112" class="frame frame-default frame-type-list frame-layout-0">',
        '<div class="news news-single"><div class="article" itemscope="itemscope" '
        'itemtype="http://schema.org/Article"><div class="news-single-item">',
        f'<div class="header"><h1 itemprop="headline">{escape(art.title)}</h1></div>',
        f'<div class="footer"><p>{" ".join(meta)}</p></div>', figures,
        f'<div class="csc-default" id="c{art.num}"><div class="ce-bodytext" '
        'itemprop="articleBody">', *parts.paragraphs(art), source, "</div></div>",
        f'<div class="news-related-tags">{parts.label(art, "tags")} {tags}</div>' if tags else "",
        f'<div class="news-print">{parts.print_bar(art)}</div>',
        f'<div class="news-backlink-wrap"><a href="/novosti">← Назад</a> '
        f"{parts.next_link(art)}</div>",
        "</div></div></div></div></main></div></body></html>",
    ])

"""Pages whose text is not where an article's is: one post of a channel or a wall, a portal
that prints the whole page inside one ``<form>``, and a headline printed again over the text.

A page showing one message keeps its text in a widget's boxes (on an article's page an
embedded post, furniture) and names the channel in its titles: the message's bold first line
is the headline, the rest is the text, a closing hashtag line is no text. An ASP.NET portal
(SharePoint, DNN) wraps every page in a ``<form>``, which is no comment form. An editor may
print the headline again as the first, bold paragraph.
"""

from __future__ import annotations

from kznews import article_from_html

URL = "https://ic24.kz/news/kokshetau-school-u47102"
TITLE = "В Кокшетау открыли новую школу на 900 мест"
PARAS = [
    "В Кокшетау открыли новую школу на 900 учеников, построенную за счёт областного бюджета.",
    "🔹 В здании оборудованы кабинеты робототехники, химии и физики, спортивный зал и "
    "библиотека.",
    "Следующую школу в городе планируют сдать к осени будущего года.",
]
DATE = '<span class="stamp">12.05.2022 10:15</span>'


def _message_page(box_class: str, head: str = "b", after: tuple[str, ...] = ()) -> str:
    hashtags = '<a href="?q=%23школы">#школы</a> <a href="?q=%23Кокшетау">#Кокшетау</a>'
    text = "<br><br>".join([f"<{head}>{TITLE}</{head}>", *PARAS, *after, hashtags])
    return f"""<html><head><meta charset="utf-8"><title>Акмола Медиа</title>
<meta property="og:title" content="Акмола Медиа"></head><body>
<header class="channel-head"><div class="channel-title">Акмола Медиа</div></header>
<div class="feed-widget"><div class="post-widget-item"><div class="widget-author">Акмола Медиа</div>
<div class="{box_class}">{text}</div>
<div class="widget-info">{DATE} <span class="views">845</span></div></div></div>
</body></html>"""


def test_a_message_page_gives_its_bold_first_line_as_headline_and_the_rest_as_text() -> None:
    for box_class, head in (("wall_post_text", "b"), ("channel_message-text js-text", "strong"),
                            ("post__text", "b")):
        record = article_from_html(_message_page(box_class, head), URL, listing_date="2022-05-12")
        assert record is not None, box_class
        assert record["title"] == TITLE, box_class
        assert record["extraction"]["title"] == "text:post-headline"
        assert record["body"] == "\n\n".join(PARAS), box_class  # the emoji-led line stays
        assert "#школы" not in record["body"]
        assert record["tags"] == ["школы", "Кокшетау"], box_class


def test_a_site_printing_its_own_headline_over_an_imported_post_keeps_the_bold_lead() -> None:
    """A site publishing its channel's posts shows its own ``h1`` over the post: the post's
    bold first line (the headline again, with an emoji and a full stop) is its lead, text."""
    lead = f"❗️ {TITLE}."
    page = _message_page("post__text tg-import").replace(f"<b>{TITLE}</b>", f"<b>{lead}</b>")
    page = page.replace('<div class="feed-widget">', f'<h1 class="post__title">{TITLE}</h1>'
                        '<div class="feed-widget">')
    record = article_from_html(page, URL, listing_date="2022-05-12")
    assert record is not None
    assert record["title"] == TITLE and record["extraction"]["title"] != "text:post-headline"
    assert record["body"] == "\n\n".join([lead, *PARAS])


def test_a_forwarded_posts_header_names_its_source() -> None:
    """``Переслано из Tengrinews.kz`` (Telegram's header over a post it forwarded), between a
    site's headline and the imported post, names the source when nothing else does."""
    for header, name in (('Переслано из <a href="https://t.me/tengrinews">Tengrinews.kz</a>',
                          "Tengrinews.kz"), ("Forwarded from Kazinform", "Kazinform")):
        page = _message_page("post__text tg-import").replace(
            f"<b>{TITLE}</b><br><br>", "").replace(
            '<div class="feed-widget">', f'<h1 class="post__title">{TITLE}</h1>'
            f'<div class="forwarded">{header}</div><div class="feed-widget">')
        record = article_from_html(page, URL, listing_date="2022-05-12")
        assert record is not None, header
        assert record["source"] == name, header
        assert record["body"] == "\n\n".join(PARAS), header


def test_hashtags_after_the_source_line_are_the_posts_tags() -> None:
    for after in (("Источник: Акимат области",),
                  ("Дереккөз: облыс әкімдігі", "Фото: пресс-служба")):
        record = article_from_html(_message_page("wall_post_text", after=after), URL,
                                   listing_date="2022-05-12")
        assert record is not None, after
        assert record["body"] == "\n\n".join(PARAS), after
        assert record["tags"] == ["школы", "Кокшетау"], after
        assert record["extraction"]["tags"] == "text:hashtags-after-body"


def test_a_post_embedded_in_an_article_stays_furniture() -> None:
    article = "".join(f"<p>{p}</p>" for p in PARAS)
    page = f"""<html><head><meta charset="utf-8"><title>{TITLE} | Центр информации</title>
</head><body><h1>{TITLE}</h1><div>{DATE}</div><div class="news-text">{article}
<div class="tgme_widget_message"><div class="tgme_widget_message_text"><b>Другой пост</b><br>
Текст другого поста, который цитирует статья и который не является её текстом.</div></div>
</div></body></html>"""
    record = article_from_html(page, URL)
    assert record is not None
    assert record["title"] == TITLE and record["extraction"]["title"] != "text:post-headline"
    assert record["body"] == "\n\n".join(PARAS)


def _form_page(form_attrs: str) -> str:
    paras = "".join(f"<div>{p}</div>" for p in PARAS)
    return f"""<html><head><meta charset="utf-8"><title>
    {TITLE}
</title></head><body><form method="post" {form_attrs}>
<input type="hidden" name="__EVENTVALIDATION" value="x1">
<div class="topbar">Портал</div><div class="page-area">
<div class="rich-field"><h2>{TITLE}</h2></div>
<table><tr><td>Дата:</td><td>12.05.2022</td></tr></table>
<div class="rich-field">{paras}</div></div></form></body></html>"""


def test_a_form_wrapping_the_whole_page_is_no_furniture() -> None:
    record = article_from_html(_form_page('action="./default.aspx" id="Form"'), URL)
    assert record is not None
    assert record["body"] == "\n\n".join(PARAS)
    assert record["title"] == TITLE
    assert record["extraction"]["title"] == "text:h2-title-tag"  # not the last resort


def test_a_form_inside_the_page_is_still_furniture() -> None:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    page = f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
<h1>{TITLE}</h1><div>{DATE}</div><div class="txt">{paras}</div>
<div class="reply"><form action="/comment"><h3>Оставьте отзыв о новой школе</h3>
<p>Ваш отзыв о школе появится на сайте после проверки модератором, спасибо за терпение.</p>
<p>Отзывы с оскорблениями и рекламой не публикуются, их удаляет модератор сразу.</p>
</form></div></body></html>"""
    record = article_from_html(page, URL)
    assert record is not None and record["body"] == "\n\n".join(PARAS)


def test_a_headline_printed_again_over_the_text_is_no_text() -> None:
    lead = f"{TITLE}."  # a lead that is the headline as a sentence stays
    for repeat in (f"<p><strong>{TITLE}</strong></p>", f"<p><b>{TITLE}</b></p>"):
        body = repeat + "".join(f"<p>{p}</p>" for p in [lead, *PARAS[1:]])
        page = f"""<html><head><meta charset="utf-8"><title>{TITLE} | Портал</title></head>
<body><table><tr><td><h1>{TITLE}</h1><div>{DATE}</div><div id="content">{body}</div>
<div>Просмотров: 12</div></td></tr></table></body></html>"""
        record = article_from_html(page, URL)
        assert record is not None
        assert record["body"] == "\n\n".join([lead, *PARAS[1:]]), repeat

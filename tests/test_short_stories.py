"""Short real stories whose only text is their headline printed again, a picture's caption or
a list of links, kept as articles; the pages that must stay as they are beside them (an error
page, a page whose text did not load, a normal article's author photo, a read-also box); the
outlet's name in a real photo's file name; a related story titled like a language label."""

from __future__ import annotations

import pytest

from kznews import article_from_html
from kznews.render import script_hint
from kznews.sites.centerinform import extract_article

URL = "https://ic24.kz/news/slug-u45694"
DAY = "2021-04-16"
SIDEBAR = ('<aside class="latest"><h3>Последние новости</h3>' + "".join(
    f'<div class="news_text"><a href="/news/story-{n}-u{50000 + n}">Новость номер {n} о '
    f"событиях в Алматы</a><p>{10 + n} Апреля 2021</p></div>" for n in range(10)) + "</aside>")
FLASH = "Токаев подписал указ о помиловании 12 осуждённых"


def _page(h1: str, text: str, head: str = "", box: str = "news-detail__text",
          after: str = "") -> str:
    """A Bitrix-like page: headline, date, the text's box, a sidebar of dated headlines."""
    return (f'<html lang="ru"><head><title>{h1}</title>{head}</head><body>'
            f'<div class="news-detail"><h1>{h1}</h1><div class="news-date">16 Апреля 2021</div>'
            f'<div class="{box}">{text}</div>{after}</div>{SIDEBAR}</body></html>')


def _record(html: str) -> dict | None:
    return article_from_html(html, URL, listing_date=DAY)


def _body(html: str) -> list[str] | None:
    record = _record(html)
    return None if record is None else record["body"].split("\n\n")


# ------------------------------------------------------------------ 1. the headline as the text
@pytest.mark.parametrize("text", [
    f"<p>{FLASH}</p>",
    f"<p><strong>{FLASH}</strong></p>",
    f"<div>{FLASH}</div>",
    f"<p>{FLASH}</p><p>&nbsp;</p>",
])
@pytest.mark.parametrize("box", ["news-detail__text", "news-text"])
def test_a_flash_whose_only_paragraph_repeats_the_headline_keeps_it_as_its_text(
        text: str, box: str) -> None:
    record = _record(_page(FLASH, text, box=box))
    assert record is not None
    assert record["body"] == FLASH
    assert record["published_at"].startswith(DAY)


def test_a_flash_repeating_the_headline_after_the_dateline_keeps_it() -> None:
    record = _record(_page(FLASH, f"<p>Алматы. 16 апреля. Центр информации - {FLASH}</p>"))
    assert record is not None
    assert record["body"] == FLASH
    assert record["dateline_place"] == "Алматы"


def test_a_headline_repeated_over_a_text_is_still_no_text() -> None:
    assert _body(_page(FLASH, f"<p>{FLASH}</p><p>Указ вступает в силу со дня подписания.</p>"
                       )) == ["Указ вступает в силу со дня подписания."]


@pytest.mark.parametrize("html", [
    # an error page answered 200, its heading printed again as its text
    _page("Страница не найдена", "<p>Страница не найдена</p>"),
    _page("Ошибка 404", "<p>Ошибка 404</p>"),
    # the text did not load: the box is empty, the headline printed again only as a heading,
    # a link (crumbs, a share button's label) or a picture's alt
    _page(FLASH, ""),
    _page(FLASH, f"<h2>{FLASH}</h2>"),
    _page(FLASH, f'<p><a href="/news/slug-u45694">{FLASH}</a></p>'),
    _page(FLASH, f'<div class="share"><span>{FLASH}</span></div>', box="share-box"),
    _page(FLASH, f'<img src="/upload/iblock/a.jpg" alt="{FLASH}">'),
    # a "loading…" placeholder a script replaces with the text
    _page(FLASH, "<p>Загрузка...</p>"),
    _page(FLASH, '<div class="loader">Loading…</div>'),
])
def test_a_page_with_no_text_stays_no_article(html: str) -> None:
    assert _record(html) is None


def test_a_flash_on_a_script_built_page_still_asks_for_the_browser() -> None:
    state = "<script>window.__STATE__ = {" + ", ".join(
        f'"p{n}": "Абзац номер {n} текста новости, который скрипт вставит в страницу '
        f'после загрузки данных с сервера."' for n in range(12)) + "};</script>"
    html = _page(FLASH, f"<p>{FLASH}</p>", head=state)
    ex = extract_article(html, URL, [("listing", __import__("datetime").date(2021, 4, 16))])
    assert script_hint(html, ex) is not None


def test_a_plain_flash_needs_no_browser() -> None:
    html = _page(FLASH, f"<p>{FLASH}</p>")
    assert script_hint(html, extract_article(html, URL)) is None


# ------------------------------------------------------------------ 2. a caption as the text
SNOW = "Первый снег выпал ночью в горах над Алматы."


@pytest.mark.parametrize("text", [
    f'<figure><img src="/upload/iblock/snow.jpg"><figcaption>{SNOW}</figcaption></figure>',
    f'<div class="detail-picture"><img src="/upload/iblock/snow.jpg">'
    f'<div class="caption">{SNOW}</div></div>',
    f'<div class="wp-caption"><img src="/upload/iblock/snow.jpg">'
    f'<p class="wp-caption-text">{SNOW}</p></div>',
])
def test_a_photo_story_whose_only_text_is_its_caption_keeps_it(text: str) -> None:
    record = _record(_page("Первый снег в Алматы", text))
    assert record is not None
    assert record["body"] == SNOW
    assert record["image_urls"] == ["https://ic24.kz/upload/iblock/snow.jpg"]


def test_a_photo_storys_caption_closing_with_its_credit_is_the_text_without_it() -> None:
    text = (f'<figure><img src="/upload/iblock/snow.jpg"><figcaption>{SNOW} Фото: Иван Петров'
            "</figcaption></figure>")
    record = _record(_page("Первый снег в Алматы", text))
    assert record is not None
    assert record["body"] == SNOW
    assert record["photo_credit"] == "Иван Петров"


AUTHOR = ('<div class="author"><img src="/upload/authors/petrov.jpg">'
          "<p class=\"caption\">Иван Петров, политический обозреватель.</p></div>")
RELATED_CARD = ('<div class="related"><a href="/news/park-u45000"><figure>'
                '<img src="/upload/iblock/park.jpg"><figcaption>В Алматы открылся новый парк.'
                "</figcaption></figure></a></div>")
TWO = ("<p>Глава государства подписал указ о помиловании 12 осуждённых.</p>"
       "<p>Указ вступает в силу со дня подписания.</p>")


@pytest.mark.parametrize("extra", [AUTHOR, RELATED_CARD])
def test_a_normal_articles_decorative_caption_is_no_text(extra: str) -> None:
    assert _body(_page(FLASH, TWO + extra)) == [
        "Глава государства подписал указ о помиловании 12 осуждённых.",
        "Указ вступает в силу со дня подписания."]
    assert _body(_page(FLASH, TWO, after=extra)) == [
        "Глава государства подписал указ о помиловании 12 осуждённых.",
        "Указ вступает в силу со дня подписания."]


@pytest.mark.parametrize("extra", [
    AUTHOR, RELATED_CARD,
    # a caption naming the picture's people, no sentence
    '<figure><img src="/upload/iblock/a.jpg"><figcaption>Иван Петров</figcaption></figure>',
    # a credit only
    '<figure><img src="/upload/iblock/a.jpg"><figcaption>Фото: Иван Петров</figcaption></figure>',
    # two pictures' captions: a gallery's, no story told by one of them
    '<figure><img src="/upload/iblock/a.jpg"><figcaption>Участники акции на площади.'
    '</figcaption></figure><figure><img src="/upload/iblock/b.jpg"><figcaption>Полицейские '
    "у входа в акимат.</figcaption></figure>",
])
def test_a_page_whose_text_did_not_load_is_no_caption_story(extra: str) -> None:
    assert _record(_page(FLASH, "", after=extra)) is None


# ------------------------------------------------------------------ 3. a digest of link lines
ITEMS = [f"Новость дня номер {n}: в Алматы прошло событие" for n in range(5)]


@pytest.mark.parametrize("href", ["https://other.kz/n/{n}", "/news/story-x{n}-u{id}"])
def test_a_digest_of_link_lines_keeps_every_line(href: str) -> None:
    text = "".join(f'<p><a href="{href.format(n=n, id=45000 + n)}">{t}</a></p>'
                   for n, t in enumerate(ITEMS))
    assert _body(_page("Главное за день", text)) == ITEMS


@pytest.mark.parametrize("listing", ["ul", "ol"])
def test_a_digest_of_a_list_of_links_under_its_intro_keeps_the_list(listing: str) -> None:
    text = (f"<p>Главные новости 16 апреля к этому часу:</p><{listing}>" + "".join(
        f'<li><a href="/news/story-x{n}-u{45000 + n}">{t}</a></li>' for n, t in enumerate(ITEMS))
        + f"</{listing}>")
    assert _body(_page("Главное за день", text)) == [
        "Главные новости 16 апреля к этому часу:", *ITEMS]


def test_a_digests_intro_and_link_paragraphs_keep_every_line() -> None:
    text = "<p>Главные новости 16 апреля к этому часу:</p>" + "".join(
        f'<p><a href="/news/story-x{n}-u{45000 + n}">{t}</a></p>' for n, t in enumerate(ITEMS))
    assert _body(_page("Главное за день", text)) == [
        "Главные новости 16 апреля к этому часу:", *ITEMS]


LINKS = "".join(f'<p><a href="/news/story-x{n}-u{45000 + n}">{t}</a></p>'
                for n, t in enumerate(ITEMS[:3]))


@pytest.mark.parametrize("lead_in", ["Ранее сообщалось:", "Читайте также:", "Другие новости:",
                                     "Напомним:", "Previously:"])
def test_a_lead_in_to_earlier_stories_over_links_is_no_digest(lead_in: str) -> None:
    body = _body(_page(FLASH, f"<p>{lead_in}</p>" + LINKS))
    assert body is None or not set(body) & set(ITEMS)


@pytest.mark.parametrize("after", [
    LINKS,
    "<p>Читайте также:</p>" + LINKS,
    "<ul>" + "".join(f'<li><a href="/news/story-x{n}-u{45000 + n}">{t}</a></li>'
                     for n, t in enumerate(ITEMS[:3])) + "</ul>",
])
@pytest.mark.parametrize("story", [
    TWO, "<p>Глава государства подписал указ о помиловании 12 осуждённых.</p>"])
def test_a_read_also_box_under_a_story_stays_out_of_its_text(story: str, after: str) -> None:
    body = _body(_page(FLASH, story + after))
    assert body is not None and not set(body) & set(ITEMS)


# ------------------------------------------------------------------ 4. the outlet's name in a photo
@pytest.mark.parametrize("name", [
    "ic24-2021-04-16-tokaev.jpg", "tokaev_ic24.jpg", "centerinform-akorda-meeting.jpeg"])
def test_a_photo_whose_file_name_holds_the_outlets_name_is_kept(name: str) -> None:
    head = f'<meta property="og:image" content="https://ic24.kz/upload/iblock/{name}">'
    record = _record(_page(FLASH, TWO, head=head))
    assert record is not None
    assert record["image_urls"] == [f"https://ic24.kz/upload/iblock/{name}"]


@pytest.mark.parametrize("name", [
    "og-ic24.jpg", "ic24.png", "ic24-logo.png", "ic24_share.jpg", "ic24-og-default-1200x630.png",
    "centerinform-social-image.jpg", "logo-ic24-white.svg"])
def test_the_outlets_stand_in_picture_is_still_no_photo(name: str) -> None:
    head = f'<meta property="og:image" content="https://ic24.kz/i/{name}">'
    record = _record(_page(FLASH, TWO, head=head))
    assert record is not None
    assert record["image_urls"] == []


# ------------------------------------------------------------------ 5. a headline like a language
@pytest.mark.parametrize("title", ["In Kazakhstan", "На Руси", "In Russia", "На казахской земле"])
def test_a_related_story_titled_like_a_language_label_is_related(title: str) -> None:
    box = f'<div class="related"><a href="/news/story-rel-u45001">{title}</a></div>'
    record = _record(_page(FLASH, TWO, after=box))
    assert record is not None
    assert "u45001" in [r["id"] for r in record["related"]]


@pytest.mark.parametrize("label", ["ENG", "Read in English", "На русском", "Қазақша", "РУС",
                                   "In English", "На казахском языке", "Eng"])
def test_a_language_switchers_link_is_still_no_related_story(label: str) -> None:
    box = f'<div class="langs"><a href="/news/story-rel-u45001">{label}</a></div>'
    record = _record(_page(FLASH, TWO, after=box))
    assert record is not None
    assert "u45001" not in [r["id"] for r in record["related"]]

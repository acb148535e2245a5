"""Pages earlier reviews found misread: a story headlined with an error's words, a removal
notice followed by reporting, a digest under a heading with no colon, Joomla's created date
before its published one, a WordPress quote's closing name; each beside the page it must not
change (an error page, the site's own notice, a read-also list, a plain quote)."""

from __future__ import annotations

import pytest

from kznews import article_from_html
from kznews.sites.centerinform import extract_article

URL = "https://ic24.kz/news/slug-u45694"
DAY = "2021-04-16"
SIDEBAR = ('<aside class="latest"><h3>Последние новости</h3>' + "".join(
    f'<div class="news_text"><a href="/news/story-{n}-u{50000 + n}">Новость номер {n} о '
    f"событиях в Алматы</a><p>{10 + n} Апреля 2021</p></div>" for n in range(10)) + "</aside>")


def _page(h1: str, text: str, dated: bool = True) -> str:
    """A Bitrix-like page: headline, (date), text, a sidebar of dated headlines."""
    date = '<div class="news-date">16 Апреля 2021</div>' if dated else ""
    return (f'<html lang="ru"><head><title>{h1}</title></head><body>'
            f'<div class="news-detail"><h1>{h1}</h1>{date}'
            f'<div class="news-detail__text">{text}</div></div>{SIDEBAR}</body></html>')


def _refused(html: str) -> str | None:
    refusal = extract_article(html, URL).refusal
    return None if refusal is None else refusal.reason


# ------------------------------------------------------------ 1. an error's words as headline
OUTAGE = [
    ("Страница не найдена", "Портал электронного правительства не работал три часа в "
                            "понедельник, сообщили в Министерстве цифрового развития."),
    ("Ошибка 404", "Пользователи eGov три часа видели ошибку при входе на портал госуслуг."),
]


@pytest.mark.parametrize(("h1", "paragraph"), OUTAGE)
def test_a_story_headlined_with_an_error_s_words_over_its_report_is_an_article(
        h1: str, paragraph: str) -> None:
    record = article_from_html(_page(h1, f"<p>{paragraph}</p>"), URL, listing_date=DAY)
    assert record is not None and record["title"] == h1 and record["body"] == paragraph


ERROR_PAGE = ('<html lang="ru"><head><title>Страница не найдена</title></head><body>'
              '<header><a href="/">Главная</a><form action="/search"><input name="q">'
              '</form></header><div class="content"><h1>Страница не найдена</h1>'
              "<p>{}</p><p><a href=\"/\">Вернуться на главную</a></p></div>"
              "</body></html>")


@pytest.mark.parametrize("text", [
    "Запрашиваемая страница не существует или была удалена с сайта.",
    "Возможно, она была перемещена или вы ошиблись при наборе адреса.",
    "К сожалению, такой страницы на нашем сайте больше нет совсем.",
])
def test_an_error_page_with_a_search_box_and_a_link_home_is_still_refused(text: str) -> None:
    html = ERROR_PAGE.format(text)
    assert article_from_html(html, URL, listing_date=DAY) is None
    assert _refused(html) == "error_page"
    # also in the theme's dated-looking box: its sentence speaks to the reader
    assert _refused(_page("Страница не найдена", f"<p>{text}</p>")) == "error_page"


def test_an_error_headline_over_a_report_without_a_date_of_its_own_is_still_refused() -> None:
    html = _page(*OUTAGE[0][:1], f"<p>{OUTAGE[0][1]}</p>", dated=False)
    assert article_from_html(html, URL, listing_date=DAY) is None


# ------------------------------------------------------------ 2. a removal, then reporting
@pytest.mark.parametrize("paragraph", [
    "Публикация удалена. Об этом сообщили в пресс-службе акимата Алматы.",
    "Материал удалён. По данным редакции, автор нарушил правила публикации на портале.",
])
def test_a_removal_followed_by_reporting_is_a_story(paragraph: str) -> None:
    record = article_from_html(_page("Акимат удалил пост о ценах", f"<p>{paragraph}</p>"),
                               URL, listing_date=DAY)
    assert record is not None and record["body"] == paragraph


@pytest.mark.parametrize("notice", [
    "Публикация удалена. Приносим извинения за неудобства.",
    "Материал удалён. Воспользуйтесь поиском по сайту.",
    "Страница удалена. Вернуться на главную.",
    "This article has been removed. Try the search on our site to find related stories.",
    "Материал удалён.",
])
def test_a_removal_notice_with_its_furniture_sentence_is_still_refused(notice: str) -> None:
    html = _page("Оптовые цены на газ сохранят", f"<p>{notice}</p>")
    assert article_from_html(html, URL, listing_date=DAY) is None
    assert _refused(html) == "error_page"


# ------------------------------------------------------------ 3. a digest with no colon
LINKS = "".join(f'<p><a href="/news/story-{n}-u{51000 + n}">Новость номер {n} о событиях '
                f"в Алматы сегодня</a></p>" for n in range(4))
HEADLINES = [f"Новость номер {n} о событиях в Алматы сегодня" for n in range(4)]


@pytest.mark.parametrize("intro", ["Главные новости дня", "Итоги недели",
                                   "Top stories of the day", "Күннің басты жаңалықтары"])
def test_a_digest_under_its_heading_without_a_colon_keeps_its_list(intro: str) -> None:
    record = article_from_html(_page("Главное за 16 апреля", f"<p>{intro}</p>{LINKS}"), URL)
    assert record is not None and record["body"].split("\n\n") == [intro, *HEADLINES]


@pytest.mark.parametrize("text", [
    "Токаев подписал указ о помиловании 12 осуждённых",  # a flash without its full stop
    "Последние новости",  # a box of other stories
    "Главные новости дня.",  # a sentence
])
def test_a_paragraph_over_links_that_is_no_digest_heading_keeps_only_itself(text: str) -> None:
    record = article_from_html(_page("Указ о помиловании", f"<p>{text}</p>{LINKS}"), URL)
    assert record is None or record["body"] == text


# ------------------------------------------------------------ 6. Joomla's created and published
def _joomla(info: str) -> str:
    return ('<html lang="ru"><head><title>Совещание</title><meta name="generator" '
            'content="Joomla! - Open Source Content Management"></head><body>'
            '<div class="item-page"><h2 itemprop="headline">Токаев провёл совещание по '
            'энергетике</h2><dl class="article-info"><dt class="article-info-term">Подробности'
            f"</dt>{info}<dd class=\"hits\">Просмотров: 683</dd></dl>"
            '<div itemprop="articleBody"><p>Президент провёл совещание по вопросам энергетики '
            "в Акорде с участием министров.</p><p>Обсуждались тарифы и модернизация ТЭЦ.</p>"
            "</div></div></body></html>")


def test_joomla_s_published_date_wins_over_its_created_date() -> None:
    html = _joomla('<dd class="create">Создано: 15 апреля 2021</dd>'
                   '<dd class="published">Опубликовано: 16 апреля 2021 10:00</dd>')
    record = article_from_html(html, URL)
    assert record is not None and record["published_at"] == "2021-04-16T10:00:00+06:00"


@pytest.mark.parametrize(("info", "day"), [
    ('<dd class="create">Создано: 15 апреля 2021</dd>', "2021-04-15"),  # the only date
    ('<dd class="published">Опубликовано: 16 апреля 2021</dd><dd class="modified">Обновлено: '
     "20 апреля 2021</dd>", "2021-04-16"),
])
def test_joomla_s_only_or_first_date_still_dates_the_page(info: str, day: str) -> None:
    record = article_from_html(_joomla(info), URL)
    assert record is not None and record["published_at"].startswith(day)


# ------------------------------------------------------------ 8. a WordPress quote's cite
P1 = "Президент провёл совещание по вопросам энергетики в Акорде с участием министров."
P3 = "Обсуждались тарифы и модернизация ТЭЦ."
QUOTE = "Тарифы должны быть справедливыми для всех граждан."


def _wordpress(quote: str) -> str:
    return ('<html lang="ru"><head><title>Совещание</title><meta name="generator" '
            'content="WordPress 6.4"></head><body><article class="post"><h1 class="entry-title">'
            'Токаев провёл совещание по энергетике</h1><time class="entry-date published" '
            'datetime="2021-04-16T10:00:00+06:00">16.04.2021</time><div class="entry-content">'
            f"<p>{P1}</p>{quote}<p>{P3}</p></div></article></body></html>")


@pytest.mark.parametrize("cite", ["<cite>Касым-Жомарт Токаев</cite>",
                                  "<cite>— Касым-Жомарт Токаев</cite>",
                                  "<footer>— <cite>Касым-Жомарт Токаев</cite></footer>"])
def test_a_quote_s_closing_name_joins_its_paragraph(cite: str) -> None:
    html = _wordpress(f'<blockquote class="wp-block-quote"><p>{QUOTE}</p>{cite}</blockquote>')
    record = article_from_html(html, URL)
    assert record is not None
    assert record["body"].split("\n\n") == [P1, f"{QUOTE} — Касым-Жомарт Токаев", P3]


@pytest.mark.parametrize("quote", [
    f'<blockquote class="wp-block-quote"><p>{QUOTE}</p></blockquote>',
    f"<blockquote><p>{QUOTE}</p><p>Второй абзац цитаты о ценах на тепло.</p></blockquote>",
])
def test_a_quote_without_a_cite_keeps_its_paragraphs(quote: str) -> None:
    record = article_from_html(_wordpress(quote), URL)
    assert record is not None
    body = record["body"].split("\n\n")
    assert body[0] == P1 and body[-1] == P3 and QUOTE in body and not any("—" in p for p in body)


# ------------------------------------------------------------ 7. a picture's description
H7 = "Токаев провёл совещание по энергетике"
TEXT7 = f"<p>{P1}</p><p>{P3}</p>"


@pytest.mark.parametrize("picture", [
    '<img src="/upload/a.jpg" alt="Фото: Касым-Жомарт Токаев на совещании">',
    '<img src="/upload/a.jpg" alt="Совещание в Акорде. Фото: Касым-Жомарт Токаев на совещании">',
    '<figure><img src="/upload/a.jpg" data-author="Касым-Жомарт Токаев на совещании"></figure>',
])
def test_a_picture_s_description_sharing_the_headline_s_words_is_no_credit(
        picture: str) -> None:
    record = article_from_html(_page(H7, picture + TEXT7), URL)
    assert record is not None and record["photo_credit"] is None


@pytest.mark.parametrize(("h1", "alt", "credit"), [
    (H7, "Фото: Kazinform", "Kazinform"),
    ("Kazinform: Токаев провёл совещание", "Фото: Kazinform", "Kazinform"),
    ("Президента Токаева встретили в Астане", "Фото: пресс-служба Президента",
     "пресс-служба Президента"),
    (H7, "Участники встречи. Фото: gov.kz", "gov.kz"),
])
def test_a_picture_s_credit_naming_someone_stays(h1: str, alt: str, credit: str) -> None:
    record = article_from_html(_page(h1, f'<img src="/upload/a.jpg" alt="{alt}">' + TEXT7), URL)
    assert record is not None and record["photo_credit"] == credit


# ------------------------------------------------------------ 4. a listing's "today" banner
LISTED = ('<div class="news_text"><a href="/news/priem-grazhdan-u50001">Аким Алматы провёл '
          "приём граждан</a>{}</div>")


def _listing(header: str, entry: str) -> str:
    return (f'<html lang="ru"><body><div class="page">{header}<main><div class="list">'
            f"{entry}</div></main></div></body></html>")


BANNERS = [
    '<header><div class="today">1 декабря 2026</div><nav><a href="/">Главная</a>'
    '<a href="/novosti">Новости</a></nav></header>',
    '<div class="top" role="banner"><span>Сегодня: 1 декабря 2026</span></div>',
]


@pytest.mark.parametrize("header", BANNERS)
def test_a_listing_s_today_banner_does_not_date_its_only_story(header: str) -> None:
    from kznews.sites.centerinform.listing import parse_listing

    entries, _ = parse_listing(_listing(header, LISTED.format("")), "https://ic24.kz/novosti")
    assert [(e.id, e.listing_date, e.shows_date) for e in entries] == [("u50001", None, False)]


@pytest.mark.parametrize(("entry", "day"), [
    (LISTED.format("<p>16 Апреля 2021</p>"), "2021-04-16"),  # its own card's date
    ("<h3>16 апреля 2021</h3>" + LISTED.format(""), "2021-04-16"),  # the list's day heading
])
def test_a_listing_s_only_story_keeps_its_own_date_under_a_banner(entry: str, day: str) -> None:
    from kznews.sites.centerinform.listing import parse_listing

    entries, _ = parse_listing(_listing(BANNERS[0], entry), "https://ic24.kz/novosti")
    assert len(entries) == 1 and str(entries[0].listing_date) == day


# ------------------------------------------------------------ 5. Next.js related links
def _next(related: list[dict[str, str]], markup: str = "") -> str:
    import json

    state = {"props": {"pageProps": {
        "article": {"id": 45694, "slug": "slug-u45694", "title": H7,
                    "publishedAt": "2021-04-16T04:00:00.000Z",
                    "content": f"<p>{P1}</p><p>{P3}</p><p>{QUOTE}</p>"},
        "related": related}}, "page": "/news/[slug]"}
    return (f'<html lang="ru"><head><title>{H7}</title></head><body><div id="__next">'
            f"{markup}</div><script id=\"__NEXT_DATA__\" type=\"application/json\">"
            f"{json.dumps(state, ensure_ascii=False)}</script></body></html>")


def test_next_js_related_links_held_only_in_its_state_are_read() -> None:
    record = article_from_html(_next([
        {"url": "/news/tarify-u45690", "title": "Тарифы на тепло вырастут"},
        {"slug": "tets-u45691", "title": "ТЭЦ модернизируют"},
        {"url": "https://ic24.kz/news/slug-u45694", "title": "Сама эта новость"},
        {"url": "https://other.example/news/x-u1", "title": "Чужой сайт"},
    ]), URL)
    assert record is not None and record["body"].startswith(P1)
    assert [(r["url"], r["title"]) for r in record["related"]] == [
        ("https://ic24.kz/news/tarify-u45690", "Тарифы на тепло вырастут"),
        ("https://ic24.kz/news/tets-u45691", "ТЭЦ модернизируют")]
    assert record["extraction"]["related"] == "state:related"


def test_related_links_the_markup_prints_still_come_from_the_markup() -> None:
    markup = (f"<article><h1>{H7}</h1><p>{P1}</p><p>{P3}</p></article><section class=\"related\">"
              '<h2>Читайте также</h2><a href="/news/drugoe-u45600">Другая новость</a></section>')
    record = article_from_html(_next([{"url": "/news/tarify-u45690", "title": "Тарифы"}],
                                     markup), URL)
    assert record is not None and [r["id"] for r in record["related"]] == ["u45600"]
    assert record["extraction"]["related"] != "state:related"


@pytest.mark.parametrize(("h1", "alt", "credit"), [
    ("Аким Алматы встретился с жителями", "Фото: пресс-служба акимата Алматы",
     "пресс-служба акимата Алматы"),
    ("Сайт Акорды обновили", "Фото с сайта Акорды", "с сайта Акорды"),
])
def test_an_agency_s_credit_sharing_the_headline_s_words_stays(h1: str, alt: str,
                                                                credit: str) -> None:
    record = article_from_html(_page(h1, f'<img src="/upload/a.jpg" alt="{alt}">' + TEXT7), URL)
    assert record is not None and record["photo_credit"] is not None
    assert credit.endswith(record["photo_credit"])

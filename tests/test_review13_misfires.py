"""Pages on which the newer rules misfired: a dated error page whose sentence says the page is
missing, a removal notice followed by the site's polite sentence, Joomla's created date under a
later structured publication date, an agency's credit naming its territory (``ДЧС по
Алматинской области``), and a Kazakh paragraph of names on a page declared Russian; each beside
the page the rule was written for."""

from __future__ import annotations

import json

import pytest

from kznews import article_from_html
from tests.test_review9_known_cases import DAY, URL, _page, _refused

TEXT = ("<p>Президент провёл совещание по вопросам энергетики в Акорде с участием министров.</p>"
        "<p>Обсуждались тарифы и модернизация ТЭЦ в регионах страны.</p>")


# ------------------------------------------------------------ an error page in the theme's box
@pytest.mark.parametrize("h1", ["Ошибка 404", "Страница не найдена"])
@pytest.mark.parametrize("text", [
    "Запрошенный документ отсутствует на сервере или был перенесён в архив портала.",
    "The requested URL /news/slug-u45694 was not found on this server.",
    "Возможно, запрашиваемый материал был перемещён в архив при обновлении структуры портала.",
    "Такой страницы на сайте нет, она могла быть удалена или перемещена.",
])
def test_a_dated_error_page_saying_its_page_is_missing_is_refused(h1: str, text: str) -> None:
    html = _page(h1, f"<p>{text}</p>")
    assert article_from_html(html, URL, listing_date=DAY) is None
    assert _refused(html) == "error_page"


def test_an_outage_s_report_under_an_error_headline_stays_an_article() -> None:
    text = ("Портал электронного правительства не работал три часа в понедельник, сообщили в "
            "Министерстве цифрового развития.")
    record = article_from_html(_page("Ошибка 404", f"<p>{text}</p>"), URL, listing_date=DAY)
    assert record is not None and record["body"] == text


# ------------------------------------------------------------ a removal, then a polite sentence
@pytest.mark.parametrize("notice", [
    "Материал удалён. Редакция сожалеет о произошедшем и благодарит читателей за понимание.",
    "Материал удалён по решению редакции. Мы благодарим читателей за внимание к нашему изданию.",
    "Материал удалён по решению редакции. Редакция оставляет за собой право удалять материалы "
    "без объяснения причин.",
    "Статья удалена по требованию правообладателя. Все материалы сайта защищены законом об "
    "авторском праве Республики Казахстан.",
    "This article has been removed. The editors regret any inconvenience this may have caused "
    "to our readers.",
])
def test_a_removal_notice_with_a_polite_sentence_is_refused(notice: str) -> None:
    html = _page("Оптовые цены на газ сохранят", f"<p>{notice}</p>")
    assert article_from_html(html, URL, listing_date=DAY) is None
    assert _refused(html) == "error_page"


@pytest.mark.parametrize("paragraph", [
    "Публикация удалена. Об этом сообщили в пресс-службе акимата Алматы.",
    "Материал удалён. По данным редакции, автор нарушил правила публикации на портале.",
])
def test_a_removal_followed_by_reporting_stays_a_story(paragraph: str) -> None:
    record = article_from_html(_page("Акимат удалил пост о ценах", f"<p>{paragraph}</p>"),
                               URL, listing_date=DAY)
    assert record is not None and record["body"] == paragraph


# ------------------------------------------------------------ Joomla's created date
def _joomla(info: str) -> str:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": "Токаев провёл совещание по энергетике",
                     "datePublished": "2021-04-16T10:00:00+06:00"}, ensure_ascii=False)
    return ('<html lang="ru"><head><title>Совещание</title><script type="application/ld+json">'
            f'{ld}</script></head><body><div class="item-page"><h2 itemprop="headline">Токаев '
            'провёл совещание по энергетике</h2><dl class="article-info"><dt>Подробности</dt>'
            f'{info}<dd class="hits">Просмотров: 683</dd></dl><div itemprop="articleBody">'
            f"{TEXT}</div></div></body></html>")


@pytest.mark.parametrize("info", [
    '<dd class="create">Создано: 12 апреля 2021</dd>',
    '<dd class="create">Дата создания: 12.04.2021</dd>',
    '<dd class="create"><span class="icon-calendar"></span> 12 апреля 2021</dd>',
    '<dd><time datetime="2021-04-12T09:00:00+06:00" itemprop="dateCreated">12 апреля 2021'
    "</time></dd>",
])
def test_a_created_date_shown_before_the_structured_publication_is_no_publication(
        info: str) -> None:
    record = article_from_html(_joomla(info), URL)
    assert record is not None and record["published_at"] == "2021-04-16T10:00:00+06:00"
    assert record["extraction"]["published_at"] == "jsonld:datePublished"


def test_a_published_date_shown_before_a_later_structured_one_still_wins() -> None:
    record = article_from_html(_joomla('<dd class="published">Опубликовано: 12 апреля 2021'
                                       "</dd>"), URL)
    assert record is not None and record["published_at"].startswith("2021-04-12")


# ------------------------------------------------------------ an agency's territory in a credit
@pytest.mark.parametrize(("h1", "alt", "credit"), [
    ("В Алматы задержали угонщиков автомобилей", "Фото: пресс-служба полиции по Алматы",
     "пресс-служба полиции по Алматы"),
    ("Полицейские Туркестанской области задержали вора",
     "Фото: пресс-служба МВД по Туркестанской области",
     "пресс-служба МВД по Туркестанской области"),
    ("ДЧС Алматинской области провело учения", "Фото: ДЧС по Алматинской области",
     "ДЧС по Алматинской области"),
    ("В Алматы прошёл марафон", "Фото: Ерлан Ахметов, специально для Tengrinews из Алматы",
     "Ерлан Ахметов, специально для Tengrinews из Алматы"),
])
def test_a_credit_naming_its_territory_or_its_outlet_stays_a_credit(
        h1: str, alt: str, credit: str) -> None:
    html = _page(h1, f'<figure><img src="/upload/a.jpg" alt="{alt}"></figure>{TEXT}')
    record = article_from_html(html, URL)
    assert record is not None and record["photo_credit"] == credit


def test_a_description_placing_the_scene_is_still_no_credit() -> None:
    html = _page("Токаев провёл совещание по энергетике", '<img src="/upload/a.jpg" '
                 f'alt="Фото: Касым-Жомарт Токаев на совещании">{TEXT}')
    record = article_from_html(html, URL)
    assert record is not None and record["photo_credit"] is None


# ------------------------------------------------------------ Kazakh names with no grammar
@pytest.mark.parametrize("text", [
    "<p>Жеңімпаздар: Әлия Нұрланқызы, Бақытжан Сәрсенов, Ғалым Өмірзақов, Дәурен Қасымов.</p>"
    "<p>Оларға Түркістан облысының әкімі Дархан Сатыбалды марапат табыстады.</p>",
    "<p>Өскемен, Семей, Күршім, Зайсан, Үржар аудандарында ескерту жарияланды.</p>"
    "<p>ТЖМ мәліметінше, Шығыс Қазақстан облысында боран соғады.</p>",
])
def test_a_kazakh_paragraph_of_names_on_a_page_declared_russian_stays_kk(text: str) -> None:
    record = article_from_html(_page("Жаңалық", text), URL)
    assert record is not None and record["lang"] == "kk"


def test_a_russian_flash_naming_kazakh_names_stays_ru() -> None:
    text = ("<p>Әйгерім Жұмабаева назначена заместителем акима Түркістанской области, "
            "сообщает пресс-служба.</p>")
    record = article_from_html(_page("Назначение", text), URL)
    assert record is not None and record["lang"] == "ru"

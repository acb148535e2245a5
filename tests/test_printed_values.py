"""Field values as a page prints them: facts in an ``<aside>`` beside the text, rubrics in
capitals / behind an icon / labelled / as a path, tags with counts or punctuation or as a plain
hashtag line, counts in microdata only, a source given as a URL, a Kazakh dateline with
``қаласы``, a caption's credit after a dash without a colon."""

from __future__ import annotations

import json

from kznews import article_from_html
from kznews import processors as P

URL = "http://h/news/v-karagande-otkryli-shkolu-u50002"
H1 = "В Караганде открыли новую школу"
P1 = "В Караганде открыли новую школу на девятьсот мест, сообщили в управлении образования."
P2 = "Строительство школы велось два года, в ней оборудованы лаборатории и спортивный зал."
P3 = "До конца года в области планируют открыть ещё три школы такого же размера."
OTHER = '<a href="/news/drugaya-novost-u49990">Другая новость о городе за неделю</a>'
DATE = '<div class="pub-date">12.05.2023</div>'


def _page(article: str, after: str = "", head: str = "", lang: str = "ru") -> str:
    return (f'<html lang="{lang}"><head><title>{H1}</title>{head}</head><body>'
            f'<div class="layout"><article class="story"><h1>{H1}</h1>{article}</article>'
            f"{after}</div></body></html>")


def _text(*paras: str) -> str:
    return '<div class="story-body">' + "".join(f"<p>{p}</p>" for p in paras) + "</div>"


def _record(html: str) -> dict[str, object]:
    rec = article_from_html(html, URL)
    assert rec is not None
    return rec


# --------------------------------------------------------------------- facts in an <aside>


def test_an_aside_of_the_articles_facts_is_read() -> None:
    facts = ('<aside class="story-side"><dl class="props"><dt>Опубликовано</dt><dd>12 мая 2023, '
             "09:15</dd><dt>Просмотров</dt><dd>2 481</dd><dt>Раздел</dt><dd><a href=\"/razdel/"
             'obrazovanie">Образование</a></dd><dt>Метки</dt><dd><a href="/tag/shkola">школа'
             '</a>, <a href="/tag/karaganda">Караганда</a></dd></dl></aside>')
    rec = _record(_page(_text(P1, P2, P3), facts))
    assert rec["views"] == 2481
    assert rec["category"] == "Образование"
    assert rec["tags"] == ["школа", "Караганда"]
    assert str(rec["published_at"]).startswith("2023-05-12T09:15")
    assert rec["body"] == "\n\n".join([P1, P2, P3])


def test_a_classed_details_aside_with_a_date_is_the_articles() -> None:
    side = ('<aside class="post-meta"><span class="when">12.05.2023 09:15</span> '
            '<span class="views">Просмотров: 731</span></aside>')
    rec = _record(_page(DATE + _text(P1, P2, P3), side))
    assert rec["views"] == 731


def test_a_sidebar_aside_stays_furniture() -> None:
    popular = ('<aside class="widget-area"><h3>Популярное</h3><ul>'
               f'<li>{OTHER} <span class="views">Просмотров: 9 999</span></li></ul>'
               '<div class="newsletter">Подпишитесь на рассылку новостей</div></aside>')
    rec = _record(_page(DATE + _text(P1, P2, P3), popular))
    assert rec["views"] is None
    assert rec["body"] == "\n\n".join([P1, P2, P3])
    # a sidebar listing its sections in a <dl> is no article's facts either
    sections = ('<aside><dl><dt>Разделы</dt><dd><a href="/a">Политика</a></dd>'
                '<dt>Архив</dt><dd><a href="/b">2023</a></dd><dt>Популярное</dt><dd>'
                f"{OTHER}</dd></dl></aside>")
    rec = _record(_page(DATE + _text(P1, P2, P3), sections))
    assert rec["category"] is None and rec["tags"] == []


# --------------------------------------------------------------------- rubrics and tags


def test_a_rubric_as_printed_is_recorded_by_its_name() -> None:
    assert P.rubric_name("ЭКОНОМИКА") == "Экономика"
    assert P.rubric_name("WORLD POLITICS") == "World politics"
    assert P.rubric_name("📰 Политика") == "Политика"
    assert P.rubric_name("Раздел: Культура") == "Культура"
    assert P.rubric_name("Санат: Қоғам") == "Қоғам"
    assert P.rubric_name("Главная › Регионы") == "Регионы"
    # short acronyms and ordinary names stay as written
    for name in ("IT", "ЧП", "ЕАЭС", "Наука и техника", "Hi-Tech"):
        assert P.rubric_name(name) == name


def test_a_rubric_path_in_the_posts_footer() -> None:
    footer = ('<footer class="post-foot"><span class="rubric"><a href="/lenta">Лента</a> › '
              '<a href="/razdel/obrazovanie">Образование</a></span></footer>')
    rec = _record(_page(DATE + _text(P1, P2, P3) + footer))
    assert rec["category"] == "Образование"


def test_tags_as_printed() -> None:
    assert P.split_tags(["школа (12)", "Караганда [4]"]) == ["школа", "Караганда"]
    assert P.split_tags(["школа,", "Караганда."]) == ["школа", "Караганда"]
    assert P.split_tags(["Метки: школа; Караганда"]) == ["школа", "Караганда"]
    # a number that is the tag's own stays
    assert P.split_tags(["COP 28", "Expo 2017"]) == ["COP 28", "Expo 2017"]


def test_a_plain_hashtag_box_gives_tags() -> None:
    row = ('<div class="meta-row"><span class="pub-date">12.05.2023</span> <span class="views">'
           '731</span> <p class="post-hashtags">#школа #Караганда</p></div>')
    rec = _record(_page(row + _text(P1, P2, P3)))
    assert rec["tags"] == ["школа", "Караганда"]


def test_page_keywords_only_when_the_page_says_them() -> None:
    own = '<meta name="keywords" content="лаборатории, спортивный зал">'
    rec = _record(_page(DATE + _text(P1, P2, P3), head=own))
    assert rec["tags"] == ["лаборатории", "спортивный зал"]
    # the site-wide SEO words every page carries are not this article's tags
    seo = '<meta name="keywords" content="новости Казахстана, Караганда, свежие новости">'
    rec = _record(_page(DATE + _text(P1, P2, P3), head=seo))
    assert rec["tags"] == []
    # nor are keywords a CMS cut from the text's own words
    cut = '<meta name="keywords" content="До, конца, года, в, области">'
    rec = _record(_page(DATE + _text(P1, P2, P3), head=cut))
    assert rec["tags"] == []


# --------------------------------------------------------------------- views in microdata


def test_views_from_microdata_interaction_counter() -> None:
    counter = ('<div itemprop="interactionStatistic" itemscope itemtype="https://schema.org/'
               'InteractionCounter"><link itemprop="interactionType" href="https://schema.org/'
               'ReadAction"><meta itemprop="userInteractionCount" content="5120"></div>')
    rec = _record(_page(DATE + counter + _text(P1, P2, P3)))
    assert rec["views"] == 5120
    bare = '<meta itemprop="userInteractionCount" content="812">'
    rec = _record(_page(DATE + _text(P1, P2, P3), head=bare))
    assert rec["views"] == 812
    comments = counter.replace("ReadAction", "CommentAction").replace("5120", "14")
    rec = _record(_page(DATE + comments + _text(P1, P2, P3)))
    assert rec["views"] is None


def test_views_from_typed_jsonld_interaction_statistic() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": H1,
          "datePublished": "2023-05-12T09:15:00+05:00", "interactionStatistic": [
              {"@type": "InteractionCounter", "interactionType": "https://schema.org/LikeAction",
               "userInteractionCount": 40},
              {"@type": "InteractionCounter",
               "interactionType": {"@type": "WatchAction"}, "userInteractionCount": 3300}]}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    rec = _record(_page(_text(P1, P2, P3), head=head))
    assert rec["views"] == 3300
    likes = {**ld, "interactionStatistic": ld["interactionStatistic"][:1]}
    head = f'<script type="application/ld+json">{json.dumps(likes)}</script>'
    assert _record(_page(_text(P1, P2, P3), head=head))["views"] is None


# --------------------------------------------------------------------- source, dateline, credit


def test_a_source_given_as_a_url_is_its_host() -> None:
    assert P.source_name("https://www.zakon.kz/obshestvo/123-shkola.html") == "zakon.kz"
    assert P.source_name("http://vecher.kz") == "vecher.kz"
    assert P.source_name("Zakon.kz") == "Zakon.kz"
    line = '<p>Источник: <a href="https://www.zakon.kz/1">https://www.zakon.kz/1</a></p>'
    rec = _record(_page(DATE + _text(P1, P2, P3) + line))
    assert rec["source"] == "zakon.kz"


def test_a_kazakh_dateline_with_qalasy() -> None:
    text = "Қарағанды қаласы. 12 мамыр. ҚазАқпарат - Қалада жаңа мектеп ашылды, оған мың оқушы " \
           "барады."
    found, rest = P.split_dateline(text)
    assert found is not None and found.place == "Қарағанды"
    assert rest.startswith("Қалада жаңа мектеп")
    region, _ = P.split_dateline(text.replace("қаласы", "облысы"))
    assert region is not None and region.place == "Қарағанды облысы"


def test_a_caption_credit_after_a_dash_without_a_colon() -> None:
    assert P.caption_credit("Открытие школы — фото akorda.kz") == "akorda.kz"
    assert P.caption_credit("Opening of the school – photo Vlast.kz") == "Vlast.kz"
    assert P.caption_credit("Мектептің ашылуы — сурет ҚазАқпарат") == "ҚазАқпарат"
    # a sentence saying what is in the photo names no one
    assert P.caption_credit("На фото ученики новой школы в первый день занятий") is None
    assert P.caption_credit("Ученики — на фото справа — получают награды от акима") is None

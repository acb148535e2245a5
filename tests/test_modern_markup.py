"""Article pages of today's CMSs (WordPress + Yoast, Bitrix news.detail, Next.js): the rules
behind the sixth copy's crawl, each on a small page of its own."""

from __future__ import annotations

import json

from kznews import article_from_html, render
from kznews import processors as P
from kznews.sites.centerinform import extract_article

URL = "http://h/news/v-almaty-otkryli-park-u50001"
P1 = "В Алматы открыли новый парк площадью двенадцать гектаров, сообщает КазТАГ."
P2 = "В парке высажено более трёх тысяч деревьев и проложены велосипедные дорожки."
P3 = "Работы по благоустройству продолжатся в следующем году во всех районах города."
OTHER = '<a href="/news/drugaya-novost-u49990">Другая новость о городе</a>'


STAMP = '<time class="entry-date" datetime="2023-04-20T14:35:00+06:00">20.04.2023</time>'


def _page(content: str, head: str = "", h1: str = "В Алматы открыли новый парк",
          meta: str = STAMP) -> str:
    return (f'<html lang="ru"><head><title>{h1}</title>{head}</head><body><article class="post">'
            f'<h1 class="entry-title">{h1}</h1>{meta}<div class="entry-content">{content}</div>'
            '</article><aside class="sidebar"><h3>Последние новости</h3><ul><li>ru '
            f"{OTHER}</li></ul></aside></body></html>")


def _record(html: str) -> dict[str, object]:
    rec = article_from_html(html, URL)
    assert rec is not None
    return rec


def test_read_also_between_paragraphs_is_skipped_not_the_end() -> None:
    inline = f"<p>{P1}</p><p>{P2}</p><p><strong>Читайте также: {OTHER}</strong></p><p>{P3}</p>" \
             "<p>Источник: КазТАГ</p>"
    boxed = f"<p>{P1}</p><p>{P2}</p><aside class=\"ReadAlso_box__k3Lm\"><span>Читайте также" \
            f"</span>{OTHER}</aside><p>{P3}</p><p><em>Источник: КазТАГ</em></p>"
    for content in (inline, boxed):
        rec = _record(_page(content))
        assert rec["body"] == "\n\n".join([P1, P2, P3]) and rec["source"] == "КазТАГ", content
    # a block of links after the text still ends it
    end = _record(_page(f"<p>{P1}</p><p>{P2}</p><p>Читайте также:</p><p>{OTHER}</p>"
                        "<p>Источник: КазТАГ</p>"))
    assert end["body"] == f"{P1}\n\n{P2}"


def test_embedded_tweet_is_not_text() -> None:
    tweet = ('<blockquote class="twitter-tweet"><p lang="ru">Глава государства провёл встречу '
             'с представителями бизнеса.</p>&mdash; Акорда (@AkordaPress) <a href="https://'
             'twitter.com/x/status/1">April 20, 2023</a></blockquote>')
    rec = _record(_page(f"<p>{P1}</p>{tweet}<p>{P2}</p>"))
    assert rec["body"] == f"{P1}\n\n{P2}"


def test_seo_headline_gives_way_to_the_h1() -> None:
    h1 = "В Алматы открыли новый парк"
    # another text only the metadata states is a stale headline: the shown one was edited
    for headline, want in ((f"{h1} | Новости Казахстана", h1), (f"{h1} - Центр информации", h1),
                           ("Открыт парк", h1)):
        ld = json.dumps({"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "headline": headline, "datePublished":
             "2023-04-20T08:35:00+00:00"}]}, ensure_ascii=False)
        html = _page(f"<p>{P1}</p><p>{P2}</p>",
                     f'<script type="application/ld+json">{ld}</script>', h1)
        assert _record(html)["title"] == want


def test_modified_date_and_byline_are_not_the_info_line() -> None:
    meta = ('<div class="entry-meta"><time class="entry-date published" datetime="2021-09-24T09:20'
            ':00+06:00">24 сентября 2021, 09:20</time><time class="updated" datetime="2021-09-26'
            'T10:00:00+06:00">26.09.2021</time> <span class="byline"><span class="author vcard">'
            '<a href="/author/admin/">admin</a></span></span> <span class="post-views">'
            '<span class="post-views-count"></span></span></div>')
    rec = _record(_page(f"<p>{P1}</p><p>{P2}</p>", meta=meta))
    assert rec["views"] is None and rec["tags"] == [] and rec["category"] is None
    assert rec["published_at"] == "2021-09-24T09:20:00+06:00"


def test_info_line_number_after_the_rubric_is_the_count() -> None:
    info = P.parse_info_line("20.12.2021 Society 5745")
    assert info is not None and (info.views, info.category, info.tags) == (5745, "Society", [])
    info = P.parse_info_line("20 Апреля 2023 683 Социум Алматы, аким")
    assert info is not None and (info.views, info.category, info.tags) == (
        683, "Социум", ["Алматы", "аким"])


def test_dense_kazakh_letters_are_kazakh_without_frequent_words() -> None:
    assert P.detect_lang("Астанада қысқы маусымға дайындық басталды. Қала көшелерін "
                         "тазалауға үш жүзден астам арнайы техника жұмылдырылады.") == "kk"
    quoted = ("В Астане прошла встреча с участниками программы переселения, которых называют "
              "словом «қандастар», и представителями местных исполнительных органов региона.")
    assert P.detect_lang(quoted) == "ru"


def test_server_rendered_json_is_no_sign_of_a_script_built_page() -> None:
    paras = [P1, P2, P3, *(f"{p} Подробности — позже." for p in (P1, P2, P3))]
    data = {"props": {"pageProps": {"article": {"title": "В Алматы открыли новый парк",
                                                "blocks": [{"text": p} for p in paras]}}}}
    script = (f'<script id="__NEXT_DATA__" type="application/json">'
              f"{json.dumps(data, ensure_ascii=False)}</script>")
    shown = _page("".join(f"<p>{p}</p>" for p in paras)).replace("</body>", script + "</body>")
    assert render.script_hint(shown, extract_article(shown, URL)) is None
    # the same JSON on a page that shows none of it ("Загрузка…" is no text): the text is read
    # from the state a browser would render it from, and no browser is asked for
    empty = _page("<p>Загрузка…</p>").replace("</body>", script + "</body>")
    read = extract_article(empty, URL)
    assert read.rules["body"] == "state:body" and read.values["body"] == paras
    assert render.script_hint(empty, read) is None
    # the text in a script no state rule reads: built by script, a browser is asked for
    strings = "".join(f'<script>window.__parts.push({json.dumps(p, ensure_ascii=False)});'
                      "</script>" for p in paras)
    built = _page("<p>Загрузка…</p>").replace("</body>", strings + "</body>")
    assert render.script_hint(built, extract_article(built, URL)) == "inline-data"

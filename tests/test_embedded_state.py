"""Pages built by script: the article only in an embedded JSON state (a Next.js page's data,
a store assigned to ``window``, a normalised cache), next to other articles; each on a small
page of its own."""

from __future__ import annotations

import json
from typing import Any

from kznews import article_from_html, render
from kznews.sites.centerinform import extract_article

URL = "http://h/ru/novosti/v-almaty-otkryli-park-u50001"
P1 = "В Алматы открыли новый парк площадью двенадцать гектаров, сообщает КазТАГ."
P2 = "В парке высажено более трёх тысяч деревьев и проложены велосипедные дорожки."
P3 = "Работы по благоустройству продолжатся в следующем году во всех районах города."
TITLE = "В Алматы открыли новый парк"
OTHER = {"title": "Другая новость о погоде в столице", "uid": 49990,
         "text": "<p>" + "Завтра в столице ожидается снег и сильный ветер до двадцати метров. " * 3
         + "</p>"}


def _shell(state: str) -> str:
    """An app shell: a site-name ``<title>``, a header, an empty mount point, the state."""
    return ('<!doctype html><html lang="en"><head><title>Портал — все новости страны</title>'
            '</head><body><header class="site-header"><a class="brand" href="/">Портал</a>'
            '<nav><a href="/ru/novosti">Новости</a></nav></header><main id="mount">'
            '<div class="loader"></div><noscript>Включите JavaScript.</noscript></main>'
            f'{state}<script src="/bundle.js"></script></body></html>')


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")


def _record(html: str) -> dict[str, Any]:
    rec = article_from_html(html, URL)
    assert rec is not None
    return rec


def test_page_data_script_with_other_posts_first() -> None:
    mine = {"uid": 50001, "headline": TITLE, "slug": "v-almaty-otkryli-park-u50001",
            "datePublished": "2023-04-20T08:35:00.000Z", "section": {"title": "Общество"},
            "keywords": [{"label": "парки"}, {"label": "Алматы"}], "viewsCount": "342",
            "locale": "ru-RU", "mainImage": {"url": "/img/park.jpg", "copyright": "gov.kz"},
            "html": f"<p>{P1}</p><figure><img src='/img/park-2.jpg'></figure><p>{P2}</p>"
                    f"<p>{P3}</p><p>Источник: КазТАГ</p>"}
    data = {"props": {"pageProps": {"feed": [OTHER], "post": mine}}}
    rec = _record(_shell(f'<script id="__NEXT_DATA__" type="application/json">{_json(data)}'
                         "</script>"))
    assert rec["title"] == TITLE
    assert rec["body"] == "\n\n".join([P1, P2, P3])
    assert rec["source"] == "КазТАГ"
    assert rec["published_at"] == "2023-04-20T14:35:00+06:00"
    assert rec["published_date_precision"] == "minute"
    assert (rec["category"], rec["tags"], rec["views"]) == ("Общество", ["парки", "Алматы"], 342)
    assert rec["photo_credit"] == "gov.kz"
    assert rec["image_urls"] == ["http://h/img/park.jpg", "http://h/img/park-2.jpg"]
    assert rec["extraction"]["title"] == "state:title"
    assert rec["extraction"]["body"] == "state:body"


def test_an_inertia_roots_data_page_attribute_holds_the_article() -> None:
    """Laravel + Inertia: the app's root ``<div id="app" data-page="{…}">`` holds the page's
    props, HTML-escaped in the attribute, PHP's ``\\/`` and ``\\uXXXX`` escapes inside."""
    import html as htmllib

    news = {"id": 50001, "title": TITLE, "slug": "v-almaty-otkryli-park-u50001",
            "published_at": "2023-04-20T08:35:00.000000Z", "views": 342,
            "category": {"name": "Общество"}, "tags": [{"name": "парки"}],
            "body": f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"}
    data = {"component": "News/Show", "props": {"news": news, "latest": [OTHER]},
            "url": "/ru/novosti/v-almaty-otkryli-park-u50001", "version": "a1b2"}
    blob = json.dumps(data).replace("/", "\\/")  # ensure_ascii, as PHP's json_encode
    root = f'<div id="app" data-page="{htmllib.escape(blob)}"></div>'
    rec = _record(_shell(root))
    assert rec["title"] == TITLE and rec["body"] == "\n\n".join([P1, P2, P3])
    assert (rec["category"], rec["tags"], rec["views"]) == ("Общество", ["парки"], 342)
    assert rec["published_at"] == "2023-04-20T14:35:00+06:00"
    assert rec["extraction"]["body"] == "state:body"


def test_store_assigned_to_window_with_a_current_key_and_blocks() -> None:
    blocks = [{"type": "paragraph", "text": P1}, {"type": "adSlot", "id": "mid"},
              {"type": "blockquote", "text": P2}, {"type": "paragraph", "text": P3}]
    store = {"entities": {"list": [
        {"key": "a1", "name": OTHER["title"], "content": OTHER["text"], "created": 1681900000},
        {"key": "a2", "name": TITLE, "content": blocks, "created": 1681979700,
         "rubricName": "Общество", "stats": {"views": 57}, "labels": "парки, Алматы"}]},
        "ui": {"selectedArticleKey": "a2"}}
    html = _shell(f"<script>window.__APP_STORE__ = {_json(store)};</script>")
    rec = _record(html)
    assert rec["title"] == TITLE
    assert rec["body"] == "\n\n".join([P1, P2, P3])
    assert rec["published_at"] == "2023-04-20T14:35:00+06:00"
    assert (rec["category"], rec["tags"], rec["views"]) == ("Общество", ["парки", "Алматы"], 57)


def test_normalised_cache_follows_refs_and_reads_a_bare_day() -> None:
    cache = {
        "Story:49990": {"__typename": "Story", "id": "49990", "title": OTHER["title"],
                        "bodyHtml": OTHER["text"], "publishedAt": "2023-04-19"},
        "Section:society": {"__typename": "Section", "name": "Общество"},
        "Tag:parks": {"__typename": "Tag", "name": "парки"},
        "Story:50001": {"__typename": "Story", "id": "50001", "title": TITLE,
                        "section": {"__ref": "Section:society"},
                        "tags": [{"__ref": "Tag:parks"}], "publishedAt": "2023-04-20",
                        "bodyHtml": f"<p>Алматы. 20 апреля. Центр информации - {P1}</p>"
                                    f"<p>{P2}</p>"},
        "ROOT_QUERY": {"story": {"__ref": "Story:50001"}}}
    rec = _record(_shell(f'<script type="application/json" data-apollo>{_json(cache)}</script>'))
    assert rec["title"] == TITLE and rec["body"] == f"{P1}\n\n{P2}"
    assert rec["dateline_place"] == "Алматы"
    assert (rec["category"], rec["tags"]) == ("Общество", ["парки"])
    assert rec["published_at"] == "2023-04-20T00:00:00+06:00"
    assert rec["published_date_precision"] == "day"


def test_state_of_other_articles_only_names_no_article() -> None:
    data = {"props": {"pageProps": {"latest": [OTHER, {**OTHER, "uid": 49991}]}}}
    html = _shell(f'<script id="__NEXT_DATA__" type="application/json">{_json(data)}</script>')
    assert article_from_html(html, URL) is None


def test_server_rendered_page_keeps_its_own_rules() -> None:
    data = {"props": {"pageProps": {"article": {"id": 50001, "title": "Старый заголовок из данных",
                                                "body": "<p>" + P3 * 3 + "</p>"}}}}
    html = (f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            '<time datetime="2023-04-20T14:35:00+06:00">20.04.2023</time>'
            f'<div class="article-body"><p>{P1}</p><p>{P2}</p></div></article>'
            f'<script id="__NEXT_DATA__" type="application/json">{_json(data)}</script>'
            "</body></html>")
    rec = _record(html)
    assert rec["title"] == TITLE and rec["body"] == f"{P1}\n\n{P2}"
    assert not rec["extraction"]["body"].startswith("state:")


def test_render_auto_needs_no_browser_for_a_state_read_page() -> None:
    mine = {"id": "u50001", "title": TITLE, "date": 1681979700000,
            "body": f"<p>{P1}</p><p>{P2}</p>"}
    state = {"news": {"items": {"u49990": OTHER, "u50001": mine}}}
    html = _shell(f"<script>window.__INITIAL_STATE__={_json(state)}</script>")
    ex = extract_article(html, URL)
    assert ex.rules["body"] == "state:body"
    assert render.script_hint(html, ex) is None


def test_time_at_local_midnight_showing_only_a_day_is_a_day() -> None:
    html = (f"<html><body><article><h1>{TITLE}</h1>"
            '<time datetime="2023-03-14T18:00:00.000Z">March 15, 2023</time>'
            f"<p>{P1}</p><p>{P2}</p></article></body></html>")
    rec = _record(html)
    assert rec["published_at"] == "2023-03-15T00:00:00+06:00"
    assert rec["published_date_precision"] == "day"


def test_the_only_article_of_a_state_is_not_taken_when_it_names_another_page() -> None:
    other = {**OTHER, "url": "/ru/novosti/drugaya-novost-u49990"}
    data = {"props": {"pageProps": {"article": other}}}
    html = _shell(f'<script id="__NEXT_DATA__" type="application/json">{_json(data)}</script>')
    assert article_from_html(html, URL) is None
    # nothing in it names a page: the page's own
    data = {"props": {"pageProps": {"article": {**OTHER, "date": "2023-04-19T10:00:00Z"}}}}
    html = _shell(f'<script id="__NEXT_DATA__" type="application/json">{_json(data)}</script>')
    assert _record(html)["title"] == OTHER["title"]


def _packed(value: Any) -> list[Any]:
    """``value`` index-packed as a Nuxt 3 page ships its data: a flat array, the root first
    (wrapped as a reactive store), each object's values the indices of other entries, equal
    strings stored once, dates as ``["Date", iso]`` entries."""
    table: list[Any] = [None]
    seen: dict[str, int] = {}

    def put(v: Any) -> int:
        if isinstance(v, str) and v in seen:
            return seen[v]
        i = len(table)
        table.append(None)
        if isinstance(v, dict) and set(v) == {"$date"}:
            table[i] = ["Date", v["$date"]]
        elif isinstance(v, dict):
            table[i] = {k: put(x) for k, x in v.items()}
        elif isinstance(v, list):
            table[i] = [put(x) for x in v]
        else:
            table[i] = v
            if isinstance(v, str):
                seen[v] = i
        return i

    table[0] = ["ShallowReactive", put(value)]
    return table


def test_index_packed_state_of_a_nuxt_page_is_unpacked() -> None:
    mine = {"id": 50001, "title": TITLE, "publishedAt": {"$date": "2023-04-20T08:35:00.000Z"},
            "rubric": {"name": "Общество"}, "tags": [{"name": "парки"}, {"name": "Алматы"}],
            "content": f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"}
    data = {"data": {"latest": [OTHER], "news-50001": {"article": mine}},
            "state": {"$sLocale": "ru"}, "once": None}
    html = _shell('<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" '
                  f'id="__NUXT_DATA__">{_json(_packed(data))}</script>')
    rec = _record(html)
    assert rec["title"] == TITLE
    assert rec["body"] == "\n\n".join([P1, P2, P3])
    assert rec["published_at"] == "2023-04-20T14:35:00+06:00"
    assert (rec["category"], rec["tags"]) == ("Общество", ["парки", "Алматы"])
    assert rec["extraction"]["body"] == "state:body"


def test_packed_arrays_unpack_shared_entries_and_cycles_and_leave_plain_lists() -> None:
    from kznews.extract.packed import is_packed, unpack

    shared = _packed({"a": ["x", "x"], "b": {"c": "x"}})
    assert is_packed(shared) and unpack(shared) == {"a": ["x", "x"], "b": {"c": "x"}}
    cyclic = [{"self": 0, "name": 1}, "loop"]
    top = unpack(cyclic)
    assert top["name"] == "loop" and top["self"] is top
    assert not is_packed([{"title": "a", "n": 1}, {"title": "b"}])  # a plain list of records
    assert not is_packed(["a", "b"]) and not is_packed([])


def _js_single_quoted(text: str) -> str:
    """``text`` as a single-quoted JavaScript literal with the escapes bundlers write."""
    out = []
    for ch in text:
        if ch in "'\\":
            out.append("\\" + ch)
        elif ch == "<":
            out.append("\\x3C")
        elif ord(ch) > 127:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"


def test_state_in_a_single_quoted_json_parse_string() -> None:
    mine = {"id": "u50001", "title": TITLE, "date": "2023-04-20T14:35:00+06:00",
            "body": f"<p>{P1}</p><p>{P2} It's «{P3}»</p>"}
    state = {"news": {"current": mine, "latest": [OTHER]}}
    literal = _js_single_quoted(json.dumps(state, ensure_ascii=False))
    assert "\\'" in literal and "\\x3C" in literal  # what JSON's own parser cannot read
    html = _shell(f"<script>window.__PRELOADED_STATE__ = JSON.parse({literal});</script>")
    rec = _record(html)
    assert rec["title"] == TITLE
    assert rec["body"] == f"{P1}\n\n{P2} It's «{P3}»"
    assert rec["extraction"]["title"] == "state:title"

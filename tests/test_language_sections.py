"""Language sections and translations: a listing names the other languages' sections by
``hreflang`` or its switcher, an article names its versions the same way; the crawl walks the
sections of the languages it keeps (never the others) and pairs the versions as
``translations``. Synthetic markup, a real local server."""

from __future__ import annotations

from pathlib import Path

from kznews.items import Article
from kznews.sites.centerinform.alternates import label_lang, listing_sections
from kznews.sites.centerinform.article import extract_article
from kznews.translations import TranslationPairer
from tests.copykit.crawl import crawl_copy
from tests.copykit.server import CopyServer

RU_BODY = ("Алматы. 16 апреля. В городе открылся новый парк площадью 12 гектаров, где высадили "
           "более 3000 деревьев. Работы продолжатся в течение всего лета.")
EN_BODY = ("Almaty, April 16. A new park of 12 hectares has opened in the city, where more than "
           "3000 trees were planted. The work will go on all summer.")
KK_BODY = ("Алматы. 16 сәуір. Қалада ауданы 12 гектар болатын жаңа саябақ ашылды, онда 3000-нан "
           "астам ағаш отырғызылды. Жұмыстар жаз бойы жалғасады және бұл өте маңызды.")
# id -> (lang, path, title, body, versions (ids) named by hreflang, by switcher only)
ARTICLES = {
    "u101": ("ru", "/stati/park-u101", "В Алматы открылся новый парк", RU_BODY, ["u201"], []),
    "u102": ("ru", "/stati/sad-u102", "В Алматы открылся новый сад", RU_BODY, [], ["u301"]),
    "u103": ("ru", "/stati/most-u103", "В Алматы построили новый мост", RU_BODY, [], []),
    "u201": ("en", "/eng/story/park-u201", "A new park opens in Almaty", EN_BODY, ["u101"], []),
    "u202": ("en", "/eng/story/bridge-u202", "A new bridge opens in Almaty", EN_BODY, [], []),
    "u203": ("en", "/eng/story/road-u203", "A new road opens in Almaty", EN_BODY, [], []),
    "u301": ("kk", "/qaz/zhanalyq/sad-u301", "Алматыда жаңа бақ ашылды", KK_BODY, [], []),
}
SECTIONS = {"ru": "/novosti", "en": "/eng/latest", "kk": "/qaz/songy"}
PAGES = {"ru": [["u103", "u102"], ["u101"]], "en": [["u203", "u202"], ["u201"]],
         "kk": [["u301"]]}
LABEL = {"ru": "Рус", "en": "Eng", "kk": "Қаз"}


def _switcher(targets: dict[str, str]) -> str:
    links = "".join(f'<a href="{targets.get(k, v)}">{LABEL[k]}</a>' for k, v in SECTIONS.items())
    return f'<div class="header__langs">{links}</div>'


def _listing(lang: str, n: int) -> str:
    root = SECTIONS[lang]
    rows = "".join(f'<li><a href="{ARTICLES[i][1]}">{ARTICLES[i][2]}</a> <span>16.04.2021</span>'
                   "</li>" for i in PAGES[lang][n - 1])
    nxt = f'<a rel="next" href="{root}?p={n + 1}">»</a>' if n < len(PAGES[lang]) else ""
    # en only by hreflang, kk only by the switcher (no hreflang for it)
    head = "".join(f'<link rel="alternate" hreflang="{k}-KZ" href="{v}">'
                   for k, v in SECTIONS.items() if k != "kk")
    return (f'<html><head><link rel="canonical" href="{root}">{head}</head><body>'
            f"{_switcher({})}<ul>{rows}</ul>{nxt}</body></html>")


def _article(aid: str) -> str:
    lang, path, title, body, by_hreflang, by_switch = ARTICLES[aid]
    head = "".join(f'<link rel="alternate" hreflang="{ARTICLES[o][0]}" href="{ARTICLES[o][1]}">'
                   for o in by_hreflang)
    if by_hreflang:
        head += f'<link rel="alternate" hreflang="x-default" href="{path}">'
    switch = _switcher({ARTICLES[o][0]: ARTICLES[o][1] for o in by_switch})
    return (f'<html lang="{lang}"><head><title>{title}</title>{head}</head><body>{switch}'
            f"<article><h1>{title}</h1><div class=\"date\">16.04.2021 15:40</div><p>{body}</p>"
            f"<p>{body}</p></article></body></html>")


def route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
    path, _, query = target.partition("?")
    html = "text/html; charset=utf-8"
    for lang, root in SECTIONS.items():
        n = int(query[2:]) if query.startswith("p=") and query[2:].isdigit() else 1
        if path == root and 1 <= n <= len(PAGES[lang]):
            return 200, {"Content-Type": html}, _listing(lang, n).encode()
    found = next((a for a, v in ARTICLES.items() if v[1] == path), None)
    if found:
        return 200, {"Content-Type": html}, _article(found).encode()
    return 404, {"Content-Type": html}, b"<html><body>404</body></html>"


# --------------------------------------------------------------------------- units


def test_switcher_labels_name_languages() -> None:
    assert [label_lang(t) for t in ("РУС", "Қаз", "ENG", "English", "Қазақша", " kz ")] == \
        ["ru", "kk", "en", "en", "kk", "kk"]
    assert label_lang("A new park opens in Almaty") is None and label_lang("x-default") is None


def test_listing_names_its_own_language_and_the_other_sections() -> None:
    found = listing_sections(_listing("ru", 2), "http://h/novosti?p=2")
    assert found.own == "ru"
    assert found.others == [("en", "http://h/eng/latest"), ("kk", "http://h/qaz/songy")]
    offsite = ('<html><head><link rel="alternate" hreflang="en" href="https://other.example/en">'
               '</head><body></body></html>')
    assert listing_sections(offsite, "http://h/novosti").others == []


def test_article_alternates_by_hreflang_and_by_switcher() -> None:
    ex = extract_article(_article("u101"), "http://h/stati/park-u101")
    assert ex.values["alternates"] == [
        {"url": "http://h/eng/story/park-u201", "id": "u201", "lang": "en"}]
    assert ex.rules["alternates"] == "html:hreflang"
    ex = extract_article(_article("u102"), "http://h/stati/sad-u102")
    assert [(a["id"], a["lang"]) for a in ex.values["alternates"]] == [("u301", "kk")]
    assert ex.rules["alternates"] == "css:lang-switcher"
    assert "alternates" not in extract_article(_article("u103"), "http://h/x-u103").values


def test_a_cms_marking_every_link_with_hreflang_names_no_versions() -> None:
    """Drupal writes ``hreflang`` on every link to a node, in the node's language: a page's
    "latest news" links are no versions of its story (a version has at most two others);
    its head's ``<link rel=alternate hreflang>`` still are."""
    latest = "".join(f'<a href="/news/story-u{n}" hreflang="ru">История {n}</a>'
                     for n in range(500, 506))
    page = _article("u103").replace("</body>", f"<div>{latest}</div></body>")
    ex = extract_article(page, "http://h/x-u103")
    assert "alternates" not in ex.values
    head = '<link rel="alternate" hreflang="en" href="http://h/eng/story/park-u201">'
    ex = extract_article(page.replace("</head>", head + "</head>"), "http://h/x-u103")
    assert ex.values["alternates"] == [
        {"url": "http://h/eng/story/park-u201", "id": "u201", "lang": "en"}]
    # one or two such links are the story's versions, as before
    two = page.replace(latest, latest[:latest.index("</a>") + 4])
    assert [a["id"] for a in extract_article(two, "http://h/x-u103").values["alternates"]] == \
        ["u500"]


def _art(aid: str, lang: str, day: str) -> Article:
    return Article(id=aid, url=f"http://h/{aid}", canonical_url=f"http://h/{aid}", lang=lang,
                   title="t", published_at=f"{day}T10:00:00+05:00",
                   published_date_precision="minute", date_source="x", body="b",
                   content_hash="h", crawled_at="2021-04-16T10:00:00Z")


def test_declared_versions_pair_whatever_the_day_and_clues() -> None:
    pairer = TranslationPairer(window=10)
    ru, en, kk = _art("u10", "ru", "2021-04-16"), _art("u90", "en", "2021-04-17"), \
        _art("u11", "kk", "2021-04-16")
    pairer.add(ru, [{"id": "u90", "lang": "en"}, {"id": "u10", "lang": "ru"}])
    pairer.add(kk, [{"id": "u10", "lang": "ru"}])  # names ru; ru did not name it
    pairer.add(en, [])
    assert {t["id"] for t in ru.translations} == {"u90", "u11"}
    assert en.translations == [{"id": "u10", "lang": "ru"}]
    assert kk.translations == [{"id": "u10", "lang": "ru"}]
    only_ru = TranslationPairer(window=10, langs=["ru"])
    alone = _art("u12", "ru", "2021-04-16")
    only_ru.add(alone, [{"id": "u91", "lang": "en"}])
    assert alone.translations == []


# --------------------------------------------------------------------------- crawls


def _crawl(tmp_path: Path, *args: str) -> tuple[dict[str, dict[str, object]], list[str]]:
    with CopyServer(route) as srv:
        items = crawl_copy(srv.url, tmp_path, {"KZNEWS_RENDER": "never"},
                           args=args).items
        paths = [target for _, target, _ in srv.requests]
    return {i["id"]: i for i in items}, paths


def test_crawl_walks_every_section_and_pairs_versions(tmp_path: Path) -> None:
    items, paths = _crawl(tmp_path)
    assert set(items) == set(ARTICLES)
    assert {"/eng/latest", "/eng/latest?p=2", "/qaz/songy"} <= set(paths)
    assert [t["id"] for t in items["u101"]["translations"]] == ["u201"]
    assert [t["id"] for t in items["u201"]["translations"]] == ["u101"]
    assert [t["id"] for t in items["u102"]["translations"]] == ["u301"]
    assert [t["id"] for t in items["u301"]["translations"]] == ["u102"]
    assert items["u103"]["translations"] == []


def test_crawl_keeping_one_language_never_walks_the_others(tmp_path: Path) -> None:
    items, paths = _crawl(tmp_path, "-a", "lang=ru")
    assert set(items) == {"u101", "u102", "u103"}
    assert not [p for p in paths if p.startswith(("/eng", "/qaz"))], paths
    assert items["u101"]["translations"] == []
    items, paths = _crawl(tmp_path / "en", "-a", "lang=en")
    assert set(items) == {"u201", "u202", "u203"}
    assert not [p for p in paths if p.startswith("/qaz")] and "/novosti?p=2" not in paths, paths

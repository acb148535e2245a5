"""The offline mirror of ic24.kz: content, determinism, pagination, HTTP behaviour, CLI."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest
from parsel import Selector

from kznews.mirror import MirrorServer, Site, build_site
from kznews.mirror.texts import clean_text

ITEM = r'<div class="news_text"><a href="(/news/[^"]+)">[^<]+</a><p>(\d{1,2} [А-Я][а-я]+ \d{4})</p>'
SEED_IDS = ("u45694", "u45713", "u46768", "u49120")


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, dict(resp.headers.items()), resp.read()
    except urllib.error.HTTPError as err:
        with err:
            return err.code, dict(err.headers.items()), err.read()


def by_id(site: Site) -> dict[str, dict[str, object]]:
    return {a["id"]: a for a in site.articles}


def test_cli_prints_serving_line_first_and_serves(tmp_path: Path) -> None:
    truth = tmp_path / "truth.json"
    cmd = [sys.executable, "-m", "kznews.mirror", "--port", "0", "--articles", "40"]
    proc = subprocess.Popen(
        [*cmd, "--truth-out", str(truth)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        m = re.fullmatch(r"Serving (http://127\.0\.0\.1:(\d+))", line)
        assert m, line
        status, headers, body = fetch(m.group(1) + "/novosti")
        assert status == 200
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert body.decode("utf-8").count('class="news_text"') == 20
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=10)
    assert proc.returncode == 0
    assert "Traceback" not in err and out == ""
    assert json.loads(truth.read_text(encoding="utf-8"))["articles"] == build_site(40).articles


def test_seed_articles_have_real_ids_and_text(mirror_site: Site) -> None:
    arts = by_id(mirror_site)
    en = arts["u46768"]
    assert en["lang"] == "en"
    assert en["title"] == "Artwork of young Kazakhstanis presented in Luxembourg"
    assert en["published_at"] == "2021-08-02T00:00:00+06:00"
    assert en["source"] == "EU Reporter"
    assert en["dateline_place"] == "Almaty"
    assert "the Embassies of Kazakhstan in India" in str(en["body"])
    assert str(en["body"]).startswith("The Kazakh diaspora gathered recently")
    assert "', EU reporter reports." in str(en["body"])
    ru = arts["u45694"]
    assert ru["lang"] == "ru" and ru["source"] == "КазТАГ"
    assert ru["published_at"] == "2021-04-16T00:00:00+06:00"
    assert str(ru["body"]).startswith("У казахстанцев в Японии появилась собственная ассоциация,")
    assert "\u00a0" not in str(ru["body"]) and "Источник" not in str(ru["body"])
    assert ru["path"] == (
        "/news/u-kazakhstantsev-v-yaponii-poyavilas-sobstvennaya-assotsiatsiya-u45694"
    )
    assert arts["u45713"]["translation_of"] == "u45694"
    assert arts["u45713"]["lang"] == "en"
    sub = arts["u49120"]
    assert sub["published_at"] == "2023-04-20T00:00:00+06:00"
    assert (sub["views"], sub["category"], sub["tags"]) == (
        683,
        "Социум",
        ["Алматы", "аким", "субботник"],
    )
    assert sub["photo_credit"] == "pixabay"
    for aid in ("u45694", "u46768", "u49120"):
        assert arts[aid]["variant"] == "classic"


def test_seed_raw_html_keeps_hazards(mirror_site: Site) -> None:
    _, _, raw = mirror_site.render(
        "/news/Artwork-of-young-Kazakhstanis-presented-in-Luxembourg-u46768"
    )
    page = raw.decode("utf-8")
    assert "\u0415mbassies" in page  # Cyrillic Е inside a Latin word
    assert '<html lang="ru">' in page
    assert "Almaty. August 2. Information Center - The Kazakh diaspora" in page
    assert "Источник: EU Reporter" in page
    _, _, raw = mirror_site.render(
        "/news/u-kazakhstantsev-v-yaponii-poyavilas-sobstvennaya-assotsiatsiya-u45694"
    )
    page = raw.decode("utf-8")
    assert "Алматы. 16 апреля. Центр информации - У казахстанцев" in page
    assert "<p>&nbsp;</p>" in page
    assert "КазТАГ</p>" in page


def test_site_shape(mirror_site: Site) -> None:
    arts = mirror_site.articles
    assert len(arts) == 240
    ids = [int(str(a["id"])[1:]) for a in arts]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)
    assert min(ids) >= 40000 and max(ids) <= 52000
    days = [str(a["published_at"])[:10] for a in arts]
    assert days == sorted(days, reverse=True)
    assert max(days) <= "2026-11-01" and min(days) >= "2020-01-01"
    assert any(d < "2024-03-01" for d in days) and any(d >= "2024-03-01" for d in days)
    for a in arts:
        offset = "+05:00" if str(a["published_at"]) >= "2024-03-01" else "+06:00"
        assert str(a["published_at"]).endswith(offset), a["published_at"]
    langs = [a["lang"] for a in arts]
    assert 0.25 < langs.count("en") / len(langs) < 0.45
    assert {a["variant"] for a in arts} == {"classic", "rich", "bare"}
    for a in arts:
        assert str(a["path"]).endswith(f"-{a['id']}")
        if a["variant"] == "bare":
            assert (a["category"], a["tags"], a["views"]) == (None, [], None)
            assert a["date_source"] == "dateline+listing"
        if a["variant"] == "rich":
            assert a["published_date_precision"] == "minute" and a["date_source"] == "jsonld"
        assert 1 <= len(list(a["image_paths"])) <= 2
    assert {a["source"] for a in arts} >= {"КазТАГ", "Kazinform", None}


def test_translation_pairs(mirror_site: Site) -> None:
    arts = by_id(mirror_site)
    pairs = [(a, arts[str(a["translation_of"])]) for a in arts.values() if a["translation_of"]]
    assert len(pairs) >= 8
    for en, ru in pairs:
        assert (en["lang"], ru["lang"]) == ("en", "ru")
        assert 1 <= int(str(en["id"])[1:]) - int(str(ru["id"])[1:]) <= 30
        assert en["source"] == ru["source"] and en["photo_credit"] == ru["photo_credit"]
        if en["id"] != "u45713":
            assert str(en["published_at"])[:10] == str(ru["published_at"])[:10]


def test_deterministic_per_seed() -> None:
    a, b, c = build_site(seed=7), build_site(seed=7), build_site(seed=8)
    assert a.articles == b.articles
    assert a.articles != c.articles
    path = str(a.articles[5]["path"])
    assert a.render(path) == b.render(path)
    assert a.render("/novosti?page=3") == b.render("/novosti?page=3")
    assert {x["id"] for x in a.articles} >= set(SEED_IDS) <= {x["id"] for x in c.articles}


def test_pagination_reaches_every_article_once(mirror: MirrorServer) -> None:
    site = mirror.site
    seen: list[str] = []
    url: str | None = mirror.url + "/novosti"
    pages = 0
    while url:
        status, _, raw = fetch(url)
        assert status == 200
        page = raw.decode("utf-8")
        pages += 1
        items = re.findall(ITEM, page)
        assert 0 < len(items) <= site.per_page
        seen += [href.rsplit("-", 1)[1] for href, _ in items]
        nxt = re.search(r'<a class="next" href="([^"]+)">»</a>', page)
        url = mirror.url + nxt.group(1) if nxt else None
        assert 'class="pagination"' in page and page.count('<div class="popular">') == 1
    assert pages == site.pages == 12
    assert seen == [a["id"] for a in site.articles]
    for a in site.articles:
        assert a["listing_page"] == seen.index(str(a["id"])) // site.per_page + 1
    assert fetch(mirror.url + "/novosti?page=13")[0] == 404
    assert fetch(mirror.url + "/novosti?page=0")[0] == 404
    assert fetch(mirror.url + "/novosti?page=1")[2] == fetch(mirror.url + "/novosti")[2]


def test_listing_dates_are_russian_genitive(mirror_site: Site) -> None:
    page = mirror_site.render("/novosti?page=7")[2].decode("utf-8")
    a = by_id(mirror_site)["u45694"]
    assert a["listing_page"] == 7
    assert f'<a href="{a["path"]}">' in page
    assert f"{a['title']}</a><p>16 Апреля 2021</p>" in page
    en = by_id(mirror_site)["u46768"]
    en_page = mirror_site.render(f"/novosti?page={en['listing_page']}")[2].decode("utf-8")
    assert "Luxembourg</a><p>2 Августа 2021</p>" in en_page


def test_article_url_variants_and_canonical(mirror: MirrorServer) -> None:
    a = mirror.site.articles[3]
    status, _, body = fetch(mirror.url + str(a["path"]))
    assert status == 200
    canonical = f'<link rel="canonical" href="{mirror.url}{a["path"]}">'
    assert canonical in body.decode("utf-8")
    for variant in (
        f"{a['path']}?utm_source=x",
        f"{a['path']}?utm_source=telegram&utm_medium=social",
        f"/news/some-other-slug-{a['id']}",
        f"/news/{a['id']}",
    ):
        status, _, other = fetch(mirror.url + variant)
        assert status == 200, variant
        assert other == body


def test_conditional_requests_and_head(mirror: MirrorServer) -> None:
    path = str(mirror.site.articles[0]["path"])
    status, headers, body = fetch(mirror.url + path)
    assert status == 200 and headers["ETag"] and headers["Last-Modified"]
    assert fetch(mirror.url + path, {"If-None-Match": headers["ETag"]})[0] == 304
    assert fetch(mirror.url + path, {"If-None-Match": '"other"'})[0] == 200
    assert fetch(mirror.url + path, {"If-Modified-Since": headers["Last-Modified"]})[0] == 304
    old = "Mon, 01 Jan 2018 00:00:00 GMT"
    assert fetch(mirror.url + path, {"If-Modified-Since": old})[0] == 200
    req = urllib.request.Request(mirror.url + path, method="HEAD")
    with urllib.request.urlopen(req, timeout=10) as resp:
        assert resp.status == 200 and resp.read() == b""
        assert int(resp.headers["Content-Length"]) == len(body)
    listing = fetch(mirror.url + "/novosti")[1]
    assert fetch(mirror.url + "/novosti", {"If-None-Match": listing["ETag"]})[0] == 304


def test_not_found(mirror: MirrorServer) -> None:
    for path in ("/news/nothing-u1", "/no/such/page", "/novosti?page=x", "/news/", "/admin/"):
        status, headers, body = fetch(mirror.url + path)
        assert status == 404, path
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert "Страница не найдена" in body.decode("utf-8")


def test_robots_and_truth_endpoint(mirror: MirrorServer) -> None:
    status, _, body = fetch(mirror.url + "/robots.txt")
    assert status == 200
    lines = body.decode().splitlines()
    for line in ("User-agent: *", "Disallow: /admin/", "Disallow: /__truth__", "Disallow: /search"):
        assert line in lines
    status, headers, body = fetch(mirror.url + "/__truth__.json")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    doc = json.loads(body)
    assert doc["articles"] == mirror.site.articles
    assert doc["site"]["pages"] == mirror.site.pages


def test_requests_are_recorded(make_mirror: Callable[..., MirrorServer]) -> None:
    server = make_mirror(articles=30, seed=2)
    fetch(server.url + "/novosti")
    fetch(server.url + "/novosti?page=2")
    fetch(server.url + "/robots.txt")
    assert server.requests == ["/novosti", "/novosti?page=2", "/robots.txt"]


def test_mutate_changes_exactly_k_articles() -> None:
    base, mutated = build_site(seed=4), build_site(seed=4, mutate=3)
    before, after = by_id(base), by_id(mutated)
    changed = sorted(k for k in before if before[k] != after[k])
    assert changed == mutated.mutated_ids and len(changed) == 3
    assert not set(changed) & set(SEED_IDS)
    for k in changed:
        assert before[k]["body"] != after[k]["body"]
        path = str(after[k]["path"])
        _, h0, _ = base.render(path)
        _, h1, _ = mutated.render(path)
        assert h0["ETag"] != h1["ETag"] and h0["Last-Modified"] != h1["Last-Modified"]
    assert set(build_site(seed=4, mutate=5).mutated_ids) >= set(changed)


@pytest.mark.parametrize("variant", ["classic", "rich", "bare"])
def test_forced_variant_markup(variant: str) -> None:
    site = build_site(articles=40, seed=5, variant=variant)
    assert {a["variant"] for a in site.articles} == {variant}
    for a in site.articles[:10]:
        page = site.render(str(a["path"]))[2].decode("utf-8")
        has_ld = "application/ld+json" in page
        assert has_ld == (variant == "rich")
        assert ('property="og:locale"' in page) == (variant == "rich")
        assert "Поделиться" in page and "mailto:" in page
        if variant == "rich":
            assert f'"datePublished": "{a["published_at"]}"' in page
        if variant == "classic":
            assert '<html lang="ru">' in page and 'class="news-text"' in page
            assert f'<span class="views">{a["views"]}</span>' in page
        if variant == "bare":
            assert "<h2>" in page and 'class="views"' not in page
            assert "datetime=" not in page and "published_time" not in page
            assert not re.search(
                r"\d{1,2} [А-ЯA-Z][а-яa-z]+ (?:19|20)\d\d|\d\d\.\d\d\.20\d\d", page
            )


def test_big_site_builds_lazily() -> None:
    site = build_site(articles=50000, seed=3)
    status, _, body = site.render("/novosti?page=2500")
    assert status == 200
    path = re.findall(r'<div class="news_text"><a href="([^"]+)"', body.decode("utf-8"))[-1]
    status, _, body = site.render(path)
    assert status == 200 and b"news" in body
    assert site.render("/novosti?page=2501")[0] == 404


BODY = {
    "classic": '//div[@class="news-text"]/p',
    "rich": '//div[@class="article__body"]/p',
    "bare": "//h2/following-sibling::div[p]/p",
}
DATELINE = re.compile(r"^[^.]+\. [^.]+\. (?:Центр информации|Information Center) - ")


@pytest.mark.parametrize("variant", ["mixed", "bare"])
def test_truth_matches_the_page_text(variant: str) -> None:
    """The clean truth is what the raw page says once the SPEC normalisation is applied."""
    site = build_site(articles=240 if variant == "mixed" else 60, seed=9, variant=variant)
    hazards = {"\u00a0": 0, "&nbsp;": 0, "\u200b": 0, "<strong>": 0, "&laquo;": 0, "<p></p>": 0}
    for a in site.articles:
        html = site.render(str(a["path"]))[2].decode("utf-8")
        for h in hazards:
            hazards[h] += h in html
        sel = Selector(text=html)
        paras = [
            clean_text("".join(p.xpath(".//text()").getall()))
            for p in sel.xpath(BODY[str(a["variant"])])
        ]
        paras = [p for p in paras if p]
        if a["source"] is not None and paras[-1].startswith("Источник:"):
            assert paras.pop() == f"Источник: {a['source']}"
        m = DATELINE.match(paras[0])
        assert m, paras[0]
        paras[0] = paras[0][m.end() :]
        assert "\n\n".join(paras) == a["body"], a["id"]
        assert "Источник" not in str(a["body"]) and "USD/KZT" not in str(a["body"])
        title = sel.xpath("//h1 | //h2[not(@class)]")[0]
        assert clean_text("".join(title.xpath(".//text()").getall())) == a["title"]
        assert sel.xpath('//link[@rel="canonical"]/@href').get() == "https://ic24.kz" + str(
            a["canonical_path"]
        )
        links = sel.xpath('//a[contains(@href, "/news/")]/@href').getall()
        assert [re.search(r"-(u\d+)(?:\?|$)", h).group(1) for h in links] == a["related_ids"]  # type: ignore[union-attr]
        if a["photo_credit"]:
            assert f"Фото:{a['photo_credit']}" in html
    assert all(hazards.values()), hazards

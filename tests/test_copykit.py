"""The toolkit the copies of the outlet share: seeds, text tables, server, scorer."""

from __future__ import annotations

import http.client
from urllib.parse import urlsplit

import pytest

from tests.copykit import scoring, seeds, text
from tests.copykit.server import CopyServer

# ------------------------------------------------------------------------------------ seeds


def test_seeds_read_from_the_raw_dumps() -> None:
    en, ru = seeds.en(), seeds.ru()
    assert (en.id, en.lang, en.day.isoformat()) == ("u46768", "en", "2021-08-02")
    assert en.title == "Artwork of young Kazakhstanis presented in Luxembourg"
    assert (en.place, en.day_text, en.source) == ("Almaty", "August 2", "EU Reporter")
    assert en.paragraphs[0].startswith("The Kazakh diaspora gathered recently")
    assert len(en.paragraphs) == 7 and len(en.headlines) == 30
    # the dump's hazards stay in the raw text and are gone from the clean text
    assert "\u0415mbassies" in en.raw_paragraphs[-1] and "the Embassies of" in en.paragraphs[-1]
    assert "', \u00a0EU reporter" in en.raw_paragraphs[0] and "', EU reporter" in en.paragraphs[0]
    assert (ru.id, ru.lang, ru.place, ru.day_text, ru.source) == (
        "u45694", "ru", "Алматы", "16 апреля", "КазТАГ")
    assert ru.paragraphs[-1].endswith("- добавили в МИД РК.") and len(ru.paragraphs) == 10
    assert all(badge == "ru" for badge, _ in ru.headlines)
    assert not any("USD/KZT" in p or "Источник" in p for p in ru.paragraphs + en.paragraphs)


def test_seed_parse_rejects_text_without_dateline() -> None:
    with pytest.raises(StopIteration):
        seeds.parse("Title\n\nno dateline here\n", 1, seeds.en().day)


# ------------------------------------------------------------------------------------- text


def test_slugs_match_the_outlet_urls() -> None:
    assert text.ru_slug(seeds.ru().title) == (
        "u-kazakhstantsev-v-yaponii-poyavilas-sobstvennaya-assotsiatsiya")
    assert text.en_slug(seeds.en().title) == (
        "Artwork-of-young-Kazakhstanis-presented-in-Luxembourg")
    assert text.ru_slug("Шымкентте жастар форумы өтті") == "shymkentte-zhastar-forumy-otti"
    assert len(text.RU_MONTHS) == len(text.EN_MONTHS) == len(text.KK_MONTHS) == 12


def test_normalise_undoes_the_hazards() -> None:
    assert text.normalise("the \u0415mbassies\u00a0 of") == "the Embassies of"
    assert text.normalise("Кaзахстан") == "Казахстан"
    assert text.normalise("и\u0306") == "й"
    assert text.normalise("Кaзахстан", homoglyphs=False) == "Кaзахстан"


# ----------------------------------------------------------------------------------- server


def _raw(url: str, method: str, path: str) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    try:
        conn.request(method, path)
        resp = conn.getresponse()
        return resp.status, dict(resp.getheaders()), resp.read()
    finally:
        conn.close()


def test_server_serves_the_route_and_logs_requests() -> None:
    def route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
        if target.startswith("/ok"):
            return 200, {"Content-Type": "text/plain"}, f"{target} via {host}".encode()
        return 404, {"Content-Type": "text/plain"}, b"no"

    with CopyServer(route) as srv:
        assert srv.url.startswith("http://127.0.0.1:") and not srv.url.endswith(":0")
        status, headers, body = _raw(srv.url, "GET", "/ok?page=2")
        assert status == 200 and body == f"/ok?page=2 via {urlsplit(srv.url).netloc}".encode()
        assert headers["Content-Length"] == str(len(body)) and headers["Server"].strip() == "nginx"
        status, headers, body = _raw(srv.url, "HEAD", "/ok")
        assert status == 200 and body == b"" and int(headers["Content-Length"]) > 0
        assert _raw(srv.url, "GET", "/missing")[0] == 404
        assert srv.requests == [("GET", "/ok?page=2", 200), ("HEAD", "/ok", 200),
                                ("GET", "/missing", 404)]
        url = srv.url
    with pytest.raises(OSError):
        _raw(url, "GET", "/ok")


# ---------------------------------------------------------------------------------- scoring


def _truth() -> dict[str, dict[str, object]]:
    base = {f: None for f in scoring.SCORED_FIELDS}
    return {
        "u1": {**base, "id": "u1", "lang": "ru", "title": "А", "body": "x", "tags": ["a", "b"],
               "published_at": "2021-04-16T00:00:00+06:00", "views": 683},
        "u2": {**base, "id": "u2", "lang": "en", "title": "B", "body": "y\n\nz", "tags": [],
               "published_at": "2024-03-01T10:05:00+05:00", "views": 12},
    }


def test_scorer_perfect_feed_scores_full() -> None:
    truth = _truth()
    sc = scoring.score(truth, [{**t, "url": "http://x/"} for t in truth.values()],
                       scoring.SCORED_FIELDS)
    assert sc.found_rate == 1.0 and sc.accuracy == 1.0 and sc.failing() == []
    assert not sc.duplicates and not sc.unexpected and not sc.missing
    assert "100.0%" in scoring.report(sc)


def test_scorer_counts_mismatches_missing_duplicates() -> None:
    truth = _truth()
    first: dict[str, object] = {**truth["u1"], "tags": ["a"], "views": "683", "body": "x "}
    del first["source"]  # an absent key reads as null: source None is still right
    items: list[dict[str, object]] = [first, dict(first), {"id": "u9", "title": "other"}]
    sc = scoring.score(truth, items, scoring.SCORED_FIELDS)
    assert sc.found == 1 and sc.found_rate == 0.5
    assert sc.missing == ["u2"] and sc.duplicates == ["u1"] and sc.unexpected == ["u9"]
    assert sc.per_field["source"].ok == 1
    assert set(sc.failing()) == {"tags", "views", "body"}
    assert sc.accuracy == pytest.approx(7 / 10)
    text_ = scoring.report(sc)
    assert "expected ['a', 'b']" in text_ and "got      '683'" in text_
    assert "missing ids: ['u2']" in text_ and "duplicate ids: ['u1']" in text_


def test_scorer_comparison_rules() -> None:
    assert not scoring.exact("views", 683, 683.0)
    assert scoring.nfc_stripped("title", "й", " и\u0306 ")
    assert not scoring.exact("title", "й", " и\u0306 ")
    moment = scoring.same_moment
    assert moment("published_at", "2021-04-16T00:00:00+06:00", "2021-04-16T00:00+06:00")
    assert not moment("published_at", "2021-04-16T00:00:00+06:00", "2021-04-15T18:00:00+00:00")
    assert not moment("published_at", "2021-04-16T00:00:00+06:00", "16 April")
    assert not moment("views", 5, "5") and moment("views", None, None)

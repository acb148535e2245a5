"""The offline mirror of ic24.kz: content, determinism, pagination, HTTP behaviour, CLI."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Callable

import pytest

from kznews.mirror import MirrorServer, Site, build_site

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


def test_cli_prints_serving_line_first_and_serves(tmp_path: object) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "kznews.mirror", "--port", "0", "--articles", "40"],
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
    assert "Traceback" not in err


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

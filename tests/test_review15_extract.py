"""``kznews extract`` on pages a browser saved: the URL is taken from the page's own
``saved from url`` line (or a ``<base href>`` naming an article) when ``--url`` is left out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
PAGE = REPO / "tests/fixtures/pages/mirror-bare-en"
URL = "http://127.0.0.1:44663/" + json.loads((PAGE / "meta.json").read_text())["url"]


def extract(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kznews", "extract", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=120)


def record(proc: subprocess.CompletedProcess[str]) -> dict[str, object]:
    assert proc.returncode == 0, proc.stderr
    return {k: v for k, v in json.loads(proc.stdout).items() if k != "crawled_at"}


def test_a_saved_page_names_its_own_url(tmp_path: Path) -> None:
    html = (PAGE / "page.html").read_bytes()
    want = record(extract(str(PAGE / "page.html"), "--url", URL))
    chrome = tmp_path / "chrome.html"
    chrome.write_bytes(f"<!-- saved from url=({len(URL):04d}){URL} -->\r\n".encode() + html)
    assert record(extract(str(chrome))) == want
    based = tmp_path / "based.html"
    based.write_bytes(html.replace(b"<head>", f'<head><base href="{URL}">'.encode(), 1))
    assert record(extract(str(based))) == want
    # --url still wins over what the page says
    other = URL.replace("127.0.0.1:44663", "ic24.kz")
    assert record(extract(str(chrome), "--url", other))["url"] == other
    bare = extract(str(PAGE / "page.html"))
    assert bare.returncode == 2 and bare.stderr.count("\n") == 1
    assert bare.stderr.startswith("error: --url is needed"), bare.stderr


def test_pictures_saved_beside_the_page_are_no_image_urls(tmp_path: Path) -> None:
    """"Save page as… complete" points each picture at a copy in a folder beside the page:
    resolved against the article's URL that names nothing on the outlet, so such pictures
    leave ``image_urls`` with one warning; every other field is as for the page as served."""
    page = REPO / "tests/fixtures/pages/mirror-classic-ru"
    url = "https://ic24.kz/" + json.loads((page / "meta.json").read_text())["url"]
    html = (page / "page.html").read_bytes()
    want = record(extract(str(page / "page.html"), "--url", url))
    photo = urlsplit(want["image_urls"][0]).path  # type: ignore[index]
    assert photo.encode() in html
    folder = "Жителей Алгабаса подключат_files"
    saved = html.replace(f'src="{photo}"'.encode(), f'src="./{folder}/{photo.rsplit("/", 1)[-1]}"'
                         .encode()).replace(b'src="/local/', f'src="./{folder}/'.encode())
    chrome = tmp_path / "saved.html"
    chrome.write_bytes(f"<!-- saved from url=({len(url):04d}){url} -->\r\n".encode() + saved)
    proc = extract(str(chrome))
    got = record(proc)
    assert got["image_urls"] == []
    assert {k: v for k, v in got.items() if k not in ("image_urls", "extraction")} == {
        k: v for k, v in want.items() if k not in ("image_urls", "extraction")}
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("warning: 1 picture(s)")
    assert f"({folder}/…)" in proc.stderr
    # a page saved as HTML only keeps its pictures' addresses
    plain = tmp_path / "plain.html"
    plain.write_bytes(f"<!-- saved from url=({len(url):04d}){url} -->\r\n".encode() + html)
    kept = extract(str(plain))
    assert record(kept)["image_urls"] == want["image_urls"] and kept.stderr == ""

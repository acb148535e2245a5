"""``python -m bench --quick`` runs end to end and writes a results file with every section.

Only the harness is checked: no timing is asserted (the machine is shared, numbers are noisy).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.crawl_helpers import REPO


def test_quick_bench_writes_every_section(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "bench", "--quick", "--out", str(tmp_path)],
                          cwd=REPO, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    files = list(tmp_path.glob("*-quick.json"))
    assert len(files) == 1
    result = json.loads(files[0].read_text("utf-8"))
    assert result["quick"] is True
    assert result["sections"] == ["extraction", "crawl", "memory", "recrawl", "replay"]
    assert {"machine", "load_start", "load_end", "targets"} <= set(result)

    extraction = result["extraction"]
    assert {"pages_per_s", "body_f1", "fields"} <= set(extraction["kznews"])
    assert extraction["kznews"]["failed_pages"] == 0
    assert "trafilatura" in extraction  # None when trafilatura is not installed
    if extraction["trafilatura"] is not None:
        assert {"pages_per_s", "with_metadata_pages_per_s", "body_f1", "fields"} <= set(
            extraction["trafilatura"])

    crawl = result["crawl"]
    for spider in ("centerinform", "bare_scrapy"):
        assert crawl[spider]["exit"] == 0
        assert {"requests", "requests_per_s", "seconds", "load"} <= set(crawl[spider])
    assert crawl["same_requests"] is True
    assert crawl["centerinform"]["items"] == crawl["articles"]
    assert "ratio" in crawl

    memory = result["memory"]
    assert {"peak_mb", "rss_at_10pct_mb", "rss_end_mb", "growth_after_warmup_mb"} <= set(memory)

    recrawl = result["recrawl"]
    assert recrawl["second_run"]["exit"] == 0
    assert 0 <= recrawl["share"] <= 1
    replay = result["replay"]
    for run in ("live", "live_archived", "replay"):
        assert replay[run]["exit"] == 0 and replay[run]["items"] == replay["articles"]
    assert replay["replay"]["pages_per_s"] > 0 and replay["archive_mb_per_1000_articles"] > 0
    assert replay["extraction"]["pages"] >= replay["articles"]
    assert set(result["targets"]) == {"extraction", "crawl", "memory", "recrawl"} or (
        extraction["trafilatura"] is None)
    assert "| target" in proc.stdout


def test_unknown_section_is_refused() -> None:
    proc = subprocess.run([sys.executable, "-m", "bench", "--only", "speed"], cwd=REPO,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "unknown section" in proc.stderr


def test_records_diff_names_the_changed_field_and_fails(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    from bench import records

    item = {"id": "u1", "lang": "ru", "url": "http://127.0.0.1:5/news/a-u1", "title": "A",
            "canonical_url": "http://127.0.0.1:5/news/a-u1", "crawled_at": "2026-01-01T00:00:00Z",
            "image_urls": [], "related": [{"url": "http://127.0.0.1:5/news/b-u2", "id": "u2"}]}
    rec = records.normalise(item)
    assert "crawled_at" not in rec and rec["url"] == "news/a-u1"
    assert rec["related"][0]["url"] == "news/b-u2"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "mirror.jsonl").write_text(json.dumps(rec) + "\n")
    (tmp_path / "b" / "mirror.jsonl").write_text(json.dumps({**rec, "title": "B"}) + "\n")
    assert records.diff(tmp_path / "a", tmp_path / "a") == 0
    assert records.diff(tmp_path / "a", tmp_path / "b") == 1
    out = capsys.readouterr().out
    assert "title: 'A' -> 'B'" in out and "1 changed" in out


def test_extraction_on_a_copy_quick(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bench import extraction

    assert extraction.main(["--site", "other", "--quick", "--out", str(tmp_path)]) == 0
    files = list(tmp_path.glob("*-extraction-other-quick.json"))
    assert len(files) == 1
    result = json.loads(files[0].read_text("utf-8"))
    assert result["quick"] is True and {"machine", "load_start", "load_end"} <= set(result)
    assert list(result["sites"]) == ["other"]
    site = result["sites"]["other"]
    assert 0 < site["pages"] <= 12 and site["unlisted"] == []
    assert sum(site["encodings"].values()) == site["pages"]
    kz = site["kznews"]
    assert kz["failed_pages"] == 0 and kz["pages_per_s"] > 0
    assert set(kz["fields"]) >= {"title", "published_at", "body", "tags", "views"}
    scores = [kz["body_f1"], kz["body_exact"], *kz["fields"].values()]
    tf = site["trafilatura"]
    if tf is not None:  # None when trafilatura is not installed
        assert tf["pages_per_s"] > 0 and tf["with_metadata_pages_per_s"] > 0
        assert site["speedup_vs_extract"] > 0 and site["speedup_vs_metadata"] > 0
        scores += [tf["body_f1"], tf["body_exact"], *tf["fields"].values()]
    assert all(isinstance(s, float | int) and 0.0 <= s <= 1.0 for s in scores), scores
    out = capsys.readouterr().out
    assert "| other " in out and "kznews body F1" in out


@pytest.mark.parametrize(("label", "body", "text"), [
    ("text/html; charset=windows-1251", "Новости".encode("cp1251"), "Новости"),
    ("text/html; charset=utf-8", "Новости дня".encode("cp1251"), "Новости дня"),  # label lies
    ("text/html", "Қоғам".encode(), "Қоғам"),
])
def test_copy_pages_are_decoded_as_scrapy_with_the_charset_repair(
        label: str, body: bytes, text: str) -> None:
    from bench.copies import fetch

    def route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
        if target == "/old":
            return 301, {"Location": "/news/a-u1"}, b""
        return 200, {"Content-Type": label}, b"<html><body><p>" + body + b"</p></body></html>"

    response = fetch(route, "http://h/old")
    assert response.url == "http://h/news/a-u1"
    assert f"<p>{text}</p>" in response.text


def test_extraction_refuses_an_unknown_site(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    from bench import extraction

    with pytest.raises(SystemExit) as exit_:
        extraction.main(["--site", "nosuchcopy", "--out", str(tmp_path)])
    assert exit_.value.code == 2 and "invalid choice: 'nosuchcopy'" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_crawl_compare_refuses_a_directory_without_kznews(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "bench.crawl_compare", "--base", str(tmp_path),
                           "--out", str(tmp_path)], cwd=REPO, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 2
    assert f"{tmp_path}: no kznews checkout there" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_crawl_compare_two_checkouts_of_a_small_mirror() -> None:
    from bench import crawl_compare

    result = crawl_compare.run(REPO, articles=20, rounds=1)
    assert len(result["rounds"]) == 1
    for one in result["rounds"]:
        assert one["bare_scrapy"]["exit"] == 0
        for name in ("base", "this"):
            assert one[name]["exit"] == 0
            assert one[name]["items"] == 20
            assert one[name]["ratio"] == round(
                one[name]["requests_per_s"] / one["bare_scrapy"]["requests_per_s"], 3)
    summary = result["summary"]
    assert summary["this"]["ratios"] == [r["this"]["ratio"] for r in result["rounds"]]
    assert "median ratio: base" in crawl_compare.render(result)


def _realworld_folder(folder: Path) -> None:
    """Two pages in the public benchmark's layout: an article and a page with no text."""
    import gzip

    text = ("The council approved the new bridge over the river on Tuesday evening. "
            "Work starts in spring and should end within two years, officials said.")
    more = ("The bridge will carry four lanes of traffic and a cycle path on each side. "
            "Its cost is put at twelve billion tenge, most of it from the city budget.")
    article = ("<html lang='en'><head><title>Bridge approved</title>"
               "<meta property='article:published_time' content='2024-05-11T10:20:00+06:00'>"
               "</head><body><article><h1>Bridge approved</h1>"
               f"<div class='article-text'><p>{text}</p><p>{more}</p></div></article>"
               "</body></html>")
    (folder / "html").mkdir()
    (folder / "html" / "a1.html.gz").write_bytes(gzip.compress(article.encode()))
    (folder / "html" / "b2.html.gz").write_bytes(gzip.compress(b"<html><body></body></html>"))
    (folder / "ground-truth.json").write_text(json.dumps({
        "a1": {"articleBody": f"{text}\n{more}", "url": "https://example.org/a"},
        "b2": {"articleBody": "Nothing here at all.", "url": "https://example.org/b"}}))


def test_realworld_bench_scores_and_names_the_drops(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    from bench import realworld

    _realworld_folder(tmp_path)
    assert realworld.main([str(tmp_path), "--repeats", "1", "--out", str(tmp_path / "out")]) == 0
    result = json.loads(next((tmp_path / "out").glob("*-realworld.json")).read_text("utf-8"))
    kz = result["realworld"]["kznews"]
    assert result["realworld"]["pages"] == 2
    assert kz["dropped"] == 1 and sum(kz["dropped_by_reason"].values()) == 1
    assert 0.45 < kz["body_f1"] <= 0.5  # the article read whole, the empty page nothing
    assert "dropped 1:" in capsys.readouterr().out


def test_realworld_bench_refuses_a_folder_without_pages(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    from bench import realworld

    assert realworld.main([str(tmp_path)]) == 2
    assert "ground-truth.json" in capsys.readouterr().err

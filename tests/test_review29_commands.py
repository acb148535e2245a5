"""``kznews demo`` given an option its crawl refuses: the crawl's one line was followed by a
summary saying "feeds: nothing new since the last run" (nothing was fetched), and an empty
``runs/`` folder was left behind."""

from __future__ import annotations

from pathlib import Path

from tests.test_user_mistakes import kznews, one_line


def test_demo_with_an_option_its_crawl_refuses_says_only_why(tmp_path: Path) -> None:
    proc = kznews("demo", "--articles", "4", "--bogus", cwd=tmp_path)
    assert one_line(proc) == "error: unknown option '--bogus'; `kznews crawl --help` lists " \
                             "every one"
    assert "feeds:" not in proc.stdout and "report:" not in proc.stdout
    assert not (tmp_path / "runs").exists()


def test_demo_keeps_a_runs_folder_it_did_not_make(tmp_path: Path) -> None:
    (tmp_path / "runs").mkdir()
    (tmp_path / "runs" / "articles-earlier.jsonl").write_text("{}\n")
    proc = kznews("demo", "--articles", "4", "-a", "max_pages=0", cwd=tmp_path)
    assert one_line(proc) == "error: max_pages must be ≥ 1, got '0'"
    assert (tmp_path / "runs" / "articles-earlier.jsonl").read_text() == "{}\n"

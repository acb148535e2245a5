"""A page dated only by a year-less dateline, reached through a related link before the
listing page that dates it, takes its year once the listing has been read.

The newest article links to an old one printed with nothing but ``Алматы. 8 августа.``; the
listing shows the old one on its last page with its full date. Known ids when the old page
first arrives are all years newer, so a guess from them would be a wrong year; the crawl must
wait for the listing instead (served by a real local server).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from tests.copykit.server import CopyServer
from tests.crawl_helpers import run_crawl

HTML = {"Content-Type": "text/html; charset=utf-8"}
OLD_ID, OLD_DAY = 42613, date(2020, 8, 8)
NEWEST = date(2026, 11, 20)
PER_PAGE, RECENT = 5, 30  # recent articles, one a day, ids u60000 down


def _recent(n: int) -> tuple[int, date]:
    return 60000 - 3 * n, NEWEST - timedelta(days=n)


def _dated_page(num: int, day: date, related: str = "") -> bytes:
    return f"""<!doctype html><html lang="ru"><head><meta charset="utf-8">
<title>Новость номер {num}</title>
<meta property="article:published_time" content="{day.isoformat()}T10:00:00+05:00"></head>
<body><article><h1>Новость номер {num}</h1><div class="news-text">
<p>В городе прошло совещание номер {num} о планах развития транспорта и дорог.</p>
<p>Участники обсудили сроки ремонта и новые маршруты автобусов на год.</p>
</div>{related}</article></body></html>""".encode()


def _bare_page() -> bytes:
    return f"""<!doctype html><html lang="ru"><head><meta charset="utf-8">
<title>Старая новость о ярмарке</title></head>
<body><article><h1>Старая новость о ярмарке</h1><div class="news-text">
<p>Алматы. {OLD_DAY.day} августа. Центр информации - В городе открылась сельская ярмарка.</p>
<p>Фермеры привезли овощи, фрукты и мёд из пяти районов области.</p>
</div></article></body></html>""".encode()


def route(target: str, host: str) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(target)
    if parts.path == f"/news/staraya-novost-u{OLD_ID}":
        return 200, HTML, _bare_page()
    if parts.path.startswith("/news/novost-u"):
        num = int(parts.path.rsplit("-u", 1)[1])
        day = next((d for i, d in map(_recent, range(RECENT)) if i == num), None)
        if day is None:
            return 404, HTML, b""
        related = (f'<div class="related"><a href="/news/staraya-novost-u{OLD_ID}">'
                   "Старая новость о ярмарке</a></div>") if day == NEWEST else ""
        return 200, HTML, _dated_page(num, day, related)
    if parts.path.rstrip("/") != "/novosti":
        return 404, HTML, b"<html><body>not found</body></html>"
    page = int(parse_qs(parts.query).get("page", ["1"])[0])
    rows = [f'<div class="item"><a href="/news/novost-u{i}">Новость номер {i}</a> '
            f"<span>{d:%d.%m.%Y}</span></div>" for i, d in map(_recent, range(RECENT))]
    rows.append(f'<div class="item"><a href="/news/staraya-novost-u{OLD_ID}">Старая новость о '
                f"ярмарке</a> <span>{OLD_DAY:%d.%m.%Y}</span></div>")
    pages = -(-len(rows) // PER_PAGE)
    shown = rows[(page - 1) * PER_PAGE:page * PER_PAGE]
    pager = f'<a rel="next" href="/novosti?page={page + 1}">Далее</a>' if page < pages else ""
    return 200, HTML, f'<html><body>{"".join(shown)}{pager}</body></html>'.encode()


def test_a_related_page_with_a_year_less_dateline_waits_for_its_listing_date(
        tmp_path: Path) -> None:
    with CopyServer(route) as srv:
        result = run_crawl(srv.url, tmp_path, "-a", "max_pages=20",
                           settings={"KZNEWS_RENDER": "never"})
        asked = [t for _, t, _ in srv.requests if t.endswith(f"-u{OLD_ID}")]
    assert result.returncode == 0, result.stderr[-3000:]
    old = [i for i in result.items if i["id"] == f"u{OLD_ID}"]
    assert len(old) == 1, [i["id"] for i in result.items]
    assert old[0]["published_at"] == "2020-08-08T00:00:00+06:00", old[0]["date_source"]
    assert old[0]["date_source"] == "dateline+listing"
    assert len(asked) <= 2, asked  # the first fetch, and once more after the listing

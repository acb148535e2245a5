"""A tiny hostile copy of the outlet: a listing page and article pages whose fields carry
markup, bidi controls, lone surrogates, runaway nesting and parser traps.

Every article is complete to a reader of the page (title, dated body, source line), so a
crawler that loses one, or exports a tag, a control character or half a body, is wrong.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DEEP = 3000  # past libxml2's 2,048 levels
LD_DEEP = 10_000  # past Python's recursion limit


@dataclass(frozen=True)
class Case:
    id: str
    probe: str
    head: str = ""
    before: str = ""
    body: str = ""
    after: str = ""
    expect: tuple[str, ...] = ()
    """Paragraph text the exported body must hold (all of it, not a cut copy)."""


def _ld(data: object) -> str:
    # As a server must write it: "</" escaped, or the script element ends inside the JSON.
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>'


LEAD = "Алматы. 16 апреля. Центр информации - В городе открыли новый парк."
PARAS = f"<p>{LEAD}</p><p>Работы заняли два года.</p>"
LAST = "<p>Последний абзац статьи.</p><p>Источник: КазТАГ</p>"


def cases() -> list[Case]:
    deep_ld = '{"@type": "NewsArticle", "headline": "Парк открыт", "datePublished": ' \
              '"2021-04-16T10:00:00+05:00", "about": ' + "[" * LD_DEEP + "]" * LD_DEEP + "}"
    return [
        Case("u1001", "JSON-LD articleBody and headline holding HTML", head=_ld({
            "@type": "NewsArticle", "datePublished": "2021-04-16",
            "headline": "Парк <script>alert(1)</script><b>открыт</b>",
            "articleBody": f"<p>{LEAD}</p><script>alert(2)</script><img src=x onerror=alert(3)>"
                           "<p>Второй <b>абзац</b>.</p><style>p{}</style><p>Источник: КазТАГ</p>",
            "keywords": ["<i>парк</i>", "город<script>x()</script>"]}),
            body="", expect=("В городе открыли новый парк.", "Второй абзац.")),
        Case("u1002", "og:title and meta tags holding (escaped) HTML",
             head='<meta property="og:title" content="&lt;b&gt;Парк&lt;/b&gt; открыт '
                  '&lt;script&gt;alert(1)&lt;/script&gt;"><meta property="article:tag" '
                  'content="&lt;img src=x onerror=alert(1)&gt;парк">'
                  '<meta property="article:section" content="&lt;b&gt;Социум&lt;/b&gt;">',
             body=PARAS + LAST, expect=("Работы заняли два года.",)),
        Case("u1003", "raw-text elements in the body",
             body=PARAS + "<xmp><b>x</b><img src=x onerror=alert(1)></xmp>"
                  "<noembed><script>alert(2)</script></noembed><noframes><i>y</i></noframes>"
                  "<listing><b>z</b></listing>" + LAST,
             expect=("Работы заняли два года.", "Последний абзац статьи.")),
        Case("u1004", "<plaintext> swallowing the rest of the page",
             body=PARAS + "<p>Последний абзац статьи.</p><p>Источник: КазТАГ</p>"
                  "<plaintext><b>junk</b>", expect=("Работы заняли два года.",)),
        Case("u1005", "bidi and other format/control characters in every text field",
             head='<meta property="article:tag" content="\u202eпарк\u202c">'
                  '<meta property="article:section" content="Соц\u2066иум\u2069">'
                  '<meta property="og:image" content="/upload/фото 1\u202egpj.exe">'
                  + _ld({"@type": "NewsArticle", "image": ['/upload/a"b<i>.jpg', "/x\u200f.png"]}),
             body=f"<p>{LEAD[:7]}\u200f{LEAD[7:]}</p><p>Работы \u202bзаняли\u202c два "
                  "года.\u061c\u2067</p><p>Последний абзац статьи.\u0007</p>"
                  "<p>Источник: Каз\u200eТАГ</p>",
             expect=("Работы заняли два года.", "Последний абзац статьи.")),
        Case("u1006", "JSON-LD nested 10,000 levels deep",
             head=f'<script type="application/ld+json">{deep_ld}</script>',
             body=PARAS + LAST, expect=("Работы заняли два года.",)),
        Case("u1007", "lone surrogate (JSON escape) in the JSON-LD headline",
             head='<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
                  '"Парк \\ud800открыт", "datePublished": "2021-04-16", '
                  '"keywords": "парк\\udfff, город"}</script>',
             body=PARAS + LAST, expect=("Работы заняли два года.",)),
        Case("u1008", "3,000 nested divs before the article",
             before="<aside>" + "<div>" * DEEP + "виджет" + "</div>" * DEEP + "</aside>",
             body=PARAS + LAST, expect=("Работы заняли два года.", "Последний абзац статьи.")),
        Case("u1009", "3,000 nested divs inside the body, text after them",
             body=PARAS + "<div>" * DEEP + "<p>Глубокий абзац.</p>" + "</div>" * DEEP + LAST,
             expect=("Глубокий абзац.", "Последний абзац статьи.")),
        Case("u1010", "a stray </html> inside the body",
             body=PARAS + "<div class=ad>реклама</div></body></html>" + LAST,
             expect=("Работы заняли два года.", "Последний абзац статьи.")),
        Case("u1011", "markup escaped twice in the page text",
             body=f"<p>{LEAD}</p><p>Работы &lt;script&gt;alert(1)&lt;/script&gt;заняли "
                  "&lt;b&gt;два&lt;/b&gt; года.</p>" + LAST,
             expect=("Работы заняли два года.",)),
    ]


def article_page(case: Case) -> str:
    title = "" if case.body == "" else '<h1 class="news-title">Парк открыт</h1>'
    date = "" if case.body == "" else '<div class="news-info"><span class="date">16 Апреля 2021' \
                                      "</span></div>"
    body = f'<div class="news-text">{case.body}</div>' if case.body else ""
    return (f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Парк открыт'
            f"</title>{case.head}</head><body>{case.before}<div class=news-detail>{title}"
            f"{date}{body}</div>{case.after}<footer>© ic24</footer></body></html>")


def listing_page(all_cases: list[Case]) -> str:
    items = "".join(f'<div class="item"><span class="date">16.04.2021</span> '
                    f'<a href="/news/park-{c.id}">Парк открыт</a></div>' for c in all_cases)
    return f'<html><body><div class="news-list">{items}</div></body></html>'


class _Handler(BaseHTTPRequestHandler):
    pages: dict[str, str] = {}

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        page = self.pages.get(self.path.split("?")[0].rstrip("/") or "/")
        data = (page or "not found").encode("utf-8")
        self.send_response(200 if page is not None else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@contextmanager
def serve_hostile(all_cases: list[Case]) -> Iterator[str]:
    """The listing at ``/novosti`` and every case's article page, on 127.0.0.1 port 0."""
    pages = {f"/news/park-{c.id}": article_page(c) for c in all_cases}
    pages["/novosti"] = listing_page(all_cases)
    handler = type("Handler", (_Handler,), {"pages": pages})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()

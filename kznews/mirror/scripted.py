"""Script-built article pages of the mirror: the text arrives by JavaScript.

``build_site(scripted=K)`` makes K deterministic non-seed articles script-built: their static
HTML is the article's usual template with the body paragraphs (and the source line) and the
date taken out, shipped instead as inline JSON (``<script type="application/json"
id="news-data">``) that a small script puts back where they were once the DOM is ready. The
rich template's ``NewsArticle`` JSON-LD and ``article:*_time`` metas travel the same way. A
browser therefore ends with the very DOM of the static template, so the ground truth of those
articles is unchanged; a crawler that reads the static HTML finds no body and no date. On
these pages a script also fills the currency widget with rates (static HTML: ``0.0``).

``hanging=H``: the first H scripted articles also load a parser-blocking
``<script src="/local/templates/ic24/js/counter.js?id=uN">`` that the server never answers
(until :meth:`Site.release_hanging` or ``HOLD_SECONDS``): a browser never sees their
``DOMContentLoaded``; a plain HTTP client is not affected.
"""

from __future__ import annotations

import json
import random
import re
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .site import Plan

HANG_SCRIPT = "/local/templates/ic24/js/counter.js"
HOLD_SECONDS = 300.0
JS_TYPE = "application/javascript; charset=utf-8"

_HEADLINE_END = re.compile(r"</h[12]>")
_BODY_END = "<script>var ic24News"
_CLASSIC_DATE = re.compile(r'(<span class="date">)(.*?)(</span>)')
_RICH_DATE = re.compile(r'<time class="article__date" datetime="([^"]*)">(.*?)</time>')
_HEAD_DATED = re.compile(
    r'<meta property="article:(?:published|modified)_time" content="[^"]*">\n'
    r'|<script type="application/ld\+json">\n(?:(?!</script>).)*?"NewsArticle"'
    r"(?:(?!</script>).)*?</script>\n",
    re.S,
)

BUILDER = """<script>
(function () {
  function build() {
    var holder = document.getElementById('news-data');
    if (!holder || holder.dataset.built) return;
    holder.dataset.built = '1';
    var d = JSON.parse(holder.textContent);
    holder.insertAdjacentHTML('beforebegin', d.body);
    var date = document.querySelector('.news-info .date');
    if (date && d.date) date.textContent = d.date;
    var time = document.querySelector('time.article__date');
    if (time && d.datetime) {
      time.setAttribute('datetime', d.datetime);
      time.textContent = d.dateText;
    }
    if (d.head) document.head.insertAdjacentHTML('beforeend', d.head);
    var rates = d.rates;
    document.querySelectorAll('.currency li span, .rates__value').forEach(function (el) {
      var cur = (el.parentNode.textContent.match(/[A-Z]{3}(?=\\/KZT)/) || [])[0];
      if (cur && rates[cur]) el.textContent = rates[cur];
    });
    document.querySelectorAll('li, .rates-inline').forEach(function (el) {
      var m = el.children.length === 0 && el.textContent.match(/^([A-Z]{3})\\/KZT 0\\.0$/);
      if (m && rates[m[1]]) el.textContent = m[1] + '/KZT ' + rates[m[1]];
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', build);
  else build();
})();
</script>
"""


def choose(nums: Iterable[int], seed: int, scripted: int, hanging: int
           ) -> tuple[frozenset[int], frozenset[int]]:
    """The scripted and hanging article numbers: a fixed per-seed order over ``nums`` (the
    non-seed articles), so ``scripted=3`` ⊂ ``scripted=5`` and hanging ⊂ scripted."""
    order = sorted(nums)
    random.Random(f"kznews-mirror/{seed}/scripted").shuffle(order)
    return frozenset(order[:scripted]), frozenset(order[:hanging])


def rates(p: Plan) -> dict[str, str]:
    """The day's exchange rates the widget script shows (tenge per unit, two decimals)."""
    rng = random.Random(p.day.toordinal())
    return {
        "USD": f"{rng.uniform(420, 520):.2f}",
        "EUR": f"{rng.uniform(460, 600):.2f}",
        "RUB": f"{rng.uniform(4.5, 6.5):.2f}",
        "CNY": f"{rng.uniform(58, 72):.2f}",
    }


def _json_script(data: dict[str, object]) -> str:
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/").replace("<!--", "<\\!--")
    return f'<script type="application/json" id="news-data">{text}</script>\n'


def script_built(page: str, p: Plan, hang: bool = False) -> str:
    """The static HTML of ``p``'s script-built version, made from its template's HTML."""
    headline = _HEADLINE_END.search(page)
    end = page.find(_BODY_END)
    start = page.find("<p", headline.end()) if headline else -1
    if not headline or start < 0 or end < start:
        raise ValueError(f"{p.id}: no body to move into a script")
    data: dict[str, object] = {"body": page[start:end], "rates": rates(p)}
    head_parts = _HEAD_DATED.findall(page[: page.find("</head>")])
    if head_parts:
        data["head"] = "".join(head_parts)
    classic = _CLASSIC_DATE.search(page)
    if classic:
        data["date"] = classic.group(2)
    rich = _RICH_DATE.search(page)
    if rich:
        data["datetime"], data["dateText"] = rich.group(1), rich.group(2)
    hang_tag = f'<script src="{HANG_SCRIPT}?id={p.id}"></script>\n' if hang else ""
    noscript = ('<noscript><p>Для чтения новости включите JavaScript. '
                "Please enable JavaScript to read this story.</p></noscript>\n")
    out = page[:start] + noscript + hang_tag + _json_script(data) + BUILDER + page[end:]
    for part in head_parts:
        out = out.replace(part, "", 1)
    out = _CLASSIC_DATE.sub(r"\1\3", out, count=1)
    return _RICH_DATE.sub('<time class="article__date"></time>', out, count=1)


class Holder:
    """Holds the hanging script's requests open until released (or ``HOLD_SECONDS``)."""

    def __init__(self) -> None:
        self._release = threading.Event()
        self.held = 0

    def hold(self) -> tuple[int, str, bytes]:
        self.held += 1
        self._release.wait(HOLD_SECONDS)
        return 200, JS_TYPE, b"/* counter */\n"

    def release(self) -> None:
        self._release.set()

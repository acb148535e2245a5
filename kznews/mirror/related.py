"""Articles of the mirror that only a related-link block reaches (``related_only``).

Each is on no listing page, in no sitemap or feed and in no other headline block than its
parent's. About two thirds hang off articles of the first listing page (one related-link hop
from the listing); the rest off those (two hops), so a crawl's ``related_depth`` decides
which of them it reaches. Parents are on the first listing page because a crawl counts an
article as listed only once it has read the listing page showing it.
"""

from __future__ import annotations

import random
from collections.abc import Sequence


def choose_parents(candidates: Sequence[int], count: int, first_page: Sequence[int],
                   seed: int) -> dict[int, int]:
    """Listing position of each related-only article -> the position of the one article
    whose headline block links it."""
    rng = random.Random(f"kznews-mirror/{seed}/related-only")
    chosen = rng.sample(list(candidates), count)
    near = max(1, (2 * count + 2) // 3)
    parents: dict[int, int] = {}
    for k, index in enumerate(chosen):
        parents[index] = rng.choice(first_page) if k < near else rng.choice(chosen[:near])
    return parents


def hops(parents: dict[int, int]) -> dict[int, int]:
    """Related-link hops from the listing to each related-only article."""
    out: dict[int, int] = {}
    for index in parents:
        hop, at = 0, index
        while at in parents:
            hop, at = hop + 1, parents[at]
        out[index] = hop
    return out


def children(parents: dict[int, int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for index, parent in sorted(parents.items()):
        out.setdefault(parent, []).append(index)
    return out

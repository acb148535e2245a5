"""A photo's copies named by a sizing query are the file itself; a different file of the same
name, a signed or tokened address, and a query naming more than a size keep theirs."""

from __future__ import annotations

import pytest

from kznews.extract.variants import one_per_photo, unsized


def test_a_file_of_the_same_name_elsewhere_is_another_photo() -> None:
    assert one_per_photo(["https://a.kz/media/12/a.jpg?width=800",
                          "https://a.kz/media/34/a.jpg"]) == ["https://a.kz/media/12/a.jpg",
                                                              "https://a.kz/media/34/a.jpg"]


@pytest.mark.parametrize("url", [
    "https://a.kz/img/a.jpg?w=800&h=600&fit=crop&s=0123456789abcdef",  # imgix's signature
    "https://cdn.a.kz/a.jpg?w=800&Expires=1700000000&Signature=abc&Key-Pair-Id=K",
    "https://a.kz/files/styles/large/public/a.jpg?itok=Ab12Cd34",
    "https://a.kz/media/a.jpg?rect=0,0,400,300&w=400",
    "https://a.kz/image.php?id=5&w=800",
    "https://a.kz/a.jpg?v=3&w=800",
])
def test_a_query_naming_more_than_a_size_stays(url: str) -> None:
    assert unsized(url) == url
    assert one_per_photo([url]) == [url]


@pytest.mark.parametrize("url", [
    "https://a.kz/media/12/a.jpg?anchor=center&mode=crop&width=1200&height=675&rnd=13320535",
    "https://a.kz/a.jpg?w=800&fit=crop&auto=format&q=75",
    "https://a.kz/a.JPG?format=webp&quality=80",
])
def test_a_sizing_query_is_the_file(url: str) -> None:
    assert unsized(url) == url.split("?")[0]

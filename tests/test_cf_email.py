"""Addresses hidden by Cloudflare's e-mail obfuscation are read as a browser shows them
(kznews.extract.markup.decode_cf_emails): a story's ``press@almaty.gov.kz`` came out as
``[email protected]``."""

from __future__ import annotations

import pytest

from kznews import article_from_html
from kznews.extract.markup import cf_email

URL = "https://ic24.kz/news/spravki-po-pochte-u51506"


def hidden(address: str, key: int = 0x5A) -> str:
    return bytes([key, *(b ^ key for b in address.encode())]).hex()


def page(line: str) -> str:
    text = "".join(f"<p>Абзац {i}: жители города получат справки быстрее, сообщили в акимате.</p>"
                   for i in range(3))
    return ('<html lang="ru"><head><title>Справки по почте</title></head><body><article>'
            '<h1>Справки по почте</h1><div class="news_text"><p>Алматы. 16 апреля. Центр '
            f'информации - В акимате рассказали о новом порядке.</p>{text}<p>{line}</p>'
            '</div></article></body></html>')


def body(html: str) -> str:
    found = article_from_html(html, URL)
    assert found is not None
    return str(found["body"])


@pytest.mark.parametrize("markup", [
    '<a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="{h}">'
    '[email&#160;protected]</a>',
    '<a href="/cdn-cgi/l/email-protection#{h}"><span class="__cf_email__" data-cfemail="{h}">'
    '[email&#160;protected]</span></a>',
])
def test_a_hidden_address_reads_as_the_address(markup: str) -> None:
    line = "Справки можно получить по электронной почте " + markup.format(
        h=hidden("press@almaty.gov.kz")) + "."
    assert body(page(line)).endswith("по электронной почте press@almaty.gov.kz.")


def test_the_address_decodes_with_any_key() -> None:
    for key in (0x00, 0x17, 0xFF):
        assert cf_email(hidden("info@ic24.kz", key)) == "info@ic24.kz"


@pytest.mark.parametrize("value", ["", "zz", "4242", "5a" + "00" * 5, hidden("not an address")])
def test_a_value_hiding_no_address_is_left_as_it_is(value: str) -> None:
    assert cf_email(value) is None
    line = f'Пишите нам: <span data-cfemail="{value}">[email protected]</span>.'
    assert body(page(line)).endswith("Пишите нам: [email protected].")

"""A page's language: Latin-script Kazakh, Russian quoting Kazakh, short Kazakh without its
own letters, and what a declared language decides."""

from __future__ import annotations

import pytest

from kznews import article_from_html
from kznews.language import detect_lang, text_lang

URL = "http://h/news/some-story-u50002"
STAMP = '<time class="entry-date" datetime="2023-04-20T14:35:00+06:00">20.04.2023</time>'


def _page(title: str, paragraphs: list[str], lang: str | None = None) -> str:
    opening = f'<html lang="{lang}">' if lang else "<html>"
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"{opening}<head><title>{title}</title></head><body><article class=\"post\">"
            f'<h1 class="entry-title">{title}</h1>{STAMP}<div class="entry-content">{body}</div>'
            "</article></body></html>")


def _lang(html: str) -> object:
    rec = article_from_html(html, URL)
    assert rec is not None
    return rec["lang"]


@pytest.mark.parametrize(("text", "hint", "expected"), [
    # Latin Kazakh: 2021 letters, 2018 acute letters, apostrophe spelling, plain ASCII with q
    ("Pavlodarda jaña köpır salyndy\nKöpırdıñ ūzyndyğy ekı jüz metr, jūmys küzde bıtedı.",
     None, "kk"),
    ("Qostanaıda jańa aýrýhana ashyldy\nAýrýhana eki júz tósekke arnalǵan.", None, "kk"),
    ("Oral qalasynda jan'a sayabaq as'yldy\nSayabaqta balalarg'a arnalg'an alan'qay bar.",
     None, "kk"),
    ("Semeide jana stadion salynady\nQurylys jumystary kelesi jyly aiaqtalady.", None, "kk"),
    # English keeps foreign names, contractions and "q" words of its own
    ("Erdoğan and Tokayev met in Ankara\nThe leaders signed a deal on trade and transit.",
     None, "en"),
    ("Kazakhstan's exports won't fall, the ministry says\nIt expects a rise in grain sales.",
     "kk", "en"),
    ("Iraq and Qatar sign an energy deal\nThe agreement covers gas supplies for a decade.",
     None, "en"),
    # a declared Kazakh page with no telling word; a declared Russian one is no evidence
    ("Ekibastuz GRES\nMaksat Nurlanuly", "kk", "kk"),
    ("Ekibastuz power plant\nMaksat Nurlanuly", "ru-RU", "en"),
    # the language of most of the text, not of one quoted paragraph
    ("В Костанае отремонтировали дорогу к аэропорту\n"
     "В Костанае завершили ремонт дороги к аэропорту, сообщили в акимате.\n"
     "«Жол жөнделгенге дейін көп қиындық көрдік, енді бәріміз ризамыз», – деді тұрғын.\n"
     "Работы велись с апреля, на них выделили более двух миллиардов тенге.\n"
     "Следующим летом планируют отремонтировать ещё три улицы города.", None, "ru"),
    ("Маңғыстауда жаңа мектеп ашылды\nМектеп 600 оқушыға арналған.\n"
     "«Это важный день для посёлка», – сказал директор.\nҚұрылыс екі жылға созылды.",
     None, "kk"),
    # short Kazakh without a letter only Kazakh has: its words and word shapes
    ("Таразда жол салынады\nБиыл Таразда 30 километр жол салынады, деп хабарлады ведомство.",
     None, "kk"),
    ("Павлодарда су құбыры тартылады", None, "kk"),
    # Russian plurals and place names shaped like Kazakh stay Russian
    ("Склады Караганды проверены\nНаграды вручены лучшим учителям области.", None, "ru"),
    ("Олимпиада школьников завершилась в Караганде", "kk", "ru"),
])
def test_detect_lang(text: str, hint: str | None, expected: str) -> None:
    assert detect_lang(text, hint) == expected


def test_too_little_text_is_left_to_the_declared_language() -> None:
    assert text_lang("Жол салынады", "kk") is None
    assert detect_lang("Жол салынады", "kk") == "kk"


def test_latin_kazakh_page_is_kazakh_declared_or_not() -> None:
    title = "Türkıstanda jaña kıtaphana aşyldy"
    paras = ["Kıtaphana qorynda on myñnan astam kıtap bar.",
             "Oqyrmandarğa tegın internet jäne oqu zaly ūsynylady."]
    assert _lang(_page(title, paras, "kk-Latn")) == "kk"
    assert _lang(_page(title, paras)) == "kk"
    assert _lang(_page(title, paras, "ru")) == "kk"


def test_russian_page_quoting_kazakh_is_russian() -> None:
    paras = ["В Таразе открыли центр поддержки многодетных семей, сообщили в акимате.",
             "«Біз бұл орталықты көптен күттік, енді балаларымыз үшін көмек жақын болды», – "
             "деді көп балалы ана Айгүл Сәрсенбайқызы.",
             "Центр будет работать ежедневно, кроме воскресенья."]
    assert _lang(_page("В Таразе открыли центр поддержки семей", paras, "ru")) == "ru"


def test_short_kazakh_without_kazakh_letters_is_kazakh() -> None:
    paras = ["Биыл Таразда 30 километр жол салынады, деп хабарлады ведомство.",
             "Жол тамызда ашылады."]
    assert _lang(_page("Таразда жол салынады", paras)) == "kk"

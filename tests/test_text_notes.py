"""Lines inside an article's text that are about the text: a source line in the middle (the
text goes on after it, or it ends the text), a note that the text was edited. Each rule on a
small page of its own."""

from __future__ import annotations

from kznews import article_from_html

URL = "http://h/news/v-astane-otkryli-shkolu-u50002"
P1 = "В Астане открыли новую школу на тысячу двести мест, сообщили в городском акимате."
P2 = "В здании оборудованы лаборатории, спортивный зал и библиотека с читальным залом."
P3 = "До конца года в столице планируют ввести в эксплуатацию ещё четыре школы."
P4 = "Финансирование строительства велось из республиканского бюджета."
OTHER = '<a href="/news/drugaya-novost-u49991">В Шымкенте отремонтируют дороги</a>'


def _page(content: str, *, lang: str = "ru", after: str = "", rubric: str = "Общество") -> str:
    h1 = "В Астане открыли школу"
    return (f'<html lang="{lang}"><head><title>{h1}</title></head><body><main><div class="post">'
            f'<h1>{h1}</h1><div class="meta"><span class="date">12.09.2023 10:15</span> '
            f'<a class="cat" href="/category/society">{rubric}</a></div>'
            f'<div class="story-body">{content}</div>{after}</div><aside class="side"><h3>'
            f"Популярное</h3><ul><li>{OTHER}</li></ul></aside></main></body></html>")


def _record(html: str) -> dict[str, object]:
    rec = article_from_html(html, URL)
    assert rec is not None
    return rec


def test_text_goes_on_after_a_source_line_in_its_middle() -> None:
    share = '<div class="social-links">Поделиться: <a href="https://t.me/share">Telegram</a></div>'
    plain = f"<p>{P1}</p><p>{P2}</p><p>Источник: Kazinform</p>{share}<p>{P3}</p><p>{P4}</p>"
    built = "".join(f'<section class="blk">{x}</section>' for x in (
        f"<p>{P1}</p>", f"<p>{P2}</p>", "<p><em>Источник:</em> Kazinform</p>", f"<p>{P3}</p>",
        f"<p>{P4}</p>"))
    for content in (plain, built):
        rec = _record(_page(content))
        assert rec["body"] == "\n\n".join([P1, P2, P3, P4]), content
        assert rec["source"] == "Kazinform"


def test_a_source_line_still_ends_the_text_before_other_material() -> None:
    related = f'<div class="more-stories"><p>{P3}</p><p>{P4}</p></div>'
    for content, after in ((f"<p>{P1}</p><p>{P2}</p><p>Источник: Kazinform</p>", related),
                           (f"<p>{P1}</p><p>{P2}</p><p>Источник: Kazinform</p>"
                            f"<p>Читайте также: {OTHER}</p>", ""),
                           (f"<p>{P1}</p><p>{P2}</p><p>Источник: Kazinform</p><p>Теги: школа</p>"
                            f"<p>{P3}</p>", "")):
        rec = _record(_page(content, after=after))
        assert rec["body"] == f"{P1}\n\n{P2}", content
        assert rec["source"] == "Kazinform"


def test_edit_stamps_and_notes_are_no_text_nor_the_rubric() -> None:
    for note in ("Обновлено в 17:05", "(Статья обновлена)", "Материал дополнен",
                 "Updated at 5:05 PM", "Жаңартылды 17:05", "Мақала толықтырылды"):
        for at in ("head", "middle"):
            content = (f"<p><i>{note}</i></p><p>{P1}</p><p>{P2}</p>" if at == "head"
                       else f"<p>{P1}</p><p><i>{note}</i></p><p>{P2}</p>")
            rec = _record(_page(content))
            assert rec["body"] == f"{P1}\n\n{P2}", (note, at)
        rec = _record(_page(f"<p>{P1}</p><p>{P2}</p>", rubric="")
                      .replace('<div class="story-body">', f'<p><em>{note}</em></p>'
                                                           '<div class="story-body">'))
        assert rec["category"] is None, note


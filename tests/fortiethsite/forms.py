"""How the fortieth copy spells each field: one function per field, one branch per form.

Each returns markup; the layouts in ``templates.py`` decide where it sits. Forms that live in
``<head>`` only (keywords, an interaction count) are returned by ``head``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from html import escape

from tests.copykit.catalogue import AGENCY, MONTHS
from tests.copykit.text import RU_MONTHS_NOMINATIVE, ru_slug
from tests.fortiethsite.site import URL_SOURCES, Article

RU_ABBR = ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]
LABELS = {"ru": ("Теги", "Рубрика", "Новости", "Источник:"),
          "en": ("Tags", "Category", "News", "Источник:"),
          "kk": ("Тегтер", "Айдар", "Жаңалықтар", "Дереккөз:")}
SOURCE_LINKS = {"КазТАГ": "https://kaztag.kz/", "Kazinform": "https://www.inform.kz/"}
CAPTIONS = {"ru": "Участники мероприятия — фото", "en": "Participants of the event — photo:",
            "kk": "Іс-шара қатысушылары — сурет:"}


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def views(a: Article) -> str:
    """The counter as the page prints it (empty when the count sits in an attribute)."""
    form, v = a.forms["views"], a.views
    if form == "dash":
        return '<span class="views" title="Просмотры">👁 —</span>'
    assert v is not None
    shown = {
        "space": _grouped(v, " "), "comma": _grouped(v, ","), "k_dot": f"{v / 1000:.1f}K",
        "tys": f"{v / 1000:.1f} тыс.".replace(".", ",", 1), "k_cyr": f"{v // 1000}к",
        "label": f"Просмотров: {_grouped(v, ' ')}", "eye": f"👁 {v}",
        "en_views": f"{v} views", "kk_label": f"Қаралды: {_grouped(v, ' ')}", "zero": "0",
    }.get(form)
    if form == "data_attr":
        return f'<span class="views js-counter" data-views="{v}"></span>'
    if shown is None:  # "meta": the count is in <head> only
        return ""
    return f'<span class="views">{escape(shown)}</span>'


def head(a: Article) -> str:
    out = []
    if a.forms["views"] == "meta":
        out.append(f'<meta itemprop="userInteractionCount" content="{a.views}">')
    if a.forms["tags"] == "keywords" and a.tags:
        out.append(f'<meta name="keywords" content="{escape(", ".join(a.tags))}">')
    return "\n".join(out)


def _tag_link(tag: str, text: str) -> str:
    return f'<a href="/tag/{ru_slug(tag.strip(".,")) or "x"}">{escape(text)}</a>'


def tags(a: Article) -> str:
    form, shown, label = a.forms["tags"], a.shown_tags, LABELS[a.lang][0]
    if not shown or form == "keywords":
        return ""
    if form == "hashtags":
        return '<p class="hashtags">' + " ".join(f"#{t}" for t in shown) + "</p>"
    if form == "cloud":
        items = "".join(f"<li>{_tag_link(t, f'{t} ({3 + 7 * k})')}</li>"
                        for k, t in enumerate(shown))
        return f'<ul class="tag-cloud">{items}</ul>'
    if form == "hash_links":
        return '<div class="post-tags">' + " ".join(_tag_link(t, f"#{t}") for t in shown) + \
            "</div>"
    if form == "semicolon":
        return f'<p class="tags-line">{label}: {escape("; ".join(shown))}</p>'
    if form in ("dupes", "trailing"):
        return f'<div class="tags">{label}: ' + " ".join(_tag_link(t, t) for t in shown) + \
            "</div>"
    return '<span class="tags">' + ", ".join(_tag_link(t, t) for t in shown) + "</span>"


def category(a: Article) -> str:
    form, name = a.forms["category"], a.category
    if name is None:
        return ""
    href = f"/rubric/{ru_slug(name) or 'x'}"
    if form == "path":
        return (f'<span class="category"><a href="/novosti">{LABELS[a.lang][2]}</a> / '
                f'<a href="{href}">{escape(name)}</a></span>')
    text = {"caps": name.upper(), "emoji": f"🏛 {name}",
            "label": f"{LABELS[a.lang][1]}: {name}"}.get(form, name)
    icon = '<i class="icon icon-folder" aria-hidden="true"></i> ' if form == "icon" else ""
    return f'<a class="rubric" href="{href}">{icon}{escape(text)}</a>'


def source(a: Article) -> str:
    """The line after the text, or nothing (a lead names the source, or none is given)."""
    if not a.source_line or a.source is None:
        return ""
    form, name, label = a.forms["source"], escape(a.source), LABELS[a.lang][3]
    if form == "url" and a.source in URL_SOURCES:
        url = URL_SOURCES[a.source] + str(a.num)
        return f'<p class="source">{label} <a href="{url}">{url}</a></p>'
    text = {"link": f'<a href="{SOURCE_LINKS.get(a.source, "https://example.kz/")}">'
                    f"{name}</a>",
            "materials": "", "dot": f"{name}.", "quotes": f"«{name}»"}.get(form, name)
    if form == "materials":
        return f'<p class="source">По материалам {name}</p>'
    return f'<p class="source">{label} {text}</p>'


def photo(a: Article) -> tuple[str, str]:
    """(caption, credit line) under the first photo."""
    form, credit = a.forms["photo"], a.photo_credit
    caption = {"ru": "Иллюстративное фото", "en": "Illustrative photo",
               "kk": "Иллюстрациялық сурет"}[a.lang]
    if credit is None:
        return escape(caption), ""
    if form == "caption":
        return f"{CAPTIONS[a.lang]} {escape(credit)}", ""
    line = {"nospace": f"Фото:{credit}", "copy": f"Фото: © {credit}",
            "dash": f"Фото – {credit}", "photo_by": f"Photo by {credit}",
            "kk_label": f"Сурет: {credit}"}.get(form, f"Фото: {credit}")
    return escape(caption), f'<div class="photo-credit">{escape(line)}</div>'


def dateline(a: Article) -> str:
    if not a.place:
        return ""
    form, lang = a.forms["dateline"], a.lang
    month = MONTHS[lang][a.day.month - 1]
    day = f"{month} {a.day.day}" if lang == "en" else f"{a.day.day} {month}"
    if form == "comma":
        return f"{a.place}, {day} — "
    place = a.place.upper() if form == "caps" else a.place
    if form == "kk_city":
        place = f"{a.place} қаласы"
    return f"{place}. {day}. {AGENCY[lang]} - "


def _stamp(a: Article, zone: timezone) -> str:
    return a.local.astimezone(zone).replace(tzinfo=None).isoformat(timespec="seconds")


def date(a: Article) -> str:
    """The publication date in the article's form (a ``<time>`` for the stamped forms)."""
    d, form = a.day, a.forms["date"]
    ru_gen = f"{d.day} {MONTHS['ru'][d.month - 1].capitalize()} {d.year}"
    if form == "utc_z":
        return f'<time class="pub" datetime="{_stamp(a, UTC)}Z"></time>'
    if form == "plus6":
        shown = ru_gen if a.lang == "ru" else f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"
        stamp = _stamp(a, timezone(timedelta(hours=6)))
        return f'<time class="pub" datetime="{stamp}+06:00">{shown}</time>'
    clock = a.local.strftime("%H:%M")
    hour12 = datetime.combine(d, a.clock).strftime("%I:%M %p").lstrip("0") if a.clock else ""
    text = {
        "genitive": ru_gen, "dots": f"{d:%d.%m.%Y}", "iso": d.isoformat(),
        "abbr": f"{d.day} {RU_ABBR[d.month - 1]} {d.year}",
        "nominative": f"{RU_MONTHS_NOMINATIVE[d.month - 1].capitalize()} {d.day}, {d.year}",
        "pipe": f"{d:%d.%m.%Y} | {clock}",
        "en_long": f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}",
        "en_abbr": f"{d.day} {MONTHS['en'][d.month - 1][:3]} {d.year}",
        "en_12h": f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}, {hour12}",
        "kk_year": f"{d.year} жылғы {d.day} {MONTHS['kk'][d.month - 1]}",
    }[form]
    return f'<span class="date">{escape(text)}</span>'


def headline(a: Article) -> str:
    """The headline's inner markup: no-break spaces after short words, or soft hyphens."""
    words = [escape(w) for w in a.title.split(" ")]
    if a.forms["title"] == "nbsp":
        return "".join(w + ("&nbsp;" if len(w) <= 2 else " ") for w in words[:-1]) + words[-1]
    if a.forms["title"] == "shy":
        words = [w[:4] + "&shy;" + w[4:] if len(w) > 8 and w.isalpha() else w for w in words]
    return " ".join(words)

"""The portal copy's markup: the portal frame (menu, sidebars, calendar, footer), the news
listing and the news detail page."""

from __future__ import annotations

from html import escape
from typing import Any

from tests.copykit.catalogue import Catalogue, Response
from tests.copykit.text import EN_MONTHS, KK_MONTHS, RU_MONTHS, cut_at_word

HTML = "text/html; charset=UTF-8"
MONTHS = {"ru": RU_MONTHS, "en": EN_MONTHS, "kk": KK_MONTHS}
MENU = {
    "Об управлении": ["Руководство", "Структура", "Положение", "Вакансии", "Контакты"],
    "Пресс-центр": ["Новости", "Анонсы", "Фотогалерея", "Видео", "СМИ о нас"],
    "Деятельность": ["Программы", "Госзакупки", "Статистика", "Отчёты", "Бюджет"],
    "Документы": ["Приказы", "Постановления", "НПА", "Проекты НПА"],
    "Госуслуги": ["Перечень услуг", "Регламенты", "Стандарты", "Электронные услуги"],
    "Обращения": ["Блог руководителя", "Интернет-приёмная", "График приёма"],
}
DOCUMENTS = [("Постановление акимата № 2/145", "12.03.2023", "245 Кб"),
             ("План мероприятий на 2023 год", "09.01.2023", "1,2 Мб"),
             ("Отчёт об исполнении бюджета за 2022 год", "28.02.2023", "870 Кб"),
             ("Регламент оказания государственной услуги", "15.11.2022", "310 Кб")]
ANNOUNCEMENTS = [("15.05.2023", "Приём граждан руководителем управления состоится в четверг."),
                 ("03.05.2023", "Объявлен конкурс на занятие вакантной должности."),
                 ("27.04.2023", "Публичные слушания по проекту бюджета пройдут 10 мая.")]
LINKS = [("egov.kz", "Электронное правительство"), ("adilet.zan.kz", "Әділет"),
         ("akorda.kz", "Акорда"), ("primeminister.kz", "Премьер-министр")]
READ_MOST = [("12.04.2023", "Изменились правила записи в первый класс", "12 430"),
             ("06.04.2023", "Где получить бесплатную юридическую консультацию", "9 811"),
             ("30.03.2023", "Началась подача заявок на субсидии", "7 204")]


def dotted(art: Any) -> str:
    """'20.04.2023' (with ' 14:30' on a page showing its time)."""
    out = art.day.strftime("%d.%m.%Y")
    return f"{out} {art.clock:%H:%M}" if art.deviation == "clock" and art.clock else out


def info_day(lang: str, day: Any) -> str:
    """'20 Апреля 2023' / '2 August 2021' / '16 Сәуір 2021' (the capitalised month)."""
    return f"{day.day} {MONTHS[lang][day.month - 1].capitalize()} {day.year}"


def _menu() -> str:
    cols = "".join(
        f'<li class="mega-item"><a href="/{i}">{escape(top)}</a><div class="mega-drop"><ul>'
        + "".join(f'<li><a href="/{i}/{k}">{escape(sub)}</a></li>' for k, sub in enumerate(subs))
        + "</ul></div></li>" for i, (top, subs) in enumerate(MENU.items()))
    return f'<nav class="mega-menu"><ul class="mega-root">{cols}</ul></nav>'


def _head(title: str, base: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="ru"><head><meta charset="UTF-8">'
            f"<title>{escape(title)} | Центр информации</title>"
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<link rel="stylesheet" href="/local/templates/portal/template_styles.css">'
            '<script src="/bitrix/js/main/core/core.js"></script></head><body>'
            '<div class="cookie-banner">Сайт использует файлы cookie. <button>Принять</button>'
            '</div><header class="portal-header"><div class="top-bar">'
            '<a class="special-version" href="/?special_version=Y">Версия для слабовидящих</a>'
            ' <a href="/kz/">ҚАЗ</a> <a href="/">РУС</a> '
            '<form class="search" action="/search/"><input name="q" placeholder="Поиск по сайту">'
            '<button>Найти</button></form></div>'
            f'<a class="logo" href="{base}/"><img src="/local/templates/portal/images/logo.svg" '
            'alt="Центр информации"></a>'
            '<div class="currency"><span>• USD/KZT <b>0.0</b></span> <span>• EUR/KZT <b>0.0</b>'
            '</span> <span>• RUB/KZT <b>0.0</b></span> <span>• CNY/KZT <b>0.0</b></span></div>'
            f"{_menu()}</header>")


def _left() -> str:
    docs = "".join(f'<li><a href="/upload/docs/doc_{k}.pdf">{escape(t)}</a>'
                   f'<span class="doc-meta">PDF, {s}, {d}</span></li>'
                   for k, (t, d, s) in enumerate(DOCUMENTS))
    return ('<aside class="sidebar-left"><div class="services"><h3>Электронные услуги</h3><ul>'
            '<li><a href="/services/1">Запись на приём</a></li>'
            '<li><a href="/services/2">Справки и выписки</a></li></ul></div>'
            f'<div class="documents"><h3>Документы</h3><ul>{docs}</ul></div></aside>')


def _announcements() -> str:
    items = "".join(f'<div class="announce-item"><span class="announce-date">{d}</span>'
                    f"<p>{escape(t)}</p></div>" for d, t in ANNOUNCEMENTS)
    return f'<div class="announcements"><h3>Объявления</h3>{items}</div>'


def _right(with_announcements: bool = True) -> str:
    days = "".join(f'<td><a href="/events/?date=2023-05-{d:02d}">{d}</a></td>'
                   for d in range(1, 32))
    most = "".join(f'<li><span class="date">{d}</span> <a href="/press/{k}">{escape(t)}</a>'
                   f' <span class="views">👁 {v}</span></li>'
                   for k, (d, t, v) in enumerate(READ_MOST))
    links = "".join(f'<a class="banner" href="https://{h}"><img src="/upload/banners/{h}.png" '
                    f'alt="{escape(n)}"></a>' for h, n in LINKS)
    return ('<aside class="sidebar-right">'
            + (_announcements() if with_announcements else "")
            + f'<div class="calendar"><h3>Календарь событий</h3><p>Май 2023</p><table><tr>{days}'
            f'</tr></table></div><div class="most-read"><h3>Самое читаемое</h3><ul>{most}</ul>'
            f'</div><div class="useful-links"><h3>Полезные ссылки</h3>{links}</div>'
            '<div class="ad"><a href="https://ads.example/click?b=7">Реклама</a></div></aside>')


def _foot() -> str:
    return ('<section class="feedback"><h3>Обратная связь</h3><form action="/feedback/" '
            'method="post"><input name="name" placeholder="Ваше имя"><textarea name="text">'
            '</textarea><button>Отправить</button></form></section>'
            '<footer class="portal-footer"><p>050000, г. Алматы, пл. Республики, 4</p>'
            '<p>Тел.: +7 (727) 271-65-00, факс: +7 (727) 271-65-01</p>'
            '<p>© 2012–2026 Центр информации. Все права защищены.</p>'
            '<img src="https://counter.example/hit?id=4410" width="1" height="1" alt="">'
            '<script>window.ym && ym(4410, "hit");</script></footer></body></html>')


def _crumbs(*names: str) -> str:
    links = ('<a href="/">Главная</a> / <a href="/press-center/">Пресс-центр</a> / '
             '<a href="/novosti">Новости</a>')
    return '<div class="breadcrumbs">' + " / ".join([links, *map(escape, names)]) + "</div>"


def _page_link(n: int) -> str:
    return "/novosti" if n == 1 else f"/novosti?page={n}"


class Pages:
    """The listing, article and 404 pages of the copy over its catalogue."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue

    def listing(self, page: int, base: str) -> Response:
        items = "".join(
            f'<div class="news-item"><div class="news_text"><a href="{a.path}">'
            f'{escape(a.title)}</a><p>{info_day("ru", a.day)}</p></div></div>'
            for a in self.catalogue.page_items(page))
        count = self.catalogue.page_count()
        pager = "".join(f'<a href="{_page_link(n)}">{n}</a>' if n != page
                        else f"<span>{n}</span>" for n in range(1, count + 1))
        if page < count:
            pager += f'<a class="next" href="{_page_link(page + 1)}">Следующая</a>'
        body = (_head("Новости", base) + '<div class="layout">' + _left()
                + f'<main class="content">{_crumbs()}<h1>Новости</h1>'
                f'<div class="news-list">{items}</div><div class="pagination">{pager}</div>'
                f"</main>{_right()}</div>{_foot()}")
        return 200, {"Content-Type": HTML}, body.encode("utf-8")

    def _latest(self) -> str:
        rows = "".join(f'<li><span class="badge">ru</span> <a href="{a.path}">'
                       f"{escape(cut_at_word(a.title, 60))}</a></li>"
                       for a in self.catalogue.build()[:8])
        return f'<div class="latest-news"><h3>Последние новости</h3><ul>{rows}</ul></div>'

    def article(self, art: Any, base: str) -> Response:
        dev = art.deviation
        raw = list(art.raw_paragraphs or art.paragraphs)
        paths = art.image_paths()
        credit = f"Фото:{art.photo_credit}" if art.photo_credit else ""
        photos = ""
        for k, path in enumerate(paths):
            cap = ""
            if k == 0 and credit and dev == "caption":
                cap = f"<figcaption>Фото: {escape(art.photo_credit)}</figcaption>"
            photos += f'<figure class="detail-picture"><img src="{path}" alt="">{cap}</figure>'
        if credit and dev not in ("caption", "glued"):
            photos += f'<div class="photo-credit">{escape(credit)}</div>'
        bits = [f'<span class="news-date">{info_day(art.lang, art.day)}</span>']
        if art.views is not None and dev != "views_apart":
            bits.append(f'<span class="news-views">{art.views}</span>')
        if art.category:
            bits.append(f'<a class="news-section" href="/novosti?section={art.num % 7}">'
                        f"{escape(art.category)}</a>")
        if art.tags:
            bits.append('<span class="news-tags">' + ", ".join(
                f'<a href="/search/?tags={escape(t)}">{escape(t)}</a>' for t in art.tags)
                + "</span>")
        info = '<div class="news-info">' + " ".join(bits) + "</div>"
        if dev == "views_apart" and art.views is not None:
            info += (f'<div class="news-counter">Просмотров: '
                     f'{art.views:,}</div>'.replace(",", "\u00a0"))
        first = escape(art.dateline()) + escape(raw[0])
        if dev == "glued" and credit:
            first = f'<span class="credit">{escape(credit)}</span>{first}'
        paras = [f"<p>{first}</p>", "<p>&nbsp;</p>", *(f"<p>{escape(p)}</p>" for p in raw[1:])]
        if art.source_line and art.source:
            paras.append(f"<p>Источник: {escape(art.source)}</p>")
        if dev == "attachment":
            paras.append('<div class="news-files"><a href="/upload/docs/att.pdf">Приложение.pdf'
                         '</a> <span>PDF, 245 Кб, 12.03.2023</span></div>')
        share = ('<div class="share"><span>Поделиться:</span> <a href="https://vk.com/share.php">'
                 'VK</a> <a href="https://t.me/share">Telegram</a> '
                 '<a href="https://wa.me/">WhatsApp</a> <a href="javascript:print()">'
                 'Версия для печати</a></div>')
        center = (f'<main class="content">{_crumbs(art.title)}<div class="news-detail">'
                  f'<div class="news-head"><span class="news-date-time">{dotted(art)}</span>'
                  f"<h1>{escape(art.title)}</h1></div>{photos}{info}"
                  f'<div class="detail-text">{"".join(paras)}</div>{share}</div>'
                  f"{self._latest()}</main>")
        layout = (_announcements() + _left() + center + _right(False) if dev == "announce_first"
                  else _left() + center + _right())
        body = _head(art.title, base) + f'<div class="layout">{layout}</div>' + _foot()
        return 200, {"Content-Type": HTML}, body.encode("utf-8")

    def not_found(self) -> bytes:
        return (_head("Страница не найдена", "") + '<main class="content"><h1>404</h1>'
                "<p>Страница не найдена</p></main>" + _foot()).encode("utf-8")

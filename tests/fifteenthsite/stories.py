"""The fifteenth copy's own texts: stories told in two or three languages (the translations the
pages link by ``hreflang``) and paragraphs whose markup hides the text's hazards.

Paragraphs are inner HTML. ``clean`` is what a careful reader records from one: the text the
browser shows (tags dropped with no space added: ``м<sup>2</sup>`` reads ``м2``, the page's
own ``²``/``₂`` characters stay), soft hyphens gone (invisible unless a line breaks there),
then SPEC's normalisation (NFC, no zero-width characters, no-break spaces plain, one space,
homoglyphs of the other script repaired inside a word).
"""

from __future__ import annotations

import html
import re

from tests.copykit.text import normalise

_TAG = re.compile(r"<[^>]+>")


def clean(inner: str) -> str:
    return normalise(html.unescape(_TAG.sub("", inner)).replace("\u00ad", ""))


GOV = '<a href="https://www.gov.kz/memleket/entities/almaty" target="_blank">'
# One paragraph per hazard family, by language; articles take them by position.
HAZARDS = {
    "ru": [
        f"Площадь нового корпуса составит 12&nbsp;500 м<sup>2</sup>, сообщили в {GOV}акимате</a>"
        " города.",
        "По расчётам экологов, выбросы CO<sub>2</sub> сократятся на 15&nbsp;%, а на каждый м²"
        " парковой зоны придётся вдвое больше деревьев.",
        "Аким подчеркнул: <em>«Все работы будут завершены в срок, контроль ведётся ежедневно»"
        "</em>. Его слова <a href=\"https://t.me/ic24kz\">привёл</a> телеграм-канал ведомства.",
        "Программа модерни&shy;зации жилищно-комму&shy;нального хозяйства рассчитана на 2025"
        "&#8211;2029 годы, стоимость проездного для школьников&nbsp;— 1&#8239;500 тенге.",
        "В Aлма&#8203;ты и Аст\u200bане участники обсудили развитие сoциальной инфраструктуры"
        " и <b>«зелёной»</b> экономики.",
    ],
    "en": [
        f"The new building will cover 12,500 m<sup>2</sup>, the {GOV}city administration</a>"
        " said.",
        "Ecologists expect CO<sub>2</sub> emissions to fall by 15&nbsp;%, with twice as many"
        " trees per m² of park.",
        "The mayor said: <em>“All work will be completed on time and checked daily”</em>,"
        " <a href=\"https://t.me/ic24kz\">the office’s channel</a> quoted him.",
        "The hous&shy;ing and utilities modern&shy;isation programme runs from 2025 to 2029; a"
        " school pass costs 1&nbsp;500 tenge.",
        "Participants from Almaty and Astana discussed the \u0415mbassy’s social pro&#8203;jects"
        " and the <b>“green”</b> economy.",
    ],
    "kk": [
        f"Жаңа ғимараттың аумағы 12&nbsp;500 м<sup>2</sup> болады, деп хабарлады қала {GOV}"
        "әкімдігі</a>.",
        "Экологтардың есебінше, CO<sub>2</sub> шығарындылары 15&nbsp;%-ға азаяды.",
        "Әкім атап өтті: <em>«Барлық жұмыс уақытында аяқталады»</em>, деп"
        " <a href=\"https://t.me/ic24kz\">жазды</a> ведомство арнасы.",
        "Бағдарлама тұрғын үй-коммуналдық шаруа&shy;шылықты жаңғыртуға арналған, оқушыларға"
        " арналған жол жүру билеті 1&nbsp;500 теңге тұрады.",
        "Aлма&#8203;ты мен Астана өкілдері әлеуметтік инфрақұрылымды дамытуды талқылады.",
    ],
}

# Stories told in several languages: key -> {lang: (title, paragraphs as inner HTML)}.
GROUPS: dict[str, dict[str, tuple[str, list[str]]]] = {
    "metro": {
        "ru": ("В Алматы откроют две новые станции метро",
               ["В Алматы до конца года откроют две новые станции метро&nbsp;— «Калкаман» и"
                " «Жандосова».",
                "Протяжённость нового участка составит 4,5&nbsp;км, стоимость проезда не"
                " изменится.",
                HAZARDS["ru"][0]]),
        "en": ("Almaty to open two new metro stations",
               ["Two new metro stations, Kalkaman and Zhandosov, will open in Almaty by the end of"
                " the year.",
                "The new section will be 4.5&nbsp;km long and the fare will not change.",
                HAZARDS["en"][0]]),
        "kk": ("Алматыда метроның екі жаңа бекеті ашылады",
               ["Алматыда жыл соңына дейін метроның екі жаңа бекеті ашылады&nbsp;— «Қалқаман»"
                " және «Жандосов».",
                "Жаңа учаскенің ұзындығы 4,5&nbsp;км болады, жол ақысы өзгермейді.",
                HAZARDS["kk"][0]]),
    },
    "hospital": {
        "ru": ("В Шымкенте открылась новая детская больница",
               ["В Шымкенте открылась многопрофильная детская больница на 300 коек.",
                HAZARDS["ru"][2],
                "В больнице будут работать более 400 врачей и медсестёр."]),
        "en": ("New children's hospital opens in Shymkent",
               ["A 300-bed multi-profile children's hospital has opened in Shymkent.",
                HAZARDS["en"][2],
                "More than 400 doctors and nurses will work at the hospital."]),
    },
    "park": {
        "ru": ("В Алматы открылся новый парк в Наурызбайском районе",
               ["В Наурызбайском районе Алматы открылся новый парк.",
                "В парке обустроены детская площадка, велодорожка и спортивные площадки.",
                HAZARDS["ru"][1]]),
        "kk": ("Алматыда жаңа саябақ ашылды",
               ["Алматыда Наурызбай ауданында жаңа саябақ ашылды.",
                "Саябақта балалар алаңы, велосипед жолы және спорт алаңдары салынған.",
                HAZARDS["kk"][1]]),
    },
    "housing": {
        "ru": ("Правительство одобрило программу модернизации ЖКХ",
               ["Правительство одобрило программу модернизации жилищно-коммунального хозяйства.",
                HAZARDS["ru"][3],
                "Первыми обновят сети в Караганде, Павлодаре и Усть-Каменогорске."]),
        "en": ("Government approves housing and utilities programme",
               ["The government has approved a programme to modernise housing and utilities.",
                HAZARDS["en"][3],
                "Networks in Karaganda, Pavlodar and Ust-Kamenogorsk will be renewed first."]),
        "kk": ("Үкімет ТКШ-ны жаңғырту бағдарламасын мақұлдады",
               ["Үкімет тұрғын үй-коммуналдық шаруашылықты жаңғырту бағдарламасын мақұлдады.",
                HAZARDS["kk"][3],
                "Алдымен Қарағанды, Павлодар және Өскемен желілері жаңартылады."]),
    },
    "winter": {
        "ru": ("В Астане началась подготовка к зимнему сезону",
               ["В Астане началась подготовка к зимнему сезону.",
                "К уборке улиц привлекут более 300&nbsp;единиц спецтехники.",
                HAZARDS["ru"][4]]),
        "en": ("Astana gets ready for the winter season",
               ["Astana has started getting ready for the winter season.",
                "More than 300&nbsp;snow ploughs and sweepers will clean the streets.",
                HAZARDS["en"][4]]),
        "kk": ("Астанада қысқы маусымға дайындық басталды",
               ["Астанада қысқы маусымға дайындық басталды.",
                "Қала көшелерін тазалауға үш жүзден астам арнайы техника жұмылдырылады.",
                HAZARDS["kk"][4]]),
    },
}

KK_ALONE = [
    ("Шымкентте жастар форумы өтті",
     ["Шымкентте өңірлік жастар форумы өтті.",
      "Форумға мыңнан астам жас кәсіпкер мен студент қатысты.",
      "Қатысушылар жастар саясатының басым бағыттарын талқылады."]),
    ("Қарағандыда жаңа мектеп пайдалануға берілді",
     ["Қарағанды облысында 600 орындық жаңа мектеп пайдалануға берілді.",
      "Мектепте заманауи зертханалар мен спорт залы бар.",
      "Облыс әкімдігі биыл тағы екі мектеп салынатынын хабарлады."]),
    ("Түркістанда тарихи ескерткіштер қалпына келтірілуде",
     ["Түркістан облысында он екі тарихи ескерткіш қалпына келтірілуде.",
      "Жұмыстарға облыстық бюджеттен 2,5&nbsp;млрд теңге бөлінді.",
      "Реставрация келесі жылдың көктемінде аяқталады."]),
]

"""The nineteenth copy's own texts: Kazakh stories in three spellings, Russian paragraphs full of
Kazakh names and quotes, English paragraphs quoting Russian, and the Kazakh labels and months."""

from __future__ import annotations

# Kazakh month names in the 2021 Latin alphabet and in the 2018 one (acute accents).
KK_LATN_MONTHS = ["qañtar", "aqpan", "nauryz", "säuır", "mamyr", "mausym", "şılde", "tamyz",
                  "qyrküiek", "qazan", "qaraşa", "jeltoqsan"]
KK_ACUTE_MONTHS = ["qańtar", "aqpan", "naýryz", "sáýir", "mamyr", "maýsym", "shilde", "tamyz",
                   "qyrkúıek", "qazan", "qarasha", "jeltoqsan"]

# (title, paragraphs) by spelling: "cyr" Cyrillic, "latn" 2021 Latin, "apos" apostrophe Latin.
KK_CYR = [
    # short, and no letter only Kazakh has in the title (the last one: none in the text either)
    ("Алматыда жиын болды",
     ["Алматы қаласының әкімдігінде кәсіпкерлермен жиын болды.",
      "Жиында шағын бизнесті қолдау мәселелері талқыланды."]),
    ("Атырауда жол салынады",
     ["Биыл Атырауда 40 километр жол салынады.", "Жол жазда ашылады."]),
    ("Таразда жаңа кітапхана ашылды",
     ["Тараз қаласында балаларға арналған жаңа кітапхана ашылды.",
      "Кітапхана қорында он мыңнан астам кітап бар.",
      "Оқырмандар үшін тегін интернет қызметі қарастырылған."]),
    ("Павлодарда жылу беру маусымы басталды",
     ["Павлодарда жылу беру маусымы кестеден бұрын басталды.",
      "Қала әкімдігінің хабарлауынша, алдымен мектептер мен ауруханалар жылытылады."]),
    ("Ақтөбеде спорт кешені салынады",
     ["Ақтөбеде үш мың орындық жаңа спорт кешені салынады.",
      "Құрылыс жұмыстары келесі жылдың соңына дейін аяқталуы тиіс.",
      "Жоба облыстық бюджет есебінен қаржыландырылады."]),
]
KK_LATN = [
    ("Qazaqstanda jaña mektep aşyldy",
     ["Qarağandy oblysynda 600 oryndyq jaña mektep aşyldy.",
      "Mektepte zamanaui zerthanalar men sport zaly bar.",
      "Oblys äkımdıgı biyl tağy ekı mektep salynatynyn habarlady."]),
    ("Almatyda jastar forumy öttı",
     ["Almatyda öñırlık jastar forumy öttı.",
      "Forumğa myñnan astam jas käsıpker men student qatysty.",
      "Qatysuşylar jastar saiasatynyñ basym bağyttaryn talqylady."]),
    ("Astanada qysqy mausymğa daiyndyq bastaldy",
     ["Astanada qysqy mausymğa daiyndyq bastaldy.",
      "Qala köşelerın tazalauğa üş jüzden astam arnaiy tehnika jūmyldyrylady.",
      "Jylu beru mausymy qazan aiynyñ ortasynda bastalady."]),
    ("Şymkentte jaña saiabaq aşyldy",
     ["Şymkentte Qaratau audanynda jaña saiabaq aşyldy.",
      "Saiabaqta balalar alañy, velosiped joly jäne sport alañdary salynğan."]),
]
KK_APOS = [
    ("Qazaqstanda jan'a mektep as'yldy",
     ["Pavlodar oblysynda 300 oryndyq jan'a mektep as'yldy.",
      "Mektepte zamanai'i' zerthanalar men sport zaly bar."]),
    ("Aqto'bede jan'a aurhana salynady",
     ["Aqto'bede 200 oryndyq jan'a aurhana salynady.",
      "Qurylys jumystary kelesi jyly ai'aqtalady.",
      "Jobag'a oblystyq bi'udjetten qarajat bo'lindi."]),
    ("Tu'rkistanda tarihi eskertkis'ter qalpyna keltirildi",
     ["Tu'rkistanda tarihi eskertkis'ter qalpyna keltirildi.",
      "Jumystarg'a respy'blikalyq bi'udjetten qarajat bo'lindi."]),
]

RU_TITLES_OWN = [
    "В ауыле Қарасай открыли новый Дом культуры",
    "Акимат Алматы наградил победителей конкурса «Үздік ұстаз»",
]
EN_TITLES_OWN = ["Qazaqstan Temir Joly to launch new Almaty-Turkistan train"]

# A Russian article's paragraph full of Kazakh names and terms, and a Kazakh quote inside one.
RU_KAZAKH_TERMS = [
    "Аким Карасайского района Ержан Ақылбекұлы отметил, что работы в ауыле Жібек жолы "
    "завершатся к Наурыз мейрамы.",
    "Проект реализуется в рамках программы «Ауыл – Ел бесігі», сообщили в әкімдік.",
    "На открытии выступили аксакалы, домбристы ансамбля «Шертер» и учащиеся школы-гимназии "
    "имени Абая Құнанбайұлы.",
]
KK_QUOTES = [
    "«Біз бұл жобаны үш жыл күттік, енді балаларымыз жаңа ғимаратта оқиды», – деді ауыл "
    "тұрғыны Гүлнар Сейітқызы.",
    "«Жұмыс уақытында аяқталады, бұл біздің басты міндетіміз», – деді аудан әкімі.",
    "«Ел іргесі берік болса, ауыл да көркейеді», – деп атап өтті ардагер.",
]
# English paragraphs quoting Russian words (the language of the page stays English).
EN_RUSSIAN_QUOTES = [
    'Local residents already call the new embankment "наша набережная", which means "our '
    'embankment".',
    "The campaign slogan, «Чистый город – наш общий дом», was chosen by schoolchildren.",
    'One volunteer summed it up in Russian: "мы сделали это вместе".',
]
EN_TEMIR_JOLY = [
    "Qazaqstan Temir Joly will launch a new train between Almaty and Turkistan next month.",
    "The company said the journey would take about eleven hours.",
    "Tickets go on sale on the website of the national carrier and at railway stations.",
]

# Rubrics and tags by spelling (kk pages use their own words, Russian pages Russian ones).
KK_RUBRICS = {"cyr": ["Қоғам", "Экономика", "Мәдениет", "Спорт"],
              "latn": ["Qoğam", "Ekonomika", "Mädeniet"], "apos": ["Qog'am", "Ekonomika"]}
KK_TAGS = {"cyr": ["Алматы", "жастар", "білім", "мектеп", "жол"],
           "latn": ["Almaty", "jastar", "bılım", "mektep"], "apos": ["Almaty", "bilim", "mektep"]}
KK_SOURCES = {"cyr": ["Kazinform", "Tengrinews.kz", "Егемен Қазақстан", "Ақорда"],
              "latn": ["Kazinform", "Egemen Qazaqstan", "Tengrinews.kz"],
              "apos": ["Kazinform", "Egemen Qazaqstan"]}
# What each template calls the labels, by language/spelling.
LABELS = {
    "ru": {"category": "Рубрика", "tags": "Теги", "views": "Просмотров", "photo": "Фото",
           "source": "Источник", "latest": "Последние новости"},
    "en": {"category": "Section", "tags": "Tags", "views": "Views", "photo": "Photo",
           "source": "Источник", "latest": "Latest news"},
    "cyr": {"category": "Тақырыбы", "tags": "Тегтер", "views": "Қаралым", "photo": "Сурет",
            "source": "Дереккөз", "latest": "Соңғы жаңалықтар"},
    "latn": {"category": "Taqyryby", "tags": "Tegter", "views": "Qaralym", "photo": "Suret",
             "source": "Derekköz", "latest": "Soñğy jañalyqtar"},
    "apos": {"category": "Taqyryby", "tags": "Tegter", "views": "Qaralym", "photo": "Foto",
             "source": "Derekko'z", "latest": "Son'g'y jan'alyqtar"},
}
AGENCY_LATN = {"latn": "Aqparat ortalyğy", "apos": "Aqparat ortalyg'y"}
BADGES = {"ru": "РУС", "en": "ENG", "cyr": "ҚАЗ", "latn": "QAZ", "apos": "QAZ"}

"""The twenty-sixth copy's own text: English wire stories, English/Russian pairs, Kazakh stories.

English paragraphs quote Russian and Kazakh names and phrases, as English pages of the outlet
do; they stay English pages.
"""

from __future__ import annotations

from tests.copykit import stories

EN_TITLES = [
    *stories.EN_TITLES,
    "Kazakhstan raises minimum wage for the first time in three years",
    "Almaty airport handles record number of passengers in summer",
    "Caspian fishermen report strong sturgeon season",
    "Astana Opera opens season with a new staging of «Abai»",
    "Flights between Almaty and Seoul to double from spring",
    "Shymkent refinery completes scheduled maintenance",
    "National Bank keeps base rate unchanged",
]
EN_POOL = [
    "“We have been waiting for this for years,” said local resident Aigul Bekova.",
    "The akim of the city called the project «важный шаг для города» (an important step for "
    "the city).",
    "Officials said the work would be completed before the end of the year.",
    "The programme, known locally as «Таза Қазақстан» (Clean Kazakhstan), was launched in 2023.",
    "In a statement in Russian, the ministry said: «Работы ведутся в плановом режиме».",
    "Funding comes from the republican budget and from private investors.",
    "More than 2.5 billion tenge has been allocated for the project this year.",
    "The Ministry of Energy expects the figure to grow by 12% by 2027.",
    "Residents of the Nauryzbay district welcomed the decision.",
    "Further details will be announced at a government meeting next month.",
    "Deputy Prime Minister Serik Zhumangarin told reporters the plan was “on schedule”.",
    "Organisers greeted the guests with the words «Қош келдіңіздер!» (Welcome!).",
    "Analysts at Halyk Finance said the trend would continue into the next quarter.",
    "Traffic on Al-Farabi Avenue will be partly closed until Sunday.",
]
EN_LEADS = [(", {0} reports", "Kazinform"), (", reports {0}", "The Astana Times"),
            (", according to {0}", "Kazinform")]
EN_SOURCES = ["Kazinform", "The Astana Times", "Akorda", "Reuters", "Trend"]
BYLINES = ["Aliya Nurlanova", "Daniyar Mussirov", "Assel Satubaldina", "James Wood"]
IC_PHOTOGRAPHERS = ["Timur Batyrshin / IC", "Aigerim Sadykova / IC"]
EN_CREDITS = ["pixabay", "gov.kz", "akorda.kz", "Shutterstock", "primeminister.kz"]
CAPTIONS = ["The ceremony in the city centre.", "Participants of the meeting.",
            "A view of the site on Monday."]

# English translations of Russian stories: (en title, en text, ru title, ru text)
PAIRS = [
    ("Almaty to launch bike-sharing in six districts",
     ["Almaty will launch a bike-sharing service in six districts this spring.",
      "The city plans to install 300 docking stations with 4,000 bicycles.",
      "The first hour of a ride will cost 200 tenge, the akimat said."],
     "В шести районах Алматы запустят велопрокат",
     ["Весной в шести районах Алматы заработает сервис велопроката.",
      "В городе планируют установить 300 станций на 4 тысячи велосипедов.",
      "Первый час поездки будет стоить 200 тенге, сообщили в акимате."]),
    ("Kazakhstan lifts ban on export of sunflower seeds",
     ["Kazakhstan has lifted the ban on the export of sunflower seeds.",
      "The ban was introduced last year to support domestic oil producers.",
      "Exporters will have to pay a duty of 20% instead, the Ministry of Agriculture said."],
     "Казахстан снял запрет на вывоз семян подсолнечника",
     ["Казахстан снял запрет на вывоз семян подсолнечника.",
      "Запрет был введён в прошлом году для поддержки отечественных производителей масла.",
      "Вместо него экспортёры будут платить пошлину в 20%, сообщили в Минсельхозе."]),
    ("Astana airport to get a new terminal by 2028",
     ["Astana's Nursultan Nazarbayev International Airport will get a new terminal by 2028.",
      "The terminal will be able to handle eight million passengers a year.",
      "Construction is financed by a private investor."],
     "В аэропорту Астаны построят новый терминал к 2028 году",
     ["В международном аэропорту Астаны к 2028 году построят новый терминал.",
      "Терминал сможет обслуживать восемь миллионов пассажиров в год.",
      "Строительство финансирует частный инвестор."]),
]

KK_STORIES = [
    *stories.KK_STORIES,
    ("Ақтауда теңіз жағалауы абаттандырылады",
     ["Ақтау қаласында теңіз жағалауын абаттандыру жұмыстары басталды.",
      "Жоба аясында жаяу жүргіншілер жолы мен демалыс орындары салынады.",
      "Жұмыстар келесі жылдың жазына дейін аяқталады."]),
    ("Түркістанда халықаралық туристік көрме өтті",
     ["Түркістан қаласында халықаралық туристік көрме өтті.",
      "Көрмеге он елден келген компаниялар қатысты.",
      "Ұйымдастырушылар келесі көрмені күзде өткізуді жоспарлап отыр."]),
    ("Павлодарда жаңа аурухана салынады",
     ["Павлодар облысында 300 төсектік жаңа аурухана салынады.",
      "Құрылыс жұмыстары облыстық бюджет есебінен жүргізіледі.",
      "Аурухананы 2027 жылы пайдалануға беру жоспарланған."]),
]

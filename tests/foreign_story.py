"""One short story in ru/en/kk that the tests of other outlets' page shapes put in their markup."""

URL = "https://ic24.kz/ru/news/item-u61200"
TEXT = {
    "ru": ["В Астане открыли новый музей современного искусства, сообщает пресс-служба акимата.",
           "Экспозиция займёт два этажа бывшего здания библиотеки в центре города.",
           "Вход для школьников будет бесплатным до конца года."],
    "en": ["A new museum of modern art opened in Astana, the city's press office said.",
           "The exhibition takes up two floors of a former library in the city centre.",
           "Entry for schoolchildren will be free until the end of the year."],
    "kk": ["Астанада заманауи өнер мұражайы ашылды, деп хабарлайды әкімдіктің баспасөз қызметі.",
           "Көрме қала орталығындағы бұрынғы кітапхана ғимаратының екі қабатын алады.",
           "Оқушыларға кіру жыл соңына дейін тегін болады."],
}
TITLE = {"ru": "В Астане открыли новый музей", "en": "A new museum opens in Astana",
         "kk": "Астанада жаңа мұражай ашылды"}

"""The kinds of story text this copy publishes: each kind's markup blocks and the paragraphs
the feed's body holds for them (see the package docstring for the calls).

A block is (markup, paragraphs); the lead block carries ``DL`` where the dateline goes.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

Block = tuple[str, list[str]]
DL = "\x00dateline\x00"


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def lead(text: str) -> Block:
    return f"<p>{DL}{esc(text)}</p>", [text]


def p(text: str) -> Block:
    return f"<p>{esc(text)}</p>", [text]


def bold(text: str) -> Block:
    return f"<p><strong>{esc(text)}</strong></p>", [text]


def labelled(label: str, text: str) -> Block:
    """A bold label run into its text: ``<strong>Name:</strong> text``."""
    return f"<p><strong>{esc(label)}</strong> {esc(text)}</p>", [f"{label} {text}"]


def em(text: str) -> Block:
    return f"<p><em>{esc(text)}</em></p>", [text]


def quote(text: str) -> Block:
    return f"<blockquote><p>{esc(text)}</p></blockquote>", [text]


def items(lines: Sequence[str]) -> Block:
    return "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in lines) + "</ul>", list(lines)


def broken(lines: Sequence[str]) -> Block:
    """Lines split by ``<br>`` in one paragraph (each line its own paragraph in the body)."""
    return "<p>" + "<br>\n".join(esc(x) for x in lines) + "</p>", list(lines)


def table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> Block:
    """A table of figures: each row (the header too) one paragraph, cells joined by a space."""
    top = "<tr>" + "".join(f"<th>{esc(c)}</th>" for c in head) + "</tr>"
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
    markup = f'<table class="table"><thead>{top}</thead><tbody>{body}</tbody></table>'
    return markup, [" ".join(r) for r in [head, *rows]]


def furniture(block: Block) -> Block:
    """A block printed in the text that is no body (kznews's rules: a release's contacts
    trailer, a column's disclaimer)."""
    return block[0], []


Author = tuple[str, str, str]  # (name, role, portrait path)
Built = tuple[list[Block], Author | None]
Builder = Callable[[str], Built]  # the lead sentence -> blocks, author box


# --------------------------------------------------------------------------- Russian


def ru_interview_bold(first: str) -> Built:
    return [lead(first + " Об этом в интервью нашему изданию рассказала заместитель акима "
                 "города Айгерим Султанова."),
            bold("— Айгерим Маратовна, какие проекты город завершит в этом году?"),
            p("— В первую очередь это три школы и две поликлиники. Строители работают в две "
              "смены, и мы рассчитываем сдать объекты к сентябрю."),
            bold("— Хватит ли средств?"),
            p("— Финансирование предусмотрено в полном объёме, дополнительные деньги не "
              "понадобятся."),
            bold("— Что бы вы пожелали жителям?"),
            p("— Терпения. Ремонт дорог закончится, и город станет удобнее для всех.")], None


def ru_interview_dash(first: str) -> Built:
    return [lead(first + " Корреспондент Центра информации поговорил с фермером Серіком "
                 "Омаровым."),
            p("— Как прошёл сезон?"),
            p("— Неплохо. Урожай собрали на две недели раньше, чем в прошлом году."),
            p("— Цены на зерно устраивают?"),
            p("— Не совсем. Закупочная цена выросла, но и топливо подорожало."),
            p("— Какие планы на следующий год?"),
            p("— Хотим купить новый комбайн и расширить посевы на 200 гектаров.")], None


def ru_interview_names(first: str) -> Built:
    name = "Ерлан Жаксылыков:"
    return [lead(first + " Мы задали несколько вопросов директору департамента Ерлану "
                 "Жаксылыкову."),
            bold("Сколько семей получат жильё в этом году?"),
            labelled(name, "По плану — около 1 200 семей, из них половина — многодетные."),
            bold("Когда начнётся приём заявлений?"),
            labelled(name, "С 1 марта, заявление можно подать через портал egov.kz."),
            bold("Есть ли ограничения по доходу?"),
            labelled(name, "Да, доход на члена семьи не должен превышать установленный "
                     "порог.")], None


def ru_statement(first: str) -> Built:
    return [lead(first + " Министерство опубликовало официальное заявление."),
            p("В связи с распространением недостоверной информации сообщаем следующее:"),
            p("1. Тарифы на коммунальные услуги в текущем квартале не повышаются."),
            p("2. Все решения о тарифах принимаются после публичных слушаний."),
            p("3) Граждане могут направить обращения через портал eotinish.kz."),
            p("4) Распространение ложной информации влечёт ответственность по закону."),
            p("Просим доверять только официальным источникам.")], None


def ru_press_release(first: str) -> Built:
    return [lead(first + " Мероприятие пройдёт 15 мая в конгресс-холле."),
            p("В программе — пленарное заседание, панельные сессии и выставка проектов."),
            p("Участие бесплатное, регистрация открыта до 10 мая."),
            furniture(labelled("Контакты для СМИ:", "Асель Нурланова, пресс-секретарь")),
            furniture(p("Тел.: +7 (727) 300-12-34")),
            furniture(p("E-mail: press@forum.kz"))], None


def ru_oped(first: str) -> Built:
    author = ("Данияр Ашимбаев", "политолог", "/upload/authors/ashimbayev.jpg")
    return [lead(first + " Попробую объяснить, почему это решение назрело давно."),
            p("Во-первых, нагрузка на бюджет растёт из года в год, а отдача от программ "
              "остаётся низкой."),
            p("Во-вторых, регионы сами просят больше самостоятельности в распределении "
              "средств."),
            p("Наконец, без честного разговора с обществом любые реформы обречены."),
            furniture(em("Мнение автора может не совпадать с позицией редакции."))], author


def ru_court(first: str) -> Built:
    return [lead(first + " Приговор огласил специализированный межрайонный суд."),
            p("Подсудимый обвинялся в хищении бюджетных средств в особо крупном размере."),
            quote("«Признать виновным в совершении преступления, предусмотренного частью 4 "
                  "статьи 189 УК РК, и назначить наказание в виде лишения свободы сроком на "
                  "пять лет», — говорится в приговоре."),
            p("Приговор не вступил в законную силу и может быть обжалован.")], None


def ru_weather(first: str) -> Built:
    return [lead(first + " Синоптики РГП «Казгидромет» дали прогноз на выходные."),
            p("Алматы: ночью +2…+4, днём +14…+16."),
            p("Астана: ночью −3…−5, днём +6…+8."),
            p("Шымкент: ночью +5…+7, днём +19…+21."),
            broken(["Ветер: северо-западный, 9–14 м/с.", "Порывы: до 20 м/с.",
                    "Осадки: местами дождь."])], None


def ru_traffic(first: str) -> Built:
    return [lead(first + " Об этом сообщили в управлении мобильности."),
            p("Ограничения движения действуют на следующих участках:"),
            items(["С 22:00 до 06:00 — проспект Абая от ул. Байтурсынова до ул. Ауэзова.",
                   "С 10:00 до 18:00 — ул. Толе би от ул. Панфилова до ул. Фурманова.",
                   "Круглосуточно — пересечение пр. Аль-Фараби и ул. Навои."]),
            p("Водителей просят заранее выбирать пути объезда.")], None


def ru_rates(first: str) -> Built:
    return [lead(first + " Национальный банк установил официальные курсы на завтра."),
            table(["Валюта", "Курс", "Изменение"],
                  [["USD", "448,50", "+1,20"], ["EUR", "485,30", "−0,40"],
                   ["RUB", "4,95", "+0,02"], ["CNY", "62,10", "+0,15"]]),
            p("В обменных пунктах Алматы доллар продают в среднем по 451 тенге.")], None


def ru_results(first: str) -> Built:
    return [lead(first + " Подведены итоги очередного тура."),
            table(["Место", "Команда", "Очки"],
                  [["1", "Кайрат", "45"], ["2", "Астана", "43"], ["3", "Тобол", "40"],
                   ["4", "Ордабасы", "38"]]),
            p("Следующий тур пройдёт через две недели.")], None


def ru_obituary(first: str) -> Built:
    return [lead(first + " На 77-м году жизни скончался заслуженный журналист Казахстана "
                 "Амангельды Сейтказиев (1948–2025)."),
            p("Он более сорока лет проработал в республиканской печати, был автором десяти "
              "книг."),
            p("Прощание состоится в субботу в 11:00 в Доме журналистов."),
            p("Светлая память об Амангельды Сейтказиевиче навсегда останется в наших "
              "сердцах."),
            em("Коллектив Центра информации выражает глубокие соболезнования родным и "
               "близким.")], None


def ru_correction_top(first: str) -> Built:
    return [labelled("Уточнение:", "в первоначальной версии материала была указана неверная "
                     "дата открытия. Текст исправлен."),
            lead(first + " Открытие запланировано на 1 сентября."),
            p("Объект рассчитан на 600 мест, в нём будут работать бассейн и спортивный зал."),
            p("Строительство ведётся за счёт государственно-частного партнёрства.")], None


def ru_correction_bottom(first: str) -> Built:
    return [lead(first + " Решение принято на заседании маслихата."),
            p("Новые правила вступят в силу через десять дней после публикации."),
            labelled("Исправление:", "ранее в заметке ошибочно указано, что правила "
                     "вступают в силу немедленно.")], None


def ru_poem(first: str) -> Built:
    return [lead(first + " Школьники прочитали стихи, посвящённые родному краю."),
            p("Одно из стихотворений особенно тронуло зрителей:"),
            broken(["Степь широкая моя,", "Ветер в травах шелестит,",
                    "Здесь родимая земля,", "Здесь мой дом и мой зенит."]),
            broken(["Горы снежные вдали,", "Солнце яркое в зените —",
                    "Нет прекраснее земли,", "Вы уж мне поверьте, зрите."]),
            p("Победители конкурса получат дипломы и памятные подарки.")], None


def ru_bilingual(first: str) -> Built:
    return [lead(first + " Глава государства обратился к участникам форума."),
            p("«Біз бірге болғанда ғана күштіміз. Әрбір азамат еліміздің болашағына "
              "жауапты», — деді ол."),
            p("(«Мы сильны только вместе. Каждый гражданин отвечает за будущее нашей "
              "страны», — сказал он.)"),
            p("Форум продлится два дня.")], None


def ru_question(first: str) -> Built:
    return [lead(first + " Новые правила вызвали споры в социальных сетях."),
            p("Одни пользователи поддерживают решение, другие считают его поспешным."),
            bold("А вы как считаете, нужны ли такие меры? Напишите своё мнение в "
                 "комментариях.")], None


def ru_plain(first: str) -> Built:
    return [lead(first), p("Работы планируется завершить до конца года."),
            p("Финансирование осуществляется за счёт местного бюджета.")], None


# --------------------------------------------------------------------------- English


def en_interview_bold(first: str) -> Built:
    return [lead(first + " The deputy minister answered our questions."),
            bold("How many projects will be completed this year?"),
            p("Twelve, including three hospitals and five schools."),
            bold("Is the funding secured?"),
            p("Yes, every project is fully funded from the national budget.")], None


def en_dialogue(first: str) -> Built:
    return [lead(first + " We spoke to the organiser, Aliya Bekova."),
            p("— How many guests do you expect?"),
            p("— About five thousand over the two days."),
            p("— What is new this year?"),
            p("— A children's programme and a night market.")], None


def en_statement(first: str) -> Built:
    return [lead(first + " The ministry issued the following statement."),
            p("1. The exam schedule remains unchanged."),
            p("2. Results will be published within ten days."),
            p("3) Appeals may be filed online."),
            p("We ask parents to rely on official sources only.")], None


def en_results(first: str) -> Built:
    return [lead(first + " Here are the final standings."),
            table(["Place", "Athlete", "Points"],
                  [["1", "Daniyar Ismailov", "98"], ["2", "Olga Rypakova", "95"],
                   ["3", "Arman Kadyrov", "91"]]),
            p("The next stage takes place in Astana in June.")], None


def en_correction(first: str) -> Built:
    return [lead(first + " The figures were announced on Monday."),
            p("Officials expect the trend to continue next year."),
            labelled("Correction:", "an earlier version of this story gave the wrong year "
                     "for the programme's launch.")], None


def en_oped(first: str) -> Built:
    author = ("Aidos Sarym", "political analyst", "/upload/authors/sarym.jpg")
    return [lead(first + " It is time to look at the numbers honestly."),
            p("Reforms without public trust rarely survive an election cycle."),
            furniture(em("The author's opinion may not coincide with the position of the "
                         "editorial board."))], author


def en_question(first: str) -> Built:
    return [lead(first + " The decision has divided residents."),
            p("Some welcome the change, others call it rushed."),
            bold("What do you think? Tell us in the comments.")], None


def en_plain(first: str) -> Built:
    return [lead(first), p("The project is financed from the local budget."),
            p("Further details are available on the official website.")], None


RU: dict[str, Builder] = {
    "interview_bold": ru_interview_bold, "interview_dash": ru_interview_dash,
    "interview_names": ru_interview_names, "statement": ru_statement,
    "press_release": ru_press_release, "oped": ru_oped, "court": ru_court,
    "weather": ru_weather, "traffic": ru_traffic, "rates_table": ru_rates,
    "results_table": ru_results, "obituary": ru_obituary, "correction_top": ru_correction_top,
    "correction_bottom": ru_correction_bottom, "poem": ru_poem, "bilingual": ru_bilingual,
    "question": ru_question, "plain": ru_plain,
}
EN: dict[str, Builder] = {
    "interview_bold": en_interview_bold, "interview_dash": en_dialogue,
    "statement": en_statement, "results_table": en_results,
    "correction_bottom": en_correction, "oped": en_oped, "question": en_question,
    "plain": en_plain,
}
BUILDERS = {"ru": RU, "en": EN}

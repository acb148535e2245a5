"""A source label's value: a name with a comma (a site and its section, a list of bodies ending
in a full stop) is the source; a sentence after the label is the text's."""

from __future__ import annotations

import pytest

from kznews import processors as P


@pytest.mark.parametrize(("line", "name"), [
    ("Источник: официальный сайт министерства здравоохранения Республики Казахстан, раздел "
     "новостей",
     "официальный сайт министерства здравоохранения Республики Казахстан, раздел новостей"),
    ("Источник: министерство здравоохранения, акимат Алматы и городское управление полиции.",
     "министерство здравоохранения, акимат Алматы и городское управление полиции"),
    ("Source: ministry of health, ministry of education and the akimat of Almaty.",
     "ministry of health, ministry of education and the akimat of Almaty"),
])
def test_a_name_with_a_comma_or_a_full_stop_is_the_source(line: str, name: str) -> None:
    assert P.source_from_clean_line(line) == name


@pytest.mark.parametrize("line", [
    "Источник: по данным министерства, в этом году построено 120 школ.",
    "Источник: по данным министерства, в этом году построено 120 новых школ",
    "Источник: акимат области сообщил, что дороги откроют уже в понедельник.",
    "Source: the ministry said the building cost 3 billion tenge.",
    "Source: the ministry said the school cost 3 billion tenge and the akimat paid for it.",
    "Дереккөз: министрліктің мәліметінше, биыл елде 120 мектеп салынды.",
])
def test_a_sentence_after_the_label_names_no_source(line: str) -> None:
    assert P.source_from_clean_line(line) is None

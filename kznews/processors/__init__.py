"""Pure normalisers for kznews: text, dates, datelines, attribution, ids and URLs.

Everything here works on plain strings (no Scrapy, no parsel; lxml only to read text that
holds markup as HTML) so the extractors, the pipelines and the mirror share one definition
of "clean". The text functions never raise on arbitrary input: page text is untrusted and a
bad string must not kill a crawl.
"""

from __future__ import annotations

from datetime import date, datetime

from kznews.language import detect_lang, normalize_lang_code, text_lang
from kznews.processors.credits import (
    _CREDIT_WORD,
    CREDIT_LABEL,
    CREDIT_MARK,
    CREDIT_PHRASE,
    ICON_LEAD,
    MAX_MARK_CREDIT,
    MAX_PHRASE_WORDS,
    caption_credit,
    caption_line,
    caption_value,
    copyright_credit,
    cut_caption_credit,
    photo_credit,
)
from kznews.processors.datelines import (
    MAX_ABBREVIATION,
    MIN_CAPS_AGENCY,
    MIN_WIRE_PLACE,
    MIN_WIRE_REST,
    Dateline,
    split_dateline,
    split_wire_lead,
)
from kznews.processors.dates import (
    CLOCK_WORD,
    KK_DAY_END,
    ReferenceDay,
    RelativeMoment,
    _find_date,
    is_relative,
    parse_date_text,
    reference_at,
    reference_day,
    relative_to,
    shown_time,
    slashed_is_month_first,
    slashed_month_first,
)
from kznews.processors.info import (
    MAX_RUBRIC_WORDS,
    AnyOf,
    InfoLine,
    Names,
    parse_info_line,
    parse_views,
    rubric_before_date,
    split_tags,
)
from kznews.processors.months import MONTH_WORD, fold_latin, month_number
from kznews.processors.printed import rubric_name, tag_name
from kznews.processors.sources import (
    MAX_MATERIALS_LINE,
    bracketed_source,
    dashed_source_line,
    source_from_clean_line,
    source_from_lead,
    source_from_line,
    source_name,
    source_value,
)
from kznews.processors.stamps import (
    _STAMP_SHAPE,
    MAX_ROW_TAIL,
    MAX_ROW_WORDS,
    date_stamp,
    is_date_row,
    is_date_stamp,
    short_year_date,
    short_year_stamp,
    weekday_slashed_date,
    yearless_stamp,
)
from kznews.processors.text import (
    _INVISIBLE,
    _PLAIN,
    KNOWN_CLEAN,
    KNOWN_CLEAN_MAX,
    KNOWN_CLEAN_MIN,
    KNOWN_CLEAN_SIZE,
    _already_clean,
    _clean_full,
    clean_paragraphs,
    clean_text,
    join_paragraphs,
    repair_homoglyphs,
)
from kznews.processors.urls import (
    TRACKING_PARAM,
    canonicalize_url,
    content_hash,
    estimate_date_from_id,
    path_id,
    safe_url,
)
from kznews.processors.years import (
    EARLIEST_STAMP,
    ID_BOUND_SLACK,
    date_between_ids,
    infer_year,
    to_almaty,
    unix_moment,
)
from kznews.processors.zone import ALMATY

__all__ = [
    "AnyOf",
    "ALMATY",
    "Dateline",
    "InfoLine",
    "canonicalize_url",
    "clean_paragraphs",
    "clean_text",
    "content_hash",
    "date_stamp",
    "detect_lang",
    "text_lang",
    "estimate_date_from_id",
    "infer_year",
    "is_date_stamp",
    "join_paragraphs",
    "month_number",
    "normalize_lang_code",
    "parse_date_text",
    "MAX_RUBRIC_WORDS",
    "Names",
    "parse_info_line",
    "parse_views",
    "rubric_name",
    "tag_name",
    "reference_day",
    "relative_to",
    "is_relative",
    "ReferenceDay",
    "reference_at",
    "path_id",
    "photo_credit",
    "caption_line",
    "caption_value",
    "repair_homoglyphs",
    "safe_url",
    "source_from_lead",
    "source_from_line",
    "source_from_clean_line",
    "source_value",
    "dashed_source_line",
    "split_dateline",
    "split_wire_lead",
    "split_tags",
    "to_almaty",
    "unix_moment",
]


"""ic24.kz (Центр информации): the outlet's facts (``outlet``), its article field chains
(``article``) and its listing pages (``listing``)."""

from kznews.extract.chain import Extracted
from kznews.sites.centerinform.article import FIELDS, extract_article
from kznews.sites.centerinform.outlet import BODY_CSS

__all__ = ["BODY_CSS", "FIELDS", "Extracted", "extract_article"]

"""Kept for callers of the old path: the listing parser lives in ``sites/centerinform/listing``."""

from kznews.sites.centerinform.listing import (
    OUTLET_HOSTS,
    ListingEntry,
    NearDates,
    on_site,
    page_number,
    parse_listing,
)

__all__ = ["OUTLET_HOSTS", "ListingEntry", "NearDates", "on_site", "page_number",
           "parse_listing"]

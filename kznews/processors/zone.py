"""The Almaty time zone, right even where the system's tz data predates 2024."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

# --------------------------------------------------------------------------- time zone


def _almaty_is_current(zone: ZoneInfo) -> bool:
    """Almaty moved from UTC+6 to UTC+5 on 2024-03-01; older tz data does not know that."""
    return datetime(2024, 3, 5, tzinfo=zone).utcoffset() == timedelta(hours=5)


def _load_almaty() -> ZoneInfo:
    """The system zone, or the ``tzdata`` package's when the system data predates 2024-03-01.

    If neither knows the change, the system zone is returned and the test suite fails loudly.
    """
    zone = ZoneInfo("Asia/Almaty")
    if _almaty_is_current(zone):
        return zone
    try:
        from importlib.resources import files

        with files("tzdata.zoneinfo").joinpath("Asia/Almaty").open("rb") as fh:
            bundled = ZoneInfo.from_file(fh, key="Asia/Almaty")
    except (ImportError, OSError, ValueError):  # pragma: no cover - depends on the host
        return zone
    return bundled if _almaty_is_current(bundled) else zone  # pragma: no cover


ALMATY: ZoneInfo = _load_almaty()

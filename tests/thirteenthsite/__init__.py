"""A thirteenth copy of ic24.kz in the markup of state-media portals and bare small-site CMSs:
Liferay (portlets, ``journal-content-article``, ``taglib-*`` summaries), SharePoint
(``ms-rtestate-field``, ``ctl00_PlaceHolderMain_…`` ids, ``<nobr>`` dates, ``;``-separated
keywords), TYPO3 (``news-single-item``, ``ce-bodytext``), a Telegram channel web preview (the
message bubble is the page; hashtags are the tags; UTC ``<time>``; "1.2K" views) and MODX /
HostCMS / NetCat pages with next to no semantic classes, some of them windows-1251 declared only
in a ``<meta http-equiv>``. The listing is a TYPO3 news list paginated with ``cHash`` links.
"""

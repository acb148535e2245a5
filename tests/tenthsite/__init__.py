"""A tenth copy of ic24.kz in markup none of the other copies uses: AMP article pages
(``<html ⚡>``, ``amp-img`` with ``srcset``, ``amp-ad``, ``amp-social-share``), a Substack-like
newsletter layout (subtitle, byline with avatar, subscribe and share boxes inside the text, pull
quotes, footnotes) and a React-rendered Kazakh portal (hashed class names, dates only as Unix
timestamps behind relative text, the next article's preview under the text, abbreviated view
counts), with Instagram/Telegram embeds, advertisement labels, upper-case intertitles and lists
inside the text, and a listing paginated as ``?page=N`` behind a "load more" link.
"""

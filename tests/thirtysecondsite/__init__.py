"""A thirty-second copy of ic24.kz served the way website builders and hosted platforms serve
a page: Tilda blocks, a Wix blog post, a Webflow CMS item, a Squarespace blog item, a Google
Sites page, a Telegram channel post and a VK wall post, with dates as plain text in many
shapes, sources and photo credits inside styled spans, hashtags after the text, abbreviated
view counters ("1.2K", "12,4 тыс.") and a listing paginated as ``/novosti?page=N``.
"""

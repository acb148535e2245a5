"""A twenty-second copy of ic24.kz serving the decoys a real site shows crawlers: a cookie-consent
interstitial before any page, soft 404s and error pages with status 200, a login wall, print /
AMP / mobile duplicates of every article under other URLs, a merged story whose canonical names
another article, ``noindex`` articles and hidden trap links in the listing.
"""

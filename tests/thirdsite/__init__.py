"""A third, independently written copy of ic24.kz used to measure how well kznews generalises.

`site` builds ~60 articles (markup in four page styles unlike the bundled mirror) together
with their ground truth; `server` serves them on a loopback port.
"""

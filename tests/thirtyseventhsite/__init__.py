"""A thirty-seventh copy of ic24.kz in the markup of Kazakhstan's own news sites: a state news
agency portal, a Yii2 regional portal, a large portal with relative dates and "Читайте также"
cards, a portal holding the article in both HTML and a JSON state, a Next.js page with
``data-qa`` hooks and a Kazakh interface, a long-read magazine layout and a TV channel's video
page, with renamed cities, Latin-script Kazakh headlines, tenge figures and press-release reprints.
"""

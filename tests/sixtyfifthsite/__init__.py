"""A sixty-fifth copy of ic24.kz: SITE.md read again as a Laravel 11 application with Blade
views, a Livewire views counter and a few Inertia (Vue) pages.

Guesses, each stated as the copy serves it:

- Layout (``layouts.app``): ``<meta name="csrf-token">``, Vite assets under ``/build/assets/``,
  Livewire's style and script tags, a Google tag and Yandex.Metrika counter, spatie's cookie
  consent banner, a search form (``/search?q=``), a RU/EN switch (``/locale/en``), rubric
  navigation, the currency widget (``• USD/KZT 0.0`` … filled by JavaScript), a "Самое
  читаемое" aside with view counts, ad zones (``/storage/banners/…``), a footer with contacts.
- ``news.show``: ``h1``, the photo (spatie/laravel-medialibrary's ``large`` conversion,
  ``/storage/<media id>/conversions/<name>-large.jpg``, with a ``medium`` srcset) with the
  credit ``Фото:gov.kz`` as its caption, then the info line ``20 Апреля 2023 683 Социум
  Алматы, аким, субботник`` (Carbon's ``translatedFormat('j F Y')`` title-cased, the views
  with ``number_format``: ``1 315`` in ru/kk, ``1,315`` in en, the rubric link, spatie tags
  as comma-separated links), then the editor's body: dateline run into the lead (``Алматы. 16
  апреля. Центр информации - ``), paragraphs, a second photo, sometimes a ``<p>&nbsp;</p>``,
  ``Источник: X`` (the label Russian on every page); then share buttons, an ad, and the
  ``ru``/``en``-badged "Последние новости" block (14 newest stories, headlines cut,
  Carbon's ``diffForHumans`` beside them: ``2 дня назад``, ``3 years ago``).
- Stories carry a publication time when the editor set one: then ``<meta
  property="article:published_time">`` holds it (``toIso8601String``); otherwise the page has
  only the day and the truth is midnight Almaty with day precision.
- English pages: ``20 April 2023`` (about half ``20 Apr 2023``, ``isoFormat('D MMM YYYY')``),
  ``<html lang="en">``, ``og:locale`` ``en_US``; ru and en share one id sequence.
- ``/novosti``: ``.news_text`` items (a relative ``a``, a ``p`` date ``16 Апреля 2021``) and
  Laravel's tailwind paginator (``<nav role="navigation" aria-label="Pagination
  Navigation">``, absolute links, ``rel="next"``/``rel="prev"``, page 1 linked as
  ``/novosti?page=1``, which answers the first page again). ``/`` is a 302 to ``/novosti``;
  robots.txt disallows ``/admin``, ``/livewire/``, ``/search``; 404s are Laravel's plain view.
- Text hazards of the page (the truth is the normalised text): the seed dumps' own, and on
  generated stories no-break spaces, a look-alike letter of the other script inside a word, a
  zero-width space.

About a third of the generated stories deviate in one or two ways (``site.DEVIATIONS``, in
turn): the page is an Inertia page rendered on the server (``<div id="app" data-page="{…}">``
around the same markup) or only an Inertia root with the story in ``data-page`` JSON (PHP's
``json_encode``: ``\\uXXXX`` escapes, ``\\/``; the body as the editor's HTML, ``published_at``
in UTC as Eloquent serialises it, the photo credit in the media's ``custom_properties``; the
page's ``<title>`` is the app name and ``<html lang="ru">``); the date as Carbon's
``diffForHumans`` in a ``<time datetime>``; the views in a Livewire component (``wire:snapshot``
JSON holding them too), with ``trans_choice``'s word (``22 913 просмотров``) or not shown; tags
as ``#hashtag`` links under the text or none; no rubric, or the rubric's Russian name where it
has no translation (laravel-translatable's fallback locale); ``article:published_time`` in the
app's UTC (``+00:00``); the credit in a ``div`` right before the text (``Фото:gov.kzАлматы. …``
when read as text) or after a caption and a dash; the source linked or with a bold label; the
dateline in ``<strong>``. Besides: the headline photo as a ``<picture>`` with a WebP source, or
as medialibrary's responsive-images view (a ``srcset`` of
``/storage/<id>/responsive-images/…___large_1200_675.jpg`` widths and an SVG placeholder,
``sizes="1px"`` and an ``onload`` script, the conversion in ``src``);
``Обновлено: <day>`` (``updated_at``) after the tags with
``article:modified_time``; a ``Читайте также:`` line after the lead linking the story published
before, or a Telegram post's widget script before the source line; and the oldest plain English
page (the Kazinform pair, u45713) prints its date in Russian (``19 Апреля 2021``: Carbon's
locale not switched). The listing's language switch (``/locale/ru``, ``/locale/en``) answers a
302 to ``/``.

Truth calls: ``category`` None on a page with no rubric, the Russian name where that is what an
English or Kazakh page prints; ``tags`` [] with none; ``views`` None when the counter is not
shown (the English seed too); ``photo_credit`` None where a photo has no credit; ``image_urls``
the ``large`` conversions of the story's photos, the headline photo first (not thumbnails,
``og:image`` duplicates, banners or other stories' photos); ``published_at`` midnight Almaty
(day precision) where no time is on the page, else the minute; ``source`` from ``Источник:`` or
the lead (``сообщает КазТАГ``). ``body`` holds the story's paragraphs only (no "read also" line,
widget script or empty paragraph).
"""

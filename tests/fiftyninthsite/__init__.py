"""A fifty-ninth copy of ic24.kz: SITE.md read again as a Telegram-first newsroom's site.

Guesses: the newsroom writes for its Telegram channel first; a bot or an import script puts
each post on the site inside one Russian template (``<html lang="ru">`` on every page, no
``og:locale``; the language is only in the text). The template, in SITE.md's order: the
currency widget (``• USD/KZT 0.0 …``, filled by JavaScript), the headline, the cover photo and
its ``Фото:X`` credit (no space), the info line ``20 Апреля 2023 683 Социум Алматы, аким,
субботник`` (date, views, rubric link, tag links), the post's text, ``Источник: X``, a "latest
news" sidebar of ten other stories, each badged ``ru`` (English ones too) and cut at a word.

Three text styles, a third each: ``editor`` (rewritten for the site: ``<p>`` paragraphs, the
year-less dateline ``Алматы. 16 апреля. Центр информации - `` before the first one, a
``<p class="post__source">`` line, a subscribe box outside the text); ``raw_br`` (the bot's
import: the post's lines joined by ``<br><br>`` in one ``div``); ``raw_p`` (an import script's
``<p>`` per line with ``<p>&nbsp;</p>`` between). Raw posts keep the post's emoji at line starts
(📌 ⚡️ ❗️ 🔹), may have a bold lead, a few have a dateline too (never after an emoji), and end
with ``Источник: X``, the outlet's prompt "❗️ Подписывайтесь на наш Telegram-канал t.me/ic24kz"
(English: "Subscribe to our Telegram channel", Kazakh: "Telegram-арнамызға жазылыңыз") and a
line of ``#hashtags``, each one a link to the tag, the same tags the info line lists.

Deviations of the copy's own (about a third of the pages): the credit glued to the text
(``Фото:pixabay`` then ``Алматы. 20 апреля.`` with no space between, the info line moved above
the cover); the credit only as the caption of the post's media group (its photos,
``/upload/tg/<num>_<k>.jpg``, before the text); English dates ``2 August 2021`` or ``August 2,
2021``; an info line without tags (the hashtags after the text are then the only place they
are written), without a view count (the only number is then the Telegram post's own counter
``👁 1.2K``), without a rubric, or with the post's time ``20 Апреля 2023 14:05``; a forward
header "Переслано из КазТАГ" over a post with no source line; a Telegram video after the text.
The seed pages carry their dumps' hazards (a no-break space line, homoglyphs).

Truth calls: ``body`` is the post's paragraphs with the emoji at line starts kept (the text as
the outlet wrote it) and without the dateline, the ``Источник:`` line, the subscribe prompt,
the hashtag line, the forward header, the Telegram counter and share buttons. ``tags`` are the
post's tags, from the info line or, when it has none, the hashtags (the same list). ``views``
is the site's counter in the info line, None when it shows none (``👁 1.2K`` is Telegram's
count, not the site's). ``source`` is the ``Источник:`` line, else the source the lead names,
else the channel of a "Переслано из …" header. ``category`` is None on a page with no rubric.
``photo_credit`` is the ``Фото:`` text wherever it stands, None without one. ``image_urls``
are the cover then the media group's photos (no video, no logos). ``published_at`` is the info
line's day at midnight in Almaty, at its time when it shows one. ``dateline_place`` is None on
a raw post with no dateline.
"""

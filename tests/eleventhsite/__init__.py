"""An eleventh copy of ic24.kz in the markup of blog engines and Russian CMSs no other copy uses:
a Blogger/Blogspot post (``post-body entry-content`` with ``<br>`` runs, an ``abbr.published``
stamp and a weekday date header, "Ярлыки:" labels), a LiveJournal entry (``b-singlepost-body``,
lj-cut anchors, "Метки:" tags, the date only in a "Запись опубликована …" line at the bottom) and
a UMI.CMS page (fields marked only by ``umi:field-name``, a date without its year, the year in the
breadcrumb's archive link), with the furniture of Kazakh news sites around and inside the text.
"""

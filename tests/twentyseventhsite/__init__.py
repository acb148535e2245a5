"""A twenty-seventh copy of ic24.kz as a Kazakh-language portal: most articles in Kazakh, the
labels Kazakh on every page, dates in every common Kazakh style (genitive and locative months,
weekdays, "Жарияланған уақыты" next to "Жаңартылды", relative forms with the absolute date
further down, datelines without a year), Russian quotes in Kazakh texts and a Kazakh document
title in a Russian one, look-alike letters for і/ә/ө/һ/ң on a few pages, and the Kazakh and
Russian versions of one story on two URLs linked both ways.
"""

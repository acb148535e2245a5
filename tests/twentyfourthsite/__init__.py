"""A twenty-fourth copy of ic24.kz on a DataLife-Engine-flavoured template, built to stress
attribution: sources printed at the top, at the bottom, in the lead or in the dateline in a dozen
forms, photo credits on captions, galleries and ``alt`` text, datelines with and without agency,
year or time, and bylines that are neither source nor body (see ``site.py`` for the rules).
"""

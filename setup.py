"""Packaging shim for `scrapyd-deploy`, which builds the egg with `python setup.py bdist_egg`.

All metadata (package list, package data such as the mirror's seed texts and the JSON schemas,
the `scrapy` settings entry point) lives in pyproject.toml; committing this file keeps
scrapyd-deploy from writing its own setup.py, which would package the project as "project".
"""

from setuptools import setup

setup()

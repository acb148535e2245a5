"""A hostile-but-plausible copy of the ic24.kz outlet (sloppy CMS templates) for kznews tests."""

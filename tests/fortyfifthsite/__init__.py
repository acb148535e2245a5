"""A forty-fifth copy of ic24.kz: a redesign in the middle of the archive (see
tests/test_fortyfifthsite.py for what it serves and the truth calls)."""

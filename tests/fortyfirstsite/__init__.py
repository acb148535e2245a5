"""A forty-first copy of ic24.kz that serves every page differently on every request (rotating
"сейчас читают" boxes inside the text, ads, nonces, cache-busters, relative stamps, a growing
view counter, an A/B ``og:title``) and edits, deletes and adds a few articles between two crawls.
"""

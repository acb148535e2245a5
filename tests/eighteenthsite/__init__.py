"""An eighteenth copy of ic24.kz as a JavaScript front end: most article pages are
single-page-app shells whose HTML holds a header, an empty mount point with a loading skeleton
and the article only in an embedded state (``__NEXT_DATA__``, ``window.__INITIAL_STATE__``, an
Apollo-like normalised cache in ``<script type="application/json" data-state>``), the body as an
HTML string or an array of blocks, dates as ISO or Unix milliseconds, tags as objects, and
other articles (sidebar, related) in the same state; the rest are server-rendered by Angular
Universal (``_ngcontent`` attributes, hydration comments, ``<base href="/">``) and SvelteKit
(``svelte-`` classes, ``HTML_TAG_START`` markers, a devalue data script).

Without a browser (``render=never``, or ``render=auto`` before it decides to render), a crawler
that wants these articles must read the embedded state: it is exactly what the browser would
render from, so reading it is cheaper than Playwright and no less true. ``render=auto`` should
call the browser only for a shell whose state does not hold the page's record.
"""

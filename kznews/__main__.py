"""``python -m kznews COMMAND …``: the same as the ``kznews`` console script."""

from kznews.cli import main

raise SystemExit(main())

"""Offline mirror of the ic24.kz outlet (Центр информации / Information Center).

``build_site`` builds a deterministic copy of the outlet from the seed texts; ``serve`` serves
it over HTTP on a loopback port. Run ``python -m kznews.mirror`` to serve it from the shell.
"""

from .server import MirrorServer, serve
from .site import Site, build_site

__all__ = ["MirrorServer", "Site", "build_site", "serve"]

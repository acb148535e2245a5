"""Every module of kznews imports on its own, first: Scrapy loads components by dotted path
(a download handler, a middleware, a pipeline) and a user may import any one module, so an
import cycle that only works when some other module happened to be loaded first is a bug."""

from __future__ import annotations

import subprocess
import sys
import textwrap

_SCRIPT = textwrap.dedent("""
    import importlib, pkgutil, sys
    import kznews
    names = sorted(m.name for m in pkgutil.walk_packages(kznews.__path__, "kznews.")
                   if not m.name.endswith("__main__"))
    for name in names:
        for key in [k for k in sys.modules if k == "kznews" or k.startswith("kznews.")]:
            del sys.modules[key]
        try:
            importlib.import_module(name)
        except Exception as exc:
            print(f"{name}: {type(exc).__name__}: {exc}")
    print(f"checked {len(names)}")
""")


def test_every_module_imports_on_its_own() -> None:
    done = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True,
                          timeout=300, check=False)
    lines = done.stdout.strip().splitlines()
    assert done.returncode == 0, done.stderr[-2000:]
    assert lines and lines[-1].startswith("checked ") and int(lines[-1].split()[1]) > 100
    assert lines[:-1] == []

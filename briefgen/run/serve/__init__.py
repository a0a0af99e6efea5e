"""The review page (``briefgen serve``): the release beside its summary in a local browser
page, edits in place, and downloads made by the same render code as ``briefgen render``.

Optional: it needs the ``serve`` extra (Starlette, uvicorn, python-multipart). Importing
this package costs nothing; :func:`missing` says whether the extra is installed so the CLI
can print one line instead of an ImportError.
"""

from __future__ import annotations

import importlib.util

INSTALL_HINT = "the review page needs extra packages: pip install 'briefgen[serve]'"
# each entry: the names one package has had (python-multipart renamed its module)
REQUIRED = (("starlette",), ("uvicorn",), ("python_multipart", "multipart"))


def missing() -> list[str]:
    """The extra's modules that cannot be imported here (empty when all are present)."""
    return [names[0] for names in REQUIRED
            if not any(importlib.util.find_spec(name) for name in names)]

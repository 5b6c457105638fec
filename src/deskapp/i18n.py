"""Qt-free translation hook, so domain rules and printed documents speak the user's language.

The domain and output layers must not import Qt, yet their messages and printed labels belong
to Qt's translation system (the `.ts` files). They call ``translate("Context", "Source text")``,
which ``pyside6-lupdate`` extracts like any Qt ``translate`` call; the Qt layer installs the
real backend (a loaded ``QTranslator``) with :func:`set_backend` at start-up.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Backend = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_backend: Backend = _identity


def set_backend(backend: Backend | None) -> None:
    """Route translate() through ``backend`` (None restores the English source text)."""
    global _backend
    _backend = backend or _identity


def translate(context: str, text: str) -> str:
    """Return ``text`` in the current language; falls back to the English source."""
    return _backend(context, text) or text


_PLACE = re.compile(r"%([1-9])")


def fill(template: str, *values: object) -> str:
    """Put ``values`` into the ``%1`` … ``%9`` places of a translated ``template``, in one pass.

    One pass matters: with chained ``.replace("%1", name).replace("%2", …)`` a visitor whose
    name contains ``%2`` would get the second value spliced into their name.
    """
    def value_for(place: re.Match[str]) -> str:
        number = int(place.group(1))
        return str(values[number - 1]) if number <= len(values) else place.group(0)

    return _PLACE.sub(value_for, template)

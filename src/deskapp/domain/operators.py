"""Who works at the counter now: every record saved is signed with their name.

Until operators log in, the name comes from the settings ("receptionist on duty"); the
services are handed the operator the way they are handed the clock, so the signature is
taken inside the saving transaction, never filled in by a widget.
"""

from __future__ import annotations

from deskapp.domain.text import clean_text

NAME_LIMIT = 50


class Operator:
    """The operator on duty; ``name`` signs each record (``""`` before anyone is set)."""

    def __init__(self, name: str = "") -> None:
        self._name = ""
        self.hand_over(name)

    @property
    def name(self) -> str:
        """The name records are signed with."""
        return self._name

    def hand_over(self, name: str) -> None:
        """Another operator takes over the counter (a shift change)."""
        self._name = clean_text(name if isinstance(name, str) else "")[:NAME_LIMIT]

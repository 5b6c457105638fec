"""Who works at which counter now: every record saved is signed with both.

Until operators log in, the name comes from the settings ("receptionist on duty"); the
counter's name is this PC's own setting (several counters may share one database). The
services are handed the operator the way they are handed the clock, so the signature is
taken inside the saving transaction, never filled in by a widget.
"""

from __future__ import annotations

from deskapp.domain.text import clean_text

NAME_LIMIT = 50


def desk_name(value: object) -> str:
    """A counter's name as records carry it: one line, trimmed, at most 50 characters."""
    return clean_text(value if isinstance(value, str) else "")[:NAME_LIMIT]


class Operator:
    """The operator on duty at the counter ``desk``; both sign each record.

    ``""`` stands for "not set": a single counter may have no name, and a file may have no
    operator before anyone is set.
    """

    def __init__(self, name: str = "", desk: str = "") -> None:
        self._name = ""
        self._desk = ""
        self.hand_over(name)
        self.move_to(desk)

    @property
    def name(self) -> str:
        """The name records are signed with."""
        return self._name

    def hand_over(self, name: str) -> None:
        """Another operator takes over the counter (a shift change)."""
        self._name = clean_text(name if isinstance(name, str) else "")[:NAME_LIMIT]

    @property
    def desk(self) -> str:
        """The counter records are saved at (``""`` for an unnamed single counter)."""
        return self._desk

    def move_to(self, desk: str) -> None:
        """The counter was (re)named on this PC."""
        self._desk = desk_name(desk)

    def signature(self) -> dict[str, str]:
        """The columns every record saved now carries: ``created_by`` and ``desk``."""
        return {"created_by": self._name, "desk": self._desk}

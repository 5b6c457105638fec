"""Errors the counter's rules raise; the UI shows them next to the field or in a message."""

from __future__ import annotations

from deskapp.errors import UserError


class DomainError(UserError):
    """An expected refusal: the user can fix it; nothing was saved."""


class ValidationError(DomainError):
    """Bad input. ``errors`` maps a field name to a translated message for that field."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = dict(errors)


class NotFound(DomainError):
    """The record asked for does not exist."""

"""The kinds of record a link can point at: Today's items, a search's hits and a handover
note's items each name one (a kind and an id), and the workspace that keeps that kind
opens it (see ``Workspace.open_record``)."""

from __future__ import annotations

from enum import StrEnum


class RecordKind(StrEnum):
    """A kind of record, by the stable name stored in a handover item's link."""

    VISIT = "visit"
    EXPECTED_VISIT = "expected-visit"
    CALL = "call"
    REQUEST = "request"
    KEY_SET = "key-set"
    KEY_LOAN = "key-loan"
    UNIT = "unit"  # a unit's fee ledger
    RECEIPT = "receipt"
    DEPOSIT = "deposit"
    PARCEL = "parcel"
    RELEASE_PASS = "release-pass"
    FOUND_ITEM = "found-item"
    NOTICE = "notice"
    HANDOVER_NOTE = "handover-note"


def parse_kind(value: str) -> RecordKind | None:
    """The kind stored as ``value``, or None for "" or a name this deskapp does not know."""
    try:
        return RecordKind(value)
    except ValueError:
        return None

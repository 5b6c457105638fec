"""The finders of the desk's registers: units and key sets (small tables, searched whole)
and the numbered records — receipts, deposits, parcels, release passes, found items —
found by their number (whole, or its tail in the recent years' series), and where an index
allows by payer, unit, waybill or plate."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, or_
from sqlmodel import Session, col, select

from deskapp.db.dialect import contains
from deskapp.db.fee_models import FeeDeposit, Receipt
from deskapp.db.models import KeySet, Unit
from deskapp.db.service_models import FoundItem, Parcel, ReleasePass
from deskapp.domain.money import format_money
from deskapp.domain.phone import mask_phone
from deskapp.domain.record_kinds import RecordKind
from deskapp.domain.search_everything.hits import FindContext, Finder, Hit, joined
from deskapp.domain.search_everything.typed import Typed

RECEIPT_WIDTH = 6  # SK2026-000123
PARCEL_WIDTH = 6  # PK2026-000123
PASS_WIDTH = 4  # FX2026-0012
FOUND_WIDTH = 4  # SW2026-0007


def _every_word_in(typed: Typed, *columns: Any) -> Any:
    return and_(*(or_(*(contains(column, word) for column in columns))
                  for word in typed.words))


def _unit_ids(session: Session, typed: Typed) -> list[int]:
    """The unit numbered exactly as typed (its unique index), as a list of ids."""
    if not typed.text or len(typed.words) != 1:
        return []
    found = session.exec(select(Unit.id).where(Unit.number == typed.text.upper())).first()
    return [found] if found is not None else []


def _by_number(session: Session, model: Any, numbers: list[str], limit: int) -> list[Any]:
    if not numbers:
        return []
    return list(session.exec(select(model).where(col(model.number).in_(numbers))
                             .order_by(col(model.id).desc()).limit(limit)))


def _merged(limit: int, *found: list[Any]) -> list[Any]:
    """Records found several ways, each once, in the order found, at most ``limit``."""
    seen: set[int] = set()
    merged = []
    for records in found:
        for record in records:
            if record.id not in seen:
                seen.add(record.id)
                merged.append(record)
    return merged[:limit]


def find_units(session: Session, typed: Typed, context: FindContext) -> list[Hit]:
    """Units by number, occupant (or its pinyin), company, phone: the directory is small."""
    if not typed.words:
        return []
    units = session.exec(select(Unit).where(_every_word_in(
        typed, col(Unit.number), col(Unit.occupant), col(Unit.company), col(Unit.phones),
        col(Unit.search_key))).order_by(col(Unit.number)).limit(context.limit))
    return [Hit("fees", RecordKind.UNIT, u.id, u.number, joined(u.occupant, u.company))
            for u in units]


def find_key_sets(session: Session, typed: Typed, context: FindContext) -> list[Hit]:
    """Key sets by tag, hook or unit: the cabinet holds a few thousand at most."""
    if not typed.words:
        return []
    sets = session.exec(select(KeySet).where(_every_word_in(
        typed, col(KeySet.tag), col(KeySet.hook), col(KeySet.unit_label)))
        .order_by(col(KeySet.tag)).limit(context.limit))
    return [Hit("keys", RecordKind.KEY_SET, k.id, k.tag, joined(k.unit_label, k.hook))
            for k in sets]


def _receipt_hit(receipt: Receipt) -> Hit:
    return Hit("fees", RecordKind.RECEIPT, receipt.id, joined(receipt.number, receipt.payer),
               joined(receipt.unit_label, format_money(receipt.total_fen)), receipt.issued_at)


def find_receipts(session: Session, typed: Typed, context: FindContext) -> list[Hit]:
    """Receipts by number, by the payer's whole name, by the unit's number."""
    limit = context.limit
    numbered = _by_number(session, Receipt,
                          typed.numbers("SK", RECEIPT_WIDTH, context.this_year), limit)
    payers = list(session.exec(select(Receipt).where(Receipt.payer == typed.text)
                               .order_by(col(Receipt.id).desc()).limit(limit))) \
        if typed.text else []
    units = _unit_ids(session, typed)
    of_unit = list(session.exec(select(Receipt).where(col(Receipt.unit_id).in_(units))
                                .order_by(col(Receipt.issued_at).desc()).limit(limit))) \
        if units else []
    return [_receipt_hit(r) for r in _merged(limit, numbered, payers, of_unit)]


def find_deposits(session: Session, typed: Typed, context: FindContext) -> list[Hit]:
    """Deposits by the number of the receipt they were taken on."""
    numbers = typed.numbers("SK", RECEIPT_WIDTH, context.this_year)
    if not numbers:
        return []
    found = session.exec(select(FeeDeposit, Receipt.number).join(
        Receipt, col(Receipt.id) == col(FeeDeposit.receipt_id)).where(
        col(Receipt.number).in_(numbers)).order_by(col(FeeDeposit.id).desc())
        .limit(context.limit))
    return [Hit("fees", RecordKind.DEPOSIT, d.id, joined(number, d.payer),
                joined(d.unit_label, d.purpose, format_money(d.amount_fen)), d.taken_at)
            for d, number in found]


def find_parcels(session: Session, typed: Typed, context: FindContext) -> list[Hit]:
    """Parcels by shelf number, by waybill as scanned, by the unit's number.

    Not by the recipient's name or phone: no index holds them, and a scan of years of
    parcels would not answer while the receptionist types.
    """
    limit = context.limit
    numbered = _by_number(session, Parcel,
                          typed.numbers("PK", PARCEL_WIDTH, context.this_year), limit)
    waybills = list(session.exec(select(Parcel).where(Parcel.waybill == typed.text)
                                 .order_by(col(Parcel.id).desc()).limit(limit))) \
        if typed.text else []
    units = _unit_ids(session, typed)
    of_unit = list(session.exec(select(Parcel).where(col(Parcel.unit_id).in_(units))
                                .order_by(col(Parcel.id).desc()).limit(limit))) \
        if units else []
    return [Hit("services", RecordKind.PARCEL, p.id, joined(p.number, p.recipient_name),
                joined(p.recipient_label, p.carrier, p.waybill, mask_phone(p.recipient_phone)),
                p.received_at)
            for p in _merged(limit, numbered, waybills, of_unit)]


def find_release_passes(session: Session, typed: Typed, context: FindContext) -> list[Hit]:
    """Release passes by number, and by plate among the passes of this year and last."""
    limit = context.limit
    numbered = _by_number(session, ReleasePass,
                          typed.numbers("FX", PASS_WIDTH, context.this_year), limit)
    plates: list[ReleasePass] = []
    if len(typed.words) == 1 and len(typed.text) >= 3:
        since = dt.datetime(context.this_year - 1, 1, 1, tzinfo=dt.timezone.utc)
        plates = list(session.exec(select(ReleasePass).where(
            ReleasePass.issued_at >= since, contains(col(ReleasePass.plate), typed.text))
            .order_by(col(ReleasePass.issued_at).desc()).limit(limit)))
    return [Hit("services", RecordKind.RELEASE_PASS, p.id, joined(p.number, p.carrier_name),
                joined(p.unit_label, p.plate), p.issued_at)
            for p in _merged(limit, numbered, plates)]


def find_found_items(session: Session, typed: Typed, context: FindContext) -> list[Hit]:
    """Found items by number."""
    items = _by_number(session, FoundItem,
                       typed.numbers("SW", FOUND_WIDTH, context.this_year), context.limit)
    return [Hit("services", RecordKind.FOUND_ITEM, f.id, f.number,
                joined(f.description, f.found_where), f.found_at) for f in items]


KEY_SETS = Finder("keys", RecordKind.KEY_SET, find_key_sets)
FINDERS = (Finder("fees", RecordKind.UNIT, find_units),
           Finder("fees", RecordKind.RECEIPT, find_receipts),
           Finder("fees", RecordKind.DEPOSIT, find_deposits),
           Finder("services", RecordKind.PARCEL, find_parcels),
           Finder("services", RecordKind.RELEASE_PASS, find_release_passes),
           Finder("services", RecordKind.FOUND_ITEM, find_found_items))

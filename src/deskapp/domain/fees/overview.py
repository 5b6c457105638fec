"""Every unit at a glance: what each owes, how long past due, its credit, when it last
paid, the last contact about its fees and promise, and the latest dunning notice — with
the totals of all of them.

Fast on years of records: what is owed is summed per unit by the database over the charges
still open only (the partial index ``ix_feecharge_open``), the ages split by due-date
cut-offs computed in Python and bound as parameters (no date arithmetic in SQL, so SQLite
and PostgreSQL age alike). Units are a few thousand at most, so every unit's sums come in
one grouped query and are filtered, ordered and totalled here; the details only a page
shows (last payment, contacts, notices) are read for that page's units alone.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import case, func, text
from sqlmodel import Session, col, select

from deskapp.db.fee_models import (
    CHARGE_OPEN,
    DunningNotice,
    FeeCharge,
    FeeContact,
    Receipt,
    UnitCredit,
)
from deskapp.db.models import Unit
from deskapp.domain import checks, paging
from deskapp.domain.directory import unit_label
from deskapp.domain.fees.ledger import FeeLedger
from deskapp.domain.fees.ledger_records import AgeingCutoffs, ContactKind, DunningStage
from deskapp.domain.fees.ledger_rows import Ageing, ArrearsPage, ArrearsTotals, UnitArrears
from deskapp.domain.fees.records import ReceiptKind
from deskapp.domain.text import halfwidth
from deskapp.i18n import fill, translate

MAX_PAGE = 1000
_DIGITS = re.compile(r"([0-9]+)")  # ASCII: int('²') fails, '²'.isdigit() is True


def unit_order(number: str) -> tuple[tuple[tuple[int, int, str], ...], str]:
    """How people order unit numbers: ``"201"`` before ``"1001"``, ``"A-2"`` before
    ``"A-10"`` (the number itself breaks ties, so no two units sort alike)."""
    parts = tuple((0, int(part), "") if part.isascii() and part.isdigit()
                  else (1, 0, part.casefold()) for part in _DIGITS.split(number) if part)
    return parts, number


@dataclass(frozen=True)
class _Sums:
    """What one unit's open charges add up to."""

    owed_fen: int = 0
    due_soon_fen: int = 0
    arrears: Ageing = Ageing()
    oldest_due: dt.date | None = None


_NOTHING = _Sums()


def _open_sums(session: Session, cutoffs: AgeingCutoffs) -> dict[int, _Sums]:
    """Per unit, what its open charges owe, split by age, in one grouped query.

    The open charges are read through their partial index: its condition is written as
    the index has it, and the due date is bounded by the days every service accepts (no
    charge falls outside them) so that the planner sees a range on the index's first
    column; otherwise SQLite, without statistics, walks every live charge in unit order
    (the other partial index) to spare itself sorting the groups.
    """
    due = col(FeeCharge.due_on)
    owed = FeeCharge.amount_fen - FeeCharge.paid_fen - FeeCharge.waived_fen

    def owed_where(condition: Any) -> Any:
        return func.sum(case((condition, owed), else_=0))

    stmt = (select(FeeCharge.unit_id, func.sum(owed), owed_where(due >= cutoffs.today),
                   owed_where((due < cutoffs.today) & (due >= cutoffs.d30)),
                   owed_where((due < cutoffs.d30) & (due >= cutoffs.d60)),
                   owed_where((due < cutoffs.d60) & (due >= cutoffs.d90)),
                   owed_where(due < cutoffs.d90),
                   func.min(case((due < cutoffs.today, due))))
            .where(text(CHARGE_OPEN), due >= checks.FIRST_DAY, due <= checks.LAST_DAY)
            .group_by(col(FeeCharge.unit_id)))
    sums: dict[int, _Sums] = {}
    for unit_id, total, soon, b1, b2, b3, b4, oldest in session.exec(stmt).all():
        sums[unit_id] = _Sums(int(total or 0), int(soon or 0),
                              Ageing(int(b1 or 0), int(b2 or 0), int(b3 or 0), int(b4 or 0)),
                              oldest)  # a date: the CASE takes due_on's type
    return sums


def _credits(session: Session) -> dict[int, int]:
    """Per unit, the credit balance (only units that ever had credit)."""
    stmt = (select(UnitCredit.unit_id, func.sum(UnitCredit.change_fen))
            .group_by(col(UnitCredit.unit_id)))
    return {unit_id: int(total or 0) for unit_id, total in session.exec(stmt).all()}


def _matches(words: Sequence[str], unit: Any) -> bool:
    haystack = " ".join((unit.number, unit.occupant, unit.company, unit.search_key)).lower()
    return all(halfwidth(word).lower() in haystack for word in words)


class FeeArrears(FeeLedger):
    """Every unit's arrears at a glance (a part of :class:`FeeCollection`)."""

    def arrears_overview(self, as_of: dt.date | None = None, only_owing: bool = False,
                         search: str = "", after: str | None = None,
                         limit: int = 200) -> ArrearsPage:
        """A page of every unit's line, by unit number (201 before 1001), arrears aged as
        of ``as_of`` (None: today); with ``only_owing``, only units in arrears (owing
        something past its due date); ``search`` words must all occur in the unit's
        number, occupant or company (or their pinyin); ``after`` is the unit number the
        previous page ended with (its ``next_after``). The totals are over every unit
        matched, not only the page.

        Raises:
            ValidationError: ``as_of``, ``only_owing``, ``search``, ``after`` or
                ``limit`` not what the overview takes.
        """
        errors: dict[str, str] = {}
        day = self._as_of(as_of)
        only = checks.flag(errors, "only_owing", only_owing)
        words = paging.search_words(errors, search)
        if after is not None and not isinstance(after, str):
            errors["after"] = checks.not_text_message()
        if not checks.is_whole_number(limit) or not 1 <= limit <= MAX_PAGE:
            errors["limit"] = fill(translate("FeeLedger", "Show from 1 to %1 units a page."),
                                   MAX_PAGE)
        paging.raise_if(errors)
        cutoffs = AgeingCutoffs.as_of(day)
        with Session(self._engine) as session:
            units = session.exec(select(Unit.id, Unit.number, Unit.occupant, Unit.company,
                                        Unit.search_key)).all()
            sums = _open_sums(session, cutoffs)
            credits = _credits(session)
            keyed = []
            for unit in units:
                if words and not _matches(words, unit):
                    continue
                owing = sums.get(unit.id, _NOTHING)
                if only and owing.arrears.total_fen <= 0:
                    continue
                keyed.append((unit_order(unit.number), UnitArrears(
                    unit_id=unit.id, unit_number=unit.number, unit_label=unit_label(unit),
                    occupant=unit.occupant or unit.company, owed_fen=owing.owed_fen,
                    due_soon_fen=owing.due_soon_fen, arrears=owing.arrears,
                    oldest_due=owing.oldest_due, credit_fen=credits.get(unit.id, 0))))
            keyed.sort(key=lambda pair: pair[0])
            lines = [line for _key, line in keyed]
            start = 0 if after is None else bisect_right([key for key, _line in keyed],
                                                         unit_order(after))
            page = _with_details(session, lines[start:start + limit])
        return ArrearsPage(as_of=day, rows=tuple(page), totals=_totals(lines),
                           next_after=page[-1].unit_number
                           if start + limit < len(lines) and page else None)


def _totals(lines: Sequence[UnitArrears]) -> ArrearsTotals:
    buckets = [sum(column) for column in zip(*(line.arrears.buckets for line in lines),
                                             strict=True)] or [0, 0, 0, 0]
    return ArrearsTotals(
        units=len(lines), units_in_arrears=sum(1 for line in lines if line.arrears_fen > 0),
        owed_fen=sum(line.owed_fen for line in lines),
        due_soon_fen=sum(line.due_soon_fen for line in lines), arrears=Ageing(*buckets),
        credit_fen=sum(line.credit_fen for line in lines))


def _with_details(session: Session, page: list[UnitArrears]) -> list[UnitArrears]:
    """The page's lines with the last payment, the last contact and promise, and the
    latest dunning notice — read for these units only."""
    ids = [line.unit_id for line in page]
    if not ids:
        return page
    # The newest fee receipt not voided: a walk back along (unit, issued_at), per unit.
    last_receipt = (select(Receipt.issued_at)
                    .where(Receipt.unit_id == Unit.id, col(Receipt.voided_at).is_(None),
                           Receipt.kind == ReceiptKind.PAYMENT.value)
                    .order_by(col(Receipt.issued_at).desc()).limit(1)
                    .correlate(Unit).scalar_subquery())
    paid = dict(session.exec(select(Unit.id, last_receipt).where(col(Unit.id).in_(ids)))
                .all())
    contacts: dict[int, list[FeeContact]] = {}
    for contact in session.exec(select(FeeContact).where(col(FeeContact.unit_id).in_(ids))
                                .order_by(col(FeeContact.at), col(FeeContact.id))).all():
        contacts.setdefault(contact.unit_id, []).append(contact)
    notices: dict[int, DunningNotice] = {}
    for notice in session.exec(select(DunningNotice)
                               .where(col(DunningNotice.unit_id).in_(ids))
                               .order_by(col(DunningNotice.issued_at),
                                         col(DunningNotice.id))).all():
        notices[notice.unit_id] = notice  # the latest wins
    detailed = []
    for line in page:
        seen = contacts.get(line.unit_id, [])
        last = seen[-1] if seen else None
        promised = next((c.promised_on for c in reversed(seen) if c.promised_on), None)
        notice = notices.get(line.unit_id)
        detailed.append(replace(
            line, last_paid_at=paid.get(line.unit_id),
            last_contact_at=last.at if last else None,
            last_contact_kind=ContactKind(last.kind) if last else None,
            promised_on=promised,
            dunning_stage=DunningStage(notice.stage) if notice else None,
            dunning_issued_at=notice.issued_at if notice else None))
    return detailed

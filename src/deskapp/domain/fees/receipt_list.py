"""The receipt list of the fee workspace: a day range, a search, a filter; paged by the
time of issue so years of receipts list as fast as a day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

from sqlalchemy import case, func
from sqlmodel import Session, col, select

from deskapp.db.fee_models import Receipt
from deskapp.domain import checks, paging
from deskapp.domain.fees.receipts import FeeReceipts, receipt_rows, search_condition
from deskapp.domain.fees.records import ReceiptKind
from deskapp.domain.fees.rows import ReceiptRow
from deskapp.domain.text import halfwidth
from deskapp.i18n import translate


class ReceiptFilter(StrEnum):
    """Which receipts the list shows."""

    ALL = "all"
    VOID = "void"
    NOT_INVOICED = "not_invoiced"  # not yet exchanged for a 发票
    DEPOSITS = "deposits"

    def label(self) -> str:
        """The filter in the user's language."""
        return {ReceiptFilter.ALL: translate("ReceiptFilter", "All receipts"),
                ReceiptFilter.VOID: translate("ReceiptFilter", "Voided"),
                ReceiptFilter.NOT_INVOICED: translate("ReceiptFilter", "Not yet invoiced"),
                ReceiptFilter.DEPOSITS: translate("ReceiptFilter", "Deposits")}[self]


@dataclass(frozen=True)
class ReceiptQuery:
    """What the receipt list shows: local days of issue, a search, a filter."""

    first_day: dt.date
    last_day: dt.date
    text: str = ""
    only: ReceiptFilter = ReceiptFilter.ALL
    descending: bool = True
    sort: str = "issued_at"
    desk: str | None = None  # one counter's receipts (None: every counter's)


@dataclass(frozen=True)
class ReceiptSummary:
    """Under the list: how many receipts it shows and the money on those not voided."""

    shown: int
    total_fen: int
    voided: int


class FeeReceiptList(FeeReceipts):
    """The paged receipt list (what the workspace's history table reads)."""

    def validate_query(self, query: ReceiptQuery) -> ReceiptQuery:
        """The query as run, or ValidationError (date, search, only, descending)."""
        errors: dict[str, str] = {}
        first, last = paging.check_days(errors, query.first_day, query.last_day)
        words = paging.search_words(errors, query.text)
        only = checks.choice(errors, "only", query.only, ReceiptFilter)
        descending = checks.flag(errors, "descending", query.descending)
        desk = paging.check_desk(errors, query.desk)
        paging.raise_if(errors)
        return ReceiptQuery(first, last, " ".join(words), only or ReceiptFilter.ALL,
                            descending, desk=desk)

    def page(self, query: ReceiptQuery, after: paging.PageCursor | None = None,
             limit: int = 200) -> list[ReceiptRow]:
        """Up to ``limit`` receipts of ``query`` after ``after`` (newest first unless
        ascending)."""
        query = self.validate_query(query)
        with Session(self._engine) as session:
            found = paging.keyset_page(
                session, self._filtered(select(Receipt), query, "page"), Receipt.issued_at,
                Receipt.id, after=after, descending=query.descending, limit=limit)
            return receipt_rows(session, found)

    @staticmethod
    def cursor_after(row: ReceiptRow, _query: ReceiptQuery | None = None) -> paging.PageCursor:
        """The cursor continuing after ``row``."""
        return paging.cursor_after(row, "issued_at")

    def count(self, query: ReceiptQuery) -> ReceiptSummary:
        """How many receipts the list shows, their money (voided ones aside)."""
        query = self.validate_query(query)
        kept = case((col(Receipt.voided_at).is_(None), Receipt.total_fen), else_=0)
        stmt = select(func.count(Receipt.id), func.coalesce(func.sum(kept), 0),
                      func.count(Receipt.voided_at))
        with Session(self._engine) as session:
            shown, total, voided = session.exec(self._filtered(stmt, query, "count")).one()
        return ReceiptSummary(int(shown), int(total), int(voided))

    def _filtered(self, stmt: Any, query: ReceiptQuery,
                  _purpose: Literal["page", "count"]) -> Any:
        if query.text:
            # A number, a unit or a name is found in the whole history, not in the days.
            stmt = stmt.where(search_condition(halfwidth(query.text)))
        else:
            start, end = self._clock.day_bounds(query.first_day, query.last_day)
            stmt = stmt.where(col(Receipt.issued_at) >= start, col(Receipt.issued_at) < end)
        if query.desk is not None:
            stmt = stmt.where(Receipt.desk == query.desk)
        if query.only is ReceiptFilter.VOID:
            stmt = stmt.where(col(Receipt.voided_at).is_not(None))
        elif query.only is ReceiptFilter.NOT_INVOICED:
            stmt = stmt.where(col(Receipt.voided_at).is_(None), Receipt.invoice_no == "",
                              Receipt.kind != ReceiptKind.DEPOSIT.value)
        elif query.only is ReceiptFilter.DEPOSITS:
            stmt = stmt.where(Receipt.kind == ReceiptKind.DEPOSIT.value)
        return stmt

"""What the key records tell: keys out now and overdue (the list for the shift handover at
closing), a set's history, a borrower's loans, the day's movements, and the loan list a
page at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, Literal

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from deskapp.db.dialect import KEY_LOAN_SEARCH, search_condition
from deskapp.db.models import KeyEvent, KeyLoan, KeyLostReport, KeyReturn, KeySet
from deskapp.domain import checks, paging
from deskapp.domain.identity import normalise_id_number
from deskapp.domain.keys.base import NAME_LIMIT, KeyServiceBase
from deskapp.domain.keys.records import KeyEventKind, LoanFilter, LoanQuery, LoanSort
from deskapp.domain.keys.rows import KeyEventRow, KeysOut, LoanRow, LoanSummary
from deskapp.domain.keys.stored import LOAN_SEARCHED, loan_row
from deskapp.domain.phone import normalise_phone
from deskapp.domain.text import halfwidth
from deskapp.i18n import translate

HISTORY_LIMIT = 500


class KeyHistory(KeyServiceBase):
    """The reads of key custody's records (a part of :class:`KeyCustody`)."""

    # --- Now
    def still_out(self) -> list[LoanRow]:
        """Every loan with keys still out (partly returned ones too): overdue first, then
        by expected return — the keys out at closing, for the shift handover."""
        now = self._clock.now()
        with Session(self._engine) as session:
            rows = [loan_row(loan) for loan in session.exec(
                select(KeyLoan).where(col(KeyLoan.closed_at).is_(None))
                .order_by(col(KeyLoan.expected_back), col(KeyLoan.id)))]
        return sorted(rows, key=lambda r: not r.overdue(now))  # stable: due order kept

    def overdue(self) -> list[LoanRow]:
        """Loans with keys still out past their expected return, the longest overdue
        first."""
        now = self._clock.now()
        with Session(self._engine) as session:
            return [loan_row(loan) for loan in session.exec(
                select(KeyLoan).where(col(KeyLoan.closed_at).is_(None),
                                      KeyLoan.expected_back < now)
                .order_by(col(KeyLoan.expected_back), col(KeyLoan.id)))]

    def out_at_close(self, day: dt.date, desk: str | None = None) -> KeysOut:
        """The keys out at the close of local ``day`` (today, or a day still to come: now),
        each loan as it stood then — returns and losses recorded later not yet counted —,
        overdue first, then by expected return; ``desk`` the loans of one counter only.
        For today it is :meth:`still_out`; for a past day, that day's handover list."""
        errors: dict[str, str] = {}
        first, _last = paging.check_days(errors, day, day)
        desk = paging.check_desk(errors, desk)
        paging.raise_if(errors)
        at = min(self._clock.day_bounds(first)[1], self._clock.now())
        stmt = select(KeyLoan).where(KeyLoan.out_at <= at, or_(
            col(KeyLoan.closed_at).is_(None), col(KeyLoan.closed_at) > at))
        if desk is not None:
            stmt = stmt.where(KeyLoan.desk == desk)
        with Session(self._engine) as session:
            loans = list(session.exec(stmt.order_by(col(KeyLoan.expected_back),
                                                    col(KeyLoan.id))))
            ids = [loan.id for loan in loans]
            returns = session.exec(select(KeyReturn.loan_id, KeyReturn.at, KeyReturn.keys_back)
                                   .where(col(KeyReturn.loan_id).in_(ids), KeyReturn.at <= at)
                                   .order_by(col(KeyReturn.at))).all() if ids else []
            # A loss counts from when it was recorded, as the loan's own counts do.
            losses = session.exec(select(KeyLostReport.loan_id, KeyLostReport.keys_lost)
                                  .where(col(KeyLostReport.loan_id).in_(ids),
                                         KeyLostReport.created_at <= at)).all() if ids else []
        back: dict[int, int] = {}
        first_back: dict[int, dt.datetime] = {}
        for loan_id, returned_at, keys in returns:
            back[loan_id] = back.get(loan_id, 0) + keys
            first_back.setdefault(loan_id, returned_at)
        lost: dict[int, int] = {}
        for loan_id, keys in losses:
            if loan_id is not None:
                lost[loan_id] = lost.get(loan_id, 0) + keys
        rows = [replace(loan_row(loan), keys_back=back.get(loan.id or 0, 0),
                        keys_lost=lost.get(loan.id or 0, 0),
                        returned_at=first_back.get(loan.id or 0), closed_at=None)
                for loan in loans]
        rows.sort(key=lambda r: not r.overdue(at))  # stable: due order kept
        return KeysOut(at, tuple(rows))

    # --- History
    def key_history(self, set_id: int) -> list[KeyEventRow]:
        """Every step of a set, oldest first, each loan's step naming the borrower."""
        with Session(self._engine) as session:
            return self._events(session, KeyEvent.key_set_id == (checks.record_id(set_id)
                                                                  or 0))

    def loans_of_set(self, set_id: int) -> list[LoanRow]:
        """The set's loans, newest first."""
        with Session(self._engine) as session:
            return [loan_row(loan) for loan in session.exec(
                select(KeyLoan).where(KeyLoan.key_set_id == set_id)
                .order_by(col(KeyLoan.out_at).desc(), col(KeyLoan.id).desc())
                .limit(HISTORY_LIMIT))]

    def borrower_history(self, name: str = "", phone: str = "",
                         id_number: str = "") -> list[LoanRow]:
        """The loans of a borrower, newest first: every loan with this name, this phone or
        this ID number (any one given).

        Raises:
            ValidationError: none given (``name``), or one not text.
        """
        errors: dict[str, str] = {}
        name = checks.text(errors, "name", name, NAME_LIMIT)
        phone = normalise_phone(checks.raw_text(errors, "phone", phone))[:32]
        id_number = normalise_id_number(checks.raw_text(errors, "id_number", id_number))[:32]
        if not (name or phone or id_number):
            errors.setdefault("name", translate(
                "KeyCustody", "Give the borrower's name, phone or ID number."))
        paging.raise_if(errors)
        conditions: list[Any] = []
        if name:
            conditions.append(KeyLoan.borrower_name == name)
        if phone:
            conditions.append(KeyLoan.phone == phone)
        if id_number:
            conditions.append(KeyLoan.id_number == id_number)
        with Session(self._engine) as session:
            return [loan_row(loan) for loan in session.exec(
                select(KeyLoan).where(or_(*conditions))
                .order_by(col(KeyLoan.out_at).desc(), col(KeyLoan.id).desc())
                .limit(HISTORY_LIMIT))]

    def movements(self, first_day: dt.date, last_day: dt.date | None = None,
                  desk: str | None = None) -> list[KeyEventRow]:
        """The keys that moved over local days (the day's workbook: registered, issued,
        returned, handed over, lost, replaced, retired), oldest first; ``desk`` one
        counter's only."""
        errors: dict[str, str] = {}
        first, last = paging.check_days(errors, first_day, last_day or first_day)
        desk = paging.check_desk(errors, desk)
        paging.raise_if(errors)
        start, end = self._clock.day_bounds(first, last)
        moving = [kind.value for kind in KeyEventKind if kind.moves_keys]
        condition = (KeyEvent.at >= start) & (KeyEvent.at < end) & col(KeyEvent.kind).in_(moving)
        if desk is not None:
            condition = condition & (KeyEvent.desk == desk)
        with Session(self._engine) as session:
            return self._events(session, condition)

    # --- The loan list
    def validate_query(self, query: LoanQuery) -> LoanQuery:
        """The query as run, or ValidationError (date, search, only, descending, desk)."""
        errors: dict[str, str] = {}
        first, last = paging.check_days(errors, query.first_day, query.last_day)
        words = paging.search_words(errors, query.text)
        only = checks.choice(errors, "only", query.only, LoanFilter)
        descending = checks.flag(errors, "descending", query.descending)
        desk = paging.check_desk(errors, query.desk)
        checks.choice(errors, "sort", query.sort, LoanSort)
        paging.raise_if(errors)
        assert only is not None
        return LoanQuery(first, last, " ".join(words), only, descending, desk)

    def page(self, query: LoanQuery, after: paging.PageCursor | None = None,
             limit: int = 200) -> list[LoanRow]:
        """Up to ``limit`` loans of ``query`` after ``after`` (keyset paging by time out,
        newest first unless ascending)."""
        query = self.validate_query(query)
        with Session(self._engine) as session:
            found = paging.keyset_page(
                session, self._filtered(session, select(KeyLoan), query, "page"),
                KeyLoan.out_at, KeyLoan.id, after=after, descending=query.descending,
                limit=limit)
            return [loan_row(loan) for loan in found]

    @staticmethod
    def cursor_after(row: LoanRow, _query: LoanQuery | None = None) -> paging.PageCursor:
        """The cursor continuing after ``row``."""
        return paging.cursor_after(row, "out_at")

    def count(self, query: LoanQuery) -> LoanSummary:
        """How many loans the query shows, and how many are out, overdue and partly back
        anywhere."""
        query = self.validate_query(query)
        now = self._clock.now()
        with Session(self._engine) as session:
            shown = session.exec(self._filtered(session, select(func.count(KeyLoan.id)), query,
                                                "count")).one()
            open_rows = session.exec(select(KeyLoan.expected_back, KeyLoan.returned_at).where(
                col(KeyLoan.closed_at).is_(None))).all()
        overdue = sum(1 for due, _back in open_rows if due < now)
        partly = sum(1 for _due, back in open_rows if back is not None)
        return LoanSummary(int(shown), len(open_rows), overdue, partly)

    def iter_day(self, day: dt.date, desk: str | None = None) -> Iterator[LoanRow]:
        """Every loan issued on ``day`` (local), oldest first, streamed in pages."""
        query = self.validate_query(LoanQuery(day, day, descending=False, desk=desk))
        return paging.every_page(self.page, self.cursor_after, query)

    # --- Helpers
    def _filtered(self, session: Session, stmt: Any, query: LoanQuery,
                  purpose: Literal["page", "count"]) -> Any:
        if query.only is LoanFilter.OPEN:
            stmt = stmt.where(col(KeyLoan.closed_at).is_(None))
        elif query.only is LoanFilter.OVERDUE:
            stmt = stmt.where(col(KeyLoan.closed_at).is_(None),
                              KeyLoan.expected_back < self._clock.now())
        else:
            start, end = self._clock.day_bounds(query.first_day, query.last_day)
            stmt = stmt.where(KeyLoan.out_at >= start, KeyLoan.out_at < end)
        if query.desk is not None:
            stmt = stmt.where(KeyLoan.desk == query.desk)
        # A tag or slip number typed with a Chinese input method reads in full-width
        # characters; letter case is ignored anyway.
        if words := [halfwidth(word) for word in query.text.split()]:
            stmt = stmt.where(search_condition(session, KEY_LOAN_SEARCH, col(KeyLoan.id),
                                               [col(c) for c in LOAN_SEARCHED], words,
                                               purpose=purpose))
        return stmt

    @staticmethod
    def _events(session: Session, condition: Any) -> list[KeyEventRow]:
        rows = session.exec(
            select(KeyEvent, KeySet.tag, KeySet.unit_label, KeyLoan.number,
                   KeyLoan.borrower_name)
            .join(KeySet, col(KeySet.id) == KeyEvent.key_set_id)
            .outerjoin(KeyLoan, col(KeyLoan.id) == KeyEvent.loan_id)
            .where(condition).order_by(col(KeyEvent.at), col(KeyEvent.id))).all()
        return [KeyEventRow(
            id=e.id or 0, at=e.at, kind=KeyEventKind(e.kind), key_set_id=e.key_set_id,
            tag=tag, unit_label=unit, keys=e.keys, text=e.text, loan_id=e.loan_id,
            loan_number=number or "", borrower_name=borrower or "", created_by=e.created_by,
            desk=e.desk) for e, tag, unit, number, borrower in rows]

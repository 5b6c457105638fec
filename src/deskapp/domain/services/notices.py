"""Notices (物业通知): a short notice — title, body, date, signature block — drafted at the
desk (from a template of :mod:`.notice_templates` or a blank page), numbered by the year
(TZ2026-003), printed on A4 and kept in the archive, newest first. A notice is withdrawn
with a reason, never deleted or changed: a corrected notice is a new one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import Engine, func, or_
from sqlmodel import Session, col, select

from deskapp.db.dialect import contains
from deskapp.db.engine import write_session
from deskapp.db.sequences import next_number
from deskapp.db.service_models import PropertyNotice
from deskapp.domain import checks, paging
from deskapp.domain.clock import Clock
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.operators import Operator
from deskapp.domain.services.notice_templates import (
    NoticeLanguage,
    NoticeTemplate,
    blanks_left,
)
from deskapp.domain.text import clean_text, halfwidth
from deskapp.i18n import fill, translate

TITLE_LIMIT = 100
BODY_LIMIT = 5000
SIGNED_LIMIT = 100
REASON_LIMIT = 200


class NoticeFilter(StrEnum):
    """Which notices the archive shows."""

    CURRENT = "current"  # not withdrawn, whenever dated
    WITHDRAWN = "withdrawn"
    ALL = "all"

    def label(self) -> str:
        """The filter in the user's language."""
        return {NoticeFilter.CURRENT: translate("NoticeFilter", "In force"),
                NoticeFilter.WITHDRAWN: translate("NoticeFilter", "Withdrawn"),
                NoticeFilter.ALL: translate("NoticeFilter", "All notices")}[self]


@dataclass(frozen=True)
class NoticeInput:
    """A notice as drafted: ``dated`` None is today, ``signed`` "" the organisation's name
    (from the settings); ``template`` where it started."""

    title: str
    body: str
    dated: dt.date | None = None
    signed: str = ""
    language: NoticeLanguage = NoticeLanguage.ZH
    template: NoticeTemplate = NoticeTemplate.BLANK


@dataclass(frozen=True)
class NoticeRow:
    """One notice as the archive lists it and the paper prints it."""

    id: int
    number: str
    title: str
    body: str
    dated: dt.date
    signed: str
    language: NoticeLanguage
    template: NoticeTemplate
    withdrawn_at: dt.datetime | None = None
    withdrawn_by: str = ""
    withdraw_reason: str = ""
    created_at: dt.datetime | None = None
    created_by: str = ""
    desk: str = ""

    @property
    def withdrawn(self) -> bool:
        """Taken down: kept in the archive, no longer in force."""
        return self.withdrawn_at is not None

    @property
    def paragraphs(self) -> list[str]:
        """The body's paragraphs, as written (one per line)."""
        return [line for line in self.body.splitlines() if line.strip()]


@dataclass(frozen=True)
class NoticeQuery:
    """What the archive shows: local days dated, a search, a filter. Notices in force and
    withdrawn ones are listed whenever dated, and a search covers every day; the days
    narrow "all"."""

    first_day: dt.date
    last_day: dt.date
    text: str = ""
    only: NoticeFilter = NoticeFilter.CURRENT
    descending: bool = True
    desk: str | None = None
    sort: str = "dated"


@dataclass(frozen=True)
class NoticeSummary:
    """Under the archive: how many notices it shows, how many are in force."""

    shown: int
    current: int


def notice_number(year: int, serial: int) -> str:
    """``TZ2026-003``: the year's notices numbered from 1."""
    return f"TZ{year}-{serial:03d}"


def notice_row(n: PropertyNotice) -> NoticeRow:
    """``n`` as a row."""
    return NoticeRow(
        id=n.id or 0, number=n.number, title=n.title, body=n.body, dated=n.dated,
        signed=n.signed, language=NoticeLanguage(n.language),
        template=NoticeTemplate(n.template or NoticeTemplate.BLANK.value),
        withdrawn_at=n.withdrawn_at, withdrawn_by=n.withdrawn_by,
        withdraw_reason=n.withdraw_reason, created_at=n.created_at, created_by=n.created_by,
        desk=n.desk)


def body_text(errors: dict[str, str], value: object) -> str:
    """A notice's body as kept: each line cleaned, runs of empty lines made one paragraph
    break, none at either end."""
    if not isinstance(value, str):
        errors.setdefault("body", checks.not_text_message())
        return ""
    lines = [clean_text(line) for line in value.splitlines()]
    text = "\n".join(line for line in lines if line)
    if not text:
        errors.setdefault("body", translate("Notices", "Write what the notice says."))
    elif len(text) > BODY_LIMIT:
        errors.setdefault("body", checks.too_long_message(BODY_LIMIT))
    return text


class Notices:
    """The notices the desk drafts and posts, and their archive."""

    def __init__(self, engine: Engine, clock: Clock, org_name: Callable[[], str],
                 operator: Operator | None = None) -> None:
        self._engine = engine
        self._clock = clock
        self._org_name = org_name
        self._operator = operator or Operator()

    @property
    def clock(self) -> Clock:
        """The clock notices are dated by."""
        return self._clock

    def default_signature(self) -> str:
        """What a notice is signed with unless told otherwise: the organisation's name."""
        return self._org_name()

    # --- Issuing
    def validate(self, data: NoticeInput) -> NoticeInput:
        """The notice as it would be saved, or ValidationError naming each bad field
        (title, body, dated, signed, language, template); a blank of a template left
        unfilled is refused where it stands."""
        errors: dict[str, str] = {}
        if not isinstance(data, NoticeInput):
            raise ValidationError({"": checks.not_text_message()})
        title = checks.text(errors, "title", data.title, TITLE_LIMIT)
        if not title:
            errors.setdefault("title", translate("Notices", "Give the notice a title."))
        body = body_text(errors, data.body)
        for field, text in (("title", title), ("body", body)):
            if left := blanks_left(text):
                errors.setdefault(field, fill(translate(
                    "Notices", "Fill in %1 (a blank of the template) first."),
                    " ".join(left)))
        dated = self._clock.today() if data.dated is None else checks.day(
            errors, "dated", data.dated)
        signed = checks.text(errors, "signed", data.signed, SIGNED_LIMIT) or \
            clean_text(self._org_name())[:SIGNED_LIMIT]
        if not signed:
            errors.setdefault("signed", translate(
                "Notices", "Sign the notice: the organisation's name or the office issuing "
                "it."))
        language = checks.choice(errors, "language", data.language, NoticeLanguage)
        template = checks.choice(errors, "template", data.template, NoticeTemplate)
        paging.raise_if(errors)
        return NoticeInput(title, body, dated, signed, language or NoticeLanguage.ZH,
                           template or NoticeTemplate.BLANK)

    def issue(self, data: NoticeInput) -> NoticeRow:
        """Save a notice into the archive with its year's number (TZ2026-003).

        Raises:
            ValidationError: a field is missing or wrong (see :meth:`validate`).
        """
        data = self.validate(data)
        now = self._clock.now()
        year = self._clock.local(now).year
        with write_session(self._engine) as session:
            notice = PropertyNotice(
                number=notice_number(year, next_number(session, f"notice-{year}")),
                title=data.title, body=data.body, dated=data.dated, signed=data.signed,
                template=data.template.value, language=data.language.value, created_at=now,
                **self._operator.signature())
            session.add(notice)
            session.commit()
            return notice_row(notice)

    def withdraw(self, notice_id: int, reason: str) -> NoticeRow:
        """Take a notice down, saying why; it stays in the archive, marked withdrawn.

        Raises:
            ValidationError: no reason given (``reason``).
            NotFound: no such notice.
            DomainError: it was withdrawn already.
        """
        errors: dict[str, str] = {}
        reason = checks.text(errors, "reason", reason, REASON_LIMIT)
        if not reason:
            errors.setdefault("reason", translate(
                "Notices", "Say why the notice is withdrawn (e.g. the work was put off)."))
        paging.raise_if(errors)
        with write_session(self._engine) as session:
            notice = self._get(session, notice_id, lock=True)
            if notice.withdrawn_at is not None:
                raise DomainError(fill(translate(
                    "Notices", "Notice %1 was withdrawn already (%2)."), notice.number,
                    notice.withdraw_reason))
            notice.withdrawn_at = self._clock.now()
            notice.withdrawn_by = self._operator.name
            notice.withdraw_reason = reason
            session.add(notice)
            session.commit()
            return notice_row(notice)

    # --- Reading
    def notice(self, notice_id: int) -> NoticeRow:
        """The notice ``notice_id``.

        Raises:
            NotFound: no such notice.
        """
        with Session(self._engine) as session:
            return notice_row(self._get(session, notice_id))

    def notice_by_number(self, number: str) -> NoticeRow:
        """The notice numbered ``number`` (TZ2026-003, typed in any case or width).

        Raises:
            NotFound: no such notice.
        """
        wanted = "".join(halfwidth(number if isinstance(number, str) else "").split()).upper()
        with Session(self._engine) as session:
            found = session.exec(select(PropertyNotice)
                                 .where(PropertyNotice.number == wanted[:20])).first()
        if found is None:
            raise NotFound(fill(translate("Notices", "No notice is numbered %1."),
                                wanted[:20] or "—"))
        return notice_row(found)

    @staticmethod
    def _get(session: Session, notice_id: int, *, lock: bool = False) -> PropertyNotice:
        found = session.get(PropertyNotice, checks.record_id(notice_id) or 0,
                            with_for_update=lock)
        if found is None:
            raise NotFound(fill(translate("Notices", "There is no notice number %1."),
                                notice_id))
        return found

    # --- The archive
    def validate_query(self, query: NoticeQuery) -> NoticeQuery:
        """The query as run, or ValidationError (date, search, only, descending, desk)."""
        errors: dict[str, str] = {}
        first, last = paging.check_days(errors, query.first_day, query.last_day)
        words = paging.search_words(errors, query.text)
        only = checks.choice(errors, "only", query.only, NoticeFilter)
        descending = checks.flag(errors, "descending", query.descending)
        desk = paging.check_desk(errors, query.desk)
        paging.raise_if(errors)
        return NoticeQuery(first, last, " ".join(words), only or NoticeFilter.CURRENT,
                           descending, desk)

    def page(self, query: NoticeQuery, after: paging.PageCursor | None = None,
             limit: int = 200) -> list[NoticeRow]:
        """Up to ``limit`` notices of ``query`` after ``after`` (the newest date first
        unless ascending)."""
        query = self.validate_query(query)
        with Session(self._engine) as session:
            found = paging.keyset_page(
                session, self._filtered(select(PropertyNotice), query), PropertyNotice.dated,
                PropertyNotice.id, after=after, descending=query.descending, limit=limit)
            return [notice_row(n) for n in found]

    @staticmethod
    def cursor_after(row: NoticeRow, _query: NoticeQuery | None = None) -> paging.PageCursor:
        """The cursor continuing after ``row``."""
        return paging.cursor_after(row, "dated")

    def count(self, query: NoticeQuery) -> NoticeSummary:
        """How many notices the archive shows, and how many are in force."""
        query = self.validate_query(query)
        with Session(self._engine) as session:
            shown = session.exec(self._filtered(select(func.count(PropertyNotice.id)),
                                                query)).one()
            current = session.exec(select(func.count(PropertyNotice.id)).where(
                col(PropertyNotice.withdrawn_at).is_(None))).one()
        return NoticeSummary(int(shown), int(current))

    def _filtered(self, stmt: Any, query: NoticeQuery) -> Any:
        if query.only is NoticeFilter.CURRENT:
            stmt = stmt.where(col(PropertyNotice.withdrawn_at).is_(None))
        elif query.only is NoticeFilter.WITHDRAWN:
            stmt = stmt.where(col(PropertyNotice.withdrawn_at).is_not(None))
        elif not query.text:
            stmt = stmt.where(PropertyNotice.dated >= query.first_day,
                              PropertyNotice.dated <= query.last_day)
        if query.desk is not None:
            stmt = stmt.where(PropertyNotice.desk == query.desk)
        for word in query.text.split():
            typed = halfwidth(word)
            stmt = stmt.where(or_(contains(PropertyNotice.number, typed),
                                  contains(PropertyNotice.title, typed),
                                  contains(PropertyNotice.body, typed)))
        return stmt

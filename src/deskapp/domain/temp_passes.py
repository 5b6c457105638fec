"""Temporary passes (临时出入证) for contractors and decoration workers, and their card deposits.

A pass names its holder by ID number, the unit or department of the directory the work is
for, and the work. The ID card itself is checked and handed back at once, never kept as a
pledge; where the counter takes a refundable deposit for the card, its amount is recorded
at issue and its return once, when the card comes back. The money itself is fee
collection's business: here only that a deposit was taken, how much, and its return.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, and_, or_
from sqlmodel import Session, select

from deskapp.db.engine import write_session
from deskapp.db.models import TempPass
from deskapp.db.sequences import next_number
from deskapp.domain import checks, money
from deskapp.domain.clock import Clock, format_local
from deskapp.domain.directory import DirectoryService, unit_label
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.identity import (
    IdType,
    id_number_problem,
    mask_id_number,
    normalise_id_number,
)
from deskapp.domain.operators import Operator
from deskapp.domain.phone import normalise_phone, phone_problem
from deskapp.i18n import fill, translate

# Longest text each field keeps (as the columns are wide).
NAME_LIMIT = 100
TEXT_LIMIT = 200
REASON_LIMIT = 500
PASS_NO_LIMIT = 32
# A card deposit is tens of yuan; more than this is a slip of the keyboard.
DEPOSIT_LIMIT_FEN = 1_000 * money.FEN_PER_YUAN
LONGEST_DAYS = 366


@dataclass(frozen=True)
class TempPassRow:
    """A temporary pass, with its card deposit (``deposit_fen`` 0: none was taken)."""

    id: int
    pass_no: str
    holder_name: str
    id_type: IdType
    id_number: str
    phone: str
    company: str
    host_label: str
    host_unit_id: int | None
    work: str
    valid_from: dt.datetime
    valid_to: dt.datetime  # the start of the day after the last valid day
    revoked: bool
    deposit_fen: int = 0
    deposit_returned_at: dt.datetime | None = None
    deposit_returned_by: str = ""
    issued_at: dt.datetime | None = None
    issued_by: str = ""  # the operator who issued it
    desk: str = ""  # the counter it was issued at

    @property
    def id_number_masked(self) -> str:
        """The ID number as screens and paper show it."""
        return mask_id_number(self.id_number)

    @property
    def deposit_held(self) -> bool:
        """A deposit was taken and not yet given back."""
        return self.deposit_fen > 0 and self.deposit_returned_at is None

    @property
    def last_valid_moment(self) -> dt.datetime:
        """The last instant the pass is valid (its last day, read in local time)."""
        return self.valid_to - dt.timedelta(microseconds=1)

    def problem_at(self, now: dt.datetime) -> str | None:
        """Why the pass cannot be used at ``now`` (expired, not yet valid, revoked) or None."""
        if self.revoked:
            return fill(translate("TempPass", "Pass %1 has been revoked."), self.pass_no)
        if now < self.valid_from:
            return fill(translate("TempPass", "Pass %1 is valid only from %2."),
                        self.pass_no, format_local(self.valid_from))
        if now >= self.valid_to:
            return fill(translate("TempPass", "Pass %1 expired on %2."),
                        self.pass_no, format_local(self.valid_to))
        return None


class DepositNotHeld(DomainError):
    """Nothing to give back: no deposit was taken for the pass, or it was already returned."""


class TempPassDesk:
    """The temporary-pass half of :class:`~deskapp.domain.screening.ScreeningService`.

    Kept in its own module; the service it is mixed into gives the engine, clock,
    directory and operator.
    """

    _engine: Engine
    _clock: Clock
    _directory: DirectoryService
    _operator: Operator

    def temp_passes(self, *, current_only: bool = True) -> list[TempPassRow]:
        """Temporary passes, newest first.

        By default those still in force, and those whose card deposit is still held: the
        card usually comes back after the pass has ended, and the counter must see it.
        """
        now = self._clock.now()
        with Session(self._engine) as session:
            query = select(TempPass).order_by(TempPass.id.desc())  # type: ignore[union-attr]
            if current_only:
                in_force = and_(TempPass.valid_to > now,
                                TempPass.revoked_at.is_(None))  # type: ignore[union-attr]
                held = and_(TempPass.deposit_fen > 0,
                            TempPass.deposit_returned_at.is_(None))  # type: ignore[union-attr]
                query = query.where(or_(in_force, held))
            return [pass_row(p) for p in session.exec(query)]

    def temp_pass(self, pass_no: str) -> TempPassRow | None:
        """The pass with this number (as typed or scanned, any case), or None."""
        errors: dict[str, str] = {}
        pass_no = checks.text(errors, "temp_pass_no", pass_no).upper()
        if errors:
            raise ValidationError(errors)
        if not pass_no or len(pass_no) > PASS_NO_LIMIT:
            return None  # longer than any pass number the column holds
        with Session(self._engine) as session:
            found = session.exec(select(TempPass).where(TempPass.pass_no == pass_no)).first()
            return pass_row(found) if found else None

    def temp_pass_by_id(self, pass_id: int) -> TempPassRow:
        """The pass with this record id.

        Raises:
            NotFound: no such pass.
        """
        with Session(self._engine) as session:
            found = session.get(TempPass, checks.record_id(pass_id) or 0)
            if found is None:
                raise NotFound(translate("TempPass", "This pass is no longer on record."))
            return pass_row(found)

    def issue_temp_pass(self, *, holder_name: str, id_type: IdType = IdType.RESIDENT,
                        id_number: str = "", phone: str = "", company: str = "",
                        host_label: str = "", host_unit_id: int | None = None, work: str = "",
                        valid_from: dt.date, valid_to: dt.date,
                        deposit: str = "") -> TempPassRow:
        """Issue a pass valid from the start of ``valid_from`` to the end of ``valid_to``.

        The holder's name and ID number, the host (a unit or department of the directory,
        by ``host_unit_id`` or as ``host_label`` names it) and the work are required.
        ``deposit`` is the card deposit taken, typed in yuan ("50", "50.00"; "" for none).

        Raises:
            ValidationError: one message per bad or missing field; nothing saved.
        """
        errors: dict[str, str] = {}
        holder_name = checks.text(errors, "holder_name", holder_name, NAME_LIMIT)
        chosen_type = checks.choice(errors, "id_type", id_type, IdType)
        id_number = checks.raw_text(errors, "id_number", id_number)
        phone = checks.raw_text(errors, "phone", phone)
        company = checks.text(errors, "company", company, TEXT_LIMIT)
        host_label = checks.text(errors, "host", host_label, TEXT_LIMIT)
        work = checks.text(errors, "work", work, TEXT_LIMIT)
        valid_from = checks.day(errors, "valid_from", valid_from)  # type: ignore[assignment]
        valid_to = checks.day(errors, "valid_to", valid_to)  # type: ignore[assignment]
        deposit_fen = money.amount(errors, "deposit", deposit, maximum_fen=DEPOSIT_LIMIT_FEN,
                                   required=False)
        if not holder_name:
            errors.setdefault("holder_name", translate("TempPass", "Enter the holder's name."))
        if chosen_type is not None and (problem := id_number_problem(chosen_type, id_number)):
            errors["id_number"] = problem
        elif not normalise_id_number(id_number):
            errors.setdefault("id_number", translate(
                "TempPass", "Enter the holder's ID number (the card is handed back at once)."))
        if problem := phone_problem(phone):
            errors.setdefault("phone", problem)
        host_label, host_unit_id = self._pass_host(errors, host_label, host_unit_id)
        if not work:
            errors.setdefault("work", translate("TempPass", "Say what work will be done."))
        if valid_from is not None and valid_to is not None:  # else already reported
            if valid_to < valid_from:
                errors["valid_to"] = translate(
                    "TempPass", "The pass must end on or after its first day.")
            elif valid_to < self._clock.today():
                errors["valid_to"] = translate("TempPass", "This pass would already have expired.")
            elif (valid_to - valid_from).days > LONGEST_DAYS:
                errors["valid_to"] = translate("TempPass", "A temporary pass lasts at most a year.")
        if errors:
            raise ValidationError(errors)
        id_type = chosen_type or IdType.OTHER
        start, end = self._clock.day_bounds(valid_from, valid_to)
        now = self._clock.now()
        with write_session(self._engine) as session:
            prefix = "T" + self._clock.local(now).strftime("%y%m%d")
            number = next_number(session, f"temp-pass:{prefix}")
            entry = TempPass(pass_no=f"{prefix}-{number:02d}", holder_name=holder_name,
                             id_type=IdType(id_type).value,
                             id_number=normalise_id_number(id_number),
                             phone=normalise_phone(phone), company=company,
                             host_label=host_label, host_unit_id=host_unit_id,
                             work=work, valid_from=start, valid_to=end, created_at=now,
                             deposit_fen=deposit_fen, **self._operator.signature())
            session.add(entry)
            session.commit()
            return pass_row(entry)

    def _pass_host(self, errors: dict[str, str], label: str,
                   unit_id: int | None) -> tuple[str, int | None]:
        """The host as the directory names it: its label and, for a unit, its id."""
        if "host" in errors:
            return label, None
        if unit_id is not None:
            try:  # the pass would point at nothing (and the foreign key would refuse it)
                unit = self._directory.unit(checks.record_id(unit_id) or 0)
            except NotFound as exc:
                errors["host"] = str(exc)
                return label, None
            return unit_label(unit), unit.id  # as the directory names it, whatever was typed
        if not label:
            errors["host"] = translate("TempPass", "Choose the unit or department the work is for.")
            return label, None
        option, problem = self._directory.match_host(label)
        if option is None:
            # Someone the directory does not list cannot vouch for workers in the building.
            errors["host"] = problem or translate(
                "TempPass", "Choose a unit or department from the directory.")
            return label, None
        return option.label, option.id if option.kind == "unit" else None

    def revoke_temp_pass(self, pass_id: int, reason: str) -> None:
        """Revoke a pass early; the reason is kept."""
        errors: dict[str, str] = {}
        reason = checks.text(errors, "reason", reason, REASON_LIMIT)
        if not reason:
            errors.setdefault("reason", translate("TempPass", "Say why the pass is revoked."))
        if errors:
            raise ValidationError(errors)
        with write_session(self._engine) as session:
            entry = session.get(TempPass, checks.record_id(pass_id) or 0)
            if entry is None:
                raise NotFound(translate("TempPass", "This pass is no longer on record."))
            entry.revoked_at = self._clock.now()
            entry.revoke_reason = reason
            session.add(entry)
            session.commit()

    def return_temp_pass_deposit(self, pass_id: int) -> TempPassRow:
        """The card came back and its deposit was given back: record when and by whom, once.

        Raises:
            NotFound: no such pass.
            DepositNotHeld: no deposit was taken, or it was already returned (two counters
                pressing at once: the second is told, nothing is written twice).
        """
        with write_session(self._engine) as session:  # holds the write lock: no double return
            entry = session.get(TempPass, checks.record_id(pass_id) or 0)
            if entry is None:
                raise NotFound(translate("TempPass", "This pass is no longer on record."))
            if entry.deposit_fen <= 0:
                raise DepositNotHeld(fill(translate(
                    "TempPass", "No deposit was taken for pass %1."), entry.pass_no))
            if entry.deposit_returned_at is not None:
                raise DepositNotHeld(fill(translate(
                    "TempPass", "The deposit of pass %1 was already returned on %2."),
                    entry.pass_no, format_local(entry.deposit_returned_at)))
            entry.deposit_returned_at = self._clock.now()
            entry.deposit_returned_by = self._operator.name
            session.add(entry)
            session.commit()
            return pass_row(entry)


def pass_row(p: TempPass) -> TempPassRow:
    """The row screens and paper show for a stored pass."""
    try:
        id_type = IdType(p.id_type)
    except ValueError:
        id_type = IdType.OTHER
    return TempPassRow(p.id or 0, p.pass_no, p.holder_name, id_type, p.id_number,
                       p.phone, p.company, p.host_label, p.host_unit_id, p.work, p.valid_from,
                       p.valid_to, p.revoked_at is not None, p.deposit_fen,
                       p.deposit_returned_at, p.deposit_returned_by, p.created_at,
                       p.created_by, p.desk)

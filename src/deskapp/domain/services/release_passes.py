"""Goods release passes (放行条): goods taken out of the building on the owner's or the
company's consent, for the unit they leave from.

Before a pass is issued the desk looks at what the unit owes (fee collection's ledger):
with fees past due, the pass needs a supervisor's approval in place, and it keeps the
amount owed and the approver's name. One number per pass from the yearly series
(FX2026-0012), taken in the saving transaction; a pass is valid the day it is issued only.
The guard keeps the goods' copy at the gate and brings it back to the desk, where it is
checked off (by its number, typed or scanned from its QR code) — once, and never for a
voided pass. Nothing is deleted: a pass issued by mistake is voided with its reason.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from deskapp.db import audit
from deskapp.db.engine import write_session
from deskapp.db.sequences import next_number
from deskapp.db.service_models import ReleasePass, ReleasePassItem
from deskapp.domain import checks, paging
from deskapp.domain.clock import Clock, format_local
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.domain.fees.service import FeeCollection
from deskapp.domain.identity import IdType, id_number_problem, normalise_id_number
from deskapp.domain.money import format_money
from deskapp.domain.operators import ApprovalNeeded, Operator
from deskapp.domain.phone import normalise_phone, phone_problem
from deskapp.domain.roles import Action, Approval
from deskapp.domain.services.release_pass_list import ReleasePassList
from deskapp.domain.services.release_pass_records import (
    AUTHORISATION_NOTE_LIMIT,
    DEFAULT_UNIT_WORD,
    DESCRIPTION_LIMIT,
    MAX_GOODS_LINES,
    MAX_QUANTITY,
    NAME_LIMIT,
    NOTE_LIMIT,
    PLATE_LIMIT,
    REASON_LIMIT,
    UNIT_WORD_LIMIT,
    AuthorisationHow,
    GoodsLine,
    ReleasePassInput,
    normalise_pass_number,
    normalise_plate,
    pass_number,
)
from deskapp.domain.services.release_pass_rows import ArrearsCheck, ReleasePassRow, pass_row
from deskapp.i18n import fill, translate


class ArrearsNeedApproval(ApprovalNeeded):
    """The unit owes fees past due: a supervisor must approve the pass in place (the
    window asks, then issues again with the approval). ``check`` is what it owes."""

    def __init__(self, check: ArrearsCheck) -> None:
        super().__init__(Action.RELEASE_WITH_ARREARS)
        self.args = (fill(translate(
            "ReleasePass", "%1 owes %2 in fees past due: a supervisor must approve letting "
            "its goods out."), check.unit_label, format_money(check.arrears_fen)),)
        self.check = check


class PassRefused(DomainError):
    """A pass's guard's copy cannot be checked off, or the pass cannot be voided, as it
    stands (voided, already back). ``row`` is the pass as it stands."""

    def __init__(self, message: str, row: ReleasePassRow) -> None:
        super().__init__(message)
        self.row = row


class ReleasePasses(ReleasePassList):
    """The desk's goods release passes, on fee collection's ledger for the arrears."""

    def __init__(self, engine: Engine, clock: Clock, fees: FeeCollection,
                 operator: Operator | None = None) -> None:
        super().__init__(engine, clock, operator)
        self._fees = fees

    # --- Before a pass
    def check(self, unit_id: int) -> ArrearsCheck:
        """What ``unit_id`` owes past due today, and whether the pass will need a
        supervisor's approval (shown as soon as the unit is chosen).

        Raises:
            ValidationError: ``unit`` is not a unit of the directory.
        """
        errors: dict[str, str] = {}
        if checks.record_id(unit_id) is None:
            errors["unit"] = _choose_unit()
        paging.raise_if(errors)
        try:
            ledger = self._fees.ledger(unit_id)
        except NotFound as exc:
            raise ValidationError({"unit": str(exc)}) from None
        owing = ledger.arrears_fen > 0
        return ArrearsCheck(
            unit_id=ledger.unit_id, unit_label=ledger.unit_label, as_of=ledger.as_of,
            arrears_fen=ledger.arrears_fen, owed_fen=ledger.owed_fen,
            oldest_due=ledger.oldest_due,
            needs_approval=owing and not self._operator.may(Action.RELEASE_WITH_ARREARS))

    def validate(self, data: ReleasePassInput) -> ReleasePassInput:
        """The pass as stored (texts cleaned, plate, phone and ID number normalised and
        checked), or ValidationError naming each bad field (``goods`` for the list)."""
        errors: dict[str, str] = {}
        if checks.record_id(data.unit_id) is None:
            errors["unit"] = _choose_unit()
        goods = _goods(errors, data.goods)
        carrier = checks.text(errors, "carrier_name", data.carrier_name, NAME_LIMIT)
        if not carrier and "carrier_name" not in errors:
            errors["carrier_name"] = translate(
                "ReleasePass", "Enter the name of the person taking the goods out.")
        id_type = checks.choice(errors, "carrier_id_type", data.carrier_id_type, IdType)
        id_number = normalise_id_number(checks.raw_text(errors, "carrier_id_number",
                                                        data.carrier_id_number))
        if id_type is not None and (problem := id_number_problem(id_type, id_number)):
            errors.setdefault("carrier_id_number", problem)
        elif not id_number:
            errors.setdefault("carrier_id_number", translate(
                "ReleasePass", "Check the carrier's ID document and enter its number (the "
                "card is handed back at once)."))
        elif len(id_number) > 32:
            errors.setdefault("carrier_id_number", checks.too_long_message(32))
        phone = normalise_phone(checks.raw_text(errors, "carrier_phone", data.carrier_phone))
        if problem := phone_problem(phone):
            errors.setdefault("carrier_phone", problem)
        plate = normalise_plate(checks.raw_text(errors, "plate", data.plate))
        if len(plate) > PLATE_LIMIT:
            errors.setdefault("plate", checks.too_long_message(PLATE_LIMIT))
        authorised_by = checks.text(errors, "authorised_by", data.authorised_by, NAME_LIMIT)
        if not authorised_by and "authorised_by" not in errors:
            errors["authorised_by"] = translate(
                "ReleasePass", "Say who gave the owner's or the company's consent.")
        how = checks.choice(errors, "authorisation_how", data.authorisation_how,
                            AuthorisationHow)
        auth_note = checks.text(errors, "authorisation_note", data.authorisation_note,
                                AUTHORISATION_NOTE_LIMIT)
        note = checks.text(errors, "note", data.note, NOTE_LIMIT)
        paging.raise_if(errors)
        return replace(data, goods=goods, carrier_name=carrier,
                       carrier_id_type=id_type or IdType.OTHER, carrier_id_number=id_number,
                       carrier_phone=phone, plate=plate, authorised_by=authorised_by,
                       authorisation_how=how or AuthorisationHow.PHONE,
                       authorisation_note=auth_note, note=note)

    # --- Issue
    def issue(self, data: ReleasePassInput, approval: Approval | None = None) -> ReleasePassRow:
        """Issue a pass, valid today only, numbered from the year's series.

        The unit's arrears are read from fee collection first: a unit owing fees past due
        gets its pass only with a supervisor's approval (``approval``, or a supervisor on
        duty); the pass keeps the amount owed and the approver.

        Raises:
            ValidationError: bad or missing fields (``unit``, ``goods``, ``carrier_name``,
                ``carrier_id_number`` …); nothing saved.
            ArrearsNeedApproval: the unit owes past due and no supervisor approved.
        """
        data = self.validate(data)
        check = self.check(data.unit_id)
        approved_by = ""
        if check.owing:
            action = Action.RELEASE_WITH_ARREARS
            try:
                approved_by = self._operator.authorise(action, approval)
            except ApprovalNeeded:
                raise ArrearsNeedApproval(check) from None
            if not approved_by and approval is not None and approval.action is action:
                approved_by = approval.name  # asked although not needed: it names who did
            approved_by = approved_by or self._operator.name  # a supervisor's own pass
        with write_session(self._engine) as session:
            if approved_by:
                session.info[audit.APPROVED_BY] = approved_by
            now = self._clock.now()
            local = self._clock.local(now)
            stored = ReleasePass(
                number=pass_number(local.year,
                                   next_number(session, f"release-pass-{local.year}")),
                unit_id=check.unit_id, unit_label=check.unit_label,
                carrier_name=data.carrier_name,
                carrier_id_type=IdType(data.carrier_id_type).value,
                carrier_id_number=data.carrier_id_number, carrier_phone=data.carrier_phone,
                plate=data.plate, authorised_by=data.authorised_by,
                authorisation_how=AuthorisationHow(data.authorisation_how).value,
                authorisation_note=data.authorisation_note, arrears_fen=check.arrears_fen,
                approved_by=approved_by, issued_at=now, valid_on=local.date(), note=data.note,
                **self._operator.signature())
            session.add(stored)
            session.flush()
            items = [ReleasePassItem(pass_id=stored.id, description=line.description,
                                     quantity=line.quantity, unit_word=line.unit_word)
                     for line in data.goods]
            session.add_all(items)
            session.flush()
            row = pass_row(stored, items)
            session.commit()
            return row

    # --- The guard's copy back
    def check_off(self, number: str) -> ReleasePassRow:
        """The guard's copy came back: check it off by the number typed or scanned from
        its QR code.

        Raises:
            ValidationError: ``number`` empty or not text.
            NotFound: no pass has this number.
            PassRefused: the pass was voided, or its copy was checked off already.
        """
        wanted = self._typed_number(number)
        with write_session(self._engine) as session:
            stored = session.exec(select(ReleasePass).where(ReleasePass.number == wanted)
                                  .with_for_update()).first()
            if stored is None:
                raise NotFound(fill(translate("ReleasePass", "No release pass has number %1."),
                                    _shown(wanted)))
            return self._check_off(session, stored)

    def check_off_pass(self, pass_id: int) -> ReleasePassRow:
        """As :meth:`check_off`, for the pass chosen from the list."""
        with write_session(self._engine) as session:
            return self._check_off(session, self._stored(session, pass_id, lock=True))

    def _check_off(self, session: Session, stored: ReleasePass) -> ReleasePassRow:
        row = self._row(session, stored)
        if stored.voided_at is not None:
            raise PassRefused(fill(translate(
                "ReleasePass", "Pass %1 was voided (%2): its copy lets nothing out and is not "
                "checked off."), stored.number, stored.void_reason), row)
        if stored.guard_copy_back_at is not None:
            raise PassRefused(fill(translate(
                "ReleasePass", "The guard's copy of pass %1 was checked off already, %2 by "
                "%3."), stored.number, format_local(stored.guard_copy_back_at),
                stored.guard_copy_back_by or "—"), row)
        stored.guard_copy_back_at = self._clock.now()
        stored.guard_copy_back_by = self._operator.name
        session.add(stored)
        session.flush()
        row = self._row(session, stored)
        session.commit()
        return row

    # --- Void
    def void(self, pass_id: int, reason: str, approval: Approval | None = None) -> ReleasePassRow:
        """Void a pass issued by mistake, with the reason: it stays on record, struck out,
        and lets nothing out. The operator's own pass of the day is theirs to void; any
        other needs a supervisor.

        Raises:
            ValidationError: no reason (``reason``).
            ApprovalNeeded: a receptionist voiding someone else's pass, or an older one.
            NotFound: no such pass.
            PassRefused: voided already, or its guard's copy is back (the goods went out).
        """
        errors: dict[str, str] = {}
        reason = checks.text(errors, "reason", reason, REASON_LIMIT)
        if not reason and "reason" not in errors:
            errors["reason"] = translate("ReleasePass", "Say why the pass is voided.")
        paging.raise_if(errors)
        before = self.release_pass(pass_id)
        own = bool(before.created_by) and before.created_by == self._operator.name
        if own and before.valid_on == self._clock.today() and approval is None:
            approved_by = self._operator.authorise(Action.WORK_AT_COUNTER)
        else:
            approved_by = self._operator.authorise(Action.VOID_RECORD, approval)
        with write_session(self._engine) as session:
            session.info[audit.APPROVED_BY] = approved_by
            session.info[audit.ACTION] = "void"
            stored = self._stored(session, pass_id, lock=True)
            row = self._row(session, stored)
            if stored.voided_at is not None:
                raise PassRefused(fill(translate("ReleasePass", "Pass %1 is voided already."),
                                       stored.number), row)
            if stored.guard_copy_back_at is not None:
                raise PassRefused(fill(translate(
                    "ReleasePass", "The guard's copy of pass %1 is back: the goods went out on "
                    "it, so it stays as it is."), stored.number), row)
            stored.voided_at = self._clock.now()
            stored.void_reason = reason
            session.add(stored)
            session.flush()
            row = self._row(session, stored)
            session.commit()
            return row

    # --- Reading one pass
    def release_pass(self, pass_id: int) -> ReleasePassRow:
        """The pass with this record id.

        Raises:
            NotFound: no such pass.
        """
        with Session(self._engine) as session:
            return self._row(session, self._stored(session, pass_id))

    def by_number(self, number: str) -> ReleasePassRow:
        """The pass with the number printed on it (typed or scanned, any case).

        Raises:
            NotFound: no pass has this number (or nothing was typed).
        """
        wanted = normalise_pass_number(number)
        with Session(self._engine) as session:
            stored = session.exec(select(ReleasePass)
                                  .where(ReleasePass.number == wanted)).first()
            if stored is None:
                raise NotFound(fill(translate("ReleasePass", "No release pass has number %1."),
                                    _shown(wanted)))
            return self._row(session, stored)

    # --- Helpers
    @staticmethod
    def _typed_number(number: object) -> str:
        errors: dict[str, str] = {}
        checks.raw_text(errors, "number", number)
        wanted = normalise_pass_number(number)
        if not wanted and not errors:
            errors["number"] = translate(
                "ReleasePass", "Scan the QR code on the guard's copy, or type its number.")
        paging.raise_if(errors)
        return wanted

    @staticmethod
    def _stored(session: Session, pass_id: int, *, lock: bool = False) -> ReleasePass:
        found = session.get(ReleasePass, checks.record_id(pass_id) or 0, with_for_update=lock)
        if found is None:
            raise NotFound(fill(translate("ReleasePass", "There is no release pass number %1."),
                                pass_id))
        return found

    @staticmethod
    def _row(session: Session, stored: ReleasePass) -> ReleasePassRow:
        items = list(session.exec(select(ReleasePassItem)
                                  .where(ReleasePassItem.pass_id == stored.id)
                                  .order_by(col(ReleasePassItem.id))))
        return pass_row(stored, items)


def _choose_unit() -> str:
    return translate("ReleasePass", "Choose the unit the goods leave from.")


def _shown(number: str) -> str:
    return number if len(number) <= 20 else number[:20] + "…"


def _goods(errors: dict[str, str], lines: object) -> tuple[GoodsLine, ...]:
    """The goods list, each line cleaned and checked; one message for the list, naming the
    first bad line."""
    if not isinstance(lines, (tuple, list)) or not all(isinstance(g, GoodsLine) for g in lines):
        errors["goods"] = translate("ReleasePass", "List the goods, one line each.")
        return ()
    kept: list[GoodsLine] = []
    for number, line in enumerate(lines, start=1):
        problems: dict[str, str] = {}
        description = checks.text(problems, "goods", line.description, DESCRIPTION_LIMIT)
        unit_word = checks.text(problems, "goods", line.unit_word, UNIT_WORD_LIMIT)
        if not description and not problems:
            if not unit_word or unit_word == DEFAULT_UNIT_WORD:
                continue  # a line left blank in the table is no line
            problems["goods"] = translate("ReleasePass", "Say what the goods are.")
        if not checks.is_whole_number(line.quantity) \
                or not 1 <= line.quantity <= MAX_QUANTITY:  # type: ignore[operator]
            problems.setdefault("goods", fill(translate(
                "ReleasePass", "Give a quantity from 1 to %1."), MAX_QUANTITY))
        if problems:
            errors.setdefault("goods", fill(translate("ReleasePass", "Line %1: %2"), number,
                                            problems["goods"]))
            continue
        kept.append(GoodsLine(description, line.quantity, unit_word or DEFAULT_UNIT_WORD))
    if "goods" not in errors:
        if not kept:
            errors["goods"] = translate("ReleasePass",
                                        "List at least one line of goods going out.")
        elif len(kept) > MAX_GOODS_LINES:
            errors["goods"] = fill(translate(
                "ReleasePass", "A pass lists at most %1 lines of goods: write a second pass "
                "for the rest."), MAX_GOODS_LINES)
    return tuple(kept)

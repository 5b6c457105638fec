"""Intake (签收登记): what came, for whom, from which carrier, on which shelf, in what state;
numbered PK2026-000123 by the year's series in the saving transaction. A waybill already on
the shelf is refused as a double scan — also when two counters scan it at once (a unique
index holds one waiting parcel per waybill)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from deskapp.db.engine import write_session
from deskapp.db.sequences import next_number
from deskapp.db.service_models import Parcel
from deskapp.domain import checks, paging
from deskapp.domain.directory import unit_label
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.phone import normalise_phone, phone_problem
from deskapp.domain.services.parcels.base import (
    MAX_BATCH,
    DoubleScan,
    ParcelServiceBase,
    parcel_row,
)
from deskapp.domain.services.parcels.records import (
    WAYBILL,
    Carrier,
    ParcelInput,
    ParcelKind,
    ParcelState,
    Recipient,
    guess_carrier,
    normalise_waybill,
    parcel_number,
)
from deskapp.domain.services.parcels.rows import ParcelRow
from deskapp.domain.text import clean_text, halfwidth
from deskapp.i18n import fill, translate

LIMITS = {"recipient": 200, "recipient_name": 100, "carrier": 50, "shelf": 16, "damage": 200,
          "note": 500}


class ParcelIntake(ParcelServiceBase):
    """Signing for what the carriers bring (a part of :class:`ParcelLog`)."""

    # --- Checking what is typed
    def validate_recipient(self, recipient: Recipient) -> Recipient:
        """The recipient as stored: a unit or department resolved against the directory
        (a unit number typed is that unit), text cleaned, the phone normalised; or
        ValidationError (recipient, recipient_name, recipient_phone)."""
        errors: dict[str, str] = {}
        if not isinstance(recipient, Recipient):
            raise ValidationError({"recipient": translate(
                "ParcelLog", "Say whom it is for: a unit, a company or a name.")})
        label = checks.text(errors, "recipient", recipient.label, LIMITS["recipient"])
        name = checks.text(errors, "recipient_name", recipient.name, LIMITS["recipient_name"])
        phone = normalise_phone(checks.raw_text(errors, "recipient_phone", recipient.phone))
        if problem := phone_problem(phone):
            errors.setdefault("recipient_phone", problem)
        unit_id, department_id = recipient.unit_id, recipient.department_id
        if unit_id is not None:
            label = self._unit_label(errors, unit_id)
            department_id = None
        elif department_id is not None:
            label = self._department_label(errors, department_id)
        elif label:
            option, problem = self._directory.match_host(label)
            if problem:
                errors.setdefault("recipient", problem)
            elif option is not None:
                label = option.label
                unit_id = option.id if option.kind == "unit" else None
                department_id = option.id if option.kind == "department" else None
        if not label and not name:
            errors.setdefault("recipient", translate(
                "ParcelLog", "Say whom it is for: a unit, a company or a name."))
        elif unit_id is None and department_id is None and not phone:
            errors.setdefault("recipient_phone", translate(
                "ParcelLog", "They are not in the directory: give a phone number to tell "
                             "them."))
        paging.raise_if(errors)
        return Recipient(label, unit_id, department_id, name, phone[:32])

    def validate_parcel(self, data: ParcelInput, prefix: str = "") -> ParcelInput:
        """The item as stored (waybill normalised, the carrier guessed from it when not
        chosen), or ValidationError naming each bad field (``prefix`` before each name)."""
        errors: dict[str, str] = {}
        if not isinstance(data, ParcelInput):
            raise ValidationError({prefix + "waybill": translate(
                "ParcelLog", "Scan or type the waybill number.")})
        kind = checks.choice(errors, prefix + "kind", data.kind, ParcelKind) \
            or ParcelKind.PARCEL
        waybill = normalise_waybill(checks.raw_text(errors, prefix + "waybill", data.waybill))
        if checks.has_foreign_digits(waybill):
            errors.setdefault(prefix + "waybill", checks.foreign_digits_message())
        elif waybill and not WAYBILL.fullmatch(waybill):
            errors.setdefault(prefix + "waybill", translate(
                "ParcelLog", "A waybill number has 4 to 40 letters, digits or dashes: scan "
                             "it again."))
        elif not waybill and kind.needs_waybill:
            errors.setdefault(prefix + "waybill", translate(
                "ParcelLog", "Scan or type the waybill number."))
        carrier = checks.text(errors, prefix + "carrier", data.carrier, LIMITS["carrier"])
        if not carrier and waybill and (guessed := guess_carrier(waybill)) is not None:
            carrier = guessed.value
        if carrier == Carrier.OTHER.value:
            errors.setdefault(prefix + "carrier", translate(
                "ParcelLog", "Type the carrier's name."))
        elif not carrier and waybill and kind.needs_waybill:
            errors.setdefault(prefix + "carrier", translate("ParcelLog", "Choose the carrier."))
        shelf = clean_text(halfwidth(checks.raw_text(errors, prefix + "shelf", data.shelf)))
        if len(shelf) > LIMITS["shelf"]:
            errors.setdefault(prefix + "shelf", checks.too_long_message(LIMITS["shelf"]))
        damaged = checks.flag(errors, prefix + "damaged", data.damaged)
        damage = checks.text(errors, prefix + "damage", data.damage, LIMITS["damage"])
        if damaged and not damage:
            errors.setdefault(prefix + "damage", translate(
                "ParcelLog", "Say what is damaged: torn, wet, crushed, opened …"))
        note = checks.text(errors, prefix + "note", data.note, LIMITS["note"])
        paging.raise_if(errors)
        return ParcelInput(waybill, carrier, kind, shelf.upper(), damaged,
                           damage if damaged else "", note)

    # --- Intake
    def intake(self, recipient: Recipient, parcel: ParcelInput) -> ParcelRow:
        """Sign for one item for ``recipient``, received now by the operator on duty.

        Raises:
            ValidationError: bad input; nothing saved.
            DoubleScan: its waybill is already waiting on the shelf.
        """
        return self.intake_many(recipient, [parcel])[0]

    def intake_many(self, recipient: Recipient,
                    parcels: Sequence[ParcelInput]) -> list[ParcelRow]:
        """Sign for several items for one recipient in one transaction, numbered in the
        order given: all are saved, or none.

        Raises:
            ValidationError: bad input (each item's fields prefixed ``parcels[i].`` when
                there are several); nothing saved.
            DoubleScan: a waybill is already waiting on the shelf, or given twice.
        """
        items = list(parcels) if isinstance(parcels, Sequence) else []
        if not 1 <= len(items) <= MAX_BATCH:
            raise ValidationError({"parcels": fill(translate(
                "ParcelLog", "Sign for 1 to %1 items at a time."), MAX_BATCH)})
        # Every bad field at once, the recipient's and each item's.
        errors: dict[str, str] = {}
        several = len(items) > 1
        checked: list[ParcelInput] = []
        try:
            recipient = self.validate_recipient(recipient)
        except ValidationError as exc:
            errors.update(exc.errors)
        for i, item in enumerate(items):
            try:
                checked.append(self.validate_parcel(item, f"parcels[{i}]." if several else ""))
            except ValidationError as exc:
                errors.update(exc.errors)
        paging.raise_if(errors)
        waybills = [item.waybill for item in checked if item.waybill]
        try:
            with write_session(self._engine) as session:
                rows = self._save(session, recipient, checked)
                session.commit()
                return rows
        except IntegrityError:
            # Another counter shelved one of these waybills a moment ago: the unique
            # index refused the second; say which it was.
            with Session(self._engine) as session:
                found = session.exec(select(Parcel).where(
                    col(Parcel.waybill).in_(waybills),
                    Parcel.state == ParcelState.WAITING.value)).first()
            if found is None:
                raise
            row = parcel_row(found)
            raise DoubleScan(row, self._when(row.received_at)) from None

    def _save(self, session: Session, recipient: Recipient,
              items: list[ParcelInput]) -> list[ParcelRow]:
        seen: dict[str, Parcel] = {}
        now = self._clock.now()
        year = self._clock.local(now).year
        saved: list[Parcel] = []
        for item in items:
            waiting = seen.get(item.waybill) or self._waiting_with_waybill(session,
                                                                           item.waybill)
            if waiting is not None:
                session.flush()  # a waybill given twice: the first has its number now
                row = parcel_row(waiting)
                raise DoubleScan(row, self._when(row.received_at))
            parcel = Parcel(
                number=parcel_number(year, next_number(session, f"parcel-{year}")),
                carrier=item.carrier, waybill=item.waybill, kind=item.kind.value,
                unit_id=recipient.unit_id, department_id=recipient.department_id,
                recipient_label=recipient.label, recipient_name=recipient.name,
                recipient_phone=recipient.phone, shelf=item.shelf, condition=item.damage,
                received_at=now, state=ParcelState.WAITING.value, note=item.note,
                **self._operator.signature())
            session.add(parcel)
            saved.append(parcel)
            if item.waybill:
                seen[item.waybill] = parcel
        session.flush()
        return [parcel_row(p) for p in saved]

    # --- The directory's side
    def _unit_label(self, errors: dict[str, str], unit_id: object) -> str:
        try:
            return unit_label(self._directory.unit(unit_id))  # type: ignore[arg-type]
        except NotFound as exc:
            errors.setdefault("recipient", str(exc))
            return ""

    def _department_label(self, errors: dict[str, str], department_id: object) -> str:
        found = next((d for d in self._directory.departments()
                      if d.id == checks.record_id(department_id)), None)
        if found is None:
            errors.setdefault("recipient", translate(
                "ParcelLog", "This department is no longer in the directory."))
            return ""
        return found.name

    def contact_phone(self, recipient: Recipient) -> str:
        """Where to tell ``recipient``: their own phone, else the first of the directory's
        (a unit's phones, a department's number); "" when there is none."""
        if recipient.phone:
            return recipient.phone
        contact = self._directory.host_contact(unit_id=recipient.unit_id,
                                               department_id=recipient.department_id)
        if contact is None:
            return ""
        first = contact.phones.replace("，", ",").replace("/", ",").split(",")[0]
        return normalise_phone(first.strip())

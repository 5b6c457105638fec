"""What happens to a parcel on the shelf: the recipient told (the first notice, later
reminders) — the call that told them logged in the call log in the same transaction —,
collected against a name and an ID (one parcel or several in one pickup), or returned to
its sender with the reason. Each holds the parcels' rows: two counters never hand over the
same parcel."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session

from deskapp.db.engine import write_session
from deskapp.db.service_models import Parcel, ParcelPickup
from deskapp.domain import checks, paging
from deskapp.domain.calls.records import About, CallInput, Category, Direction
from deskapp.domain.errors import ValidationError
from deskapp.domain.identity import IdType, id_number_problem, normalise_id_number
from deskapp.domain.phone import normalise_phone, phone_problem
from deskapp.domain.services.parcels.base import MAX_BATCH, pickup_row
from deskapp.domain.services.parcels.intake import ParcelIntake
from deskapp.domain.services.parcels.records import (
    CallNotice,
    ParcelKind,
    ParcelState,
    PickupInput,
)
from deskapp.domain.services.parcels.rows import NoticeResult, ParcelRow, PickupRow
from deskapp.i18n import fill, translate

NAME_LIMIT = 100
REASON_LIMIT = 200
NOTES_LIMIT = 500


class ParcelHandover(ParcelIntake):
    """Telling, handing over and sending back (a part of :class:`ParcelLog`)."""

    # --- Telling the recipient
    def notify(self, parcel_ids: Sequence[int], *,
               call: CallNotice | None = None) -> NoticeResult:
        """Mark the parcels told now: the first notice, or a reminder of one told before.
        With ``call``, the outgoing call that told the recipient is logged in the call log
        in the same transaction (subject "Parcels waiting for you: PK…"); it tells one
        recipient, so the parcels must all be theirs.

        Raises:
            ValidationError: no parcels, or too many (``parcel_ids``); a call for parcels of
                several recipients (``parcel_ids``); no phone to call or a bad one
                (``phone``), ``called``, ``notes``.
            NotFound: a parcel does not exist.
            NotWaiting: a parcel has left the shelf.
        """
        errors: dict[str, str] = {}
        ids = self._ids(errors, parcel_ids)
        if call is not None:
            if not isinstance(call, CallNotice):
                raise ValidationError({"phone": translate("ParcelLog", "Enter the number rung.")})
            checks.text(errors, "called", call.called, NAME_LIMIT)
            checks.text(errors, "notes", call.notes, NOTES_LIMIT)
            phone = normalise_phone(checks.raw_text(errors, "phone", call.phone))
            if problem := phone_problem(phone):
                errors.setdefault("phone", problem)
        paging.raise_if(errors)
        with write_session(self._engine) as session:
            parcels = self._locked(session, ids)
            self._refuse_gone(session, parcels)
            call_id = self._log_call(session, parcels, call) if call is not None else None
            now = self._clock.now()
            for parcel in parcels:
                if parcel.notified_at is None:
                    parcel.notified_at = now
                else:
                    parcel.reminded_at = now
                session.add(parcel)
            session.flush()
            rows = self._rows(session, parcels)
            session.commit()
            return NoticeResult(tuple(rows), call_id)

    def _log_call(self, session: Session, parcels: list[Parcel], call: CallNotice) -> int:
        rows = self._rows(session, parcels)
        recipients = {(r.unit_id, r.department_id,
                       "" if r.unit_id or r.department_id else r.recipient_label,
                       "" if r.unit_id or r.department_id else r.recipient_name)
                      for r in rows}
        if len(recipients) > 1:
            raise ValidationError({"parcel_ids": translate(
                "ParcelLog", "One call tells one recipient: choose the parcels of one "
                             "recipient.")})
        first = rows[0]
        phone = normalise_phone(call.phone) or self.contact_phone(first.recipient)
        if not phone:
            raise ValidationError({"phone": fill(translate(
                "ParcelLog", "There is no phone number for %1: enter the number rung."),
                first.recipient_text)})
        numbers = ", ".join(r.number for r in rows)
        logged = self._calls.log_call_in(session, CallInput(
            subject=fill(translate("ParcelLog", "Parcels waiting for you: %1"), numbers),
            direction=Direction.OUT, caller_name=call.called or first.recipient_name,
            phone=phone, about=About(first.recipient_label, first.unit_id,
                                     first.department_id),
            category=Category.DELIVERY, notes=call.notes))
        return logged.id

    # --- Pickup
    def validate_pickup(self, data: PickupInput) -> PickupInput:
        """The pickup as stored (name cleaned, ID number and phone normalised and checked),
        or ValidationError (parcel_ids, collected_by, on_behalf, id_type, id_number,
        phone). Whoever collects for the recipient shows an ID."""
        errors: dict[str, str] = {}
        if not isinstance(data, PickupInput):
            raise ValidationError({"parcel_ids": translate(
                "ParcelLog", "Tick the parcels being collected.")})
        ids = self._ids(errors, data.parcel_ids)
        name = checks.text(errors, "collected_by", data.collected_by, NAME_LIMIT)
        if not name:
            errors.setdefault("collected_by", translate(
                "ParcelLog", "Enter the name of whoever collects them."))
        on_behalf = checks.flag(errors, "on_behalf", data.on_behalf)
        id_type = checks.choice(errors, "id_type", data.id_type, IdType) or IdType.OTHER
        id_number = normalise_id_number(checks.raw_text(errors, "id_number", data.id_number))
        if problem := id_number_problem(id_type, id_number):
            errors.setdefault("id_number", problem)
        elif len(id_number) > 32:
            errors.setdefault("id_number", checks.too_long_message(32))
        elif on_behalf and not id_number:
            errors.setdefault("id_number", translate(
                "ParcelLog", "Someone collecting for the recipient shows an ID: check it and "
                             "enter its number."))
        phone = normalise_phone(checks.raw_text(errors, "phone", data.phone))
        if problem := phone_problem(phone):
            errors.setdefault("phone", problem)
        paging.raise_if(errors)
        return PickupInput(ids, name, on_behalf, id_type, id_number, phone[:32])

    def pickup(self, data: PickupInput) -> PickupRow:
        """Hand parcels over in one pickup (one slip to sign), now. The parcels' rows are
        held while it is saved: one already collected or returned — here or at another
        counter, a moment ago — refuses the whole pickup.

        Raises:
            ValidationError: bad input; registered mail handed over without an ID
                (``id_number``).
            NotFound: a parcel does not exist.
            NotWaiting: a parcel has left the shelf (``parcel`` says how).
        """
        data = self.validate_pickup(data)
        with write_session(self._engine) as session:
            parcels = self._locked(session, data.parcel_ids)
            self._refuse_gone(session, parcels)
            if not data.id_number and any(p.kind == ParcelKind.REGISTERED.value
                                          for p in parcels):
                raise ValidationError({"id_number": translate(
                    "ParcelLog", "Registered mail is handed over against an ID: check it and "
                                 "enter its number.")})
            pickup = ParcelPickup(
                at=self._clock.now(), collected_by=data.collected_by,
                on_behalf=data.on_behalf, id_type=data.id_type.value,
                id_number=data.id_number, phone=data.phone, parcels=len(parcels),
                **self._operator.signature())
            session.add(pickup)
            session.flush()
            for parcel in parcels:
                parcel.state = ParcelState.COLLECTED.value
                parcel.pickup_id = pickup.id
                session.add(parcel)
            session.flush()
            rows = self._rows(session, parcels)
            session.commit()
            return pickup_row(pickup, rows)

    # --- Back to the sender
    def return_to_sender(self, parcel_id: int, reason: str) -> ParcelRow:
        """The parcel goes back to its sender (refused, wrong address, never collected):
        it leaves the shelf with the reason, now.

        Raises:
            ValidationError: no reason (``reason``).
            NotFound: no such parcel.
            NotWaiting: it has left the shelf already.
        """
        errors: dict[str, str] = {}
        reason = checks.text(errors, "reason", reason, REASON_LIMIT)
        if not reason and "reason" not in errors:
            errors["reason"] = translate("ParcelLog", "Say why it goes back to its sender.")
        ids = self._ids(errors, [parcel_id])
        paging.raise_if(errors)
        with write_session(self._engine) as session:
            [parcel] = self._locked(session, ids)
            self._refuse_gone(session, [parcel])
            parcel.state = ParcelState.RETURNED.value
            parcel.returned_at = self._clock.now()
            parcel.return_reason = reason
            session.add(parcel)
            session.flush()
            [row] = self._rows(session, [parcel])
            session.commit()
            return row

    # --- Helpers
    @staticmethod
    def _ids(errors: dict[str, str], parcel_ids: object) -> tuple[int, ...]:
        """Parcel ids as given (duplicates dropped, order kept): 1 to MAX_BATCH of them."""
        given = list(parcel_ids) if isinstance(parcel_ids, Sequence) \
            and not isinstance(parcel_ids, str) else []
        ids = tuple(dict.fromkeys(checks.record_id(value) for value in given))
        if not ids or None in ids:
            errors.setdefault("parcel_ids", translate("ParcelLog", "Tick the parcels first."))
            return ()
        if len(ids) > MAX_BATCH:
            errors.setdefault("parcel_ids", fill(translate(
                "ParcelLog", "Choose at most %1 parcels at a time."), MAX_BATCH))
        return ids  # type: ignore[return-value]

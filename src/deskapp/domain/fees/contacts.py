"""The log of contacts with a unit about its fees (催费记录): calls, visits, notices and
notes, and the day they promised to pay by — kept as evidence, never changed."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, col, select

from deskapp.db.engine import write_session
from deskapp.db.fee_models import FeeContact
from deskapp.domain import checks, paging
from deskapp.domain.fees.base import FeeServiceBase
from deskapp.domain.fees.ledger_records import PROMISE_MOST_DAYS, ContactInput, ContactKind
from deskapp.domain.fees.ledger_rows import ContactRow
from deskapp.i18n import fill, translate

NOTE_LIMIT = 500
# A contact time typed may run this far ahead of the counter's clock.
CLOCK_SLACK = dt.timedelta(minutes=5)


def contact_row(contact: FeeContact) -> ContactRow:
    """A stored contact as the log lists it."""
    return ContactRow(id=contact.id or 0, unit_id=contact.unit_id, at=contact.at,
                      kind=ContactKind(contact.kind), note=contact.note,
                      promised_on=contact.promised_on, created_by=contact.created_by,
                      desk=contact.desk)


class FeeContacts(FeeServiceBase):
    """The contact log of fees (a part of :class:`FeeCollection`)."""

    def validate_contact(self, data: ContactInput) -> ContactInput:
        """The contact as stored, or ValidationError: a note needs its text; a promise
        may be recorded late (a day past) but not more than a year ahead (a typo)."""
        errors: dict[str, str] = {}
        if checks.record_id(data.unit_id) is None:
            errors["unit_id"] = translate("FeeContact", "Choose the unit.")
        kind = checks.choice(errors, "kind", data.kind, ContactKind)
        note = checks.text(errors, "note", data.note, NOTE_LIMIT)
        if kind is ContactKind.NOTE and not note:
            errors.setdefault("note", translate("FeeContact", "Write the note."))
        promised = None
        if data.promised_on is not None:
            promised = checks.day(errors, "promised_on", data.promised_on)
            latest = self._today() + dt.timedelta(days=PROMISE_MOST_DAYS)
            if promised is not None and promised > latest:
                errors.setdefault("promised_on", fill(translate(
                    "FeeContact", "A promise to pay is at most a year ahead (until %1): "
                    "check the year."), latest.isoformat()))
        now = self._clock.now()
        at = checks.moment(errors, "at", data.at, self._clock)
        if at is not None and at > now + CLOCK_SLACK:
            errors.setdefault("at", translate("FeeContact", "This time is in the future."))
        paging.raise_if(errors)
        assert kind is not None
        return ContactInput(data.unit_id, kind, note, promised, (at or now).astimezone(dt.UTC))

    def log_contact(self, data: ContactInput) -> ContactRow:
        """Record a contact with a unit about its fees.

        Raises:
            ValidationError: bad input.
            NotFound: no such unit.
        """
        data = self.validate_contact(data)
        assert isinstance(data.kind, ContactKind)
        with write_session(self._engine) as session:
            unit = self._unit(session, data.unit_id)
            contact = FeeContact(unit_id=unit.id, at=data.at, kind=data.kind.value,
                                 note=data.note, promised_on=data.promised_on,
                                 **self._operator.signature())
            session.add(contact)
            session.commit()
            return contact_row(contact)

    def contacts(self, unit_id: int) -> list[ContactRow]:
        """The unit's contacts about fees, newest first.

        Raises:
            NotFound: no such unit.
        """
        with Session(self._engine) as session:
            unit = self._unit(session, unit_id)
            found = session.exec(select(FeeContact).where(FeeContact.unit_id == unit.id)
                                 .order_by(col(FeeContact.at).desc(),
                                           col(FeeContact.id).desc())).all()
            return [contact_row(contact) for contact in found]

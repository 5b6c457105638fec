"""The key register: key sets added, changed and retired, read one by one, by tag, as the
register's list and as the cabinet board."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from deskapp.db.engine import write_session
from deskapp.db.models import KeyDeposit, KeyLoan, KeySet, Unit
from deskapp.db.sequences import next_number
from deskapp.domain import checks, paging
from deskapp.domain.errors import DomainError, ValidationError
from deskapp.domain.keys.base import is_tag, key_number, normalise_tag
from deskapp.domain.keys.deposits import KeyDeposits
from deskapp.domain.keys.records import (
    MAX_KEYS,
    DepositInput,
    KeyEventKind,
    KeyKind,
    KeySetInput,
    KeyState,
)
from deskapp.domain.keys.rows import BoardEntry, KeySetRow, board_order
from deskapp.domain.keys.stored import key_set_row, loan_row
from deskapp.domain.text import clean_text, halfwidth
from deskapp.i18n import fill, translate

UNIT_LABEL_LIMIT = 200
HOOK_LIMIT = 16
NOTES_LIMIT = 1000
REASON_LIMIT = 200
_GONE = (KeyState.HANDED_OVER.value, KeyState.RETIRED.value)


class KeyRegister(KeyDeposits):
    """Key sets: registered with their tag and hook, changed, retired, read."""

    # --- Adding and changing
    def validate_set(self, data: KeySetInput) -> KeySetInput:
        """The set as stored (tag and hook normalised, text cleaned), or ValidationError
        naming each bad field (tag, unit_label, kind, key_count, hook, notes)."""
        errors: dict[str, str] = {}
        tag = normalise_tag(checks.raw_text(errors, "tag", data.tag))
        if tag and not is_tag(tag):
            errors.setdefault("tag", translate(
                "KeyCustody", "A tag has up to 16 letters, digits or dashes, such as K0012."))
        unit_label = checks.text(errors, "unit_label", data.unit_label, UNIT_LABEL_LIMIT)
        kind = checks.choice(errors, "kind", data.kind, KeyKind)
        key_count = key_number(errors, "key_count", data.key_count, MAX_KEYS)
        hook = "".join(halfwidth(checks.text(errors, "hook", data.hook)).split()).upper()
        if len(hook) > HOOK_LIMIT:
            errors.setdefault("hook", checks.too_long_message(HOOK_LIMIT))
        notes = checks.text(errors, "notes", data.notes, NOTES_LIMIT)
        unit_id = data.unit_id
        if unit_id is not None and checks.record_id(unit_id) is None:
            errors.setdefault("unit_label", translate("InputCheck", "Choose from the list."))
        if not unit_label and unit_id is None:
            errors.setdefault("unit_label", translate(
                "KeyCustody", "Say which unit or area the keys open."))
        paging.raise_if(errors)
        assert kind is not None
        return replace(data, tag=tag, unit_label=unit_label, kind=kind, key_count=key_count,
                       hook=clean_text(hook), notes=notes, unit_id=unit_id)

    def register(self, data: KeySetInput, deposit: DepositInput | None = None) -> KeySetRow:
        """Add a key set to the register, in the cabinet; its tag is the one typed or the
        next free K0001. Entrusted keys come with the owner's deposit (one transaction).

        Raises:
            ValidationError: bad input, a tag or hook another set has, entrusted keys
                without a deposit (``owner_name``) or a deposit for keys that are not
                entrusted (``kind``); the deposit's fields as :meth:`record_deposit`.
        """
        errors: dict[str, str] = {}
        try:
            data = self.validate_set(data)
        except ValidationError as exc:
            errors.update(exc.errors)
        checked = self._checked_deposit(errors, deposit) if deposit is not None else None
        if data.kind == KeyKind.ENTRUSTED and deposit is None:
            errors.setdefault("owner_name", translate(
                "KeyCustody", "Entrusted keys are registered with the owner's deposit: who "
                "left them and who may borrow them."))
        if deposit is not None and data.kind is not KeyKind.ENTRUSTED:
            errors.setdefault("kind", translate(
                "KeyCustody", "Only keys an owner entrusts come with a deposit."))
        paging.raise_if(errors)
        tag = data.tag
        try:
            with write_session(self._engine) as session:
                unit_label, unit_id = self._unit(session, data)
                tag = tag or self._next_tag(session)
                paging.raise_if(self._taken(session, tag, data.hook))
                key_set = KeySet(
                    tag=tag, unit_label=unit_label, unit_id=unit_id, kind=data.kind.value,
                    key_count=data.key_count, hook=data.hook, notes=data.notes,
                    state=KeyState.IN_CABINET.value, created_at=self._clock.now(),
                    **self._operator.signature())
                session.add(key_set)
                session.flush()
                self._event(session, key_set, KeyEventKind.REGISTERED, keys=data.key_count)
                if checked is not None:
                    self._add_deposit(session, key_set, checked)
                session.commit()
                return key_set_row(key_set)
        except IntegrityError:
            raise self._lost_race(tag, data.hook, None) from None

    def edit(self, set_id: int, data: KeySetInput,
             deposit: DepositInput | None = None) -> KeySetRow:
        """Change a set's details (``tag`` "" keeps its tag). The number of keys changes only
        while every key is in the cabinet; entrusted keys stay entrusted; keys becoming
        entrusted need the owner's deposit (``deposit``, unless one is on record).

        Raises:
            ValidationError: as :meth:`register`.
            NotFound: no such set.
            DomainError: the set was handed over or retired.
        """
        data = self.validate_set(data)
        errors: dict[str, str] = {}
        checked = self._checked_deposit(errors, deposit) if deposit is not None else None
        paging.raise_if(errors)
        tag = data.tag
        try:
            with write_session(self._engine) as session:
                key_set = self._set(session, set_id, lock=True)
                self._refuse_gone(key_set)
                tag = tag or key_set.tag
                errors = self._taken(session, tag, data.hook, key_set.id)
                errors.update(self._edit_problems(session, key_set, data, checked))
                paging.raise_if(errors)
                unit_label, unit_id = self._unit(session, data)
                before = key_set_row(key_set)
                key_set.tag, key_set.unit_label, key_set.unit_id = tag, unit_label, unit_id
                key_set.kind, key_set.key_count = data.kind.value, data.key_count
                key_set.hook, key_set.notes = data.hook, data.notes
                session.add(key_set)
                after = key_set_row(key_set)
                if (said := _changes(before, after)) or before.notes != after.notes:
                    self._event(session, key_set, KeyEventKind.EDITED, text=said)
                if checked is not None:
                    self._add_deposit(session, key_set, checked)
                session.commit()
                return after
        except IntegrityError:
            raise self._lost_race(tag, data.hook, checks.record_id(set_id)) from None

    def retire(self, set_id: int, reason: str) -> KeySetRow:
        """Take a set out of use (the lock was changed, the area is gone): it leaves the
        board and frees its hook, and keeps its history.

        Raises:
            ValidationError: no reason (``reason``).
            NotFound: no such set.
            DomainError: keys of it are out; entrusted keys (the owner's: handed back,
                not retired, unless lost); handed over or retired already.
        """
        errors: dict[str, str] = {}
        reason = checks.text(errors, "reason", reason, REASON_LIMIT)
        if not reason:
            errors.setdefault("reason", translate("KeyCustody",
                                                  "Say why the keys are retired."))
        paging.raise_if(errors)
        with write_session(self._engine) as session:
            key_set = self._set(session, set_id, lock=True)
            self._refuse_gone(key_set)
            state = KeyState(key_set.state)
            if state is KeyState.OUT or key_set.keys_outstanding:
                raise DomainError(fill(translate(
                    "KeyCustody", "Keys of set %1 are still out: take them back or report "
                    "them lost first."), key_set.tag))
            if key_set.kind == KeyKind.ENTRUSTED.value and state is not KeyState.LOST:
                raise DomainError(fill(translate(
                    "KeyCustody", "Set %1 is the owner's: hand it back to the owner instead "
                    "of retiring it."), key_set.tag))
            key_set.state = KeyState.RETIRED.value
            key_set.retired_at, key_set.retire_reason = self._clock.now(), reason
            session.add(key_set)
            self._event(session, key_set, KeyEventKind.RETIRED, text=reason)
            session.commit()
            return key_set_row(key_set)

    # --- Reading
    def key_set(self, set_id: int) -> KeySetRow:
        """One set (NotFound if there is none)."""
        with Session(self._engine) as session:
            return key_set_row(self._set(session, set_id))

    def by_tag(self, tag: str) -> KeySetRow:
        """The set with ``tag``, as typed or scanned from its label (any case, full-width
        digits too).

        Raises:
            NotFound: no set has that tag.
        """
        with Session(self._engine) as session:
            return key_set_row(self._set_by_tag(session, tag))

    @staticmethod
    def is_tag(text: str) -> bool:
        """Whether ``text`` reads as a key tag (a scanner typing a label's code)."""
        return is_tag(normalise_tag(text))

    def key_sets(self, *, include_gone: bool = False) -> list[KeySetRow]:
        """The register by hook: every set in the desk's care (also handed over and
        retired ones with ``include_gone``)."""
        with Session(self._engine) as session:
            stmt = select(KeySet)
            if not include_gone:
                stmt = stmt.where(col(KeySet.state).not_in(_GONE))
            return sorted((key_set_row(s) for s in session.exec(stmt)), key=board_order)

    def board(self) -> list[BoardEntry]:
        """The cabinet at a glance, hook by hook: each set in the desk's care with the open
        loan its keys are out on (with whom, since when, due back when)."""
        with Session(self._engine) as session:
            sets = session.exec(select(KeySet).where(col(KeySet.state).not_in(_GONE))).all()
            loans = {loan.key_set_id: loan_row(loan) for loan in session.exec(
                select(KeyLoan).where(col(KeyLoan.closed_at).is_(None)))}
        rows = sorted((key_set_row(s) for s in sets), key=board_order)
        return [BoardEntry(row, loans.get(row.id)) for row in rows]

    def has_key_sets(self) -> bool:
        """Whether any set was ever registered."""
        with Session(self._engine) as session:
            return session.exec(select(KeySet.id).limit(1)).first() is not None

    # --- Helpers
    @staticmethod
    def _unit(session: Session, data: KeySetInput) -> tuple[str, int | None]:
        """The unit the set opens: the directory's unit named by id, or by its number
        typed ("1203"); else the area as typed."""
        if data.unit_id is not None:
            unit = session.get(Unit, data.unit_id)
            if unit is None:
                raise ValidationError({"unit_label": translate(
                    "KeyCustody", "That unit is not in the directory any more.")})
            return unit.number, unit.id
        unit = session.exec(select(Unit).where(Unit.number == data.unit_label)).first()
        return (unit.number, unit.id) if unit is not None else (data.unit_label, None)

    @staticmethod
    def _next_tag(session: Session) -> str:
        # K0001, K0002 …, skipping a number someone typed as their own tag.
        while True:
            tag = f"K{next_number(session, 'key-tag'):04d}"
            if session.exec(select(KeySet.id).where(KeySet.tag == tag)).first() is None:
                return tag

    @staticmethod
    def _taken(session: Session, tag: str, hook: str,
               except_id: int | None = None) -> dict[str, str]:
        """Field errors for a tag or hook another set has."""
        errors: dict[str, str] = {}
        other = session.exec(select(KeySet).where(KeySet.tag == tag,
                                                  KeySet.id != (except_id or 0))).first()
        if other is not None:
            errors["tag"] = fill(translate("KeyCustody", "Tag %1 is on the keys of %2 already."),
                                 tag, other.unit_label)
        if hook:
            other = session.exec(select(KeySet).where(
                KeySet.hook == hook, col(KeySet.state).not_in(_GONE),
                KeySet.id != (except_id or 0))).first()
            if other is not None:
                errors["hook"] = fill(translate(
                    "KeyCustody", "Hook %1 holds the keys of %2 (tag %3) already."),
                    hook, other.unit_label, other.tag)
        return errors

    def _lost_race(self, tag: str, hook: str, set_id: int | None) -> ValidationError:
        """Another counter saved the same tag or hook a moment before (the unique index
        refused ours): say which, as if it had been there all along."""
        with Session(self._engine) as session:
            errors = self._taken(session, tag, hook, set_id) if tag else {}
        return ValidationError(errors or {"tag": translate(
            "KeyCustody", "Another counter saved this tag or hook a moment ago; look again "
            "and save once more.")})

    @staticmethod
    def _edit_problems(session: Session, key_set: KeySet, data: KeySetInput,
                       deposit: DepositInput | None) -> dict[str, str]:
        errors: dict[str, str] = {}
        was = KeyKind(key_set.kind)
        if was is KeyKind.ENTRUSTED and data.kind is not KeyKind.ENTRUSTED:
            errors["kind"] = translate(
                "KeyCustody", "Entrusted keys stay the owner's: they leave the desk only when "
                "handed back.")
        if data.kind is KeyKind.ENTRUSTED and deposit is None and session.exec(
                select(KeyDeposit.id).where(KeyDeposit.key_set_id == key_set.id)
        ).first() is None:
            errors["owner_name"] = translate(
                "KeyCustody", "Entrusted keys are registered with the owner's deposit: who "
                "left them and who may borrow them.")
        if deposit is not None and data.kind is not KeyKind.ENTRUSTED:
            errors["kind"] = translate("KeyCustody",
                                       "Only keys an owner entrusts come with a deposit.")
        busy = (key_set.state != KeyState.IN_CABINET.value or key_set.keys_outstanding
                or key_set.keys_lost)
        if data.key_count != key_set.key_count and busy:
            errors["key_count"] = translate(
                "KeyCustody", "The number of keys changes only while every key is in the "
                "cabinet; lost keys are replaced instead.")
        return errors


def _changes(before: KeySetRow, after: KeySetRow) -> str:
    """What an edit changed, as the set's history says it (in the writer's language)."""
    said = []
    for label, old, new in (
            (translate("KeyCustody", "tag"), before.tag, after.tag),
            (translate("KeyCustody", "unit"), before.unit_label, after.unit_label),
            (translate("KeyCustody", "kind"), before.kind.label(), after.kind.label()),
            (translate("KeyCustody", "keys"), before.key_count, after.key_count),
            (translate("KeyCustody", "hook"), before.hook or "-", after.hook or "-")):
        if old != new:
            said.append(fill("%1 %2 → %3", label, old, new))
    return "; ".join(said)

"""The stocktake (钥匙盘点): the tags found in the cabinet — ticked on the register's
printout or scanned — against the register: what is missing from its hook, what is there
but should be out or gone, and tags no set has. A stocktake saved keeps its findings."""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session, col, select

from deskapp.db.engine import write_session
from deskapp.db.models import KeyLoan, KeySet, KeyStocktake, KeyStocktakeLine
from deskapp.domain import checks, paging
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.keys.base import KeyServiceBase, normalise_tag
from deskapp.domain.keys.records import Finding, KeyState
from deskapp.domain.keys.rows import (
    StocktakeLine,
    StocktakeResult,
    StocktakeSummary,
    board_order,
)
from deskapp.domain.keys.stored import key_set_row, loan_row
from deskapp.i18n import fill, translate

MAX_TAGS = 5000  # tags in one stocktake: far more than any cabinet holds
UNKNOWN_TAG_LIMIT = 64  # an unknown tag is kept as scanned, this long at most
NOTE_LIMIT = 1000


class KeyStocktakes(KeyServiceBase):
    """Counting the cabinet (a part of :class:`KeyCustody`)."""

    def compare(self, tags_present: Iterable[str]) -> StocktakeResult:
        """The cabinet as found (``tags_present``, any case, repeats ignored) against the
        register, not saved.

        Raises:
            ValidationError: ``tags``: not a list of text, or more than 5,000 tags.
        """
        tags = _tags(tags_present)
        with Session(self._engine) as session:
            return self._compare(session, tags)

    def record_stocktake(self, tags_present: Iterable[str], note: str = "") -> StocktakeResult:
        """Compare and save the stocktake with its findings, signed, in one transaction.

        Raises:
            ValidationError: tags (as :meth:`compare`), note.
        """
        tags = _tags(tags_present)
        errors: dict[str, str] = {}
        note = checks.text(errors, "note", note, NOTE_LIMIT)
        paging.raise_if(errors)
        with write_session(self._engine) as session:
            result = self._compare(session, tags)
            lines = (*result.missing, *result.misplaced, *result.unknown)
            saved = KeyStocktake(
                at=result.at, sets_expected=result.expected, sets_found=len(result.found),
                missing=len(result.missing), misplaced=len(result.misplaced),
                unknown=len(result.unknown), note=note, **self._operator.signature())
            session.add(saved)
            session.flush()
            for line in lines:
                session.add(KeyStocktakeLine(
                    stocktake_id=saved.id, key_set_id=line.key_set.id if line.key_set else None,
                    tag=line.tag[:UNKNOWN_TAG_LIMIT], finding=line.finding.value,
                    state=line.key_set.state.value if line.key_set else ""))
            session.commit()
            return StocktakeResult(
                at=result.at, expected=result.expected, found=result.found,
                missing=result.missing, misplaced=result.misplaced, unknown=result.unknown,
                flagged=result.flagged, id=saved.id, note=note, created_by=saved.created_by,
                desk=saved.desk, lines=lines)

    def stocktakes(self, limit: int = 50) -> list[StocktakeSummary]:
        """The stocktakes saved, newest first."""
        with Session(self._engine) as session:
            return [StocktakeSummary(s.id or 0, s.at, s.sets_expected, s.sets_found, s.missing,
                                     s.misplaced, s.unknown, s.note, s.created_by, s.desk)
                    for s in session.exec(select(KeyStocktake).order_by(
                        col(KeyStocktake.at).desc(), col(KeyStocktake.id).desc())
                        .limit(max(1, min(int(limit), 1000))))]

    def stocktake_lines(self, stocktake_id: int) -> list[StocktakeLine]:
        """What a saved stocktake found amiss, each known set as it is now.

        Raises:
            NotFound: no such stocktake.
        """
        with Session(self._engine) as session:
            if session.get(KeyStocktake, checks.record_id(stocktake_id) or 0) is None:
                raise NotFound(fill(translate("KeyCustody", "There is no stocktake number %1."),
                                    stocktake_id))
            found = session.exec(
                select(KeyStocktakeLine, KeySet)
                .outerjoin(KeySet, col(KeySet.id) == KeyStocktakeLine.key_set_id)
                .where(KeyStocktakeLine.stocktake_id == stocktake_id)
                .order_by(col(KeyStocktakeLine.id))).all()
            return [StocktakeLine(line.tag, Finding(line.finding),
                                  key_set_row(s) if s is not None else None)
                    for line, s in found]

    def _compare(self, session: Session, tags: list[str]) -> StocktakeResult:
        sets = {s.tag: key_set_row(s) for s in session.exec(select(KeySet))}
        loans = {loan.key_set_id: loan_row(loan) for loan in session.exec(
            select(KeyLoan).where(col(KeyLoan.closed_at).is_(None)))}
        present = set(tags)
        on_hooks = sorted((s for s in sets.values() if s.state is KeyState.IN_CABINET),
                          key=board_order)
        found = tuple(s for s in on_hooks if s.tag in present)
        missing = tuple(StocktakeLine(s.tag, Finding.MISSING, s, loans.get(s.id))
                        for s in on_hooks if s.tag not in present)
        misplaced: list[StocktakeLine] = []
        unknown: list[StocktakeLine] = []
        for tag in tags:
            known = sets.get(tag)
            if known is None:
                unknown.append(StocktakeLine(tag, Finding.UNKNOWN))
            elif known.state is KeyState.OUT:
                misplaced.append(StocktakeLine(tag, Finding.PRESENT_BUT_OUT, known,
                                               loans.get(known.id)))
            elif known.state is not KeyState.IN_CABINET:
                misplaced.append(StocktakeLine(tag, Finding.PRESENT_BUT_GONE, known))
        misplaced.sort(key=lambda line: board_order(line.key_set) if line.key_set else ())
        return StocktakeResult(
            at=self._clock.now(), expected=len(on_hooks), found=found, missing=missing,
            misplaced=tuple(misplaced), unknown=tuple(unknown),
            flagged=tuple(s for s in found if s.flagged))


def _tags(tags_present: object) -> list[str]:
    """The tags found, normalised as the labels read, each once, in the order given."""
    if isinstance(tags_present, (str, bytes)) or not isinstance(tags_present, Iterable):
        raise ValidationError({"tags": translate(
            "KeyCustody", "Give the tags found, one by one.")})
    found: dict[str, None] = {}
    for raw in tags_present:
        if not isinstance(raw, str):
            raise ValidationError({"tags": translate(
                "KeyCustody", "Give the tags found, one by one.")})
        tag = normalise_tag(raw)
        if tag:
            found.setdefault(tag[:UNKNOWN_TAG_LIMIT])
        if len(found) > MAX_TAGS:
            raise ValidationError({"tags": fill(translate(
                "KeyCustody", "A stocktake takes at most %1 tags."), MAX_TAGS)})
    return list(found)

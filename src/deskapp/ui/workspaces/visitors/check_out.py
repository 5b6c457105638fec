"""Checking visitors out of the visitor log: by the pass number typed or scanned (today's
short number too), or the visit worked on; a member of a party is asked whether the whole
party leaves; a check-out can be undone for a few minutes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot

from deskapp.domain.errors import ValidationError
from deskapp.domain.records import VisitFlag, VisitRow
from deskapp.domain.visitors import AmbiguousPass, VisitorLog
from deskapp.errors import UserError
from deskapp.i18n import fill, translate
from deskapp.ui import messages

if TYPE_CHECKING:
    from deskapp.ui.forms.ui_visitor_log_tab import Ui_VisitorLogTab
    from deskapp.ui.framework.history_view import HistoryView


class CheckOutActions:
    """The check-out half of :class:`VisitorLogTab` (a mixin; texts in its context)."""

    ui: Ui_VisitorLogTab
    history: HistoryView
    _visitors: VisitorLog

    if TYPE_CHECKING:
        def acting_row(self) -> VisitRow | None: ...
        def offer_undo(self, text: str, undo: object) -> None: ...
        def _show_changed(self, row: VisitRow) -> None: ...
        status_message: object

    def focus_check_out(self) -> None:
        """F3: the cursor to the pass-number field, ready for a scanner."""
        self.ui.check_out_edit.setFocus()
        self.ui.check_out_edit.selectAll()

    def _check_out_scanned(self, pass_no: str) -> None:
        self.ui.check_out_edit.setText(pass_no)
        self.check_out()

    @Slot()
    def check_out(self) -> VisitRow | None:
        """Check out by the typed or scanned pass number, else the visit worked on; a member
        of a party still on site is asked about: the whole party, or only them."""
        typed = self.ui.check_out_edit.text().strip()
        try:
            visit = self.visit_by_pass(typed) if typed else self.acting_row()
            if visit is None:
                return None
            together = self._party_still_on_site(visit)
            if together is None:
                return None
            if together:
                rows = self._visitors.check_out_party(visit.group_id or 0)
                if not rows:  # another counter checked them out meanwhile
                    self.history.refresh()
                    messages.warn(self, translate("VisitorLogTab",
                                                  "The party has already left."))
                    return None
                row = next((r for r in rows if r.id == visit.id), rows[0])
            else:
                row = self._visitors.check_out(visit.id)
                rows = [row]
        except UserError as exc:
            messages.warn(self, _sentences(exc))
            self.ui.check_out_edit.selectAll()
            return None
        self.ui.check_out_edit.clear()
        for done in rows:
            self._show_changed(done)
        if len(rows) > 1:
            self.status_message.emit(fill(translate(
                "VisitorLogTab", "Checked out the party of %1 (%2 people)."), row.name, len(rows)))
        else:
            self.offer_undo(fill(translate("VisitorLogTab", "Checked out %1 (%2)"), row.name,
                                 row.pass_no), lambda: self._undo_check_out(row.id))
        return row

    def _party_still_on_site(self, visit: VisitRow) -> bool | None:
        """Whether to check out the visit's whole party (False: only this visit; None:
        cancelled). Asked only when others of the party are still on site."""
        if visit.group_id is None or not visit.on_site:
            return False
        others = [v for v in self._visitors.party(visit.group_id)
                  if v.on_site and v.id != visit.id and VisitFlag.VOIDED not in v.flags]
        if not others:
            return False
        chosen = messages.choose(
            self, fill(translate("VisitorLogTab",
                                 "%1 came with a party; %2 more of it still on site."),
                       visit.name, len(others)),
            [fill(translate("VisitorLogTab", "The whole party (%1 people)"), len(others) + 1),
             fill(translate("VisitorLogTab", "Only %1"), visit.name)],
            translate("VisitorLogTab", "Check out"))
        return None if chosen is None else chosen == 0

    def visit_by_pass(self, typed: str) -> VisitRow | None:
        """The visit of a typed or scanned pass number, today's short one too ("25");
        a short number that fits several visits asks which. None: cancelled.

        Raises:
            UserError: no such visit (said by the caller).
        """
        try:
            return self._visitors.visit_by_pass(typed)
        except AmbiguousPass as ambiguous:
            clock = self._visitors.clock
            options = [fill(translate("VisitorLogTab", "%1  %2, in at %3"), v.pass_no, v.name,
                            clock.local(v.time_in).strftime("%m-%d %H:%M"))
                       for v in ambiguous.candidates]
            chosen = messages.choose(self, str(ambiguous), options,
                                     translate("VisitorLogTab", "Which pass?"))
            return None if chosen is None else ambiguous.candidates[chosen]

    def _undo_check_out(self, visit_id: int) -> None:
        try:
            row = self._visitors.undo_check_out(visit_id)
        except UserError as exc:
            messages.warn(self, _sentences(exc))
            return
        self._show_changed(row)
        self.status_message.emit(fill(translate("VisitorLogTab", "%1 is on site again (%2)."),
                                      row.name, row.pass_no))

    def _typed_or_acting(self) -> VisitRow | None:
        """The visit of the number in the pass field, else the one worked on in the list."""
        typed = self.ui.check_out_edit.text().strip()
        if not typed:
            return self.acting_row()
        try:
            visit = self.visit_by_pass(typed)
        except UserError as exc:
            messages.warn(self, _sentences(exc))
            self.ui.check_out_edit.selectAll()
            return None
        if visit is not None:
            self.ui.check_out_edit.clear()
            self.history.select(visit.id)
        return visit



def _sentences(exc: UserError) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(exc.errors.values())
    return str(exc)

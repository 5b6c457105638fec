"""What the rules leave to the receptionist at a check-in: a deny-list override, a second
visit while already on site, and the discreet stop of a watch-list match."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QWidget

from deskapp.domain.errors import ValidationError
from deskapp.domain.records import VisitRow
from deskapp.domain.screening import (
    DenyListHit,
    ScreeningService,
    WatchListHit,
    describe_match,
)
from deskapp.domain.visitors import AlreadyOnSite, VisitInput
from deskapp.errors import UserError
from deskapp.i18n import fill, translate
from deskapp.ui import messages


class CheckInQuestions:
    """Runs a check-in and asks what the rules leave to the receptionist.

    Args:
        parent: The widget the questions belong to.
        screening: Records a refused deny-list match.
        show_errors: Shows a ValidationError's field messages.
        status: Puts a line in the status bar.
        select: Selects a visit in the list (the open visit of someone already on site).
        turned_away: Called when the receptionist refused a deny-list match.
    """

    def __init__(self, parent: QWidget, screening: ScreeningService, *,
                 show_errors: Callable[[dict[str, str]], None],
                 status: Callable[[str], None], select: Callable[[int], None],
                 turned_away: Callable[[], None] = lambda: None) -> None:
        self._parent = parent
        self._screening = screening
        self._show_errors = show_errors
        self._status = status
        self._select = select
        self._turned_away = turned_away

    def run(self, data: VisitInput, save: Callable[[VisitInput], VisitRow]) -> VisitRow | None:
        """Save ``data`` with ``save``; the visit, or None when it was not checked in."""
        while True:
            try:
                return save(data)
            except ValidationError as exc:
                self._show_errors(exc.errors)
                return None
            except WatchListHit as hit:
                self._show_watch_alert(hit)
                return None
            except DenyListHit as hit:
                reason = self._ask_deny_override(hit)
                if reason is None:
                    self._screening.record_turned_away(data.person, hit.entries)
                    self._status(fill(translate("CheckInQuestions", "Turned away: %1"), data.name))
                    self._turned_away()
                    return None
                data = replace(data, deny_override_reason=reason)
            except AlreadyOnSite as exc:
                question = str(exc) + "\n\n" + translate(
                    "CheckInQuestions",
                    "Check them in again anyway? (Usually: check out the open visit first.)")
                # A second visit is the unusual answer: Enter says No.
                if not messages.ask(self._parent, question, default_yes=False):
                    self._select(exc.open_visit.id)
                    return None
                data = replace(data, again_while_on_site=True)
            except UserError as exc:  # busy, read-only, full disk: nothing was saved
                messages.warn(self._parent, str(exc))
                return None

    def _show_watch_alert(self, hit: WatchListHit) -> None:
        details = "\n\n".join(
            fill(translate("CheckInQuestions", "Notice: %1\nValid until: %2\n%3\n%4"),
                 e.source, e.valid_until or "—", e.description,
                 describe_match(e.name, e.matched_on, e.id))
            for e in hit.entries)
        messages.watch_alert(self._parent, fill(translate(
            "CheckInQuestions",
            "Check-in paused (reference %1).\n\nPlease ask the visitor to take a seat and wait "
            "a moment, calmly, without giving a reason. Inform the property manager and the "
            "security manager now. The event has been recorded."), hit.event_id), details)
        self._status(fill(translate("CheckInQuestions", "Check-in paused; reference %1."),
                          hit.event_id))

    def _ask_deny_override(self, hit: DenyListHit) -> str | None:
        """Who permitted the deny-list match and why; None when the visitor is turned away."""
        matches = "\n".join(
            "• " + fill(translate("CheckInQuestions", "%1 — %2"),
                        describe_match(e.name, e.matched_on, e.id), e.reason.label())
            for e in hit.entries)
        text = fill(translate(
            "CheckInQuestions",
            "This visitor matches the deny list:\n%1\n\nVisitors on it are refused unless "
            "specially permitted. To let them in anyway, enter who permitted it and why. "
            "Cancel turns them away."), matches)
        while True:
            reason = messages.ask_override_reason(self._parent, text)
            if reason is None or reason.strip():
                return reason
            messages.warn(self._parent, translate(
                "CheckInQuestions", "Enter who permitted it and why, or press Cancel."))

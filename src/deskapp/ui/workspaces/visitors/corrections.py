"""Correcting a saved visit (F7), voiding one entered by mistake, and showing a visit's full
ID number: all from the list's context menu (the Menu key, or a right click), all audited,
all may need a supervisor's approval in place."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from deskapp.domain.directory import DirectoryService
from deskapp.domain.errors import ValidationError
from deskapp.domain.records import VisitFlag, VisitRow
from deskapp.domain.visitors import VisitorLog
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.access.approval import ApprovalDeclined, Approver

logger = logging.getLogger(__name__)


class VisitCorrectionActions(QObject):
    """The "Void this visit…" and "Show the full ID number…" actions of one list.

    Args:
        parent: The widget dialogs are shown over (the visitor log).
        visitors: The visitor log service.
        approver: Asks a supervisor in place when the operator's role needs one.
        acting_row: The visit the action is about (None: a hint was shown).

    Signals:
        changed(object): a visit was voided (its new row).
        status_message(str): a line for the status bar.
    """

    changed = Signal(object)
    status_message = Signal(str)

    def __init__(self, parent: QWidget, visitors: VisitorLog, approver: Approver,
                 acting_row: Callable[[], VisitRow | None],
                 directory: DirectoryService | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._visitors = visitors
        self._directory = directory
        self.approver = approver
        self._acting_row = acting_row
        self.void_action = QAction(parent)
        self.void_action.setShortcut(QKeySequence("Ctrl+Shift+Del"))
        self.void_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.void_action.triggered.connect(self.void_selected)
        self.reveal_action = QAction(parent)
        self.reveal_action.triggered.connect(self.reveal_selected)
        self.correct_action = QAction(parent)
        self.correct_action.setShortcut(QKeySequence("F7"))
        self.correct_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.correct_action.triggered.connect(self.correct_selected)
        self.retranslate()

    def actions(self) -> list[QAction]:
        """The actions, for the list's context menu."""
        return [self.correct_action, self.void_action, self.reveal_action]

    def retranslate(self) -> None:
        """Re-set the actions' texts."""
        self.correct_action.setText(self.tr("&Correct this visit… (F7)"))
        self.void_action.setText(self.tr("&Void this visit…"))
        self.reveal_action.setText(self.tr("Show the full &ID number…"))

    def correct_selected(self) -> None:
        """F7: correct the visit worked on; the list shows the result when saved."""
        row = self._acting_row()
        if row is None or self._directory is None:
            return
        if VisitFlag.VOIDED in row.flags:
            messages.warn(self._parent, fill(self.tr(
                "Pass %1 is voided: check the visitor in again instead."), row.pass_no))
            return
        from deskapp.ui.workspaces.visitors.correction_dialog import VisitCorrectionDialog

        dialog = VisitCorrectionDialog(self._visitors, self._directory, self.approver, row,
                                       self._parent)
        dialog.finished.connect(lambda _result: self._after_correction(dialog))
        dialog.open()

    def _after_correction(self, dialog: QWidget) -> None:
        row = getattr(dialog, "result_row", None)
        if row is not None:
            self.changed.emit(row)
            self.status_message.emit(fill(self.tr("Pass %1 corrected; what it said before is "
                                                  "kept in its history."), row.pass_no))
        dialog.deleteLater()

    def void_selected(self) -> VisitRow | None:
        """Void the visit worked on, after asking why (and a supervisor, if needed)."""
        row = self._acting_row()
        if row is None:
            return None
        if VisitFlag.VOIDED in row.flags:
            messages.warn(self._parent, fill(self.tr("Pass %1 is voided already."), row.pass_no))
            return None
        problem = ""
        while True:
            reason = self.ask_reason(row, problem)
            if reason is None:
                return None
            try:
                voided = self.approver.run(
                    self._parent, lambda approval, r=reason: self._visitors.void(
                        row.id, r, approval))
            except ValidationError as exc:
                problem = " ".join(exc.errors.values())
                continue
            except ApprovalDeclined:
                return None
            except UserError as exc:
                messages.warn(self._parent, str(exc))
                return None
            break
        logger.info("visit %s voided", voided.id)
        self.changed.emit(voided)
        self.status_message.emit(fill(self.tr("Pass %1 (%2) is voided. It stays on record, "
                                              "struck out."), voided.pass_no, voided.name))
        return voided

    def ask_reason(self, row: VisitRow, problem: str = "") -> str | None:
        """Why the visit is voided (None: cancelled); ``problem`` says what was wrong."""
        question = fill(self.tr("Why is pass %1 (%2) voided? The visit stays on record, "
                                "struck out, and leaves the counts."), row.pass_no, row.name)
        if problem:
            question = f"{problem}\n\n{question}"
        reason, ok = QInputDialog.getText(self._parent, self.tr("Void a visit"), question,
                                          QLineEdit.EchoMode.Normal)
        return reason if ok else None

    def reveal_selected(self) -> str | None:
        """Show the visit's full ID number to a supervisor; the reveal is recorded."""
        row = self._acting_row()
        if row is None:
            return None
        if not row.id_number:
            messages.info(self._parent, fill(self.tr("No ID number was taken for %1."),
                                             row.name))
            return None
        try:
            number = self.approver.run(
                self._parent, lambda approval: self._visitors.reveal_id_number(row.id, approval))
        except ApprovalDeclined:
            return None
        except UserError as exc:
            messages.warn(self._parent, str(exc))
            return None
        messages.info(self._parent, fill(self.tr(
            "ID number of %1 (pass %2):\n%3\n\nThis look is recorded in the audit trail."),
            row.name, row.pass_no, number), self.tr("Full ID number"))
        return number

"""One dialog for the small steps of a request: dispatch it, note progress, wait on the
customer, report it resolved, close it. Each shows only the fields its step needs; Ctrl+Enter
(or OK) saves, Esc cancels, and a refused field is named beside it."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from deskapp.domain.directory import DepartmentRow
from deskapp.domain.errors import ValidationError
from deskapp.domain.requests.log import RequestLog
from deskapp.domain.requests.records import RequestRow
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_request_step_dialog import Ui_RequestStepDialog


class Step(Enum):
    """The steps this dialog takes."""

    DISPATCH = "dispatch"
    PROGRESS = "progress"
    PAUSE = "pause"
    RESOLVE = "resolve"
    CLOSE = "close"


class RequestStepDialog(QDialog):
    """Take one step of ``request``; ``result_row`` is the request after it (or None)."""

    def __init__(self, requests: RequestLog, request: RequestRow, step: Step,
                 departments: list[DepartmentRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RequestStepDialog()
        self.ui.setupUi(self)
        self._requests = requests
        self._request = request
        self.step = step
        self.result_row: RequestRow | None = None
        ui = self.ui
        ui.department_combo.addItem("", None)
        for department in departments:
            ui.department_combo.addItem(department.name, department.id)
        text_field = {Step.PROGRESS: "note", Step.PAUSE: "pause_reason",
                      Step.RESOLVE: "result", Step.CLOSE: "final_opinion"}.get(step, "text")
        self.errors = FieldErrors({
            "department": (ui.department_combo, ui.department_error),
            "handler": (ui.handler_edit, ui.handler_error),
            text_field: (ui.text_edit, ui.text_error),
            "rectification": (ui.rectification_edit, ui.rectification_error),
        }, fallback=ui.form_error)
        shown = {
            Step.DISPATCH: (ui.department_combo,),
            Step.PROGRESS: (ui.handler_edit, ui.text_edit),
            Step.PAUSE: (ui.text_edit,),
            Step.RESOLVE: (ui.handler_edit, ui.text_edit, ui.rectification_edit),
            Step.CLOSE: (ui.text_edit,),
        }[step]
        for label, widget in ((ui.department_label, ui.department_combo),
                              (ui.handler_label, ui.handler_edit),
                              (ui.text_label, ui.text_edit),
                              (ui.rectification_label, ui.rectification_edit)):
            label.setVisible(widget in shown)
            widget.setVisible(widget in shown)
        ui.handler_edit.setText(request.handler)
        ui.department_combo.setEditText(request.department_label)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        ui.handler_edit.returnPressed.connect(self.save)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.save)
        if step is Step.DISPATCH:
            # Enter in the department's box sends it there.
            for key in ("Return", "Enter"):
                sc = QShortcut(QKeySequence(key), ui.department_combo)
                sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                sc.activated.connect(self.save)
        self.retranslate()
        shown[0].setFocus()

    def retranslate(self) -> None:
        """The texts for this step."""
        self.ui.retranslateUi(self)
        ui = self.ui
        request = self._request
        titles: dict[Step, tuple[str, str, str]] = {
            Step.DISPATCH: (self.tr("Dispatch"), self.tr(
                "Send the handling form to the department that handles it; print it with "
                "Ctrl+P."), ""),
            Step.PROGRESS: (self.tr("Progress"), self.tr(
                "What was done, or the news the customer was given. Naming the handler "
                "puts a dispatched request in progress."), self.tr("&Note")),
            Step.PAUSE: (self.tr("Waiting on the customer"), self.tr(
                "The deadline stands still until the customer answers (F8 again)."),
                self.tr("&Waiting for")),
            Step.RESOLVE: (self.tr("Resolved"), self.tr(
                "How the department handled it and what came of it; the revisit falls "
                "due in 3 days."), self.tr("&Process and result")),
            Step.CLOSE: (self.tr("Close"), self.tr(
                "Close an answered inquiry or suggestion, with the customer's final "
                "opinion."), self.tr("Customer's final &opinion")),
        }
        title, intro, text_label = titles[self.step]
        self.setWindowTitle(fill("%1 — %2", title, request.number))
        ui.intro_label.setText(fill("%1 · %2 · %3\n%4", request.number,
                                    request.complainant or request.about_label,
                                    request.content[:120], intro))
        if text_label:
            ui.text_label.setText(text_label)

    def save(self) -> None:
        """Take the step; the dialog closes when it is saved."""
        ui = self.ui
        request_id = self._request.id
        text = ui.text_edit.toPlainText()
        self.errors.clear()
        actions: dict[Step, Callable[[], RequestRow]] = {
            Step.DISPATCH: lambda: self._requests.dispatch(
                request_id, ui.department_combo.currentText(), self._department_id()),
            Step.PROGRESS: lambda: self._requests.record_progress(
                request_id, text, ui.handler_edit.text()),
            Step.PAUSE: lambda: self._requests.pause(request_id, text),
            Step.RESOLVE: lambda: self._requests.resolve(
                request_id, text, ui.handler_edit.text(), ui.rectification_edit.toPlainText()),
            Step.CLOSE: lambda: self._requests.close(request_id, text),
        }
        try:
            self.result_row = actions[self.step]()
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.accept()

    def _department_id(self) -> int | None:
        combo = self.ui.department_combo
        index = combo.findText(combo.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return combo.itemData(index) if index > 0 else None

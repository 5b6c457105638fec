"""Regulars exempt from registration: chosen with ↑/↓ and checked in with one key (F9)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QListWidgetItem, QWidget

from deskapp.domain.records import VisitRow
from deskapp.domain.visitors import VisitInput, VisitorLog
from deskapp.ui.forms.ui_regulars_panel import Ui_RegularsPanel
from deskapp.ui.workspaces.visitors.check_in_questions import CheckInQuestions


class RegularsPanel(QWidget):
    """The list of exempt regulars and their quick check-in.

    Signals:
        checked_in(object): the saved VisitRow.
        status_message(str): a short line for the status bar.
    """

    checked_in = Signal(object)
    status_message = Signal(str)

    def __init__(self, visitors: VisitorLog, questions: CheckInQuestions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RegularsPanel()
        self.ui.setupUi(self)
        self._visitors = visitors
        self._questions = questions
        self.ui.quick_check_in_button.clicked.connect(self.quick_check_in)
        self.ui.regulars_list.itemActivated.connect(lambda _item: self.quick_check_in())
        self.reload()

    def retranslate(self) -> None:
        """Re-set the texts after the language changed.

        The list itself holds names and hosts, nothing to translate: it is not read again
        (on five years of visits that costs tens of milliseconds at every start).
        """
        self.ui.retranslateUi(self)

    def reload(self) -> None:
        """List the exempt regulars."""
        regulars = self.ui.regulars_list
        regulars.clear()
        for profile in self._visitors.exempt_regulars():
            label = profile.name + (f" · {profile.company}" if profile.company else "")
            if profile.last_host:
                label += f" → {profile.last_host.label}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, profile.visitor_id)
            regulars.addItem(item)
        self.ui.quick_check_in_button.setEnabled(regulars.count() > 0)

    @Slot()
    def on_f9(self) -> None:
        """F9 checks a regular in, but only once the list has the cursor.

        A stray F9 while typing a check-in must not print someone's pass: the first F9
        moves the cursor to the list, the second checks the chosen regular in.
        """
        regulars = self.ui.regulars_list
        if regulars.hasFocus() and regulars.currentItem() is not None:
            self.quick_check_in()
            return
        if regulars.count():
            regulars.setFocus()
            if regulars.currentItem() is None:
                regulars.setCurrentRow(0)
            self.status_message.emit(self.tr("Choose the regular with ↑/↓, then press F9 again."))

    @Slot()
    def quick_check_in(self) -> VisitRow | None:
        """Check in the selected regular with their last details."""
        item = self.ui.regulars_list.currentItem()
        if item is None:
            return None
        visitor_id = int(item.data(Qt.ItemDataRole.UserRole))
        profile = self._visitors.profile(visitor_id)

        def save(data: VisitInput) -> VisitRow:
            return self._visitors.quick_check_in(
                visitor_id, deny_override_reason=data.deny_override_reason,
                again_while_on_site=data.again_while_on_site)

        row = self._questions.run(VisitInput(name=profile.name, phone=profile.phone), save)
        if row is not None:
            self.checked_in.emit(row)
        return row

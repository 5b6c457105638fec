"""The handover read first (先看交接): when an operator logs in and notes written by someone
else are not yet acknowledged, they are shown — text and items — before the work starts.
"I have read it" acknowledges every note shown; Later (Esc) leaves them for the next log-in.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from deskapp.bootstrap import Services
from deskapp.domain.handover.records import NoteRow
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.forms.ui_handover_read_dialog import Ui_HandoverReadDialog
from deskapp.ui.framework.enter_dialog import EnterDialog
from deskapp.ui.framework.events import AppEvents
from deskapp.ui.handover.texts import note_html


class HandoverReadDialog(EnterDialog):
    """The notes ``notes`` to read; ``acknowledged`` holds those acknowledged here."""

    def __init__(self, services: Services, notes: list[NoteRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HandoverReadDialog()
        self.ui.setupUi(self)
        self._services = services
        self.notes = notes
        self.acknowledged: list[NoteRow] = []
        ui = self.ui
        ui.intro_label.setText(fill(self.tr(
            "%1, handover notes left for you: %2. Read them before you start; "
            "the items are signed off in the past notes (Ctrl+Shift+H) as they are done."),
            services.operator.name or self.tr("Welcome"), len(notes)))
        ui.notes_view.setHtml(note_html(services.clock, notes))
        ui.read_button.clicked.connect(self.acknowledge)
        ui.later_button.clicked.connect(self.reject)
        ui.read_button.setDefault(True)
        ui.read_button.setEnabled(not services.read_only)
        ui.read_button.setFocus()

    def enter_action(self, focus: QWidget | None):  # type: ignore[no-untyped-def]
        """Enter: the button with the cursor, else "I have read it"."""
        if focus is self.ui.later_button:
            return self.reject
        return self.acknowledge

    @Slot()
    def acknowledge(self) -> None:
        """Acknowledge every note shown and close."""
        try:
            self.acknowledged = self._services.handover.acknowledge_all(
                [note.id for note in self.notes])
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.accept()


def read_handover_first(parent: QWidget | None, services: Services,
                        events: AppEvents) -> list[NoteRow]:
    """After a log-in: show the notes others left unacknowledged; the ones acknowledged."""
    if services.read_only:
        return []
    try:
        notes = services.handover.unacknowledged(services.operator.name)
    except UserError as exc:
        messages.warn(parent, str(exc))
        return []
    if not notes:
        return []
    dialog = HandoverReadDialog(services, notes, parent)
    dialog.exec()
    if dialog.acknowledged:
        events.records_changed.emit("handover")
    return dialog.acknowledged

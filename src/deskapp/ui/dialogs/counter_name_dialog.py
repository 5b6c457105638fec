"""The first start of a counter on a shared database: what is this counter called?"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCompleter, QDialog, QWidget

from deskapp.domain.errors import ValidationError
from deskapp.i18n import fill
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_counter_name_dialog import Ui_CounterNameDialog


class CounterNameDialog(QDialog):
    """Asks for this counter's name (required); the names already in use are offered.

    OK (Enter) stores it through ``save`` (the settings service's ``name_counter``); a
    refusal is shown under the field and the dialog stays open. Esc cancels.
    """

    def __init__(self, save: Callable[[str], str], known: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._saved = ""
        self.ui = Ui_CounterNameDialog()
        self.ui.setupUi(self)
        self.ui.known_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._errors = FieldErrors({"counter_name": (self.ui.counter_name_edit,
                                                     self.ui.counter_name_error_label)})
        known = [name for name in known if name]
        if known:
            # The same PC set up again, or a second PC at the same counter, takes its name.
            self.ui.counter_name_edit.setCompleter(QCompleter(known, self))
            separator = self.tr(", ", "between the names of a list")
            self.ui.known_label.setText(fill(self.tr("Counters already using these records: "
                                                     "%1."), separator.join(known)))
        self.ui.known_label.setVisible(bool(known))
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.counter_name_edit.setFocus()

    def name(self) -> str:
        """The name as stored (after OK)."""
        return self._saved

    def accept(self) -> None:
        """Store the name; on shared records every counter has one."""
        try:
            self._saved = self._save(self.ui.counter_name_edit.text())
        except ValidationError as exc:
            self._errors.show(exc.errors)
            return
        super().accept()

"""The first-start greeting: the organisation's name and whether to load demo data."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from deskapp.domain.errors import ValidationError
from deskapp.domain.settings import AppSettings, validate_settings
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_welcome_dialog import Ui_WelcomeDialog


class WelcomeDialog(QDialog):
    """Greets the user on a new data file and asks for the organisation's name.

    It writes nothing: after ``exec()`` returns Accepted the caller reads ``result_values()``,
    saves the settings and loads the demo data. Enter accepts, Esc cancels.

    Args:
        parent: the owning window.
        data_is_empty: the data file has no records yet, so "load demo data" starts ticked.
        org_name: a name to start from (e.g. one already stored).
    """

    def __init__(self, parent: QWidget | None = None, *, data_is_empty: bool = True,
                 org_name: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_WelcomeDialog()
        self.ui.setupUi(self)
        title_font = self.ui.title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.ui.title_label.setFont(title_font)
        self.ui.org_name_hint_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        self.ui.org_name_edit.setText(org_name)
        self.ui.demo_check_box.setChecked(data_is_empty)
        self._errors = FieldErrors({"org_name": (self.ui.org_name_edit,
                                                 self.ui.org_name_error_label)})
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def result_values(self) -> tuple[str, bool]:
        """The organisation's name (trimmed) and whether to load demo data."""
        return self.ui.org_name_edit.text().strip(), self.ui.demo_check_box.isChecked()

    def accept(self) -> None:
        """Close only with a usable name; otherwise say why next to the field."""
        name, _ = self.result_values()
        try:
            # The same rule the settings apply when the caller saves the name.
            validate_settings(AppSettings(org_name=name))
        except ValidationError as exc:
            self._errors.show(exc.errors)
            return
        self._errors.clear()
        super().accept()

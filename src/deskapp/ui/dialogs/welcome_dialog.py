"""The first-start greeting: start the real counter, or try deskapp on a practice file."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from deskapp.domain.errors import ValidationError
from deskapp.domain.settings import AppSettings, validate_settings
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_welcome_dialog import Ui_WelcomeDialog


@dataclass(frozen=True)
class WelcomeChoice:
    """What the newcomer chose: the organisation's name, or a try on the demo file."""

    org_name: str
    try_demo: bool


class WelcomeDialog(QDialog):
    """Greets the user on a new data file.

    Either the counter starts for real (the organisation's name is needed: it heads every
    document) or the newcomer tries deskapp on a separate practice file of made-up records.
    It writes nothing: after ``exec()`` returns Accepted the caller reads ``choice()``.
    Enter accepts, Esc cancels.
    """

    def __init__(self, parent: QWidget | None = None, *, org_name: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_WelcomeDialog()
        self.ui.setupUi(self)
        title_font = self.ui.title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.ui.title_label.setFont(title_font)
        for hint in (self.ui.org_name_hint_label, self.ui.demo_hint_label):
            hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        self.ui.org_name_edit.setText(org_name)
        self._errors = FieldErrors({"org_name": (self.ui.org_name_edit,
                                                 self.ui.org_name_error_label)})
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.demo_radio.toggled.connect(self._on_choice_changed)
        self.ui.org_name_edit.setFocus()

    def choice(self) -> WelcomeChoice:
        """The trimmed organisation name and whether the demo file was chosen."""
        return WelcomeChoice(self.ui.org_name_edit.text().strip(),
                             self.ui.demo_radio.isChecked())

    def _on_choice_changed(self, demo: bool) -> None:
        self._errors.clear()
        self.ui.org_name_edit.setEnabled(not demo)

    def accept(self) -> None:
        """Close only with a usable name for the real counter; else say why by the field."""
        choice = self.choice()
        if not choice.try_demo:
            try:
                # The same rule the settings apply when the caller saves the name.
                validate_settings(AppSettings(org_name=choice.org_name))
            except ValidationError as exc:
                self._errors.show(exc.errors)
                return
        self._errors.clear()
        super().accept()

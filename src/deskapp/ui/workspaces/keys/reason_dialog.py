"""Asking why, for a step that needs a reason and is kept on record: someone taken off an
owner's list, a key set retired. The refusal of an empty or too long reason is said under
the field, as the domain words it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from deskapp.domain.errors import ValidationError
from deskapp.errors import UserError
from deskapp.ui import messages
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_key_reason_dialog import Ui_KeyReasonDialog
from deskapp.ui.workspaces.keys.dialog_base import KeyDialog


class KeyReasonDialog(KeyDialog):
    """Ask a reason and ``act`` with it (``act(reason)`` saves, raising the domain's
    refusals); ``result_row`` is what ``act`` returned."""

    def __init__(self, title: str, intro: str, act: Callable[[str], Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_KeyReasonDialog()
        self.ui.setupUi(self)
        self._act = act
        self.result_row: Any = None
        ui = self.ui
        self.errors = FieldErrors({"reason": (ui.reason_edit, ui.reason_error)},
                                  fallback=ui.form_error)
        self.setWindowTitle(title)
        ui.intro_label.setText(intro)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self.save_on_ctrl_enter(self.save)
        ui.reason_edit.setFocus()

    def enter_action(self, focus: QWidget | None) -> Callable[[], object] | None:
        """Enter gives the reason."""
        return self.save

    @Slot()
    def save(self) -> None:
        """Act with the reason typed; the dialog closes when it is saved."""
        self.errors.clear()
        try:
            self.result_row = self._act(self.ui.reason_edit.text())
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.accept()

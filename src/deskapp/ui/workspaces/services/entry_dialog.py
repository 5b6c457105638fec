"""What the lost-property and notice dialogs share: Enter saves (a text box of several lines
keeps its Enter for a new line), Ctrl+Enter saves from anywhere, Esc cancels; the domain's
refusals said by their fields, or in words when they are about the record."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from deskapp.domain.errors import ValidationError
from deskapp.errors import UserError
from deskapp.ui import messages
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.framework.enter_dialog import EnterDialog


class EntryDialog(EnterDialog):
    """A dialog that saves one record. Subclasses build ``errors`` and implement
    :meth:`_save` (raising the domain's refusals); ``result_row`` is what it saved."""

    errors: FieldErrors

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result_row: object = None

    def save_on_ctrl_enter(self, action: Callable[[], object] | None = None) -> None:
        """Ctrl+Enter saves (or does ``action``) wherever the cursor is, in a text of several
        lines too."""
        super().save_on_ctrl_enter(action or self.save)

    def enter_action(self, focus: QWidget | None) -> Callable[[], object] | None:
        """What Enter does with the cursor in ``focus`` (None: nothing). Saves."""
        return self.save

    @Slot()
    def save(self) -> None:
        """Save; the dialog closes once it is saved, and stays with the refusal said."""
        self.errors.clear()
        try:
            self.result_row = self._save()
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.accept()

    def _save(self) -> object:
        """Save what the dialog holds and hand back the row saved."""
        raise NotImplementedError

"""What the lost-property and notice dialogs share: Enter saves (a text box of several lines
keeps its Enter for a new line), Ctrl+Enter saves from anywhere, Esc cancels; the domain's
refusals said by their fields, or in words when they are about the record."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from deskapp.domain.errors import ValidationError
from deskapp.errors import UserError
from deskapp.ui import messages
from deskapp.ui.field_errors import FieldErrors

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EntryDialog(QDialog):
    """A dialog that saves one record. Subclasses build ``errors`` and implement
    :meth:`_save` (raising the domain's refusals); ``result_row`` is what it saved.

    Enter is routed here rather than to the button box's default button: a line edit
    passes its Enter on to the dialog, so a ``returnPressed`` slot plus the default button
    would save twice.
    """

    errors: FieldErrors

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result_row: object = None

    def save_on_ctrl_enter(self) -> None:
        """Ctrl+Enter saves wherever the cursor is (in a text of several lines too)."""
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.save)

    def enter_action(self, focus: QWidget | None) -> Callable[[], object] | None:
        """What Enter does with the cursor in ``focus`` (None: nothing). Saves."""
        return self.save

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier \
            == Qt.KeyboardModifier.NoModifier
        if event.key() in _ENTER and plain:
            action = self.enter_action(self.focusWidget())
            if action is not None:
                action()
            return
        super().keyPressEvent(event)

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

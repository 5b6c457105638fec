"""The dialogs' keys: Enter does the action of the field the cursor is in (or the dialog's),
Ctrl+Enter saves from anywhere, Esc cancels.

Enter is routed by :meth:`EnterDialog.enter_action` rather than to a default button: a line
edit passes its Enter on to the dialog, so a ``returnPressed`` slot plus a default button
would act twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
CTRL_ENTER = ("Ctrl+Return", "Ctrl+Enter")


class EnterDialog(QDialog):
    """A dialog whose Enter is routed by :meth:`enter_action`."""

    def enter_action(self, focus: QWidget | None) -> Callable[[], object] | None:
        """What Enter does with the cursor in ``focus`` (None: nothing)."""
        return None

    def on_keys(self, keys: Iterable[str], action: Callable[[], object]) -> None:
        """``action`` on each of ``keys`` wherever the cursor is in the dialog."""
        for key in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(action)

    def save_on_ctrl_enter(self, action: Callable[[], object]) -> None:
        """Ctrl+Enter does ``action`` wherever the cursor is (a note's Enter is a new line)."""
        self.on_keys(CTRL_ENTER, action)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier \
            == Qt.KeyboardModifier.NoModifier
        if event.key() in ENTER_KEYS and plain:
            action = self.enter_action(self.focusWidget())
            if action is not None:
                action()
            return
        super().keyPressEvent(event)

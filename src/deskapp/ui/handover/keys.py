"""What the handover dialogs share: Enter does the action of the field the cursor is in,
Ctrl+Enter saves from anywhere, Esc cancels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterDialog(QDialog):
    """A dialog whose Enter is routed by :meth:`enter_action` (not to a default button: a
    line edit passes its Enter on to the dialog, so both would act)."""

    def enter_action(self, focus: QWidget | None) -> Callable[[], object] | None:
        """What Enter does with the cursor in ``focus`` (None: nothing)."""
        return None

    def on_keys(self, keys: tuple[str, ...], action: Callable[[], object]) -> None:
        """``action`` on each of ``keys`` wherever the cursor is in the dialog."""
        for key in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(action)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier \
            == Qt.KeyboardModifier.NoModifier
        if event.key() in _ENTER and plain:
            action = self.enter_action(self.focusWidget())
            if action is not None:
                action()
            return
        super().keyPressEvent(event)

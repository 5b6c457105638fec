"""What the key dialogs share: Enter does the dialog's action (or the one of the field the
cursor is in), Ctrl+Enter saves from anywhere, Esc cancels; times shown and typed in the
counter's zone; a key set in one line."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from deskapp.domain.keys.rows import KeySetRow
from deskapp.i18n import fill

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class KeyDialog(QDialog):
    """A dialog of key custody. Subclasses say what Enter does in :meth:`enter_action`
    and connect Ctrl+Enter with :meth:`save_on_ctrl_enter`.

    Enter is routed here rather than to the button box's default button: a line edit
    passes its Enter on to the dialog, so a ``returnPressed`` slot plus the default
    button would save twice.
    """

    def enter_action(self, focus: QWidget | None) -> Callable[[], object] | None:
        """What Enter does with the cursor in ``focus`` (None: nothing)."""
        return None

    def save_on_ctrl_enter(self, action: Callable[[], object]) -> None:
        """Ctrl+Enter does ``action`` wherever the cursor is (a note's Enter is a new line)."""
        for key in ("Ctrl+Return", "Ctrl+Enter"):
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


def set_line(key_set: KeySetRow) -> str:
    """``K0012 · 1203 · Entrusted by the owner · keys: 2 · hook A-3``."""
    parts = [key_set.tag, key_set.unit_label, key_set.kind.label(),
             fill(QCoreApplication.translate("KeyDialogs", "keys: %1"), key_set.key_count)]
    if key_set.hook:
        parts.append(fill(QCoreApplication.translate("KeyDialogs", "hook %1"), key_set.hook))
    return " · ".join(parts)


def html_table(lines: Iterable[tuple[str, str]], title: str = "") -> str:
    """Label and value rows for a text browser (rows without a value left out)."""
    cells = "".join(
        f"<tr><td style='color:#555;padding-right:12px'>{html.escape(label)}</td>"
        f"<td>{html.escape(value).replace(chr(10), '<br>')}</td></tr>"
        for label, value in lines if value)
    head = f"<p><b>{html.escape(title)}</b></p>" if title else ""
    return f"{head}<table>{cells}</table>"

"""What the fee dialogs share: Enter saves (or does what the field the cursor is in asks),
Ctrl+Enter saves from anywhere, Esc cancels; the domain's refusals said by their fields,
a supervisor's approval asked in place when the service says one is needed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QDialog, QWidget

from deskapp.domain.errors import ValidationError
from deskapp.errors import UserError
from deskapp.ui import messages
from deskapp.ui.access.approval import ApprovalDeclined
from deskapp.ui.field_errors import FieldErrors

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FeeDialog(QDialog):
    """A dialog of fee collection. Subclasses build ``errors`` and implement
    :meth:`_save`; :meth:`enter_action` says what Enter does where.

    Enter is routed here rather than to the button box's default button: a line edit
    passes its Enter on to the dialog, so a ``returnPressed`` slot plus the default button
    would save twice.
    """

    errors: FieldErrors

    def enter_action(self, focus: QWidget | None) -> Callable[[], object] | None:
        """What Enter does with the cursor in ``focus`` (None: nothing). Saves."""
        return self.save

    def save_on_ctrl_enter(self) -> None:
        """Ctrl+Enter saves wherever the cursor is (also from a table's cell)."""
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.save)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier \
            == Qt.KeyboardModifier.NoModifier
        if event.key() in _ENTER and plain:
            focus = self.focusWidget()
            if editing_a_cell(focus):
                return  # Enter closes the cell's editor; it does not save the dialog
            action = self.enter_action(focus)
            if action is not None:
                action()
            return
        super().keyPressEvent(event)

    @Slot()
    def save(self) -> None:
        """Save; the dialog closes once it is saved, and stays with the refusal said."""
        self.errors.clear()
        try:
            saved = self._save()
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except ApprovalDeclined:
            return
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        if saved:
            self.accept()

    def _save(self) -> bool:
        """Save what the dialog holds (False: not saved, the dialog stays)."""
        raise NotImplementedError


def editing_a_cell(widget: QWidget | None) -> bool:
    """Whether ``widget`` is the editor of a table's cell being edited (a box put in a cell
    for good, such as a quantity's, is not)."""
    parent = widget.parentWidget() if widget is not None else None
    view = parent.parentWidget() if parent is not None else None
    return (isinstance(view, QAbstractItemView) and view.viewport() is parent
            and view.state() == QAbstractItemView.State.EditingState)

"""What the fee dialogs share: Enter saves (or does what the field the cursor is in asks),
Ctrl+Enter saves from anywhere, Esc cancels; the domain's refusals said by their fields,
a supervisor's approval asked in place when the service says one is needed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QWidget

from deskapp.domain.errors import ValidationError
from deskapp.errors import UserError
from deskapp.ui import messages
from deskapp.ui.access.approval import ApprovalDeclined
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.framework.enter_dialog import ENTER_KEYS, EnterDialog


class FeeDialog(EnterDialog):
    """A dialog of fee collection. Subclasses build ``errors`` and implement
    :meth:`_save`; :meth:`enter_action` says what Enter does where."""

    errors: FieldErrors

    def enter_action(self, focus: QWidget | None) -> Callable[[], object] | None:
        """What Enter does with the cursor in ``focus`` (None: nothing). Saves."""
        return self.save

    def save_on_ctrl_enter(self, action: Callable[[], object] | None = None) -> None:
        """Ctrl+Enter saves (or does ``action``) wherever the cursor is, also from a table's
        cell."""
        super().save_on_ctrl_enter(action or self.save)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in ENTER_KEYS and editing_a_cell(self.focusWidget()):
            return  # Enter closes the cell's editor; it does not save the dialog
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

"""What the parcel dialogs share: Enter does the dialog's action (or the one of the field the
cursor is in), Ctrl+Enter saves from anywhere, Esc closes; a list of parcels to tick."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QListView, QListWidget, QListWidgetItem, QWidget

from deskapp.domain.clock import Clock
from deskapp.domain.services.parcels.rows import ParcelRow
from deskapp.ui.workspaces.services.parcel_columns import parcel_line

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ParcelDialog(QDialog):
    """A dialog of the parcel page. Subclasses say what Enter does in :meth:`enter_action`.

    Enter is routed here rather than to a default button: a line edit passes its Enter on
    to the dialog, so a ``returnPressed`` slot plus a default button would save twice.
    """

    def enter_action(self, focus: QWidget | None) -> Callable[[], object] | None:
        """What Enter does with the cursor in ``focus`` (None: nothing)."""
        return None

    def save_on_ctrl_enter(self, action: Callable[[], object]) -> None:
        """Ctrl+Enter does ``action`` wherever the cursor is."""
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


def fill_parcels(widget: QListWidget, parcels: Sequence[ParcelRow], clock: Clock,
                 ticked: set[int] | None = None) -> None:
    """Show ``parcels`` as tick boxes, each ticked unless ``ticked`` leaves it out; a long
    line wraps (the list never scrolls sideways)."""
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setResizeMode(QListView.ResizeMode.Adjust)
    widget.clear()
    for row in parcels:
        item = QListWidgetItem(parcel_line(row, clock))
        item.setData(Qt.ItemDataRole.UserRole, row.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        checked = ticked is None or row.id in ticked
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        widget.addItem(item)


def ticked_ids(widget: QListWidget) -> tuple[int, ...]:
    """The ids of the parcels ticked, in list order."""
    return tuple(int(widget.item(i).data(Qt.ItemDataRole.UserRole))
                 for i in range(widget.count())
                 if widget.item(i).checkState() == Qt.CheckState.Checked)


def tick(widget: QListWidget, parcel_id: int) -> bool:
    """Tick the parcel ``parcel_id`` and show it; False when it is not in the list."""
    for i in range(widget.count()):
        item = widget.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == parcel_id:
            item.setCheckState(Qt.CheckState.Checked)
            widget.setCurrentItem(item)
            return True
    return False

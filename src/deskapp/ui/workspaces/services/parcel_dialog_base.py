"""What the parcel dialogs share: Enter does the dialog's action (or the one of the field the
cursor is in), Ctrl+Enter saves from anywhere, Esc closes; a list of parcels to tick."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem

from deskapp.domain.clock import Clock
from deskapp.domain.services.parcels.rows import ParcelRow
from deskapp.ui.framework.enter_dialog import EnterDialog
from deskapp.ui.workspaces.services.parcel_columns import parcel_line


class ParcelDialog(EnterDialog):
    """A dialog of the parcel page. Subclasses say what Enter does in :meth:`enter_action`."""



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

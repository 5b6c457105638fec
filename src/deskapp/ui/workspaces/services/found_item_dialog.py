"""Record a found item (失物登记): what it is (as the notice will post it), what it holds
(counted by both staff, never posted), where and when it was found, by whom, where it is
kept, a photo; recorded by the operator and checked by a second staff member, named here.
Enter or Ctrl+Enter saves, Esc cancels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QWidget

from deskapp.domain.errors import ValidationError
from deskapp.domain.services.lost_property import LostProperty, read_photo
from deskapp.domain.services.lost_property_records import (
    FoundCategory,
    FoundItemInput,
    FoundItemRow,
)
from deskapp.i18n import fill
from deskapp.ui.choices import chosen, fill_choices
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_found_item_dialog import Ui_FoundItemDialog
from deskapp.ui.framework.times import show_moment, typed_moment
from deskapp.ui.workspaces.services.entry_dialog import EntryDialog

# A phone's photo is shrunk to this many pixels on its longer side before it is kept: the
# item is recognised as well, and the data file stays small.
PHOTO_SIDE = 1600
PREVIEW_HEIGHT = 64


def choose_photo(parent: QWidget, title: str, filters: str) -> str:
    """The photo file chosen ("" when cancelled); tests answer it instead."""
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path


def shrunk(data: bytes, side: int = PHOTO_SIDE) -> bytes:
    """``data`` as a JPEG no larger than ``side`` pixels across when it is larger, else as
    it was (a picture Qt cannot read is kept as it was, for the domain to judge)."""
    image = QImage.fromData(data)
    if image.isNull() or max(image.width(), image.height()) <= side:
        return data
    smaller = image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                           Qt.TransformationMode.SmoothTransformation)
    out = QByteArray()
    buffer = QBuffer(out)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    smaller.save(buffer, "JPEG", 85)
    return bytes(out.data())


def photo_pixmap(data: bytes | None, height: int) -> QPixmap | None:
    """``data`` as a picture ``height`` pixels high (None when there is none to show)."""
    if not data:
        return None
    pixmap = QPixmap()
    if not pixmap.loadFromData(data):
        return None
    return pixmap.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation)


class FoundItemDialog(EntryDialog):
    """Record an item found; ``result_row`` is the item saved (None until then),
    ``print_notice`` whether its notice should print for posting."""

    def __init__(self, lost: LostProperty, staff: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FoundItemDialog()
        self.ui.setupUi(self)
        self._lost = lost
        self._clock = lost.clock
        self._photo: bytes | None = None
        self.print_notice = False
        ui = self.ui
        self.errors = FieldErrors({
            "description": (ui.description_edit, ui.description_error),
            "category": (ui.category_combo, ui.category_error),
            "contents": (ui.contents_edit, ui.contents_error),
            "found_where": (ui.found_where_edit, ui.found_where_error),
            "found_at": (ui.found_at_edit, ui.found_at_error),
            "found_by": (ui.found_by_edit, ui.found_by_error),
            "kept_where": (ui.kept_where_edit, ui.kept_where_error),
            "recorded_by": (ui.recorded_by_edit, ui.recorded_by_error),
            "witnessed_by": (ui.witnessed_by_combo, ui.witnessed_by_error),
            "photo": (ui.photo_button, ui.photo_error),
        }, fallback=ui.form_error)
        operator = lost.operator_name
        ui.recorded_by_edit.setText(operator)
        # The operator logged in records it; without a log-in the name is typed.
        ui.recorded_by_edit.setReadOnly(bool(operator))
        others = [name for name in staff if name != operator]
        ui.witnessed_by_combo.addItems(others)
        ui.witnessed_by_combo.setCurrentIndex(-1)
        ui.witnessed_by_combo.lineEdit().setMaxLength(50)
        show_moment(ui.found_at_edit, self._clock, self._clock.now())
        ui.print_check.setChecked(True)
        ui.photo_button.clicked.connect(self.choose_photo)
        ui.remove_photo_button.clicked.connect(lambda: self.set_photo(None))
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self.save_on_ctrl_enter()
        self.set_photo(None)
        self.retranslate()
        ui.description_edit.setFocus()

    def retranslate(self) -> None:
        """The texts in the language chosen."""
        self.ui.retranslateUi(self)
        ui = self.ui
        fill_choices(ui.category_combo, FoundCategory, FoundCategory.OTHER)
        ui.intro_label.setText(self.tr(
            "Two staff check the item together. Write what it is as the notice will post it "
            "(“black backpack”), and under “What it holds” what is in it and how it can be "
            "told apart: that is never posted, and the owner must name it."))
        ui.description_edit.setPlaceholderText(self.tr("e.g. black backpack, silver phone"))
        ui.contents_edit.setPlaceholderText(self.tr(
            "e.g. a laptop, ¥200 in cash, an ID card in the name of …"))
        ui.found_where_edit.setPlaceholderText(self.tr("e.g. lift lobby, 3rd floor"))
        ui.kept_where_edit.setPlaceholderText(self.tr("e.g. the desk's safe, shelf 2"))
        ui.witnessed_by_combo.lineEdit().setPlaceholderText(self.tr(
            "Who checks it with you"))
        self._show_photo()

    # --- The photo
    @Slot()
    def choose_photo(self) -> None:
        """Choose a photo of the item (shrunk to a sensible size)."""
        path = choose_photo(self, self.tr("A photo of the item"), self.tr(
            "Pictures (*.jpg *.jpeg *.png *.gif *.bmp *.webp);;All files (*)"))
        if not path:
            return
        self.errors.clear()
        try:
            data = read_photo(Path(path))
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        self.set_photo(shrunk(data))

    def set_photo(self, data: bytes | None) -> None:
        """Keep ``data`` as the item's photo (None: none)."""
        self._photo = data
        self.ui.remove_photo_button.setEnabled(data is not None)
        self._show_photo()

    def _show_photo(self) -> None:
        label = self.ui.photo_preview
        pixmap = photo_pixmap(self._photo, PREVIEW_HEIGHT)
        if pixmap is not None:
            label.setPixmap(pixmap)
        elif self._photo is not None:
            label.setText(fill(self.tr("Photo chosen (%1 KB)"), len(self._photo) // 1024))
        else:
            label.setText(self.tr("No photo (optional)"))

    # --- Saving
    def found_input(self) -> FoundItemInput:
        """What the dialog says, as the service takes it."""
        ui = self.ui
        return FoundItemInput(
            description=ui.description_edit.text(), found_where=ui.found_where_edit.text(),
            witnessed_by=ui.witnessed_by_combo.currentText(),
            category=chosen(ui.category_combo, FoundCategory) or FoundCategory.OTHER,
            contents=ui.contents_edit.toPlainText(),
            found_at=typed_moment(ui.found_at_edit, self._clock),
            found_by=ui.found_by_edit.text(), kept_where=ui.kept_where_edit.text(),
            photo=self._photo, recorded_by=ui.recorded_by_edit.text())

    def _save(self) -> FoundItemRow:
        row = self._lost.record_found(self.found_input())
        self.print_notice = self.ui.print_check.isChecked()
        return row

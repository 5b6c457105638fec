"""The stocktake of the key cabinet (钥匙盘点): the tags found, scanned one after another
(a keyboard-wedge scanner types the tag and Enter; typing works too) or ticked on the
register by hook (a paper stocktake entered afterwards), against the register — what is
missing from its hook, what is in the cabinet though recorded out or gone, tags no set has —
shown as it grows, and recorded with a note. The register prints for the paper round."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from deskapp.domain.errors import ValidationError
from deskapp.domain.keys.base import normalise_tag
from deskapp.domain.keys.custody import KeyCustody
from deskapp.domain.keys.records import Finding, KeyState
from deskapp.domain.keys.rows import BoardEntry, StocktakeLine, StocktakeResult
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.field_errors import ERROR_STYLE, FieldErrors
from deskapp.ui.forms.ui_key_stocktake_dialog import Ui_KeyStocktakeDialog
from deskapp.ui.framework.scanner import ScanDetector
from deskapp.ui.workspaces.keys.dialog_base import KeyDialog

REGISTER = "key-register"
MISSING = QBrush(QColor("#b3261e"))
MISPLACED = QBrush(QColor("#8a5300"))
TICK, HOOK, TAG, UNIT, STATE = range(5)


class KeyStocktakeDialog(KeyDialog):
    """Count the cabinet; ``stocktake`` is the stocktake recorded (None until it is).

    Signals:
        recorded(object): the StocktakeResult saved.
        print_requested(str, object): print the register for a paper round
            ("key-register", 0).
    """

    recorded = Signal(object)
    print_requested = Signal(str, object)

    def __init__(self, custody: KeyCustody, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_KeyStocktakeDialog()
        self.ui.setupUi(self)
        self._custody = custody
        self._clock = custody.clock
        self._board: list[BoardEntry] = custody.board()
        self._rows = {entry.key_set.tag: row for row, entry in enumerate(self._board)}
        self._found: dict[str, None] = {}  # tags found, in the order found
        self.stocktake: StocktakeResult | None = None
        self.comparison: StocktakeResult | None = None  # the comparison on screen
        ui = self.ui
        self.errors = FieldErrors({"note": (ui.note_edit, ui.note_error),
                                   "tags": (ui.scan_edit, ui.scan_error)},
                                  fallback=ui.form_error)
        table = ui.register_table
        table.setColumnCount(5)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(STATE, QHeaderView.ResizeMode.Stretch)
        self.scanner = ScanDetector(self, custody.is_tag)
        self.scanner.scanned.connect(self.add_tag)
        ui.add_tag_button.clicked.connect(self._add_typed)
        ui.untick_button.clicked.connect(self._take_back_other)
        # Record sits with Cancel, where a dialog's saving button is.
        ui.button_box.addButton(ui.record_button, QDialogButtonBox.ButtonRole.AcceptRole)
        ui.record_button.clicked.connect(self.record)
        ui.print_register_button.clicked.connect(
            lambda: self.print_requested.emit(REGISTER, 0))
        ui.button_box.rejected.connect(self.reject)
        table.itemChanged.connect(self._on_item_changed)
        ui.other_tags_list.currentRowChanged.connect(self._update_buttons)
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), table)
        space.setContext(Qt.ShortcutContext.WidgetShortcut)
        space.activated.connect(self._tick_current_and_move_on)
        self.save_on_ctrl_enter(self.record)
        self.retranslate()
        ui.scan_edit.setFocus()

    # --- Showing
    def retranslate(self) -> None:
        """Texts in the user's language."""
        self.ui.retranslateUi(self)
        ui = self.ui
        ui.intro_label.setText(self.tr(
            "Scan each key tag found in the cabinet (or type it and press Enter), or tick "
            "the sets found on the register (Space ticks and moves down). What is missing "
            "and what should not be there shows as you go; Record saves the stocktake."))
        ui.scan_edit.setPlaceholderText("K0012")
        ui.register_table.setHorizontalHeaderLabels(
            [self.tr("Found"), self.tr("Hook"), self.tr("Tag"), self.tr("Unit or area"),
             self.tr("By the register")])
        ui.scan_error.setStyleSheet(ERROR_STYLE)
        self._fill_register()
        self._compare()

    def _fill_register(self) -> None:
        table = self.ui.register_table
        table.blockSignals(True)
        table.setRowCount(len(self._board))
        for row, entry in enumerate(self._board):
            key_set = entry.key_set
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                          | Qt.ItemFlag.ItemIsSelectable)
            tick.setCheckState(Qt.CheckState.Checked if key_set.tag in self._found
                               else Qt.CheckState.Unchecked)
            table.setItem(row, TICK, tick)
            for column, text in ((HOOK, key_set.hook), (TAG, key_set.tag),
                                 (UNIT, key_set.unit_label), (STATE, self._state(entry))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, column, item)
        table.blockSignals(False)
        table.resizeColumnsToContents()

    def _state(self, entry: BoardEntry) -> str:
        loan = entry.loan
        if loan is not None and entry.key_set.state is KeyState.OUT:
            return fill(self.tr("Out with %1 since %2"), loan.borrower_name,
                        self._clock.local(loan.out_at).strftime("%m-%d %H:%M"))
        state = entry.key_set.state.label()
        if entry.key_set.flagged:
            state = fill(self.tr("%1, short of keys"), state)
        return state

    def _compare(self) -> None:
        ui = self.ui
        try:
            self.comparison = result = self._custody.compare(list(self._found))
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        ui.missing_list.clear()
        for line in result.missing:
            ui.missing_list.addItem(self._line_text(line))
            ui.missing_list.item(ui.missing_list.count() - 1).setForeground(MISSING)
        ui.misplaced_list.clear()
        for line in (*result.misplaced, *result.unknown):
            ui.misplaced_list.addItem(self._line_text(line))
            ui.misplaced_list.item(ui.misplaced_list.count() - 1).setForeground(MISPLACED)
        ui.missing_label.setText(fill(self.tr("&Missing: %1"), len(result.missing)))
        ui.misplaced_label.setText(fill(self.tr("&Where it should not be: %1"),
                                        len(result.misplaced) + len(result.unknown)))
        ui.counts_label.setText(fill(self.tr(
            "Found on their hooks: %1 of %2 sets the register has in the cabinet."),
            len(result.found), result.expected))
        flagged = ", ".join(fill("%1 (%2)", s.tag, s.unit_label) for s in result.flagged)
        ui.flagged_label.setText(fill(self.tr("Short of keys, count them: %1"), flagged)
                                 if flagged else "")
        ui.flagged_label.setVisible(bool(flagged))
        self._update_buttons()

    def _line_text(self, line: StocktakeLine) -> str:
        key_set = line.key_set
        if key_set is None:
            return fill("%1 — %2", line.tag, line.finding.label())
        text = fill("%1 · %2 · %3", key_set.hook or "-", key_set.tag, key_set.unit_label)
        if line.finding is not Finding.MISSING:
            text = fill("%1 — %2", text, line.finding.label())
        if line.loan is not None:
            text = fill(self.tr("%1 (slip %2, %3)"), text, line.loan.number,
                        line.loan.borrower_name)
        return text

    @Slot()
    def _update_buttons(self) -> None:
        ui = self.ui
        ui.untick_button.setEnabled(ui.other_tags_list.currentRow() >= 0)

    # --- Counting
    def found_tags(self) -> list[str]:
        """The tags found so far, in the order found."""
        return list(self._found)

    @Slot(str)
    def add_tag(self, raw: str) -> None:
        """A tag found (scanned or typed): ticked on the register, or listed apart."""
        ui = self.ui
        ui.scan_error.hide()
        tag = normalise_tag(raw)
        if not tag:
            return
        if not self._custody.is_tag(tag):
            self._say(fill(self.tr("%1 is not a key tag (letters, digits and dashes, such "
                                   "as K0012)."), raw.strip()[:40]))
            return
        if tag in self._found:
            self._say(fill(self.tr("%1 is counted already."), tag))
            self._show_row(tag)
            return
        self._found[tag] = None
        if tag in self._rows:
            self._tick(self._rows[tag], True)
            self._show_row(tag)
        else:
            ui.other_tags_list.addItem(tag)
        self._compare()

    def remove_tag(self, tag: str) -> None:
        """A tag counted by mistake."""
        self._found.pop(tag, None)
        if tag in self._rows:
            self._tick(self._rows[tag], False)
        for row in range(self.ui.other_tags_list.count()):
            if self.ui.other_tags_list.item(row).text() == tag:
                self.ui.other_tags_list.takeItem(row)
                break
        self._compare()

    def _say(self, text: str) -> None:
        self.ui.scan_error.setText(text)
        self.ui.scan_error.show()

    def _show_row(self, tag: str) -> None:
        row = self._rows.get(tag)
        if row is not None:
            table = self.ui.register_table
            table.scrollToItem(table.item(row, TICK))
            table.selectRow(row)

    def _tick(self, row: int, found: bool) -> None:
        table = self.ui.register_table
        table.blockSignals(True)
        table.item(row, TICK).setCheckState(Qt.CheckState.Checked if found
                                            else Qt.CheckState.Unchecked)
        table.blockSignals(False)

    @Slot()
    def _add_typed(self) -> None:
        edit = self.ui.scan_edit
        self.add_tag(edit.text())
        edit.clear()
        edit.setFocus()

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != TICK:
            return
        tag = self._board[item.row()].key_set.tag
        if item.checkState() == Qt.CheckState.Checked:
            self._found.setdefault(tag)
        else:
            self._found.pop(tag, None)
        self._compare()

    @Slot()
    def _tick_current_and_move_on(self) -> None:
        table = self.ui.register_table
        row = table.currentRow()
        if row < 0:
            return
        item = table.item(row, TICK)
        item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                           else Qt.CheckState.Checked)  # itemChanged counts it
        if row + 1 < table.rowCount():
            table.setCurrentCell(row + 1, TAG)

    @Slot()
    def _take_back_other(self) -> None:
        item = self.ui.other_tags_list.currentItem()
        if item is not None:
            self.remove_tag(item.text())

    # --- Keys
    def enter_action(self, focus: QWidget | None) -> Callable[[], object] | None:
        """Enter in the scan box counts the tag; in the note it records; in the lists it
        does nothing (a scanner's stray Enter must not record)."""
        ui = self.ui
        if focus is ui.scan_edit:
            return self._add_typed
        if focus is ui.note_edit:
            return self.record
        return None

    # --- Recording and leaving
    @Slot()
    def record(self) -> None:
        """Save the stocktake with what it found; the dialog closes when it is saved."""
        self.errors.clear()
        if not self._found and not messages.ask(self, self.tr(
                "No key is counted as found: record a stocktake of an empty cabinet?"),
                self.tr("Stocktake"), default_yes=False):
            return
        try:
            self.stocktake = self._custody.record_stocktake(list(self._found),
                                                         self.ui.note_edit.text())
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.recorded.emit(self.stocktake)
        self.accept()

    def reject(self) -> None:
        """Leave; tags counted but not recorded are asked about first."""
        if self.stocktake is None and self._found and not messages.ask(self, fill(self.tr(
                "Leave without recording? The tags counted (%1) are not kept."),
                len(self._found)), self.tr("Stocktake"), default_yes=False):
            return
        super().reject()

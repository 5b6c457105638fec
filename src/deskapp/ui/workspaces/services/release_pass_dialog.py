"""A new goods release pass (放行条), and voiding one.

The unit comes first: as soon as it is chosen, what it owes past due shows under it — in
red with the amount when it owes, and then saving asks a supervisor's approval in place.
The goods are a small table: Insert adds a line, Delete removes the line chosen, Enter in
the table goes on to the carrier. Enter elsewhere saves (in the unit box it takes the unit
meant), Ctrl+Enter saves from anywhere, Esc cancels.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from deskapp.domain.directory import DirectoryService, HostOption
from deskapp.domain.errors import ValidationError
from deskapp.domain.identity import IdType
from deskapp.domain.money import format_money
from deskapp.domain.services.release_pass_records import (
    DEFAULT_UNIT_WORD,
    MAX_GOODS_LINES,
    AuthorisationHow,
    GoodsLine,
    ReleasePassInput,
)
from deskapp.domain.services.release_pass_rows import ArrearsCheck, ReleasePassRow
from deskapp.domain.services.release_passes import ArrearsNeedApproval, ReleasePasses
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.access.approval import ApprovalDeclined, Approver
from deskapp.ui.choices import chosen, fill_choices
from deskapp.ui.field_errors import ERROR_STYLE, FieldErrors
from deskapp.ui.forms.ui_release_pass_dialog import Ui_ReleasePassDialog
from deskapp.ui.forms.ui_release_pass_void_dialog import Ui_ReleasePassVoidDialog
from deskapp.ui.host_completer import HostCompleter

DESCRIPTION, QUANTITY, UNIT_WORD = range(3)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
OWING_STYLE = ERROR_STYLE + " font-weight: bold;"
CLEAR_STYLE = "color: #2e6b30;"


def _plain_enter(event: QKeyEvent) -> bool:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() in _ENTER and modifiers == Qt.KeyboardModifier.NoModifier


def _editing(table: QAbstractItemView, focus: QWidget | None) -> bool:
    """Whether ``focus`` is the editor of one of ``table``'s cells."""
    return (focus is not None and focus is not table and table.isAncestorOf(focus)
            and table.state() == QAbstractItemView.State.EditingState)


class ReleasePassDialog(QDialog):
    """Issue a pass; ``result_row`` is the pass saved (or None), ``print_pass`` whether it
    should print."""

    def __init__(self, passes: ReleasePasses, directory: DirectoryService, approver: Approver,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReleasePassDialog()
        self.ui.setupUi(self)
        self._passes = passes
        self._directory = directory
        self._approver = approver
        self.result_row: ReleasePassRow | None = None
        self.print_pass = False
        self.check: ArrearsCheck | None = None  # the unit chosen, with what it owes
        ui = self.ui
        self.errors = FieldErrors({
            "unit": (ui.unit_edit, ui.unit_error),
            "goods": (ui.goods_table, ui.goods_error),
            "carrier_name": (ui.carrier_name_edit, ui.carrier_name_error),
            "carrier_id_type": (ui.carrier_id_type_combo, ui.carrier_id_error),
            "carrier_id_number": (ui.carrier_id_edit, ui.carrier_id_error),
            "carrier_phone": (ui.carrier_phone_edit, ui.carrier_phone_error),
            "plate": (ui.plate_edit, ui.plate_error),
            "authorised_by": (ui.authorised_by_edit, ui.authorised_by_error),
            "authorisation_how": (ui.how_combo, ui.how_error),
            "authorisation_note": (ui.authorisation_note_edit, ui.authorisation_note_error),
            "note": (ui.note_edit, ui.note_error),
        }, fallback=ui.form_error)
        self.unit_completer = HostCompleter(ui.unit_edit, self._unit_options)
        self.unit_completer.activated[str].connect(self._on_unit_chosen)
        ui.unit_edit.textEdited.connect(self._on_unit_edited)
        ui.arrears_label.hide()
        self._setup_goods()
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.save)
        self.retranslate()
        ui.unit_edit.setFocus()

    def _unit_options(self) -> list[HostOption]:
        return [o for o in self._directory.host_options() if o.kind == "unit"]

    def _setup_goods(self) -> None:
        ui = self.ui
        table = ui.goods_table
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column, width in ((QUANTITY, 80), (UNIT_WORD, 90)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            table.setColumnWidth(column, width)
        table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        table.installEventFilter(self)
        ui.add_line_button.clicked.connect(self.add_line)
        ui.remove_line_button.clicked.connect(self.remove_line)
        adding = QShortcut(QKeySequence(Qt.Key.Key_Insert), self)
        adding.setContext(Qt.ShortcutContext.WindowShortcut)
        adding.activated.connect(self.add_line)
        removing = QShortcut(QKeySequence(Qt.Key.Key_Delete), table)
        removing.setContext(Qt.ShortcutContext.WidgetShortcut)  # not while a cell is edited
        removing.activated.connect(self.remove_line)
        self.add_line(edit=False)

    def retranslate(self) -> None:
        """Texts and choices in the user's language."""
        self.ui.retranslateUi(self)
        ui = self.ui
        self.setWindowTitle(self.tr("New goods release pass"))
        ui.intro_label.setText(self.tr(
            "Goods leave the building only with the owner's or the company's consent, and "
            "the unit's fees settled: a unit owing fees past due needs a supervisor's "
            "approval. The pass is valid today only; the guard's copy comes back here."))
        ui.unit_edit.setPlaceholderText(self.tr("Unit number or name"))
        ui.authorised_by_edit.setPlaceholderText(self.tr(
            "The owner, or the company's contact, who gave consent"))
        ui.authorisation_note_edit.setPlaceholderText(self.tr(
            "Optional: the number called, what the note or message says"))
        ui.plate_edit.setPlaceholderText(self.tr("Optional: e.g. 粤B12345"))
        ui.goods_table.setHorizontalHeaderLabels([
            self.tr("Goods"), self.tr("Quantity"), self.tr("Counted in")])
        fill_choices(ui.carrier_id_type_combo, IdType, IdType.RESIDENT)
        fill_choices(ui.how_combo, AuthorisationHow, AuthorisationHow.PHONE)
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Issue the pass"))
        if self.check is not None:
            self._show_arrears(self.check)

    # --- The unit and its arrears
    @Slot(str)
    def _on_unit_chosen(self, label: str) -> None:
        self.ui.unit_edit.setText(label)
        if self._take_unit(self.unit_completer.resolve(label)):
            self._on_to_goods()

    @Slot(str)
    def _on_unit_edited(self, _text: str) -> None:
        # A unit typed anew is not the one whose arrears are shown.
        self.check = None
        self.ui.arrears_label.hide()

    def _enter_unit(self) -> None:
        ui = self.ui
        typed = ui.unit_edit.text()
        option = self.unit_completer.resolve(typed) or self.unit_completer.first_match(typed)
        self.unit_completer.popup().hide()
        if self._take_unit(option):
            self._on_to_goods()

    def _take_unit(self, option: HostOption | None) -> bool:
        """Read what the unit owes and show it (False: no such unit)."""
        if option is None:
            self.errors.show({"unit": self.tr("Choose the unit from the list.")})
            return False
        try:
            check = self._passes.check(option.id)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return False
        except UserError as exc:
            messages.warn(self, str(exc))
            return False
        self.ui.unit_edit.setText(option.label)
        self.errors.clear_field("unit")
        self.check = check
        self._show_arrears(check)
        return True

    def _show_arrears(self, check: ArrearsCheck) -> None:
        label = self.ui.arrears_label
        if check.owing:
            template = (self.tr("Owes %1 in fees past due (the oldest due %2). A supervisor "
                                "approves the pass when it is saved.")
                        if check.needs_approval else
                        self.tr("Owes %1 in fees past due (the oldest due %2). You approve the "
                                "pass yourself, as a supervisor."))
            text = fill(template, format_money(check.arrears_fen),
                        check.oldest_due.isoformat() if check.oldest_due else "—")
            label.setStyleSheet(OWING_STYLE)
        else:
            text = (fill(self.tr("No fees past due (%1 not yet due)."),
                         format_money(check.owed_fen))
                    if check.owed_fen else self.tr("No fees past due."))
            label.setStyleSheet(CLEAR_STYLE)
        label.setText(text)
        label.show()

    def _on_to_goods(self) -> None:
        def move() -> None:
            table = self.ui.goods_table
            table.setFocus()
            table.setCurrentCell(max(table.currentRow(), 0), DESCRIPTION)

        move()
        QTimer.singleShot(0, move)  # again once a completion list has closed

    # --- The goods
    @Slot()
    def add_line(self, edit: bool = True) -> None:
        """A new line at the end of the goods (Insert); the cursor into its description."""
        table = self.ui.goods_table
        if table.rowCount() >= MAX_GOODS_LINES:
            self.errors.show({"goods": fill(self.tr(
                "A pass lists at most %1 lines of goods: write a second pass for the rest."),
                MAX_GOODS_LINES)})
            return
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, DESCRIPTION, QTableWidgetItem(""))
        quantity = QTableWidgetItem()
        quantity.setData(Qt.ItemDataRole.EditRole, 1)  # a number: edited with a spin box
        table.setItem(row, QUANTITY, quantity)
        table.setItem(row, UNIT_WORD, QTableWidgetItem(DEFAULT_UNIT_WORD))
        table.setCurrentCell(row, DESCRIPTION)
        if edit:
            table.setFocus()
            table.editItem(table.item(row, DESCRIPTION))

    @Slot()
    def remove_line(self) -> None:
        """Take the chosen line off the goods (Delete); the list keeps one line at least."""
        table = self.ui.goods_table
        row = table.currentRow()
        if row < 0:
            return
        table.removeRow(row)
        if table.rowCount() == 0:
            self.add_line(edit=False)
        table.setFocus()
        table.setCurrentCell(min(row, table.rowCount() - 1), DESCRIPTION)

    def set_line(self, row: int, description: str, quantity: int = 1,
                 unit_word: str = DEFAULT_UNIT_WORD) -> None:
        """Fill a line of the goods as typed (adding lines up to it)."""
        table = self.ui.goods_table
        while table.rowCount() <= row:
            self.add_line(edit=False)
        table.item(row, DESCRIPTION).setText(description)
        table.item(row, QUANTITY).setData(Qt.ItemDataRole.EditRole, quantity)
        table.item(row, UNIT_WORD).setText(unit_word)

    def goods(self) -> tuple[GoodsLine, ...]:
        """The goods as typed, one line per row (blank rows are left to the service)."""
        table = self.ui.goods_table
        lines = []
        for row in range(table.rowCount()):
            quantity = table.item(row, QUANTITY).data(Qt.ItemDataRole.EditRole)
            try:
                number = int(quantity)
            except (TypeError, ValueError):
                number = 0  # said as the line's problem
            lines.append(GoodsLine(table.item(row, DESCRIPTION).text(), number,
                                   table.item(row, UNIT_WORD).text()))
        return tuple(lines)

    # --- Keys
    def enter_action(self, focus: QWidget | None) -> Callable[[], object] | None:
        """Enter in the unit box takes the unit; in the goods table goes on to the carrier;
        elsewhere saves."""
        ui = self.ui
        if focus is ui.unit_edit and ui.unit_edit.text().strip():
            return self._enter_unit
        if focus is ui.goods_table:
            return ui.carrier_name_edit.setFocus
        return self.save

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if _plain_enter(event):
            focus = self.focusWidget()
            if _editing(self.ui.goods_table, focus):
                return  # Enter closes the cell's editor; it does not save the dialog
            action = self.enter_action(focus)
            if action is not None:
                action()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802
        # The table takes Enter for itself (to edit a cell): here it means "on to the
        # carrier", as it does everywhere in the dialog.
        if watched is self.ui.goods_table and isinstance(event, QKeyEvent) \
                and event.type() == QKeyEvent.Type.KeyPress and _plain_enter(event):
            self.ui.carrier_name_edit.setFocus()
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    # --- Saving
    def pass_input(self, errors: dict[str, str]) -> ReleasePassInput:
        """What the dialog says, as the service takes it (a unit not chosen in ``errors``)."""
        ui = self.ui
        option = self.unit_completer.resolve(ui.unit_edit.text())
        if option is None:
            errors["unit"] = (self.tr("Choose the unit from the list.")
                              if ui.unit_edit.text().strip() else
                              self.tr("Choose the unit the goods leave from."))
        return ReleasePassInput(
            unit_id=option.id if option is not None else 0, goods=self.goods(),
            carrier_name=ui.carrier_name_edit.text(),
            carrier_id_number=ui.carrier_id_edit.text(),
            authorised_by=ui.authorised_by_edit.text(),
            authorisation_how=chosen(ui.how_combo, AuthorisationHow) or AuthorisationHow.PHONE,
            carrier_id_type=chosen(ui.carrier_id_type_combo, IdType) or IdType.RESIDENT,
            carrier_phone=ui.carrier_phone_edit.text(), plate=ui.plate_edit.text(),
            authorisation_note=ui.authorisation_note_edit.text(), note=ui.note_edit.text())

    @Slot()
    def save(self) -> None:
        """Issue the pass (asking a supervisor in place when the unit owes); the dialog
        closes once it is saved, and stays with the refusal said."""
        self.errors.clear()
        errors: dict[str, str] = {}
        data = self.pass_input(errors)
        if errors:
            self.errors.show(errors)
            return
        try:
            try:
                row = self._passes.issue(data)
            except ArrearsNeedApproval as refused:
                self._show_arrears(refused.check)
                try:
                    approval = self._approver.ask(self, refused.action)
                except ApprovalDeclined:
                    # Refused: the goods stay until the fees are paid or someone approves.
                    self.errors.show({"": str(refused)})
                    self.ui.button_box.setFocus()
                    return
                row = self._passes.issue(data, approval)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.result_row = row
        self.print_pass = self.ui.print_check.isChecked()
        self.accept()


class ReleasePassVoidDialog(QDialog):
    """Void ``row`` with a reason (a supervisor approves in place unless it is the
    operator's own pass of the day); ``result_row`` is the pass voided (or None)."""

    def __init__(self, passes: ReleasePasses, approver: Approver, row: ReleasePassRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReleasePassVoidDialog()
        self.ui.setupUi(self)
        self._passes = passes
        self._approver = approver
        self._row = row
        self.result_row: ReleasePassRow | None = None
        ui = self.ui
        self.errors = FieldErrors({"reason": (ui.reason_edit, ui.reason_error)},
                                  fallback=ui.form_error)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self.retranslate()
        ui.reason_edit.setFocus()

    def retranslate(self) -> None:
        """Texts in the user's language."""
        self.ui.retranslateUi(self)
        ui, row = self.ui, self._row
        self.setWindowTitle(fill(self.tr("Void release pass %1"), row.number))
        ui.pass_label.setText(fill(self.tr("%1 · %2 · %3 · carried by %4"), row.number,
                                   row.unit_label, row.goods_text, row.carrier_name))
        ui.warning_label.setText(self.tr(
            "The pass stays on record, struck out; it lets nothing out and its number is "
            "not used again. Take back both copies if they were handed out."))
        ui.reason_edit.setPlaceholderText(self.tr("e.g. wrong unit, the owner withdrew"))
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Void"))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if _plain_enter(event):
            self.save()
            return
        super().keyPressEvent(event)

    @Slot()
    def save(self) -> None:
        """Void with the reason typed; the dialog closes once it is saved."""
        self.errors.clear()
        reason = self.ui.reason_edit.text()
        try:
            self.result_row = self._approver.run(
                self, lambda approval: self._passes.void(self._row.id, reason, approval))
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except ApprovalDeclined:
            return
        except UserError as exc:
            messages.warn(self, str(exc))
            return
        self.accept()

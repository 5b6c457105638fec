"""The building's directory: find, add and edit units and departments; import units from Excel."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QStandardPaths,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QTableView,
    QWidget,
)

from deskapp.domain.directory import (
    DepartmentKind,
    DepartmentRow,
    DirectoryService,
    ImportReport,
    UnitRow,
)
from deskapp.domain.errors import DomainError, NotFound, ValidationError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.dialogs.import_report_dialog import ImportReportDialog
from deskapp.ui.directory_models import (
    DepartmentTableModel,
    DirectoryTableModel,
    UnitTableModel,
    natural_key,
)
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_directory_dialog import Ui_DirectoryDialog
from deskapp.usecases.imports import SheetFormatError, SheetRows, import_units, read_units

logger = logging.getLogger(__name__)

class DirectoryDialog(QDialog):
    """Two tabs, Units and Departments: a filter, the table and an editor beside it.

    Selecting a row loads it into the editor; Save (Enter) adds or changes it and keeps it
    selected; New (Ctrl+N) clears the editor. Nothing is ever deleted: a unit whose occupant
    left is marked vacant. Units can be added or updated in bulk from an .xlsx sheet.

    Signals:
        directory_changed: a unit or department was saved or units were imported, so views
            that complete host names can reload.
    """

    directory_changed = Signal()

    def __init__(self, directory: DirectoryService, parent: QWidget | None = None, *,
                 protected: Callable[[Path], bool] = lambda _path: False) -> None:
        super().__init__(parent)
        self.ui = Ui_DirectoryDialog()
        self.ui.setupUi(self)
        self._directory = directory
        self._protected = protected  # the data file: never opened as a spreadsheet
        self._unit_id: int | None = None
        self._department_id: int | None = None
        self._syncing = False  # True while code (not the user) changes a table's selection

        self._unit_model = UnitTableModel(self)
        self.ui.units_table.setModel(self._unit_model)
        self._department_model = DepartmentTableModel(self)
        self.ui.departments_table.setModel(self._department_model)
        for kind in DepartmentKind:
            self.ui.department_kind_combo.addItem(kind.label(), kind.value)
        self._size_columns()

        self._unit_errors = FieldErrors(
            {
                "number": (self.ui.unit_number_edit, self.ui.unit_number_error_label),
                "occupant": (self.ui.unit_occupant_edit, self.ui.unit_occupant_error_label),
                "company": (self.ui.unit_company_edit, self.ui.unit_company_error_label),
                "phones": (self.ui.unit_phones_edit, self.ui.unit_phones_error_label),
                "area_dm2": (self.ui.unit_area_edit, self.ui.unit_area_error_label),
                "occupied": (self.ui.unit_occupied_check, self.ui.unit_occupied_error_label),
                "notes": (self.ui.unit_notes_edit, self.ui.unit_notes_error_label),
            },
            fallback=self.ui.unit_error_label,
        )
        self._department_errors = FieldErrors(
            {
                "name": (self.ui.department_name_edit, self.ui.department_name_error_label),
                "phone": (self.ui.department_phone_edit, self.ui.department_phone_error_label),
                "kind": (self.ui.department_kind_combo, self.ui.department_kind_error_label),
            },
            fallback=self.ui.department_error_label,
        )
        self._new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self._connect_signals()

        self._reload_units()
        self._reload_departments()
        self._new_unit()
        self._new_department()
        self.ui.unit_filter_edit.setFocus()

    # --- Overridable for tests

    def _ask_import_path(self) -> str:
        """The .xlsx file to import, or "" when the user cancels (tests replace this)."""
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import units from Excel"),
            start,
            self.tr("Excel workbooks (*.xlsx *.xlsm);;All files (*)"),
        )
        return path

    # --- Qt overrides

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter saves the editor, picks the first match in a filter, or opens the row's editor.

        It never closes the dialog; Esc does.
        """
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and modifiers == Qt.KeyboardModifier.NoModifier:
            event.accept()
            self._on_enter_pressed()
            return
        super().keyPressEvent(event)

    # --- Wiring

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.button_box.rejected.connect(self.reject)
        ui.unit_filter_edit.textChanged.connect(self._on_unit_filter_edit_text_changed)
        ui.department_filter_edit.textChanged.connect(
            self._on_department_filter_edit_text_changed
        )
        ui.units_table.selectionModel().selectionChanged.connect(
            self._on_units_table_selection_changed
        )
        ui.departments_table.selectionModel().selectionChanged.connect(
            self._on_departments_table_selection_changed
        )
        ui.units_table.doubleClicked.connect(self._on_units_table_double_clicked)
        ui.departments_table.doubleClicked.connect(self._on_departments_table_double_clicked)
        ui.save_unit_button.clicked.connect(self._save_unit)
        ui.new_unit_button.clicked.connect(self._on_new_unit_button_clicked)
        ui.save_department_button.clicked.connect(self._save_department)
        ui.new_department_button.clicked.connect(self._on_new_department_button_clicked)
        ui.import_button.clicked.connect(self._on_import_button_clicked)
        self._new_shortcut.activated.connect(self._on_new_shortcut_activated)

    def _size_columns(self) -> None:
        # Widths from sample text, not ResizeToContents, which would measure thousands of rows
        # on every reload. The last column (notes, kind) takes the rest.
        metrics = self.fontMetrics()
        padding = metrics.height()
        for table, samples in (
            (self.ui.units_table, ("A-2302", "欧阳娜娜", "华为技术有限公司", "13800138000, 0101",
                                   (self._unit_model.status_text(True),
                                    self._unit_model.status_text(False)))),
            (self.ui.departments_table, ("物业管理处工程部", "021-12345678-8001")),
        ):
            model = table.model()
            header = table.horizontalHeader()
            for column, sample in enumerate(samples):
                texts = (sample,) if isinstance(sample, str) else sample
                texts += (str(model.headerData(column, Qt.Orientation.Horizontal)),)
                width = max(metrics.horizontalAdvance(t) for t in texts)
                header.resizeSection(column, width + padding)
            table.verticalHeader().setDefaultSectionSize(padding + padding // 2)

    # --- Slots

    @Slot(str)
    def _on_unit_filter_edit_text_changed(self, text: str) -> None:
        self._apply_filter(self.ui.units_table, self._unit_model, text, self._unit_id)
        self._update_counts()

    @Slot(str)
    def _on_department_filter_edit_text_changed(self, text: str) -> None:
        self._apply_filter(
            self.ui.departments_table, self._department_model, text, self._department_id
        )
        self._update_counts()

    @Slot()
    def _on_units_table_selection_changed(self) -> None:
        row = self._selected_row(self.ui.units_table)
        if not self._syncing and row is not None:
            self._load_unit(self._unit_model.entry_at(row))

    @Slot()
    def _on_departments_table_selection_changed(self) -> None:
        row = self._selected_row(self.ui.departments_table)
        if not self._syncing and row is not None:
            self._load_department(self._department_model.entry_at(row))

    @Slot()
    def _on_units_table_double_clicked(self) -> None:
        self._focus_field(self.ui.unit_number_edit)

    @Slot()
    def _on_departments_table_double_clicked(self) -> None:
        self._focus_field(self.ui.department_name_edit)

    @Slot()
    def _on_new_unit_button_clicked(self) -> None:
        self._new_unit()
        self.ui.unit_number_edit.setFocus()

    @Slot()
    def _on_new_department_button_clicked(self) -> None:
        self._new_department()
        self.ui.department_name_edit.setFocus()

    @Slot()
    def _on_new_shortcut_activated(self) -> None:
        if self._on_units_tab():
            self._on_new_unit_button_clicked()
        else:
            self._on_new_department_button_clicked()

    def _on_enter_pressed(self) -> None:
        focus = self.focusWidget()
        units = self._on_units_tab()
        filter_edit = self.ui.unit_filter_edit if units else self.ui.department_filter_edit
        table = self.ui.units_table if units else self.ui.departments_table
        if focus is filter_edit:
            # Take the first match, ready for the arrow keys; Enter again opens it to edit.
            if table.model().rowCount() > 0:
                table.selectRow(0)
                table.setFocus()
        elif focus is table:
            self._focus_field(self.ui.unit_number_edit if units else self.ui.department_name_edit)
        elif units:
            self._save_unit()
        else:
            self._save_department()

    @Slot()
    def _on_import_button_clicked(self) -> None:
        path = self._ask_import_path()
        if not path:
            return
        name = Path(path).name
        title = self.tr("Import from Excel")
        if self._protected(Path(path)):
            messages.warn(self, fill(self.tr("%1 is deskapp's own data file, not a spreadsheet."),
                                     name), title)
            return
        sheet: SheetRows | None = None
        problem = ""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sheet = read_units(path)
        except SheetFormatError as exc:
            problem = str(exc)
        finally:
            QApplication.restoreOverrideCursor()
        if sheet is None:
            messages.warn(self, problem, title)
            return
        if not len(sheet):
            messages.warn(
                self,
                fill(self.tr("The sheet “%1” in “%2” has a header row but no units below it."),
                     sheet.sheet, name),
                title,
            )
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = import_units(self._directory, sheet)
        finally:
            QApplication.restoreOverrideCursor()
        logger.info(
            "imported %s: %d added, %d updated, %d rejected",
            name, report.added, report.updated, len(report.rejected),
        )
        self.ui.unit_filter_edit.clear()
        self._reload_units()
        if report.added or report.updated:
            self.directory_changed.emit()
        self._show_import_report(report, name)

    # --- Units

    def _reload_units(self) -> None:
        units = sorted(self._directory.units(), key=lambda u: natural_key(u.number))
        keys = self._host_keys("unit")
        self._syncing = True
        try:
            self._unit_model.set_entries(
                units,
                [
                    " ".join((keys.get(u.id, u.number.lower()), u.phones, u.notes.lower()))
                    for u in units
                ],
            )
            self._restore_selection(self.ui.units_table, self._unit_model, self._unit_id)
        finally:
            self._syncing = False
        self._update_counts()

    def _load_unit(self, unit: UnitRow) -> None:
        ui = self.ui
        self._unit_id = unit.id
        self._unit_errors.clear()
        ui.unit_number_edit.setText(unit.number)
        ui.unit_occupant_edit.setText(unit.occupant)
        ui.unit_company_edit.setText(unit.company)
        ui.unit_phones_edit.setText(unit.phones)
        ui.unit_area_edit.setText(unit.area_text)
        ui.unit_occupied_check.setChecked(unit.occupied)
        ui.unit_notes_edit.setText(unit.notes)
        for edit in (ui.unit_number_edit, ui.unit_occupant_edit, ui.unit_company_edit,
                     ui.unit_phones_edit, ui.unit_area_edit, ui.unit_notes_edit):
            edit.setCursorPosition(0)
        ui.unit_editor_box.setTitle(
            self.tr("New unit") if unit.id is None
            else fill(self.tr("Unit %1"), unit.number)
        )

    def _new_unit(self) -> None:
        self._clear_selection(self.ui.units_table)
        self._load_unit(UnitRow(id=None, number=""))

    def _edited_unit(self) -> UnitRow:
        ui = self.ui
        return UnitRow(
            id=self._unit_id,
            number=ui.unit_number_edit.text(),
            occupant=ui.unit_occupant_edit.text(),
            company=ui.unit_company_edit.text(),
            phones=ui.unit_phones_edit.text(),
            notes=ui.unit_notes_edit.text(),
            occupied=ui.unit_occupied_check.isChecked(),
            area_dm2=ui.unit_area_edit.text(),  # m² as typed: the directory reads it
        )

    @Slot()
    def _save_unit(self) -> None:
        try:
            saved = self._directory.save_unit(self._edited_unit())
        except ValidationError as exc:
            logger.info("unit not saved: %s", exc)
            self._unit_errors.show(exc.errors)
            return
        except NotFound:
            messages.warn(self, self.tr("This unit is no longer in the directory."))
            self._unit_id = None
            self._reload_units()
            return
        except DomainError as exc:
            messages.warn(self, str(exc))
            return
        self._unit_id = saved.id
        self._reload_units()
        if self._unit_model.row_of(saved.id) is None:
            self.ui.unit_filter_edit.clear()  # the filter hid the row just saved
        self._select_row(self.ui.units_table, self._unit_model, saved.id)
        self._load_unit(saved)
        self.directory_changed.emit()

    def _show_import_report(self, report: ImportReport, file_name: str) -> ImportReportDialog:
        dialog = ImportReportDialog(report, file_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal and non-blocking
        return dialog

    # --- Departments

    def _reload_departments(self) -> None:
        departments = self._directory.departments()
        keys = self._host_keys("department")
        self._syncing = True
        try:
            self._department_model.set_entries(
                departments,
                [
                    " ".join((keys.get(d.id, d.name.lower()), d.phone,
                              DepartmentKind(d.kind).label().lower(), DepartmentKind(d.kind).value))
                    for d in departments
                ],
            )
            self._restore_selection(
                self.ui.departments_table, self._department_model, self._department_id
            )
        finally:
            self._syncing = False
        self._update_counts()

    def _load_department(self, department: DepartmentRow) -> None:
        ui = self.ui
        self._department_id = department.id
        self._department_errors.clear()
        ui.department_name_edit.setText(department.name)
        ui.department_phone_edit.setText(department.phone)
        index = ui.department_kind_combo.findData(DepartmentKind(department.kind).value)
        ui.department_kind_combo.setCurrentIndex(max(index, 0))
        ui.department_editor_box.setTitle(
            self.tr("New department") if department.id is None
            else fill(self.tr("Department: %1"), department.name)
        )

    def _new_department(self) -> None:
        self._clear_selection(self.ui.departments_table)
        self._load_department(DepartmentRow(id=None, name=""))

    def _edited_department(self) -> DepartmentRow:
        ui = self.ui
        return DepartmentRow(
            id=self._department_id,
            name=ui.department_name_edit.text(),
            phone=ui.department_phone_edit.text(),
            kind=DepartmentKind(ui.department_kind_combo.currentData()),
        )

    @Slot()
    def _save_department(self) -> None:
        try:
            saved = self._directory.save_department(self._edited_department())
        except ValidationError as exc:
            logger.info("department not saved: %s", exc)
            self._department_errors.show(exc.errors)
            return
        except NotFound:
            messages.warn(self, self.tr("This department is no longer in the directory."))
            self._department_id = None
            self._reload_departments()
            return
        except DomainError as exc:
            messages.warn(self, str(exc))
            return
        self._department_id = saved.id
        self._reload_departments()
        if self._department_model.row_of(saved.id) is None:
            self.ui.department_filter_edit.clear()
        self._select_row(self.ui.departments_table, self._department_model, saved.id)
        self._load_department(saved)
        self.directory_changed.emit()

    # --- Helpers

    def _on_units_tab(self) -> bool:
        return self.ui.tab_widget.currentWidget() is self.ui.units_tab

    def _host_keys(self, kind: str) -> dict[int, str]:
        """The stored search keys (text and pinyin) of units or departments, by id."""
        return {o.id: o.key for o in self._directory.host_options() if o.kind == kind}

    def _update_counts(self) -> None:
        for model, label, filter_edit, template in (
            (self._unit_model, self.ui.unit_count_label, self.ui.unit_filter_edit,
             self.tr("%n unit(s)", "", self._unit_model.total_count())),
            (self._department_model, self.ui.department_count_label,
             self.ui.department_filter_edit,
             self.tr("%n department(s)", "", self._department_model.total_count())),
        ):
            if filter_edit.text().strip():
                label.setText(
                    fill(self.tr("%1 of %2 shown"), model.rowCount(), model.total_count())
                )
            else:
                label.setText(template)

    def _apply_filter(self, table: QTableView, model: DirectoryTableModel, text: str,
                      editing_id: int | None) -> None:
        """Filter, then reselect the entry being edited if it is still shown.

        The editor keeps its content either way: filtering never discards typing.
        """
        self._syncing = True
        try:
            model.set_filter(text)
            self._restore_selection(table, model, editing_id)
        finally:
            self._syncing = False

    def _restore_selection(self, table: QTableView, model: DirectoryTableModel,
                           entry_id: int | None) -> None:
        row = model.row_of(entry_id)
        if row is not None:
            self._select_index(table, model.index(row, 0))

    def _select_row(self, table: QTableView, model: DirectoryTableModel,
                    entry_id: int | None) -> bool:
        row = model.row_of(entry_id)
        if row is None:
            return False
        self._syncing = True
        try:
            self._select_index(table, model.index(row, 0))
        finally:
            self._syncing = False
        return True

    @staticmethod
    def _select_index(table: QTableView, index: QModelIndex) -> None:
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        table.selectionModel().setCurrentIndex(index, flags)
        table.scrollTo(index)

    def _clear_selection(self, table: QTableView) -> None:
        self._syncing = True
        try:
            table.selectionModel().clear()
        finally:
            self._syncing = False

    @staticmethod
    def _selected_row(table: QTableView) -> int | None:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    @staticmethod
    def _focus_field(edit: QLineEdit) -> None:
        edit.setFocus()
        edit.selectAll()


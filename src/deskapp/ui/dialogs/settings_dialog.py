"""The settings dialog: the organisation every counter shares, this counter's own name,
receptionist, language, printer and papers, the folder of the day's workbooks, and the
visitor rules."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication, QPalette, QShowEvent
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QLabel, QWidget

from deskapp.domain.errors import DomainError, ValidationError
from deskapp.domain.settings import AppSettings, SettingsService
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.access.approval import ApprovalDeclined, Approver
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_settings_dialog import Ui_SettingsDialog
from deskapp.usecases.printing import DocumentSpec, documents, paper_for

logger = logging.getLogger(__name__)

# Each language is named in its own language so anyone can find theirs: never translated.
LANGUAGE_NAMES: tuple[tuple[str, str], ...] = (("zh_CN", "简体中文"), ("en", "English"))


def _select_data(combo: QComboBox, value: object) -> None:
    """Select the item whose data is ``value`` (the first item when there is none)."""
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


class SettingsDialog(QDialog):
    """Edits the stored AppSettings. OK (Enter) saves through the service; Cancel (Esc) discards.

    A ValidationError from the service is shown next to its fields and nothing is saved;
    the dialog stays open.

    Signals:
        settings_saved: the AppSettings just stored, so the main window can switch language.
    """

    settings_saved = Signal(object)

    def __init__(self, settings_service: SettingsService, parent: QWidget | None = None,
                 approver: Approver | None = None) -> None:
        super().__init__(parent)
        # What every counter shares needs a supervisor once the organisation is set up.
        self._approver = approver
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.ui.main_layout.setStretchFactor(self.ui.groups_scroll_area, 1)
        self._service = settings_service
        self._settings = settings_service.load()
        self._paper_combos: dict[str, tuple[DocumentSpec, QComboBox]] = {}
        self._fitted = False
        self.ui.org_hint_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._fill_language_combo()
        for hour in range(24):  # typing "18" picks 18:00 (a spin box with a suffix did not)
            self.ui.late_hour_combo.addItem(f"{hour:02d}:00", hour)
        self._fill_printer_combo(self._settings.printer)
        self._add_paper_combos()
        first_paper = next((combo for _spec, combo in self._paper_combos.values()),
                           self.ui.printer_combo)
        self._errors = FieldErrors(
            {
                "org_name": (self.ui.org_name_edit, self.ui.org_name_error_label),
                "counter_name": (self.ui.counter_name_edit, self.ui.counter_name_error_label),
                "retention_days": (self.ui.retention_spin_box, self.ui.retention_error_label),
                "language": (self.ui.language_combo, self.ui.language_error_label),
                "papers": (first_paper, self.ui.papers_error_label),
                "late_hour": (self.ui.late_hour_combo, self.ui.late_hour_error_label),
                "day_folder": (self.ui.day_folder_edit, self.ui.day_folder_error_label),
            },
            fallback=self.ui.general_error_label,
        )
        self._show(self._settings)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.day_folder_button.clicked.connect(self.choose_day_folder)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if not self._fitted:  # measured once shown: the style has sized every row by then
            self._fitted = True
            self._fit_to_screen()
        super().showEvent(event)

    def _fit_to_screen(self) -> None:
        """One paper row per document makes the form taller than a 700-pixel screen: the
        groups scroll inside the dialog (OK and Cancel stay in view), as wide as they need."""
        area = self.ui.groups_scroll_area
        inner = self.ui.groups_widget.sizeHint()
        area.setMinimumWidth(inner.width() + area.verticalScrollBar().sizeHint().width())
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry().height() * 9 // 10
        around = self.sizeHint().height() - area.sizeHint().height()
        # Wide enough for a folder's path (the day's workbooks) to be read in its field.
        self.resize(max(self.sizeHint().width(), 600), min(inner.height() + around, room))

    # --- Overridable for tests

    def available_printers(self) -> list[str]:
        """The printers installed on this computer (tests override this)."""
        return list(QPrinterInfo.availablePrinterNames())

    def ask_folder(self, start: str) -> str:
        """The folder the receptionist picks ("" if none; tests override this)."""
        return QFileDialog.getExistingDirectory(self, self.tr("Folder for the day's workbooks"),
                                                start)

    def choose_day_folder(self) -> None:
        """Pick the day folder in the system's folder chooser."""
        chosen = self.ask_folder(self.ui.day_folder_edit.text() or str(Path.home()))
        if chosen:
            self.ui.day_folder_edit.setText(str(Path(chosen)))

    # --- Qt overrides

    def accept(self) -> None:
        """Save the fields; on a validation error show it by its field and stay open."""
        settings = self._edited()
        try:
            if self._approver is None:
                saved = self._service.save(settings)
            else:
                saved = self._approver.run(
                    self, lambda approval: self._service.save(settings, approval))
        except ValidationError as exc:
            logger.info("settings not saved: %s", exc)
            self._errors.show(exc.errors)
            return
        except ApprovalDeclined:
            return
        except DomainError as exc:  # e.g. no approval to be had: say so, stay open
            messages.warn(self, str(exc))
            return
        self._errors.clear()
        self._settings = saved
        self.settings_saved.emit(saved)
        super().accept()

    # --- Building the combos

    def _fill_language_combo(self) -> None:
        combo = self.ui.language_combo
        combo.addItem(self.tr("Follow the system"), "")
        for code, name in LANGUAGE_NAMES:
            combo.addItem(name, code)

    def _fill_printer_combo(self, stored: str) -> None:
        combo = self.ui.printer_combo
        # No printer chosen: every print opens the preview, where any printer can be picked.
        combo.addItem(self.tr("None: preview each print"), "")
        names = self.available_printers()
        for name in names:
            combo.addItem(name, name)
        if stored and stored not in names:
            # Keep the choice of a printer that is switched off or unplugged today.
            combo.addItem(fill(self.tr("%1 (not connected)"), stored), stored)

    def _add_paper_combos(self) -> None:
        """One row per document kind, above the papers' error label, listing allowed papers."""
        form = self.ui.counter_form_layout
        row, _ = form.getWidgetPosition(self.ui.papers_error_label)
        previous: QWidget = self.ui.printer_combo
        for spec in documents():
            combo = QComboBox(self)
            combo.setObjectName(f"{spec.kind.replace('-', '_')}_paper_combo")
            for paper in spec.papers:
                combo.addItem(paper.label(), paper.value)
            label = QLabel(fill(self.tr("Paper for %1"), spec.label()), self)
            label.setBuddy(combo)
            form.insertRow(row, label, combo)
            row += 1
            QWidget.setTabOrder(previous, combo)
            previous = combo
            self._paper_combos[spec.kind] = (spec, combo)
        QWidget.setTabOrder(previous, self.ui.day_folder_edit)
        QWidget.setTabOrder(self.ui.day_folder_edit, self.ui.day_folder_button)
        QWidget.setTabOrder(self.ui.day_folder_button, self.ui.late_hour_combo)

    # --- Settings <-> fields

    def _show(self, s: AppSettings) -> None:
        self.ui.org_name_edit.setText(s.org_name)
        self.ui.org_address_edit.setText(s.org_address)
        self.ui.org_phone_edit.setText(s.org_phone)
        self.ui.counter_name_edit.setText(s.counter_name)
        self.ui.collect_id_check.setChecked(s.collect_id_number)
        self.ui.retention_spin_box.setValue(s.retention_days)
        self.ui.purge_automatically_check.setChecked(s.purge_automatically)
        self.ui.privacy_contact_edit.setText(s.privacy_contact)
        _select_data(self.ui.language_combo, s.language)
        _select_data(self.ui.printer_combo, s.printer)
        self.ui.day_folder_edit.setText(s.day_folder)
        for spec, combo in self._paper_combos.values():
            _select_data(combo, paper_for(s, spec).value)
        combo = self.ui.late_hour_combo
        combo.setCurrentIndex(max(0, combo.findData(s.late_hour)))
        self.ui.print_confidential_check.setChecked(s.print_confidential_numbers)

    def _edited(self) -> AppSettings:
        """The loaded settings with the fields' values; fields this dialog lacks are kept."""
        return replace(
            self._settings,
            org_name=self.ui.org_name_edit.text().strip(),
            org_address=self.ui.org_address_edit.text().strip(),
            org_phone=self.ui.org_phone_edit.text().strip(),
            counter_name=self.ui.counter_name_edit.text().strip(),
            collect_id_number=self.ui.collect_id_check.isChecked(),
            retention_days=self.ui.retention_spin_box.value(),
            purge_automatically=self.ui.purge_automatically_check.isChecked(),
            privacy_contact=self.ui.privacy_contact_edit.text().strip(),
            language=self.ui.language_combo.currentData() or "",
            printer=self.ui.printer_combo.currentData() or "",
            # Rebuilt from the current kinds, so a kind that no longer exists is dropped.
            papers={
                kind: combo.currentData() for kind, (_spec, combo) in self._paper_combos.items()
            },
            late_hour=self.ui.late_hour_combo.currentData(),
            day_folder=self.ui.day_folder_edit.text().strip(),
            print_confidential_numbers=self.ui.print_confidential_check.isChecked(),
        )

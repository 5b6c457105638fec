"""The police watch list page (协查通报): people the police asked to be told about."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import QWidget

from deskapp.domain.checks import FIRST_DAY, LAST_DAY
from deskapp.domain.clock import Clock
from deskapp.domain.errors import NotFound, ValidationError
from deskapp.domain.screening import ScreeningService, WatchRow
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.access.approval import ApprovalDeclined
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_screening_watch_page import Ui_WatchPage
from deskapp.ui.workspaces.visitors.screening.list_page import (
    Cell,
    ListPage,
    fill_table,
    selected_id,
    who,
)

logger = logging.getLogger(__name__)

STATUS_COLUMN = 6
DEFAULT_DAYS = 90  # a notice's usual life, as the form first offers it


class WatchPage(ListPage):
    """The watch list and the form to add a person from a notice; entries are withdrawn."""

    def __init__(self, screening: ScreeningService, clock: Clock,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WatchPage()
        self.ui.setupUi(self)
        self._screening = screening
        self._clock = clock
        self._rows: dict[int, WatchRow] = {}
        self._dates_day: dt.date | None = None  # the day the form's date was defaulted on
        ui = self.ui
        self.errors = FieldErrors({
            "id_number": (ui.id_number_edit, ui.id_number_error_label),
            "phone": (ui.phone_edit, ui.phone_error_label),
            "source": (ui.source_edit, ui.source_error_label),
            "valid_until": (ui.valid_until_date_edit, ui.valid_until_error_label),
        }, fallback=ui.form_error_label)
        ui.valid_until_date_edit.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))
        ui.add_button.clicked.connect(self.save)
        ui.withdraw_button.clicked.connect(self._on_withdraw_clicked)
        ui.show_inactive_check.toggled.connect(self._on_show_inactive_toggled)
        ui.no_end_check.toggled.connect(self._on_no_end_toggled)
        ui.table.itemSelectionChanged.connect(self._update_actions)
        self.reload()

    def first_field(self) -> QWidget:
        """The name field."""
        return self.ui.name_edit

    def add_form(self) -> QWidget:
        """The group of fields that Enter saves."""
        return self.ui.add_group

    def reload(self, select_id: int | None = None) -> None:
        """Read the watch list again; reselect ``select_id`` if given."""
        today = self._clock.today()
        if self._dates_day != today:
            self._reset_date(today)  # left open overnight: yesterday's default would be wrong
        show_all = self.ui.show_inactive_check.isChecked()
        rows = self._screening.watch_list(include_inactive=show_all)
        self._rows = {r.id: r for r in rows}
        cells: list[Cell] = []
        for r in rows:
            expired = r.valid_until is not None and r.valid_until < today
            status = (self.tr("Withdrawn") if not r.active else
                      self.tr("Expired") if expired else self.tr("In force"))
            until = r.valid_until.isoformat() if r.valid_until else self.tr("No end date")
            cells.append((r.id, [r.name, r.id_number_masked, r.phone, r.description, r.source,
                                 until, status], not r.active or expired))
        self.ui.table.setColumnHidden(STATUS_COLUMN, not show_all)
        fill_table(self.ui.table, cells, select_id)
        self._update_actions()

    @Slot()
    def save(self) -> WatchRow | None:
        """Add the person in the form to the watch list; None when the form has errors."""
        ui = self.ui
        self.errors.clear()
        until: dt.date | None = None
        if not ui.no_end_check.isChecked():
            until = ui.valid_until_date_edit.date().toPython()
        try:
            row = self.approved(lambda approval: self._screening.add_watch(
                name=ui.name_edit.text(), id_number=ui.id_number_edit.text(),
                phone=ui.phone_edit.text(), description=ui.description_edit.text(),
                source=ui.source_edit.text(), valid_until=until, approval=approval))
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return None
        except ApprovalDeclined:
            return None
        # The full ID number was only ever in this form; clear it once it is saved.
        for edit in (ui.name_edit, ui.id_number_edit, ui.phone_edit, ui.description_edit):
            edit.clear()
        ui.name_edit.setFocus()
        logger.info("watch entry %s added", row.id)
        self.reload(select_id=row.id)
        self.set_status(self.tr("%1 added to the watch list."), who(row))
        return row

    @Slot()
    def _on_withdraw_clicked(self) -> None:
        row = self._rows.get(selected_id(self.ui.table) or -1)
        if row is None or not row.active:
            return
        question = self.tr("Withdraw the watch entry for %1?\nIt stops matching visitors but "
                           "stays on record.")
        if not messages.ask(self, fill(question, who(row))):
            return
        try:
            self.approved(lambda approval: self._screening.withdraw_watch(row.id, approval))
        except ApprovalDeclined:
            return
        except NotFound:
            messages.warn(self, self.tr("This entry is no longer in the list."))
        else:
            logger.info("watch entry %s withdrawn", row.id)
            self.set_status(self.tr("Watch entry for %1 withdrawn."), who(row))
        self.reload()

    @Slot(bool)
    def _on_show_inactive_toggled(self, _checked: bool) -> None:
        self.reload(select_id=selected_id(self.ui.table))

    @Slot(bool)
    def _on_no_end_toggled(self, checked: bool) -> None:
        self.ui.valid_until_date_edit.setEnabled(not checked)

    @Slot()
    def _update_actions(self) -> None:
        row = self._rows.get(selected_id(self.ui.table) or -1)
        self.ui.withdraw_button.setEnabled(row is not None and row.active)

    def _reset_date(self, today: dt.date) -> None:
        self._dates_day = today
        self.ui.valid_until_date_edit.setDate(QDate(today + dt.timedelta(days=DEFAULT_DAYS)))
        self.ui.valid_until_date_edit.setEnabled(not self.ui.no_end_check.isChecked())

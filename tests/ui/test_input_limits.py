"""Date boxes offer only the days the services accept; a refused search says why in words."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate

from deskapp.bootstrap import Services
from deskapp.domain.visitors import HostRef, VisitInput
from deskapp.ui.main_window import MainWindow
from deskapp.ui.page_loader import SyncPageLoader
from deskapp.ui.tasks import SyncTaskRunner
from deskapp.ui.workspaces.visitors.host_response_dialog import HostResponseDialog
from deskapp.ui.workspaces.visitors.screening.dialog import ScreeningDialog

FIRST, LAST = dt.date(2000, 1, 1), dt.date(2099, 12, 31)


def make_window(qtbot, services: Services) -> MainWindow:
    services.settings.save(replace(services.settings.load(), org_name="星河物业", welcomed=True,
                                   language="en"))
    win = MainWindow(services, tasks=SyncTaskRunner(), loader=SyncPageLoader())
    qtbot.addWidget(win)
    return win


def test_the_visitor_list_dates_stay_in_the_supported_range(qtbot, services: Services) -> None:
    tab = make_window(qtbot, services).workspace("visitors")
    for edit in (tab.history.ui.from_date_edit, tab.history.ui.to_date_edit,
                 tab.form.ui.time_in_edit):
        assert edit.minimumDate().toPython() == FIRST
        assert edit.maximumDate().toPython() == LAST
    tab.history.ui.to_date_edit.setDate(QDate(9999, 12, 31))  # clamped by the box
    assert tab.history.ui.to_date_edit.date().toPython() == LAST
    assert tab.history.current_query().last_day == LAST


def test_a_refused_search_says_why_without_field_names(qtbot, services: Services) -> None:
    tab = make_window(qtbot, services).workspace("visitors")
    statuses: list[str] = []
    tab.status_message.connect(statuses.append)
    tab.history.ui.search_edit.setText(" ".join(f"w{i}" for i in range(1000)))
    assert statuses[-1] == "The list could not be read: Search with at most 8 words."


def test_screening_and_host_response_dates_stay_in_range(qtbot, services: Services) -> None:
    dialog = ScreeningDialog(services.screening, services.directory, services.clock)
    qtbot.addWidget(dialog)
    for edit in (dialog.passes_page.ui.valid_from_date_edit,
                 dialog.passes_page.ui.valid_to_date_edit,
                 dialog.watch_page.ui.valid_until_date_edit):
        assert (edit.minimumDate().toPython(), edit.maximumDate().toPython()) == (FIRST, LAST)
    row = services.visitors.check_in(VisitInput(name="张三", host=HostRef("1203")))
    response = HostResponseDialog(services.visitors, row)
    qtbot.addWidget(response)
    edit = response.ui.appointment_edit
    assert (edit.minimumDate().toPython(), edit.maximumDate().toPython()) == (FIRST, LAST)

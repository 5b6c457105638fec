"""Starting the window: first-start greeting, demo data, and files that cannot be opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox

from deskapp.bootstrap import build_services
from deskapp.domain.visitors import VisitQuery
from deskapp.ui import app as app_module
from deskapp.ui.dialogs.welcome_dialog import WelcomeDialog


def test_first_start_asks_the_name_and_loads_demo_data(qtbot, tmp_path: Path, monkeypatch) -> None:
    from deskapp.ui.main_window import MainWindow
    from deskapp.ui.page_loader import SyncPageLoader
    from deskapp.ui.tasks import SyncTaskRunner

    def accept(dialog: WelcomeDialog) -> int:
        dialog.ui.org_name_edit.setText("星河国际大厦物业服务中心")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(WelcomeDialog, "exec", accept)
    services = build_services(tmp_path / "first.sqlite")
    try:
        assert app_module.greet_first_user(services) is True  # demo data wanted
        settings = services.settings.load()
        assert settings.welcomed and settings.org_name == "星河国际大厦物业服务中心"
        window = MainWindow(services, tasks=SyncTaskRunner(), loader=SyncPageLoader())
        qtbot.addWidget(window)
        window.load_demo_data()
        today = services.clock.today()
        assert services.visitors.count(VisitQuery(today, today))[0] > 0
        assert services.directory.units()
        assert window.visitor_tab.model.rowCount() > 0  # the list shows it at once
        assert services.settings.load().org_name == "星河国际大厦物业服务中心"
    finally:
        services.close()


def test_cancelling_the_greeting_does_not_start(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    services = build_services(tmp_path / "first.sqlite")
    try:
        assert app_module.greet_first_user(services) is None
        assert not services.settings.load().welcomed
    finally:
        services.close()


def test_a_damaged_file_gets_a_clear_dialog_not_a_crash(qtbot, tmp_path: Path,
                                                       monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 50)
    assert app_module.run_gui(junk, language="en") == 2
    assert len(shown) == 1 and "not a deskapp data file" in shown[0]
    assert junk.read_bytes().startswith(b"not a database")


def test_the_window_checks_the_file_in_the_background(qtbot, services, monkeypatch) -> None:
    from deskapp.db.schema import DatabaseDamaged
    from deskapp.ui import messages
    from deskapp.ui.main_window import MainWindow
    from deskapp.ui.page_loader import SyncPageLoader
    from deskapp.ui.tasks import SyncTaskRunner

    warned = []
    monkeypatch.setattr(messages, "warn", lambda parent, text, title="": warned.append(text))

    def damaged() -> None:
        raise DatabaseDamaged("The data file x is damaged: page 7 is corrupt")

    monkeypatch.setattr(type(services), "verify", lambda self: damaged())
    window = MainWindow(services, tasks=SyncTaskRunner(), loader=SyncPageLoader())
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(warned))
    assert "page 7 is corrupt" in warned[0] and "backup" in warned[0]

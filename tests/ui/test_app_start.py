"""Starting the window: first-start greeting, demo data, and files that cannot be opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox

from deskapp.bootstrap import build_services
from deskapp.domain.visitors import VisitQuery
from deskapp.ui import app as app_module
from deskapp.ui.access.login import LoginDialog
from deskapp.ui.dialogs.welcome_dialog import WelcomeDialog


def test_first_start_for_real_asks_the_name_and_adds_nothing_made_up(
        qtbot, tmp_path: Path, monkeypatch) -> None:
    def accept(dialog: WelcomeDialog) -> int:
        dialog.ui.org_name_edit.setText("星河国际大厦物业服务中心")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(WelcomeDialog, "exec", accept)
    services = build_services(tmp_path / "first.sqlite")
    try:
        choice = app_module.greet_first_user(services)
        assert choice is not None and not choice.try_demo
        settings = services.settings.load()
        assert settings.welcomed and settings.org_name == "星河国际大厦物业服务中心"
        assert not settings.demo and not services.visitors.has_visits()
        assert not services.directory.units() and not services.screening.deny_list()
    finally:
        services.close()


def test_trying_deskapp_opens_a_marked_demo_file_of_its_own(qtbot, tmp_path: Path,
                                                            monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication

    from deskapp.ui.main_window import MainWindow

    def try_demo(dialog: WelcomeDialog) -> int:
        dialog.ui.demo_radio.setChecked(True)
        return QDialog.DialogCode.Accepted

    shown: list = []
    opened: list[MainWindow] = []
    real = tmp_path / "deskapp.sqlite"
    demo = tmp_path / "deskapp-demo.sqlite"
    original_show = MainWindow.show

    def show(self: MainWindow) -> None:
        opened.append(self)  # the window run_gui opens, not one left over by another test
        original_show(self)

    def run_until_filled(_app=None) -> int:  # type: ignore[no-untyped-def]
        window = opened[-1]
        shown.append(window)
        # The practice mark comes when the demo is loaded (the list may fill before: today's
        # list shows earlier visits still on site as soon as they are made).
        qtbot.waitUntil(lambda: "[" in window.windowTitle(), timeout=60_000)
        qtbot.waitUntil(lambda: window.workspace("visitors").model.rowCount() > 0, timeout=5_000)
        shown.append(window.windowTitle())  # type: ignore[arg-type]
        window.close()
        return 0

    logged_in: list[str] = []

    def log_in_as_practice_receptionist(dialog: LoginDialog) -> int:
        logged_in.append(dialog.ui.hint_label.text())
        dialog.ui.name_edit.setText("王芳")
        dialog.ui.secret_edit.setText("1234")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(WelcomeDialog, "exec", try_demo)
    monkeypatch.setattr(LoginDialog, "exec", log_in_as_practice_receptionist)
    monkeypatch.setattr(MainWindow, "show", show)
    monkeypatch.setattr(QApplication, "exec", run_until_filled)
    assert app_module.run_gui(real, language="en") == 0
    assert "Demo data" in shown[1]
    # The practice file has its practice operators, named in its log-in dialog.
    assert "王芳" in logged_in[0] and "1234" in logged_in[0]
    with_demo = build_services(demo)
    untouched = build_services(real)
    try:
        assert with_demo.settings.load().demo and with_demo.visitors.has_visits()
        today = with_demo.clock.today()
        assert with_demo.visitors.count(VisitQuery(today, today))[0] > 0
        # The real file got nothing: no visits, no units, no made-up organisation.
        assert not untouched.visitors.has_visits() and not untouched.directory.units()
        settings = untouched.settings.load()
        assert not settings.welcomed and not settings.org_name and not settings.demo
    finally:
        with_demo.close()
        untouched.close()


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

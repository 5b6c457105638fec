"""Starting the window: logging, font, translations, the data file, the first-start greeting."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from deskapp import paths, translations
from deskapp.bootstrap import Services, build_services
from deskapp.errors import UserError
from deskapp.location import DataLocation
from deskapp.log import settle_logging, start_logging
from deskapp.ui import messages
from deskapp.ui.fonts import install_app_font

if TYPE_CHECKING:  # the greeting is loaded on the first start only
    from deskapp.ui.dialogs.welcome_dialog import WelcomeChoice

logger = logging.getLogger(__name__)


def make_app() -> QApplication:
    """The QApplication with deskapp's names, font and Qt message routing."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName("deskapp")
        QCoreApplication.setApplicationName("deskapp")
        app = QApplication([])
    qInstallMessageHandler(_qt_message)
    install_app_font(app)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


def _qt_message(kind: QtMsgType, _context: object, text: str) -> None:
    # Qt's own messages go to the log file, not to the receptionist's console.
    if "propagateSizeHints" in text:  # harmless on the offscreen platform
        return
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(kind, logging.ERROR)
    logging.getLogger("qt").log(level, text)


def run_gui(where: DataLocation | Path, *, language: str | None = None,
            create_folder: bool = False) -> int:
    """Open the records and run the main window until it closes.

    Records that cannot be opened get a dialog in words (the launcher may have no
    console). When the receptionist points the counter at other records (File → Where the
    records are), the window closes and opens again there; this PC remembers the choice
    once the new records have opened.
    """
    location = DataLocation.of(where)
    start_logging()
    app = make_app()
    messages.install_excepthook()
    previous: DataLocation | None = None
    while True:
        try:
            services = build_services(location, create_folder=create_folder)
        except UserError as exc:  # refused or unusable records, in words
            settle_logging(None)
            translations.install(language or "")
            logger.error("cannot open %s: %s", location.display(), exc, exc_info=exc.__cause__)
            QMessageBox.critical(None, QCoreApplication.translate("App", "deskapp"), str(exc))
            if previous is None:
                return 2
            location, previous, create_folder = previous, None, False  # back where we were
            continue
        if previous is not None and services.station is not None:
            default = DataLocation.per_user_file()
            services.station.set_data("" if location == default else location.value)
        settle_logging(location.log_dir)
        try:
            reopen = _run_window(app, services, location, language)
        finally:
            services.close()
        if reopen is None:
            return 0
        previous, location, create_folder = location, reopen, True


def _run_window(app: QApplication, services: Services, location: DataLocation,
                language: str | None) -> DataLocation | None:
    """The window on ``services`` until it closes; the location to reopen at, if any."""
    from deskapp.ui.main_window import MainWindow

    settings = services.settings.load()
    translations.install(language or settings.language)
    demo: Services | None = None
    if not settings.welcomed:
        choice = greet_first_user(services)
        if choice is None:
            return None
        if choice.try_demo:
            demo = services = build_services(demo_location(location), create_folder=True)
    try:
        if services.location.is_server and not services.operator.desk:
            if not name_this_counter(services):
                return None
        if not log_in_at_start(services, demo=demo is not None):
            return None
        window = MainWindow(services)
        window.resize(1280, 800)
        window.show()
        if demo is not None and not demo.visitors.has_visits():
            window.data_actions.load_demo_data()
        else:  # the notes the last shift left, read first (not over a demo still loading)
            QTimer.singleShot(0, window.access.read_handover)
        app.exec()
        return window.reopen_location
    finally:
        if demo is not None:
            demo.close()


def name_this_counter(services: Services) -> bool:
    """First start on shared records: ask this counter's name (kept on this PC).

    Returns False when the question was cancelled.
    """
    from deskapp.ui.dialogs.counter_name_dialog import CounterNameDialog

    dialog = CounterNameDialog(services.settings.name_counter, services.desks_in_use())
    if dialog.exec() != CounterNameDialog.DialogCode.Accepted:
        return False
    services.operator.move_to(dialog.name())
    return True


def log_in_at_start(services: Services, *, demo: bool = False) -> bool:
    """Who works at the counter: the first start sets up the administrator, every other
    start asks for a name and password. A practice file gets its practice operators.

    Returns False when the receptionist quit instead. A read-only file saves nothing, not
    even a log-in, and opens without one.
    """
    from deskapp.ui.access.first_administrator import FirstAdministratorDialog
    from deskapp.ui.access.login import LoginDialog
    from deskapp.usecases.demos.accounts import add_demo_operators, demo_login_hint

    if services.read_only:
        return True
    accounts = services.accounts
    demo = demo or services.settings.load().demo
    if demo:
        add_demo_operators(accounts)
    if not accounts.any_accounts():
        first = FirstAdministratorDialog(accounts)
        return first.exec() == FirstAdministratorDialog.DialogCode.Accepted
    login = LoginDialog(accounts, names=accounts.names(),
                        hint=demo_login_hint() if demo else "")
    return login.exec() == LoginDialog.DialogCode.Accepted


def greet_first_user(services: Services) -> WelcomeChoice | None:
    """First start on a new file: start the real counter, or try the demo file.

    Returns None when the greeting was cancelled. Starting for real stores the
    organisation's name in this file; a try on the demo changes nothing here.
    """
    from deskapp.ui.dialogs.welcome_dialog import WelcomeDialog

    settings = services.settings.load()
    dialog = WelcomeDialog(org_name=settings.org_name)
    if dialog.exec() != WelcomeDialog.DialogCode.Accepted:
        return None
    choice = dialog.choice()
    if not choice.try_demo:
        services.settings.save(replace(settings, org_name=choice.org_name, welcomed=True))
    return choice


def render_screenshot(services: Services, tab: str, language: str | None, output: Path) -> bool:
    """The main window at 1280×800 on ``tab``, rendered offscreen to a PNG."""
    from deskapp.ui.main_window import MainWindow
    from deskapp.ui.page_loader import SyncPageLoader
    from deskapp.ui.tasks import SyncTaskRunner

    make_app()
    translations.install(language or services.settings.load().language)
    window = MainWindow(services, tasks=SyncTaskRunner(), loader=SyncPageLoader())
    try:
        if not window.show_tab(tab):
            return False
        window.resize(1280, 800)
        window.show()
        QApplication.processEvents()
        return window.grab().save(str(output), "PNG")
    finally:
        window.close()
        window.deleteLater()


def demo_location(location: DataLocation) -> DataLocation:
    """The practice file that goes with ``location``: beside the data file, or in the
    server's folder on this PC (made-up records never go to a shared server)."""
    if location.file is not None:
        return DataLocation(file=paths.demo_db_path(location.file))
    return DataLocation(file=location.folder / "deskapp-demo.sqlite")

"""Starting the window: logging, font, translations, the data file, the first-start greeting."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from deskapp import paths, translations
from deskapp.bootstrap import Services, build_services
from deskapp.errors import UserError
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


def run_gui(db_path: Path, *, language: str | None = None, create_folder: bool = False) -> int:
    """Open the data file and run the main window until it closes.

    A file that cannot be opened gets a dialog in words (the launcher may have no console).
    """
    start_logging()
    app = make_app()
    messages.install_excepthook()
    try:
        services = build_services(db_path, create_folder=create_folder)
    except UserError as exc:  # a refused or unusable data file, in words
        settle_logging(None)
        translations.install(language or "")
        logger.error("cannot open %s: %s", db_path, exc, exc_info=exc.__cause__)
        QMessageBox.critical(None, QCoreApplication.translate("App", "deskapp"), str(exc))
        return 2
    settle_logging(paths.log_dir(db_path))
    try:
        settings = services.settings.load()
        translations.install(language or settings.language)
        fill_demo = False
        if not settings.welcomed:
            choice = greet_first_user(services)
            if choice is None:
                return 0
            if choice.try_demo:
                services.close()
                services = build_services(paths.demo_db_path(db_path))
                fill_demo = not services.visitors.has_visits()
        from deskapp.ui.main_window import MainWindow

        window = MainWindow(services)
        window.resize(1280, 800)
        window.show()
        if fill_demo:
            window.data_actions.load_demo_data()
        return app.exec()
    finally:
        services.close()


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

"""The window's part in who works at the counter: the operator in the status bar, the
lock and shift change (Ctrl+L), the operators and the audit trail, the privacy purge (now,
or once a day when a supervisor turned it on) and the audit trail's check at start."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QToolBar

from deskapp.bootstrap import Services
from deskapp.domain.audit_trail import AuditCheck
from deskapp.domain.privacy import PurgeResult
from deskapp.domain.roles import Action
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.access.approval import ApprovalDeclined, Approver
from deskapp.ui.access.login import LoginDialog, LoginMode
from deskapp.ui.framework.events import AppEvents
from deskapp.ui.tasks import BaseTaskRunner, run_with_progress_dialog
from deskapp.usecases import safekeeping

logger = logging.getLogger(__name__)

PRIVACY_NOTICE = "privacy-notice"
PURGED_ON = "purged_on"  # this PC's note of the day the daily purge last ran
PURGE_CHECK_MS = 60 * 60 * 1000  # a window left open overnight purges the next day too


class CounterAccess(QObject):
    """Operators, approval, audit and privacy for one main window.

    Signals:
        status_message(str): a line for the status bar.
        print_requested(str, int): a document to print (the privacy notice).
    """

    status_message = Signal(str)
    print_requested = Signal(str, int)

    def __init__(self, window: QMainWindow, services: Services, tasks: BaseTaskRunner,
                 events: AppEvents) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._tasks = tasks
        self._events = events
        self.approver = Approver(services.accounts, services.operator)
        self.operator_label = QLabel()
        self.operator_label.setObjectName("operator_label")
        self.locked = False
        self.broken_trail: AuditCheck | None = None
        self._purge_timer = QTimer(self)
        self._purge_timer.timeout.connect(self.purge_if_due)

    def start(self) -> None:
        """After the window is up: check the audit trail, purge if due, every hour after."""
        self.check_audit_trail()
        self.purge_if_due()
        self._purge_timer.start(PURGE_CHECK_MS)

    def stop(self) -> None:
        """The window closes."""
        self._purge_timer.stop()

    def retranslate(self) -> None:
        """The operator's name and role in the status bar."""
        operator = self._services.operator
        if operator.role is None:
            self.operator_label.setText(operator.name)
        else:
            self.operator_label.setText(fill(self.tr("%1 (%2)"), operator.name,
                                             operator.role.label()))
        self.operator_label.setVisible(bool(operator.name))

    def enable(self, operators: QAction, audit: QAction) -> None:
        """Offer only what the operator on duty may open."""
        operator = self._services.operator
        operators.setEnabled(operator.may(Action.MANAGE_OPERATORS))
        audit.setEnabled(operator.may(Action.VIEW_AUDIT_TRAIL))

    # --- Lock and shift change
    @Slot()
    def lock(self) -> bool:
        """Ctrl+L: hide the counter behind a password until the operator (or the next one)
        logs in; what was being typed stays. Returns False when deskapp is to quit."""
        services = self._services
        if self.locked or services.read_only or not services.accounts.any_accounts():
            return True
        window = self._window
        before = (services.operator.account_id, services.operator.name)
        focus = QApplication.focusWidget()
        hidden = [w for w in (window.centralWidget(), window.menuBar()) if w is not None]
        for widget in hidden:
            widget.setVisible(False)
        toolbars = [t for t in window.findChildren(QToolBar) if t.isVisible()]
        for toolbar in toolbars:
            toolbar.setVisible(False)
        self.locked = True
        try:
            dialog = LoginDialog(services.accounts, LoginMode.LOCKED,
                                 names=services.accounts.names(), locked_by=before[1],
                                 parent=window)
            outcome = dialog.exec()
        finally:
            self.locked = False
            for widget in (*hidden, *toolbars):
                widget.setVisible(True)
        if outcome == LoginDialog.QUIT:
            window.close()
            return False
        if focus is not None:
            focus.setFocus()
        if services.operator.account_id != before[0]:
            self.status_message.emit(fill(self.tr("%1 took over the counter from %2."),
                                          services.operator.name, before[1]))
            self._events.operator_changed.emit()
            self._warn_about_trail()
            self.read_handover()
        return True

    @Slot()
    def read_handover(self) -> None:
        """After a log-in: the handover notes others left, read first."""
        from deskapp.ui.handover.read_dialog import read_handover_first

        read_handover_first(self._window, self._services, self._events)

    @Slot()
    def change_password(self) -> None:
        """The operator on duty changes their own password."""
        from deskapp.ui.dialogs.password_dialog import change_my_password

        change_my_password(self._window, self._services)

    @Slot()
    def open_operators(self) -> None:
        """The administrator's list of operators."""
        from deskapp.ui.dialogs.operators_dialog import open_operators

        open_operators(self._window, self._services)

    @Slot()
    def open_audit_trail(self) -> None:
        """The supervisors' view of the audit trail."""
        from deskapp.ui.dialogs.audit_dialog import open_audit_trail

        open_audit_trail(self._window, self._services, self._tasks)

    @Slot()
    def print_privacy_notice(self) -> None:
        """The notice for visitors, as the settings now in force say it."""
        self.print_requested.emit(PRIVACY_NOTICE, 0)

    # --- The audit trail's check
    def check_audit_trail(self) -> None:
        """Walk the chain in the background; a broken one is told to a supervisor."""
        services = self._services
        self._tasks.run(lambda _report: safekeeping.check_audit_trail(services),
                        on_success=self._on_trail_checked,
                        on_failure=lambda exc: logger.error("audit trail not checked",
                                                            exc_info=exc),
                        title=self.tr("Checking the audit trail"))

    def _on_trail_checked(self, check: AuditCheck) -> None:
        if check.sound:
            self.broken_trail = None
            logger.info("%s", check.message)
            return
        logger.error("%s", check.message)
        self.broken_trail = check
        self._warn_about_trail()

    def _warn_about_trail(self) -> None:
        check = self.broken_trail
        if check is None:
            return
        if self._services.operator.may(Action.VIEW_AUDIT_TRAIL):
            messages.warn(self._window, fill(self.tr(
                "%1\n\nSomeone changed the records outside deskapp, or restored an old "
                "copy. Find out who and when before going on; Counter, Audit trail shows "
                "the entries around it."), check.message))
        else:
            self.status_message.emit(self.tr(
                "The audit trail needs a supervisor's look: please tell one."))

    # --- Privacy
    @Slot()
    def purge_now(self) -> None:
        """Anonymise visitors' personal data past the retention period, after asking."""
        services = self._services
        if services.read_only:
            messages.warn(self._window, self.tr("This data file is read-only."))
            return
        settings = services.settings.load()
        if not messages.ask(self._window, fill(self.tr(
                "Remove the names, ID numbers, phones and plates of visitors from before %1 "
                "(older than %2 days)?\n\nCounts and times stay. This cannot be undone."),
                services.privacy.cutoff().isoformat(), settings.retention_days)):
            return
        try:
            approval = self.approver.ask(self._window, Action.PURGE_PERSONAL_DATA)
        except ApprovalDeclined:
            return

        def job(report):  # type: ignore[no-untyped-def]
            return safekeeping.purge_personal_data(services, approval, progress=report.progress)

        run_with_progress_dialog(
            self._window, self._tasks, job, self.tr("Purge"),
            self.tr("Removing old personal data…"), on_success=self._on_purged,
            on_failure=lambda exc: messages.warn(self._window, fill(self.tr(
                "Nothing was purged.\n%1"), exc)))

    def _on_purged(self, result: PurgeResult) -> None:
        self._events.data_replaced.emit()
        messages.info(self._window, self._purged_text(result))

    def _purged_text(self, result: PurgeResult) -> str:
        return fill(self.tr(
            "Personal data from before %1 is removed: %2 visits, %3 alerts, %4 temporary "
            "passes, %5 visitors on file, %6 list entries, %7 expected visitors, %8 key "
            "loans and handovers, %9 payers' phones on receipts and deposits."),
            result.before.isoformat(), result.visits, result.alerts, result.temp_passes,
            result.visitors, result.list_entries, result.expected, result.key_loans,
            result.fee_payers) + " " + fill(self.tr(
                "%1 records of parcels collected, goods let out and lost property handed "
                "over lose their ID numbers and phones."), result.desk_services)

    @Slot()
    def purge_if_due(self) -> None:
        """The daily purge a supervisor turned on in the settings, once a day per PC."""
        services = self._services
        if services.read_only or services.station is None:
            return
        if not services.settings.load().purge_automatically:
            return
        today = services.clock.today().isoformat()
        where = services.location.display()
        done_on = services.station.load().get(PURGED_ON)
        done_on = done_on if isinstance(done_on, dict) else {}
        if done_on.get(where) == today:
            return
        services.station.save({PURGED_ON: {**done_on, where: today}})

        def done(result: PurgeResult) -> None:
            if result.total:
                self._events.data_replaced.emit()
                self.status_message.emit(self._purged_text(result))

        self._tasks.run(
            lambda _report: safekeeping.purge_personal_data(services, scheduled=True),
            on_success=done,
            on_failure=lambda exc: logger.error("the daily purge failed", exc_info=exc),
            title=self.tr("Daily purge"))

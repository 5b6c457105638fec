"""Close the day (日结, Ctrl+Shift+E), in four steps on one dialog:

1. what is still open, group by group, each confirmed with a tick (Space ticks, Enter
   goes on once every group is ticked);
2. each cashier who took money and has not handed over: count the drawer (the fee
   handover dialog) and print the daily takings handover sheet;
3. the close itself off the window's thread — the workbook, the backup, the record —
   with a progress bar and Cancel (before the record, Cancel leaves the day open);
4. where the workbook and the backup went.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.bootstrap import Services
from deskapp.domain.day_closing.open_items import OpenGroup, OpenItems
from deskapp.domain.errors import ValidationError
from deskapp.errors import UserError
from deskapp.i18n import fill
from deskapp.ui import messages
from deskapp.ui.close_day_cashiers import CashiersStep, clear
from deskapp.ui.tasks import BaseTaskRunner, TaskHandle
from deskapp.usecases.close_day import STEPS_TOTAL, ClosedDay, close_day

CONFIRM, CASHIERS, RUN, DONE = range(4)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_HINT_STYLE = "color: #b00020;"


class CloseDayDialog(QDialog):
    """Closes ``day`` (default: today) step by step.

    Signals:
        print_requested(str, object): print a document (the takings handover sheet).
        day_closed(object): the :class:`ClosedDay`, once the closing is recorded.
        records_changed(): a cashier's takings were handed over here.
    """

    print_requested = Signal(str, object)
    day_closed = Signal(object)
    records_changed = Signal()

    def __init__(self, services: Services, tasks: BaseTaskRunner, parent: QWidget | None = None,
                 *, day: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("close_day_dialog")
        self._services = services
        self._tasks = tasks
        self.day = day or services.clock.today()
        self._handle: TaskHandle | None = None
        self.result_closed: ClosedDay | None = None
        self.checks: dict[OpenGroup, QCheckBox] = {}
        self._items: list[OpenItems] = []
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._confirm_page())
        self.cashiers = CashiersStep(services.fees, services.clock, self.day, self)
        self.cashiers.print_requested.connect(self.print_requested)
        self.cashiers.handed_over.connect(self._handed_over)
        self.pages.addWidget(self.cashiers)
        self.pages.addWidget(self._run_page())
        self.pages.addWidget(self._done_page())
        self.back_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        for button in (self.back_button, self.next_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter is this dialog's own (keyPressEvent)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_on)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.setMinimumWidth(640)
        self.reload()
        self.retranslate()
        self._show_page(CONFIRM)

    @staticmethod
    def closed_already(services: Services, day: dt.date) -> str:
        """What to say instead of opening the dialog when ``day`` is closed ("" if open)."""
        closed = services.closing.closing(day)
        if closed is None:
            return ""
        return fill(QCoreApplication.translate(
            "CloseDayDialog", "%1 was closed at %2 by %3.\nThe day's workbook: %4"),
            day.isoformat(), services.clock.local(closed.closed_at).strftime("%H:%M"),
            closed.closed_by or "-", closed.workbook or "-")

    # --- Pages
    def _confirm_page(self) -> QWidget:
        page = QWidget(self)
        self.confirm_intro = QLabel(page)
        self.confirm_intro.setWordWrap(True)
        self.groups_box = QVBoxLayout()
        self.confirm_hint = QLabel(page)
        self.confirm_hint.setStyleSheet(_HINT_STYLE)
        self.confirm_hint.setWordWrap(True)
        self.note_label = QLabel(page)
        self.note_edit = QLineEdit(page)
        self.note_edit.setMaxLength(500)
        self.note_label.setBuddy(self.note_edit)
        layout = QVBoxLayout(page)
        layout.addWidget(self.confirm_intro)
        layout.addLayout(self.groups_box)
        layout.addWidget(self.confirm_hint)
        layout.addStretch(1)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note_edit)
        return page

    def _run_page(self) -> QWidget:
        page = QWidget(self)
        self.step_label = QLabel(page)
        self.progress_bar = QProgressBar(page)
        self.progress_bar.setRange(0, STEPS_TOTAL)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.step_label)
        layout.addWidget(self.progress_bar)
        layout.addStretch(1)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        self.done_label = QLabel(page)
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(page)
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        return page

    # --- Reading what is open
    def reload(self) -> None:
        """Read the open groups and the cashiers again (after a handover)."""
        ticked = {g for g, box in self.checks.items() if box.isChecked()}
        self._items = self._services.closing.open_items(self.day)
        clear(self.groups_box)
        self.checks.clear()
        previous: QWidget | None = None
        for item in self._items:
            if not item.count:
                continue
            box = QCheckBox(self)
            box.setObjectName(f"confirm_{item.group.value.replace('-', '_')}")
            box.setChecked(item.group in ticked)
            box.toggled.connect(self._update_buttons)
            self.groups_box.addWidget(box)
            self.checks[item.group] = box
            if previous is not None:
                QWidget.setTabOrder(previous, box)
            previous = box
        self.nothing_open = QLabel(self)
        self.groups_box.addWidget(self.nothing_open)
        self.nothing_open.setVisible(not self.checks)
        if previous is not None:
            QWidget.setTabOrder(previous, self.note_edit)
        self._texts_of_groups()
        self._update_buttons()

    def waiting_cashiers(self) -> list[str]:
        """The cashiers who took money on the day and have not handed over."""
        return next((list(i.names) for i in self._items if i.group is OpenGroup.CASHIERS
                     and i.count), [])

    # --- Texts
    def retranslate(self) -> None:
        """Every text in the language now installed."""
        self.setWindowTitle(fill(self.tr("Close the day — %1"), self.day.isoformat()))
        self.confirm_intro.setText(self.tr(
            "These are still open. Tick each group to confirm it stays open overnight "
            "(Space ticks); Enter goes on once every group is ticked."))
        self.note_label.setText(self.tr("Note for the closing (optional)"))
        self.cashiers.retranslate()
        self.back_button.setText(self.tr("&Back"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._texts_of_groups()
        self._show_page(self.pages.currentIndex())

    def _texts_of_groups(self) -> None:
        for item in self._items:
            box = self.checks.get(item.group)
            if box is None:
                continue
            names = "、".join(item.names)
            if item.count > len(item.names):
                names = fill(self.tr("%1 and %2 more"), names, item.count - len(item.names))
            text = fill(self.tr("%1: %2 — %3"), item.group.label(), item.count, names)
            # A tick box cannot wrap: a long line of names is cut short to the dialog's
            # width (all of it in the tooltip) rather than run past its edge.
            room = max(self.width(), self.minimumWidth()) - 80
            box.setText(box.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                     room).replace("&", "&&"))
            box.setToolTip(text)
        self.nothing_open.setText(self.tr("Nothing is left open. Enter goes on."))

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.back_button.setVisible(page == CASHIERS)
        self.next_button.setVisible(page != RUN)
        self.cancel_button.setVisible(page != DONE)
        if page == DONE:
            self.next_button.setText(self.tr("&Close"))
        elif page == CASHIERS or not self.waiting_cashiers():
            self.next_button.setText(self.tr("Close the &day"))
        else:
            self.next_button.setText(self.tr("&Next"))
        self._update_buttons()
        focus = {CONFIRM: next(iter(self.checks.values()), self.note_edit),
                 CASHIERS: next(iter(self.cashiers.buttons.values()), self.next_button),
                 RUN: self.cancel_button, DONE: self.next_button}[page]
        focus.setFocus()

    def _update_buttons(self) -> None:
        if self.pages.currentIndex() == CONFIRM:
            self.next_button.setEnabled(self.all_confirmed())
            if self.all_confirmed():
                self.confirm_hint.clear()

    # --- Steps
    def all_confirmed(self) -> bool:
        """Every open group is ticked."""
        return all(box.isChecked() for box in self.checks.values())

    def go_on(self) -> None:
        """Enter: the next step (the close itself from the cashiers' step)."""
        page = self.pages.currentIndex()
        if page == CONFIRM:
            if not self.all_confirmed():
                self.confirm_hint.setText(self.tr("Tick each group to confirm it first."))
                next(box for box in self.checks.values() if not box.isChecked()).setFocus()
                return
            if self.waiting_cashiers():
                self._show_page(CASHIERS)
            else:
                self.start()
        elif page == CASHIERS:
            self.start()
        elif page == DONE:
            self.accept()

    def go_back(self) -> None:
        """Back to the open groups."""
        if self.pages.currentIndex() == CASHIERS:
            self._show_page(CONFIRM)

    def _handed_over(self, _cashier: str) -> None:
        self.records_changed.emit()
        self.reload()
        self._show_page(CASHIERS)

    def ask_folder(self) -> str:
        """The day folder chosen in the system's folder chooser ("" if none; tests
        override this)."""
        return QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the day's workbooks"), str(Path.home()))

    def day_folder(self) -> str:
        """This counter's day folder, asked once and kept when it is not set yet."""
        folder = self._services.settings.load().day_folder
        if folder:
            return folder
        chosen = self.ask_folder()
        if not chosen:
            return ""
        try:
            return self._services.settings.choose_day_folder(str(Path(chosen)))
        except ValidationError as exc:
            messages.warn(self, "\n".join(exc.errors.values()))
            return ""

    def start(self) -> None:
        """Step 3: close the day in the background."""
        folder = self.day_folder()
        if not folder:
            self.confirm_hint.setText(self.tr(
                "Choose the folder for the day's workbooks to close the day."))
            self._show_page(CONFIRM)
            return
        confirmed = tuple(self.checks)
        note = self.note_edit.text()
        services, day = self._services, self.day
        self._show_page(RUN)
        self.progress_bar.setValue(0)
        self.step_label.setText(self.tr("Closing the day…"))
        self._handle = self._tasks.run(
            lambda report: close_day(services, day, confirmed, folder, note,
                                     progress=report.progress, cancelled=report.is_cancelled),
            on_success=self._closed, on_failure=self._failed,
            on_progress=self._progressed, on_cancelled=self._cancelled,
            title="close the day")

    def _progressed(self, done: int, total: int | None, text: str) -> None:
        if total:
            self.progress_bar.setValue(done * STEPS_TOTAL // total)
        if text:
            self.step_label.setText(text)

    def _closed(self, closed: ClosedDay) -> None:
        self._handle = None
        self.result_closed = closed
        backup = (html.escape(str(closed.backup)) if closed.backup is not None else self.tr(
            "none here: the records are on a database server, whose backups are made on "
            "the server."))
        self.done_label.setText(fill(self.tr(
            "<p><b>%1 is closed.</b></p><p>The day's workbook: %2</p><p>The backup: %3</p>"),
            self.day.isoformat(), html.escape(str(closed.workbook)), backup))
        self._show_page(DONE)
        self.day_closed.emit(closed)

    def _failed(self, exc: BaseException) -> None:
        self._handle = None
        if isinstance(exc, ValidationError):
            text = "\n".join(exc.errors.values())
        elif isinstance(exc, UserError):
            text = str(exc)
        else:
            text = fill(self.tr("The day could not be closed: %1"), exc)
        self.reload()
        self._show_page(CONFIRM)
        self.confirm_hint.setText(text)

    def _cancelled(self) -> None:
        self._handle = None
        self._show_page(CONFIRM)
        self.confirm_hint.setText(self.tr("Cancelled: the day is still open."))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._texts_of_groups()  # the names cut short to the new width

    # --- Keys and closing
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in _ENTER:
            focus = self.focusWidget()
            if isinstance(focus, QPushButton) and focus.isVisible():
                focus.click()  # Enter on "Count and hand over…", Back, Cancel
            elif self.pages.currentIndex() != RUN:
                self.go_on()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Escape or Cancel: while closing, stop the close (the day stays open)."""
        if self._handle is not None and not self._handle.finished:
            self.step_label.setText(self.tr("Cancelling…"))
            self._handle.cancel()
            return
        super().reject()


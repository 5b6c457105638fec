"""Deny list, police watch list (协查通报) and temporary passes (临时出入证) in one dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocumentFragment
from PySide6.QtWidgets import QDialog, QWidget

from deskapp.domain.clock import Clock
from deskapp.domain.directory import DirectoryService
from deskapp.domain.screening import ScreeningService
from deskapp.ui.access.approval import Approver
from deskapp.ui.forms.ui_screening_dialog import Ui_ScreeningDialog
from deskapp.ui.workspaces.visitors.screening.deny_page import DenyPage
from deskapp.ui.workspaces.visitors.screening.list_page import ListPage
from deskapp.ui.workspaces.visitors.screening.passes_page import PassesPage
from deskapp.ui.workspaces.visitors.screening.watch_page import WatchPage

PAGES = ("deny", "watch", "passes")
"""Names for ``start_page`` / :meth:`ScreeningDialog.show_page`, in tab order (Ctrl+1/2/3)."""


class ScreeningDialog(QDialog):
    """Keep the deny list, the police watch list and temporary passes, a tab each.

    Nothing is ever deleted: deny entries are deactivated, watch entries withdrawn and passes
    revoked with a reason. ID numbers show masked in the tables. What a page did is said on
    the status line under the tabs. ``print_document(kind, record_id)`` prints a pass's card
    (the window's printer); without it the passes page offers no printing.

    Signals:
        temp_pass_issued: a temporary pass was issued; carries the TempPassRow.
    """

    temp_pass_issued = Signal(object)

    def __init__(self, screening: ScreeningService, directory: DirectoryService, clock: Clock,
                 parent: QWidget | None = None, start_page: str = "deny",
                 approver: Approver | None = None,
                 print_document: Callable[[str, int], None] | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ScreeningDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.deny_page = DenyPage(screening, ui.deny_tab)
        self.watch_page = WatchPage(screening, clock, ui.watch_tab)
        self.passes_page = PassesPage(screening, directory, clock, ui.passes_tab,
                                      print_document=print_document)
        self._pages: dict[str, ListPage] = {
            "deny": self.deny_page, "watch": self.watch_page, "passes": self.passes_page}
        for page in self._pages.values():
            page.approver = approver
        ui.status_label.setTextFormat(Qt.TextFormat.RichText)
        for layout, page in ((ui.deny_tab_layout, self.deny_page),
                             (ui.watch_tab_layout, self.watch_page),
                             (ui.passes_tab_layout, self.passes_page)):
            layout.addWidget(page)
            page.status_changed.connect(ui.status_label.setText)
        self.passes_page.issued.connect(self.temp_pass_issued)
        ui.button_box.rejected.connect(self.reject)
        for button in ui.button_box.buttons():
            # Enter belongs to the add forms; only Esc or a click closes the dialog.
            button.setAutoDefault(False)
            button.setDefault(False)
            # Tab goes through the page first, as before the pages were forms of their own.
            QWidget.setTabOrder(self.passes_page.ui.issue_button, button)
        for number, name in enumerate(PAGES, start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda name=name: self.show_page(name))
        self.show_page(start_page)

    def show_page(self, page: str) -> None:
        """Switch to ``deny``, ``watch`` or ``passes`` and put the cursor in its form."""
        if page not in PAGES:
            raise ValueError(f"unknown page {page!r}; expected one of {PAGES}")
        self.ui.tab_widget.setCurrentIndex(PAGES.index(page))
        self._pages[page].first_field().setFocus()

    def current_page(self) -> str:
        """The name of the tab shown."""
        return PAGES[self.ui.tab_widget.currentIndex()]

    def reload(self) -> None:
        """Read the three lists and the directory again (after the clock moved, or data changed)."""
        for page in self._pages.values():
            page.reload()

    def status_text(self) -> str:
        """The status line as plain text (for tests and screen readers)."""
        return QTextDocumentFragment.fromHtml(self.ui.status_label.text()).toPlainText()

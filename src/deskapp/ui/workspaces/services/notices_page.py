"""The notices page (物业通知) of the desk services: the archive of notices, newest first,
the chosen one shown beside the list as it reads.

F5 drafts a new notice from a template or a blank page, Ctrl+P prints the chosen one on A4,
"Withdraw" takes one down with a reason (it stays in the archive).
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import QWidget

from deskapp.domain.services.notice_templates import NoticeLanguage, NoticeTemplate
from deskapp.domain.services.notices import NoticeFilter, NoticeQuery, NoticeRow, NoticeSummary
from deskapp.i18n import fill, translate
from deskapp.ui.forms.ui_notices_page import Ui_NoticesPage
from deskapp.ui.framework.history_view import HistoryView
from deskapp.ui.framework.paged_model import Column
from deskapp.ui.framework.workspace import Workspace, WorkspaceContext, WorkspaceSpec, host

NOTICE = "notice"
WITHDRAWN_BRUSH = QBrush(QColor("#e4e4e4"))


def notice_columns() -> list[Column[NoticeRow]]:
    """The archive's columns; only the date sorts (it is indexed)."""
    return [
        Column("dated", lambda: translate("NoticeColumns", "Dated"),
               lambda r: r.dated.isoformat(), "dated", 90),
        Column("number", lambda: translate("NoticeColumns", "Number"), lambda r: r.number,
               None, 100),
        Column("title", lambda: translate("NoticeColumns", "Title"), lambda r: r.title, None,
               220),
        Column("language", lambda: translate("NoticeColumns", "Language"),
               lambda r: r.language.label(), None, 70),
        Column("state", lambda: translate("NoticeColumns", "State"),
               lambda r: translate("NoticeColumns", "Withdrawn") if r.withdrawn
               else translate("NoticeColumns", "In force"), None, 80),
        Column("created_by", lambda: translate("NoticeColumns", "Drafted by"),
               lambda r: r.created_by, None, 80),
        Column("desk", lambda: translate("NoticeColumns", "Counter"), lambda r: r.desk, None,
               80),
    ]


def notice_html(notice: NoticeRow, when: str) -> str:
    """The notice as it reads, with its number and, once withdrawn, when and why."""
    parts = [f"<p style='color:#555'>{html.escape(notice.number)}</p>"]
    if notice.withdrawn:
        said = fill(translate("NoticesPage", "Withdrawn %1 by %2: %3"), when,
                    notice.withdrawn_by or "—", notice.withdraw_reason)
        parts.append(f"<p style='color:#b3261e'>{html.escape(said)}</p>")
    parts.append(f"<h2 align='center'>{html.escape(notice.title)}</h2>")
    parts += [f"<p>{html.escape(paragraph)}</p>" for paragraph in notice.paragraphs]
    parts.append(f"<p align='right'>{html.escape(notice.signed)}<br>"
                 f"{html.escape(notice.dated.isoformat())}</p>")
    return "".join(parts)


class NoticesPage(Workspace):
    """The notices the desk drafts, prints and keeps."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._notices = context.services.notices
        self.ui = Ui_NoticesPage()
        self.ui.setupUi(self)
        clock = self._notices.clock
        self.history = HistoryView(
            self._notices, notice_columns(), clock, make_query=self._query,
            summary=self._summary, loader=context.loader,
            row_background=lambda r: WITHDRAWN_BRUSH if r.withdrawn else None,
            row_struck_out=lambda r: r.withdrawn, parent=self)
        self.history.set_default_sort("dated")
        self.model = self.history.model
        host(self.ui.history_host, self.history)
        self.action_area = self.ui.action_bar
        self.ui.action_bar_layout.insertWidget(self.ui.action_bar_layout.count() - 1,
                                               self.undo_button)
        self.ui.main_splitter.setStretchFactor(0, 3)
        self.ui.main_splitter.setStretchFactor(1, 2)
        self.ui.main_splitter.setSizes([700, 480])
        self._connect()
        self.retranslate()
        self.history.show_today()

    def _connect(self) -> None:
        ui = self.ui
        self.history.status_message.connect(self.status_message)
        self.history.selection_changed.connect(self._show_notice)
        self.history.activated.connect(lambda _row: self.print_selected())
        buttons = ((ui.new_button, self.new_entry, "F5"),
                   (ui.print_button, self.print_selected, None),
                   (ui.withdraw_button, self.withdraw, None))
        self.bind_buttons(buttons)
        self.context.events.data_replaced.connect(self.refresh)

    # --- The page's part of the window
    def retranslate(self) -> None:
        """Re-set every text after the language changed."""
        self.ui.retranslateUi(self)
        super().retranslate()
        self.history.set_filter_choices([(f.label(), f) for f in NoticeFilter])
        self.history.set_texts(search_hint=self.tr("Number, title or a word of the notice…"),
                               filters=self.tr("Sho&w"))
        for action in self.menu_actions():
            action.setText(self.tr("Notices: new notice…"))
        self._show_notice()

    def shortcut_help(self) -> str:
        """The page's own keys."""
        return self.tr("F5  new notice (from a template) · Ctrl+P or Enter  print the notice "
                       "chosen · Ctrl+Enter  save the notice being drafted")

    def menu_actions(self) -> list[QAction]:
        """A new notice, in the Counter menu."""
        return self.menu_actions_for((self.new_entry,))

    def _query(self, first: dt.date, last: dt.date, text: str, shown: object) -> NoticeQuery:
        only = shown if isinstance(shown, NoticeFilter) else NoticeFilter.CURRENT
        return NoticeQuery(first, last, text, only)

    def _summary(self, summary: NoticeSummary) -> str:
        return fill(self.tr("Shown: %1 · in force: %2"), summary.shown, summary.current)

    @Slot()
    def _show_notice(self) -> None:
        row = self.history.selected_row()
        browser = self.ui.preview_browser
        if row is None:
            browser.setHtml("<p style='color:#555'>" + html.escape(self.tr(
                "Choose a notice in the list to read it here; F5 drafts a new one from a "
                "template.")) + "</p>")
        else:
            clock = self._notices.clock
            withdrawn = (clock.local(row.withdrawn_at).strftime("%Y-%m-%d %H:%M")
                         if row.withdrawn_at else "")
            browser.setHtml(notice_html(row, withdrawn))
        self.ui.withdraw_button.setEnabled(row is None or not row.withdrawn)

    # --- Drafting, printing, withdrawing
    def new_entry(self) -> None:
        """F5 (and Ctrl+N): draft a notice from a template or a blank page."""
        self.draft(NoticeTemplate.BLANK)

    def draft(self, template: NoticeTemplate) -> None:
        """Draft a notice starting from ``template``, in the window's language."""
        from deskapp.ui.workspaces.services.notice_editor_dialog import NoticeEditorDialog

        self.activation_requested.emit()
        language = (NoticeLanguage.EN if self.context.settings().language == "en"
                    else NoticeLanguage.ZH)
        dialog = NoticeEditorDialog(self._notices, self, template=template,
                                    language=language)
        dialog.finished.connect(lambda _r: self._issued(dialog))
        dialog.open()

    def _issued(self, dialog) -> None:  # type: ignore[no-untyped-def]
        row = dialog.result_row
        if isinstance(row, NoticeRow):
            self.status_message.emit(fill(self.tr("Notice %1 saved: %2."), row.number,
                                          row.title))
            self.history.choose_filter(NoticeFilter.CURRENT)
            self.history.model.select_when_loaded(row.id)
            self.history.refresh()
            self.context.events.records_changed.emit("notices")
            if dialog.print_notice:
                self.print_requested.emit(NOTICE, row.id)
        dialog.deleteLater()

    def print_selected(self) -> None:
        """Ctrl+P: print the notice chosen (a withdrawn one prints marked so)."""
        row = self.acting_row()
        if row is not None:
            self.print_requested.emit(NOTICE, row.id)

    @Slot()
    def withdraw(self) -> None:
        """Take the notice chosen down, with a reason; it stays in the archive."""
        from deskapp.ui.workspaces.keys.reason_dialog import KeyReasonDialog

        row = self.acting_row()
        if row is None:
            return
        notices = self._notices
        dialog = KeyReasonDialog(
            fill(self.tr("Withdraw notice %1"), row.number),
            fill(self.tr("“%1” stays in the archive, marked withdrawn. Why is it taken down? "
                         "Take the posted copies down too."), row.title),
            lambda reason: notices.withdraw(row.id, reason), self)
        dialog.finished.connect(lambda _r: self._withdrawn(dialog))
        dialog.open()

    def _withdrawn(self, dialog) -> None:  # type: ignore[no-untyped-def]
        row = dialog.result_row
        if isinstance(row, NoticeRow):
            self.status_message.emit(fill(self.tr("Notice %1 withdrawn."), row.number))
            self.history.refresh()
            self.context.events.records_changed.emit("notices")
        dialog.deleteLater()


SPEC = WorkspaceSpec(
    name="notices",
    title=lambda: QCoreApplication.translate("DeskServicePages", "Notices"),
    factory=NoticesPage,
)

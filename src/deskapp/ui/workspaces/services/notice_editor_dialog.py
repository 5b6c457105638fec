"""Draft a notice (起草通知): start from a template in Chinese or English (or a blank page),
fill in its blanks — date, time, area, holiday — in the small boxes above the text, which
put them into the title and body as they are typed; edit the text as needed, date and sign
it. A notice with a blank left is refused where the blank stands. Ctrl+Enter saves, Esc
cancels (Enter in the body is a new line)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLineEdit, QWidget

from deskapp.domain.services.notice_templates import (
    Blank,
    NoticeDraft,
    NoticeLanguage,
    NoticeTemplate,
    draft,
    fill_blanks,
)
from deskapp.domain.services.notices import NoticeInput, NoticeRow, Notices
from deskapp.ui import messages
from deskapp.ui.choices import chosen, fill_choices
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_notice_editor_dialog import Ui_NoticeEditorDialog
from deskapp.ui.framework.times import show_day
from deskapp.ui.workspaces.services.entry_dialog import EntryDialog


class NoticeEditorDialog(EntryDialog):
    """Draft and issue a notice; ``result_row`` is the notice saved (None until then),
    ``print_notice`` whether it should print."""

    def __init__(self, notices: Notices, parent: QWidget | None = None,
                 template: NoticeTemplate = NoticeTemplate.BLANK,
                 language: NoticeLanguage = NoticeLanguage.ZH) -> None:
        super().__init__(parent)
        self.ui = Ui_NoticeEditorDialog()
        self.ui.setupUi(self)
        self._notices = notices
        self.print_notice = False
        # What the dialog itself last wrote into the title and body: text that differs was
        # edited by hand, and is not replaced without asking.
        self._generated = ("", "")
        ui = self.ui
        self.blank_edits: dict[Blank, QLineEdit] = {
            Blank.DATE: ui.date_blank_edit, Blank.TIME: ui.time_blank_edit,
            Blank.AREA: ui.area_blank_edit, Blank.HOLIDAY: ui.holiday_blank_edit}
        self._blank_labels = {Blank.DATE: ui.date_blank_label, Blank.TIME: ui.time_blank_label,
                              Blank.AREA: ui.area_blank_label,
                              Blank.HOLIDAY: ui.holiday_blank_label}
        self.errors = FieldErrors({
            "template": (ui.template_combo, ui.title_error),
            "language": (ui.language_combo, ui.title_error),
            "title": (ui.title_edit, ui.title_error),
            "body": (ui.body_edit, ui.body_error),
            "dated": (ui.dated_edit, ui.dated_error),
            "signed": (ui.signed_edit, ui.signed_error),
        }, fallback=ui.form_error)
        self.retranslate()
        ui.template_combo.setCurrentIndex(max(0, ui.template_combo.findData(template)))
        ui.language_combo.setCurrentIndex(max(0, ui.language_combo.findData(language)))
        show_day(ui.dated_edit, notices.clock.today())
        ui.signed_edit.setText(notices.default_signature())
        ui.print_check.setChecked(True)
        ui.template_combo.currentIndexChanged.connect(self._on_start_changed)
        ui.language_combo.currentIndexChanged.connect(self._on_start_changed)
        for edit in self.blank_edits.values():
            edit.textChanged.connect(self._on_blank_typed)
            edit.editingFinished.connect(self._fill_edited_text)
        ui.button_box.accepted.connect(self.save)
        ui.button_box.rejected.connect(self.reject)
        self.save_on_ctrl_enter()
        self._write(self._draft().filled(self.blank_values()))
        (ui.template_combo if template is NoticeTemplate.BLANK
         else self._first_blank_edit()).setFocus()

    def retranslate(self) -> None:
        """The texts in the language chosen."""
        self.ui.retranslateUi(self)
        ui = self.ui
        fill_choices(ui.template_combo, NoticeTemplate, NoticeTemplate.BLANK)
        fill_choices(ui.language_combo, NoticeLanguage, NoticeLanguage.ZH)
        ui.hint_label.setText(self.tr(
            "What you type in the boxes goes into the notice's blanks; edit the text below "
            "as needed. The notice prints in the language chosen for it."))
        ui.date_blank_edit.setPlaceholderText(self.tr("e.g. 25 November (Wednesday)"))
        ui.time_blank_edit.setPlaceholderText(self.tr("e.g. 9:00 to 17:00"))
        ui.area_blank_edit.setPlaceholderText(self.tr("e.g. Tower A, floors 10–15"))
        ui.holiday_blank_edit.setPlaceholderText(self.tr("e.g. National Day"))

    # --- The template and its blanks
    def _draft(self) -> NoticeDraft:
        ui = self.ui
        return draft(chosen(ui.template_combo, NoticeTemplate) or NoticeTemplate.BLANK,
                     chosen(ui.language_combo, NoticeLanguage) or NoticeLanguage.ZH)

    def blank_values(self) -> dict[Blank, str]:
        """What is typed in each blank's box."""
        return {blank: edit.text() for blank, edit in self.blank_edits.items()}

    def _first_blank_edit(self) -> QWidget:
        blanks = self._draft().blanks
        return self.blank_edits[blanks[0]] if blanks else self.ui.title_edit

    def _hand_edited(self) -> bool:
        ui = self.ui
        return (ui.title_edit.text(), ui.body_edit.toPlainText()) != self._generated

    def _write(self, text: NoticeDraft) -> None:
        ui = self.ui
        ui.title_edit.setText(text.title)
        ui.body_edit.setPlainText(text.body)
        self._generated = (ui.title_edit.text(), ui.body_edit.toPlainText())
        used = set(self._draft().blanks)
        ui.blanks_box.setVisible(bool(used))
        for blank, edit in self.blank_edits.items():
            edit.setVisible(blank in used)
            self._blank_labels[blank].setVisible(blank in used)

    @Slot()
    def _on_start_changed(self) -> None:
        if self._hand_edited() and not messages.ask(self, self.tr(
                "Replace the text you edited with the template?"), default_yes=False):
            return
        self._write(self._draft().filled(self.blank_values()))

    @Slot()
    def _on_blank_typed(self) -> None:
        # Until the text is edited by hand it follows the boxes as they are typed.
        if not self._hand_edited():
            self._write(self._draft().filled(self.blank_values()))

    @Slot()
    def _fill_edited_text(self) -> None:
        # Edited by hand: a blank still in the text is filled once its box is left.
        if not self._hand_edited():
            return
        ui, language = self.ui, self._draft().language
        values = self.blank_values()
        title = fill_blanks(ui.title_edit.text(), language, values)
        body = fill_blanks(ui.body_edit.toPlainText(), language, values)
        if (title, body) != (ui.title_edit.text(), ui.body_edit.toPlainText()):
            ui.title_edit.setText(title)
            ui.body_edit.setPlainText(body)

    def enter_action(self, focus: QWidget | None) -> Callable[[], object] | None:
        """Enter in a box goes on to the next one; in the signature (the last) it saves."""
        if focus in (self.ui.signed_edit, self.ui.print_check, self.ui.button_box) or (
                focus is not None and self.ui.button_box.isAncestorOf(focus)):
            return self.save
        return lambda: self.focusNextChild()

    # --- Saving
    def notice_input(self) -> NoticeInput:
        """What the dialog says, as the service takes it."""
        ui = self.ui
        start = self._draft()
        return NoticeInput(ui.title_edit.text(), ui.body_edit.toPlainText(),
                           ui.dated_edit.date().toPython(), ui.signed_edit.text(),
                           start.language, start.template)

    def _save(self) -> NoticeRow:
        row = self._notices.issue(self.notice_input())
        self.print_notice = self.ui.print_check.isChecked()
        return row

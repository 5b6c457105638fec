"""The other members of a party checking in with the visitor in the form: typed one per
line (a crew's names come fast that way), each to get a pass of their own."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from deskapp.domain.errors import ValidationError
from deskapp.domain.identity import IdType
from deskapp.domain.records import VisitRow
from deskapp.domain.visitors import VisitInput, VisitorLog
from deskapp.i18n import fill
from deskapp.ui.field_errors import FieldErrors
from deskapp.ui.forms.ui_party_dialog import Ui_PartyDialog
from deskapp.ui.workspaces.visitors.check_in_questions import CheckInQuestions

_SEPARATORS = re.compile(r"\s*[,，、;；\t]\s*")


def parse_members(text: str) -> list[VisitInput]:
    """``name, ID number, phone`` per line (blank lines skipped; the service checks the
    values); an 11-digit number in the second place is taken as the phone."""
    return [member for _line, member in parse_member_lines(text)]


def parse_member_lines(text: str) -> list[tuple[int, VisitInput]]:
    """:func:`parse_members` with the number of the line each member was typed on."""
    members = []
    for number, line in enumerate(text.splitlines(), start=1):
        parts = [p for p in _SEPARATORS.split(line.strip()) if p] if line.strip() else []
        if not parts:
            continue
        name, rest = parts[0], parts[1:]
        id_number = phone = ""
        for part in rest:
            if not phone and re.fullmatch(r"1[0-9]{10}", part.replace(" ", "")):
                phone = part
            elif not id_number:
                id_number = part
            else:
                phone = phone or part
        members.append((number, VisitInput(name=name, id_type=IdType.RESIDENT,
                                           id_number=id_number, phone=phone)))
    return members


class PartyDialog(QDialog):
    """Collects the other members; ``members()`` gives them once accepted.

    Ctrl+Enter (or OK) accepts: Enter starts the next line.
    """

    def __init__(self, leader: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PartyDialog()
        self.ui.setupUi(self)
        self.ui.leader_label.setText(fill(self.tr(
            "%1 leads the party: the host, company, purpose and plate in the form are the "
            "party's. Each member gets a pass of their own. Ctrl+Enter checks them all in."),
            leader or "—"))
        self._errors = FieldErrors({"members": (self.ui.members_edit, self.ui.members_error)})
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Check in the party"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self._on_accepted)
        self.ui.button_box.accepted.connect(self._on_accepted)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.members_edit.setFocus()

    def members(self) -> list[VisitInput]:
        """The members typed, in order."""
        return parse_members(self.ui.members_edit.toPlainText())

    def show_errors(self, errors: dict[str, str]) -> None:
        """The service's refusals, by the line the member was typed on (``members.N.field``
        is the N-th member, counting the leader as 0)."""
        typed_on = [number for number, _member in
                    parse_member_lines(self.ui.members_edit.toPlainText())]
        lines = []
        for key, message in errors.items():
            parts = key.split(".")
            if len(parts) == 3 and parts[0] == "members" and parts[1].isdigit() \
                    and 0 < int(parts[1]) <= len(typed_on):
                lines.append(fill(self.tr("Line %1: %2"), typed_on[int(parts[1]) - 1],
                                  message))
            else:
                lines.append(message)
        self._errors.show({"members": "\n".join(lines)})

    @Slot()
    def _on_accepted(self) -> None:
        if not self.members():
            self._errors.show({"members": self.tr("Type at least one more member.")})
            return
        self.accept()


def run_party_check_in(parent: QWidget, visitors: VisitorLog, questions: CheckInQuestions,
                       leader: Callable[[], VisitInput],
                       typed: str = "") -> tuple[list[VisitRow], str]:
    """Ask for the other members and check the party in, asking again (with the refusals
    by line) until it is saved or cancelled. The leader's own refusals show in the form.

    Returns the visits (none: not saved) and the members as typed, for the next try.
    """
    member_errors: dict[str, str] = {}
    while True:
        first = leader()
        dialog = PartyDialog(first.name.strip(), parent)
        dialog.ui.members_edit.setPlainText(typed)
        if member_errors:
            dialog.show_errors(member_errors)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        typed, others, member_errors = (dialog.ui.members_edit.toPlainText(),
                                        dialog.members(), {})
        dialog.deleteLater()
        if not accepted:
            return [], typed

        def save(data: VisitInput, others: list[VisitInput] = others) -> list[VisitRow]:
            try:
                return visitors.check_in_group(
                    [data, *others], deny_override_reason=data.deny_override_reason)
            except ValidationError as exc:
                member_errors.update({k: v for k, v in exc.errors.items()
                                      if k.startswith("members")})
                raise ValidationError({k: v for k, v in exc.errors.items()
                                       if not k.startswith("members")}) from None

        party = questions.run(first, save)  # type: ignore[arg-type]
        if party:
            return party, ""  # type: ignore[return-value]
        if not member_errors:
            return [], typed  # the leader's fields to fix in the form; the crew is kept

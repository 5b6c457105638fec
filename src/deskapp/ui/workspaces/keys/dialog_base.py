"""What the key dialogs share: Enter does the dialog's action (or the one of the field the
cursor is in), Ctrl+Enter saves from anywhere, Esc cancels; times shown and typed in the
counter's zone; a key set in one line."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from deskapp.domain.keys.rows import KeySetRow
from deskapp.i18n import fill
from deskapp.ui.framework.enter_dialog import EnterDialog


class KeyDialog(EnterDialog):
    """A dialog of key custody. Subclasses say what Enter does in :meth:`enter_action`
    and connect Ctrl+Enter with :meth:`save_on_ctrl_enter`."""



def set_line(key_set: KeySetRow) -> str:
    """``K0012 · 1203 · Entrusted by the owner · keys: 2 · hook A-3``."""
    parts = [key_set.tag, key_set.unit_label, key_set.kind.label(),
             fill(QCoreApplication.translate("KeyDialogs", "keys: %1"), key_set.key_count)]
    if key_set.hook:
        parts.append(fill(QCoreApplication.translate("KeyDialogs", "hook %1"), key_set.hook))
    return " · ".join(parts)


def html_table(lines: Iterable[tuple[str, str]], title: str = "") -> str:
    """Label and value rows for a text browser (rows without a value left out)."""
    cells = "".join(
        f"<tr><td style='color:#555;padding-right:12px'>{html.escape(label)}</td>"
        f"<td>{html.escape(value).replace(chr(10), '<br>')}</td></tr>"
        for label, value in lines if value)
    head = f"<p><b>{html.escape(title)}</b></p>" if title else ""
    return f"{head}<table>{cells}</table>"

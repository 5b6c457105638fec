"""Show validation messages next to the fields they are about."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

ERROR_STYLE = "color: #b3261e;"


class FieldErrors:
    """Binds field names (as the domain's ValidationError uses them) to widgets and labels.

    Each field has its input widget and a QLabel under or beside it that stays hidden until
    there is something to say.
    """

    def __init__(self, fields: Mapping[str, tuple[QWidget, QLabel]],
                 fallback: QLabel | None = None) -> None:
        self._fields = dict(fields)
        self._fallback = fallback
        for name, (widget, label) in self._fields.items():
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.hide()
            # A message about text stays only until that text is edited: an error still
            # showing beside a name now typed right reads as if it were still wrong.
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _text, field=name: self.clear_field(field))
        if fallback is not None:
            fallback.setStyleSheet(ERROR_STYLE)
            fallback.setWordWrap(True)
            fallback.hide()

    def show(self, errors: Mapping[str, str]) -> None:
        """Show each message by its field, mark the widget, focus the first bad field."""
        self.clear()
        first: QWidget | None = None
        unplaced = [message for name, message in errors.items() if name not in self._fields]
        # In form order, so the cursor goes to the topmost field to fix, not the first reported.
        for name, (widget, label) in self._fields.items():
            if name not in errors:
                continue
            label.setText(errors[name])
            label.show()
            widget.setProperty("invalid", True)
            widget.setStyleSheet("border: 1px solid #b3261e;")
            if first is None:
                first = widget
        if unplaced and self._fallback is not None:
            self._fallback.setText("\n".join(unplaced))
            self._fallback.show()
        if first is not None:
            first.setFocus()

    def clear(self) -> None:
        """Hide every message."""
        for widget, label in self._fields.values():
            label.clear()
            label.hide()
            if widget.property("invalid"):
                widget.setProperty("invalid", False)
                widget.setStyleSheet("")
        if self._fallback is not None:
            self._fallback.clear()
            self._fallback.hide()

    def clear_field(self, name: str) -> None:
        """Hide the message of one field (the user is correcting it)."""
        widget, label = self._fields[name]
        if not label.isHidden():
            label.clear()
            label.hide()
        if widget.property("invalid"):
            widget.setProperty("invalid", False)
            widget.setStyleSheet("")

    def message(self, name: str) -> str:
        """The message shown for ``name`` ("" when none) — for tests and accessibility."""
        _, label = self._fields[name]
        return label.text() if label.isVisibleTo(label.parentWidget()) else ""

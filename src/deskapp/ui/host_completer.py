"""Completion for hosts (units and departments) by text or pinyin initials: ``zs`` → 张三."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from deskapp.domain.directory import HostOption

_Index = QModelIndex | QPersistentModelIndex


class HostListModel(QAbstractListModel):
    """The directory entries that match what has been typed so far."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[HostOption] = []
        self._shown: list[HostOption] = []

    def set_options(self, options: list[HostOption]) -> None:
        """Replace the directory entries."""
        self.beginResetModel()
        self._all = options
        self._shown = options[:50]
        self.endResetModel()

    def filter(self, typed: str) -> None:
        """Keep entries matching every word typed (text, full pinyin or initials)."""
        self.beginResetModel()
        found = [o for o in self._all if o.matches(typed)] if typed.strip() else []
        first = typed.strip().lower()
        # What starts with the text typed comes first (a unit number, a department's name).
        found.sort(key=lambda o: not (o.label.lower().startswith(first)
                                      or o.key.split(" ")[-1].startswith(first)))
        self._shown = found[:50]
        self.endResetModel()

    def option(self, row: int) -> HostOption:
        """The entry on ``row``."""
        return self._shown[row]

    def exact(self, label: str) -> HostOption | None:
        """The entry whose label is exactly ``label``."""
        return next((o for o in self._all if o.label == label), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        option = self._shown[index.row()]
        if role == Qt.ItemDataRole.EditRole:
            return option.label
        if role == Qt.ItemDataRole.DisplayRole:
            if option.kind == "department":
                return option.label + " · " + self.tr("department")
            return option.label
        return None


class HostCompleter(QCompleter):
    """A completer whose matching is ours (pinyin aware), not Qt's prefix match."""

    def __init__(self, edit: QLineEdit, options: Callable[[], list[HostOption]]) -> None:
        super().__init__(edit)
        self._options = options
        self._model = HostListModel(self)
        self.setModel(self._model)
        # Our model already filters; Qt must show everything it holds.
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(12)
        edit.setCompleter(self)
        edit.textEdited.connect(self._on_text_edited)
        # The directory is read when first needed, not when the box is made: every
        # workspace has a host box, and reading thousands of units for each slowed the
        # window's start by a second.
        self._stale = True

    def reload(self) -> None:
        """Read the directory again (after it was edited) when next needed."""
        self._stale = True

    def _ensure_read(self) -> None:
        if self._stale:
            self._stale = False
            self._model.set_options(self._options())

    def _on_text_edited(self, text: str) -> None:
        self._ensure_read()
        self._model.filter(text)
        if self._model.rowCount():
            self.complete()
        else:
            self.popup().hide()

    def resolve(self, label: str) -> HostOption | None:
        """The directory entry chosen, if the text is exactly one entry's label."""
        self._ensure_read()
        return self._model.exact(label.strip())

    def option_at(self, row: int) -> HostOption | None:
        """The entry shown on ``row`` of the list (None when there is none)."""
        return self._model.option(row) if 0 <= row < self._model.rowCount() else None

    def first_match(self, typed: str) -> HostOption | None:
        """The best entry for ``typed`` (used when Enter is pressed without choosing)."""
        self._ensure_read()
        self._model.filter(typed)
        return self._model.option(0) if self._model.rowCount() else None

"""The one openpyxl layer behind every Excel export: typed columns, safe text, atomic files.

Every workspace's export describes its sheets with :class:`Sheet` and :class:`Column` and hands
them to :func:`write_workbook`. The function streams rows in openpyxl's write-only mode, so a
generator over a large query is never held in memory, and it writes to a temporary file beside
the target that replaces the target only once the file is complete
(:func:`deskapp.fileio.atomic_replace`). openpyxl's own per-sheet buffers, which hold every row
until the file is zipped, are temporary files beside the target too, named so that a sweep
recognises them after a crash; nothing of an export ever goes to the system temp folder.

Text safety rules applied here, so callers never have to think about them:

* Every TEXT cell is forced to string type. A visitor who types ``=HYPERLINK(...)`` or ``+1``
  into a form gets exactly that text in the spreadsheet; no cell is ever written as a formula.
* Characters that XML 1.0 cannot hold (C0 control characters other than tab, line feed and
  carriage return, lone surrogates, U+FFFE and U+FFFF) are **replaced** with U+FFFD (``�``), so
  the reader can see that something was there instead of the text silently changing meaning.
* Text longer than Excel's cell limit of 32,767 characters is cut to that limit; Excel would
  otherwise "repair" the file and drop the content.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet import _writer as openpyxl_sheet_writer

from deskapp.fileio import PendingFile, atomic_replace
from deskapp.i18n import translate
from deskapp.progress import Cancelled, Progress

logger = logging.getLogger(__name__)

# The one progress/cancel protocol (see deskapp.progress); these names stay for callers.
ProgressCallback = Progress
CancelledCallback = Cancelled

# Rows between two progress reports / cancellation checks.
PROGRESS_EVERY = 500
# Rows per sheet (after the header) measured to size the columns; write-only mode needs the
# widths before the first row is appended, so only a leading sample can be looked at.
WIDTH_SAMPLE_ROWS = 500
# Widest auto-fitted column, in Excel character units; longer text is still complete in the cell.
MAX_COLUMN_WIDTH = 60.0
# Narrowest auto-fitted column.
MIN_COLUMN_WIDTH = 6.0
# Excel's limit on the characters in one cell.
MAX_CELL_CHARS = 32_767
# Excel's limit on a sheet name's length.
MAX_SHEET_TITLE_CHARS = 31

MONEY_FORMAT = "#,##0.00"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
DATE_FORMAT = "yyyy-mm-dd"

# XML 1.0 cannot hold these code points at all; openpyxl raises IllegalCharacterError for the
# C0 ones and the zip writer fails on lone surrogates, so both are replaced before writing.
_XML_ILLEGAL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_REPLACEMENT_CHAR = "\ufffd"
# Excel refuses these in sheet names.
_SHEET_TITLE_ILLEGAL_RE = re.compile(r"[\[\]:*?/\\]")
# Room for the autofilter drop-down arrow drawn over the header text.
_HEADER_ARROW_ROOM = 3
_CELL_PADDING = 2


class ColumnKind(StrEnum):
    """How a column's values are typed and formatted in the workbook."""

    TEXT = "text"
    """Any value, written as a string cell (never a formula). ``None`` leaves the cell empty."""
    INT = "int"
    """An ``int``, written as a number."""
    MONEY_FEN = "money-fen"
    """An ``int`` amount in fen (分), written as yuan ``Decimal(fen) / 100`` with ``#,##0.00``."""
    DATETIME = "datetime"
    """An aware ``datetime``, written as naive local time with ``yyyy-mm-dd hh:mm``."""
    DATE = "date"
    """A ``date`` (an aware ``datetime`` is reduced to its local date), ``yyyy-mm-dd``."""


@dataclass(frozen=True)
class Column:
    """One column of an exported sheet.

    Attributes:
        header: The header text, already translated for the user.
        kind: How the column's values are typed and formatted.
        width: A fixed width in Excel character units; None fits the width to the content.
        number_format: The cells' number format instead of the kind's own (e.g. a
            DATETIME column with seconds, ``yyyy-mm-dd hh:mm:ss``).
    """

    header: str
    kind: ColumnKind = ColumnKind.TEXT
    width: float | None = None
    number_format: str | None = None


@dataclass
class Sheet:
    r"""One sheet of an exported workbook.

    Attributes:
        title: The sheet name; it is made valid for Excel (at most 31 characters, none of
            ``[]:*?/\``, unique in the workbook) when written.
        columns: The columns, in order.
        rows: One tuple of values per row, matching ``columns``. It is consumed exactly once
            and may be a generator over a large query; it is never materialised.
        row_count_hint: The number of rows if known cheaply, for a determinate progress bar.
        preamble: Lines of text above the header row (what the sheet is, of which range …),
            each a row of text cells, followed by one empty row; the header row stays
            frozen and filtered below them. Not counted as data rows.
    """

    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]
    row_count_hint: int | None = None
    preamble: Sequence[Sequence[str]] = ()


class ExportCancelled(Exception):
    """The user cancelled the export; no file was written and any old file is untouched."""

    def __init__(self) -> None:
        super().__init__(translate("Workbook", "The export was cancelled."))


def write_workbook(
    path: str | os.PathLike[str],
    sheets: Iterable[Sheet],
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
    title: str | None = None,
    subject: str | None = None,
    creator: str = "deskapp",
) -> int:
    """Write ``sheets`` to an .xlsx file at ``path``, replacing it only when complete.

    The workbook is written to a temporary file in the target's folder, flushed to disk and
    then moved onto ``path`` with :func:`os.replace`. If anything fails or the export is
    cancelled, the temporary files are removed and an existing file at ``path`` is left
    exactly as it was. Stale temporary files of killed exports in that folder are removed
    first (:func:`deskapp.fileio.sweep_stale_temp_files`).

    Args:
        path: Where the workbook goes; its folder must exist.
        sheets: The sheets, in order.
        progress: Called with ``(rows_done, total_or_None)`` at the start, every
            :data:`PROGRESS_EVERY` rows and at the end. ``total`` is the sum of the sheets'
            ``row_count_hint`` when every sheet has one, else None.
        cancelled: Checked every :data:`PROGRESS_EVERY` rows and before saving.
        title: The document title stored in the file's properties.
        subject: The document subject stored in the file's properties.
        creator: The author stored in the file's properties.

    Returns:
        The number of data rows written (headers not counted), over all sheets.

    Raises:
        ExportCancelled: ``cancelled()`` returned True.
        TypeError: A value does not fit its column's kind (e.g. a float in a MONEY_FEN column).
        ValueError: A row has the wrong number of values, or a datetime is naive.
        OSError: The file could not be written or moved into place.
    """
    target = Path(path)
    sheets = list(sheets)  # the Sheet specs only; their rows stay lazy
    hints = [sheet.row_count_hint for sheet in sheets]
    total = sum(h for h in hints if h is not None) if None not in hints else None

    workbook = Workbook(write_only=True)
    with atomic_replace(target) as pending:
        try:
            done = _fill_workbook(workbook, sheets, total, progress, cancelled, pending)
            _set_properties(workbook, title=title, subject=subject, creator=creator)
            # A handle of our own: openpyxl leaves its zip file open if saving fails, and
            # Windows cannot remove an open file.
            with open(pending.path, "wb") as handle:
                workbook.save(handle)
        except BaseException:
            _close_row_sources(sheets)
            _close_sheet_buffers(workbook)
            raise
    return done


def sanitize_text(text: str) -> str:
    """Return ``text`` as it can be stored in an .xlsx cell.

    Characters XML 1.0 cannot hold are replaced with U+FFFD, and text longer than Excel's
    32,767-character cell limit is cut to that limit.

    Args:
        text: Any text.

    Returns:
        The text, safe to put into the workbook's XML.
    """
    text = _XML_ILLEGAL_RE.sub(_REPLACEMENT_CHAR, text)
    return text[:MAX_CELL_CHARS]


def sanitize_sheet_title(title: str, taken: Iterable[str] = ()) -> str:
    r"""Return ``title`` made valid as an Excel sheet name and unique among ``taken``.

    Characters Excel refuses (``[]:*?/\`` and those XML cannot hold) become ``_``, leading and
    trailing apostrophes are removed, the reserved name "History" gets a suffix, and the name is
    cut to 31 characters. A name already in ``taken`` (compared case-insensitively, as Excel
    does) gets `` (2)``, `` (3)`` ... before the cut.

    Args:
        title: The wanted sheet name.
        taken: Sheet names already used in the workbook.

    Returns:
        A valid, unique sheet name.
    """
    clean = _SHEET_TITLE_ILLEGAL_RE.sub("_", title)
    clean = _XML_ILLEGAL_RE.sub("_", clean).strip().strip("'").strip()
    if not clean:
        clean = translate("Workbook", "Sheet")
    if clean.casefold() == "history":
        clean += "_"
    used = {name.casefold() for name in taken}
    # Cutting may expose a trailing apostrophe or space, which Excel refuses at the end too.
    candidate = clean[:MAX_SHEET_TITLE_CHARS].rstrip().rstrip("'")
    number = 2
    while candidate.casefold() in used:
        suffix = f" ({number})"
        candidate = clean[: MAX_SHEET_TITLE_CHARS - len(suffix)] + suffix
        number += 1
    return candidate


def display_width(text: str) -> int:
    """Return how many Excel character units ``text`` needs on its longest line.

    East Asian wide and full-width characters (Chinese, full-width punctuation) count as 2.

    Args:
        text: The text as it would be shown.

    Returns:
        The width of the widest line.
    """
    return max(
        (
            sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)
            for line in text.splitlines()
        ),
        default=0,
    )


# --- internals ---------------------------------------------------------------------------------


def _fill_workbook(
    workbook: Workbook,
    sheets: Sequence[Sheet],
    total: int | None,
    progress: ProgressCallback | None,
    cancelled: CancelledCallback | None,
    pending: PendingFile,
) -> int:
    """Append every sheet's header and rows; returns the number of data rows."""
    done = 0
    if progress is not None:
        progress(0, total)
    taken: list[str] = []
    header_font = Font(bold=True)
    for sheet in sheets:
        if not sheet.columns:
            raise ValueError(f"sheet {sheet.title!r} has no columns")
        name = sanitize_sheet_title(sheet.title, taken)
        taken.append(name)
        ws = workbook.create_sheet(title=name)
        kinds = [column.kind for column in sheet.columns]
        formats = [column.number_format for column in sheet.columns]
        rows = iter(sheet.rows)
        # Write-only sheets need widths and panes before the first append, so measure a
        # leading sample and then put it back in front of the rest of the iterator.
        sample = list(itertools.islice(rows, WIDTH_SAMPLE_ROWS))
        _set_column_widths(ws, sheet.columns, sample)
        header_row = len(sheet.preamble) + 2 if sheet.preamble else 1
        ws.freeze_panes = f"A{header_row + 1}"
        _attach_sheet_buffer(ws, pending, f"sheet{len(taken)}")

        for line in sheet.preamble:
            ws.append([_to_cell(ws, ColumnKind.TEXT, text) for text in line])
        if sheet.preamble:
            ws.append([])

        header = []
        for column in sheet.columns:
            cell = WriteOnlyCell(ws, value=sanitize_text(column.header))
            cell.data_type = "s"
            cell.font = header_font
            header.append(cell)
        ws.append(header)

        row_number = header_row
        for values in itertools.chain(sample, rows):
            row_number += 1
            ws.append(_to_cells(ws, kinds, values, name, row_number, formats))
            done += 1
            if done % PROGRESS_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise ExportCancelled()
                if progress is not None:
                    progress(done, total)

        last_column = get_column_letter(len(sheet.columns))
        # The filter's range is written in the sheet's tail, after all rows are known.
        ws.auto_filter.ref = f"A{header_row}:{last_column}{row_number}"

    if cancelled is not None and cancelled():
        raise ExportCancelled()
    if progress is not None:
        progress(done, total)
    return done


def _to_cells(
    ws: Any, kinds: Sequence[ColumnKind], values: Sequence[Any], sheet: str, row_number: int,
    formats: Sequence[str | None] = (),
) -> list[WriteOnlyCell | int | None]:
    """Turn one row of values into typed, formatted cells (None leaves a cell empty)."""
    if len(values) != len(kinds):
        raise ValueError(
            f"sheet {sheet!r} row {row_number}: {len(values)} values for {len(kinds)} columns"
        )
    cells: list[WriteOnlyCell | int | None] = []
    for column_number, (kind, value) in enumerate(zip(kinds, values, strict=True), start=1):
        if value is None:
            cells.append(None)
            continue
        try:
            cell = _to_cell(ws, kind, value)
            wanted = formats[column_number - 1] if column_number <= len(formats) else None
            if wanted and not isinstance(cell, int):  # a bare int carries no format
                cell.number_format = wanted
            cells.append(cell)
        except (TypeError, ValueError) as exc:
            where = f"sheet {sheet!r} row {row_number} column {column_number} ({kind})"
            # Re-raise as the plain base class: subclasses may not take a single message.
            error = TypeError if isinstance(exc, TypeError) else ValueError
            raise error(f"{where}: {exc}") from exc
    return cells


def _to_cell(ws: Any, kind: ColumnKind, value: Any) -> WriteOnlyCell | int:
    """Build one cell; TEXT is forced to a string cell so it can never turn into a formula."""
    if kind is ColumnKind.TEXT:
        text = value if isinstance(value, str) else str(value)
        cell = WriteOnlyCell(ws, value=sanitize_text(text))
        # Assigning "=..." made it a formula ('f'); forcing 's' writes it as inline text.
        cell.data_type = "s"
        return cell
    if kind is ColumnKind.INT:
        # A bare int needs no style; openpyxl types it as a number without building a cell.
        return _require_int(value)
    if kind is ColumnKind.MONEY_FEN:
        cell = WriteOnlyCell(ws, value=Decimal(_require_int(value)) / 100)
        cell.number_format = MONEY_FORMAT
        return cell
    if kind is ColumnKind.DATETIME:
        if not isinstance(value, dt.datetime):
            raise TypeError(f"expected an aware datetime, got {type(value).__name__}")
        cell = WriteOnlyCell(ws, value=_naive_local(value))
        cell.number_format = DATETIME_FORMAT
        return cell
    if kind is ColumnKind.DATE:
        if isinstance(value, dt.datetime):
            value = _naive_local(value).date()
        elif not isinstance(value, dt.date):
            raise TypeError(f"expected a date, got {type(value).__name__}")
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    raise ValueError(f"unknown column kind {kind!r}")


def _require_int(value: Any) -> int:
    """Accept only real ints: a float or Decimal in a fen column is a bug upstream."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an int, got {type(value).__name__}")
    return value


def _naive_local(value: dt.datetime) -> dt.datetime:
    """Convert an aware datetime to naive local wall-clock time (Excel has no time zones)."""
    if value.tzinfo is None or value.utcoffset() is None:
        # A naive value may be UTC read back from SQLite; guessing would shift times by hours.
        raise ValueError(f"naive datetime {value.isoformat()} (expected an aware datetime)")
    return value.astimezone().replace(tzinfo=None)


def _cell_text(kind: ColumnKind, value: Any) -> str:
    """The text a value shows in Excel, for measuring column widths."""
    if value is None:
        return ""
    if kind is ColumnKind.MONEY_FEN and isinstance(value, int):
        return f"{Decimal(value) / 100:,.2f}"
    if kind is ColumnKind.DATETIME:
        return "0000-00-00 00:00"
    if kind is ColumnKind.DATE:
        return "0000-00-00"
    return str(value)


def _set_column_widths(ws: Any, columns: Sequence[Column], sample: Sequence[Sequence[Any]]) -> None:
    """Size each column to its header and the sampled values (fixed widths win)."""
    for index, column in enumerate(columns):
        if column.width is not None:
            width = float(column.width)
        else:
            content = max(
                (
                    display_width(_cell_text(column.kind, row[index]))
                    for row in sample
                    if index < len(row)
                ),
                default=0,
            )
            width = max(display_width(column.header) + _HEADER_ARROW_ROOM, content + _CELL_PADDING)
            width = min(max(width, MIN_COLUMN_WIDTH), MAX_COLUMN_WIDTH)
        ws.column_dimensions[get_column_letter(index + 1)].width = width


def _set_properties(
    workbook: Workbook, *, title: str | None, subject: str | None, creator: str
) -> None:
    """Fill the document properties shown in Excel's File > Info."""
    props = workbook.properties
    props.creator = sanitize_text(creator)
    props.lastModifiedBy = props.creator
    if title:
        props.title = sanitize_text(title)
    if subject:
        props.subject = sanitize_text(subject)


def _close_row_sources(sheets: Sequence[Sheet]) -> None:
    """Close row generators left half-read, so their DB cursors close now, on this thread.

    Otherwise a generator over a query is finalised whenever the garbage collector gets to it,
    possibly on another thread, which SQLite connections refuse.
    """
    for sheet in sheets:
        close = getattr(sheet.rows, "close", None)
        if callable(close):
            try:
                close()
            except Exception:  # the export's own error is the one to report
                logger.warning("closing the rows of sheet %r failed", sheet.title, exc_info=True)


class _SheetBuffer(openpyxl_sheet_writer.WorksheetWriter):
    """openpyxl's sheet writer, streaming into a scratch file of the pending workbook.

    openpyxl would stream each write-only sheet into a file of its own in the system temp
    folder (``create_temporary_file``), where a killed export leaves every row behind. The
    writer takes the file as ``out``, so this one gets a scratch file beside the target
    instead: per workbook, with no global state, so exports on several threads never meet.
    """

    def __init__(self, ws: Any, pending: PendingFile, label: str) -> None:
        self._pending = pending
        super().__init__(ws, out=str(pending.scratch_file(label)))

    def cleanup(self) -> None:
        """Called by openpyxl once the sheet is zipped; the file is ours, not in its list."""
        self._pending.discard(self.out)


def _attach_sheet_buffer(ws: Any, pending: PendingFile, label: str) -> None:
    """Give a write-only sheet its buffer before the first row, as openpyxl would.

    Mirrors ``WriteOnlyWorksheet._get_writer`` of openpyxl 3.1, which creates the writer on
    the first append only if the sheet has none; widths and panes must be set before, since
    ``write_top`` writes them.
    """
    if getattr(ws, "_writer", "missing") is not None:
        raise RuntimeError("openpyxl's write-only sheet changed: no empty _writer to replace")
    ws._writer = _SheetBuffer(ws, pending, label)
    ws._writer.write_top()


def _close_sheet_buffers(workbook: Workbook) -> None:
    """End the sheets' XML streams after a failed or cancelled export.

    The scratch files themselves are removed by :func:`~deskapp.fileio.atomic_replace`, but
    an open stream would keep a file in use (Windows refuses to delete it) and fail later when
    the garbage collector finalises the generator. This reaches into openpyxl 3.1 internals
    (``ws._rows``, ``ws._writer``), hence the defensive style.
    """
    for ws in workbook.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        try:
            rows = getattr(ws, "_rows", None)
            if rows is not None:
                rows.close()
            writer.close()
        except Exception:  # the stream may be half-written; removing the file is what matters
            logger.debug("closing openpyxl sheet stream failed", exc_info=True)


__all__ = [
    "DATETIME_FORMAT",
    "DATE_FORMAT",
    "MONEY_FORMAT",
    "CancelledCallback",
    "Column",
    "ColumnKind",
    "ExportCancelled",
    "ProgressCallback",
    "Sheet",
    "display_width",
    "sanitize_sheet_title",
    "sanitize_text",
    "write_workbook",
]

"""Read one sheet of an .xlsx workbook as numbered rows of text keyed by column, for imports.

The sheets people bring to the counter are typed by hand: a title line or two above the
headers, headers in Chinese or English with stray blanks, phone numbers stored as numbers
(``13800138000``) or unit numbers as floats (``1203.0``), and empty lines between blocks.
:func:`read_sheet_rows` copes with all of these and hands back plain text, so the domain's
import rules never see an openpyxl type.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from os import PathLike
from pathlib import Path

from openpyxl import load_workbook

from deskapp.errors import UserError
from deskapp.i18n import fill, translate

logger = logging.getLogger(__name__)

#: The header row is looked for in this many rows from the top of the sheet.
HEADER_SEARCH_ROWS = 5

SheetRow = tuple[int, dict[str, str]]
"""``(excel_row_number, {column_key: text})``."""


class SheetFormatError(UserError):
    """The file is not a readable .xlsx workbook, or its sheet has no recognisable header row.

    The message is translated and says what to do; nothing was imported.
    """


@dataclass(frozen=True)
class SheetRows:
    """The data rows of a sheet, read completely (the workbook is already closed).

    Iterating yields ``(excel_row_number, {key: text})`` for every row below the header that
    has text in at least one recognised column. Every recognised column's key is present in
    each dict (``""`` for an empty cell); keys whose column is not in the sheet are absent.

    Attributes:
        sheet: The title of the sheet that was read.
        header_row: The Excel row number (1-based) of the header row.
        columns: Recognised column key → the header text as written in the sheet.
        missing: Keys of ``headers`` that have no column in the sheet.
        rows: The data rows, in sheet order.
    """

    sheet: str
    header_row: int
    columns: Mapping[str, str]
    missing: tuple[str, ...] = ()
    rows: Sequence[SheetRow] = field(default_factory=tuple)

    def __iter__(self) -> Iterator[SheetRow]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


def read_sheet_rows(
    path: str | PathLike[str],
    headers: Mapping[str, Sequence[str]],
    *,
    sheet: str | None = None,
) -> SheetRows:
    """Read the rows of a sheet whose columns are named by ``headers``.

    Args:
        path: The .xlsx (or .xlsm) file.
        headers: Column key → the header spellings accepted for it. The first key is the one
            that identifies the header row and must be present; the others are optional.
            Spellings match ignoring case, blanks and a trailing ``*`` or colon.
        sheet: The sheet's title; None reads the sheet that was active when the file was saved.

    Returns:
        The data rows, with numbers as clean text (``1203.0`` → ``"1203"``) and dates as
        ``YYYY-MM-DD``; fully blank rows are skipped.

    Raises:
        SheetFormatError: The file is missing, unreadable or not an .xlsx workbook, or no row
            among the first :data:`HEADER_SEARCH_ROWS` names the first key's column.
    """
    if not headers:
        raise ValueError("headers must name at least one column")
    path = Path(path)
    title, raw_rows = _read_raw_rows(path, sheet)
    return _sheet_rows(title, raw_rows, headers)


def read_csv_rows(path: str | PathLike[str], headers: Mapping[str, Sequence[str]]) -> SheetRows:
    """Read a CSV file's rows as :func:`read_sheet_rows` reads a sheet's (the file's name
    stands for the sheet's title). UTF-8 (with or without Excel's byte-order mark) or, as
    Excel and WPS save "CSV" on a Chinese Windows, GB18030.

    Raises:
        SheetFormatError: The file is missing or unreadable, or has no recognisable header
            row.
    """
    if not headers:
        raise ValueError("headers must name at least one column")
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise SheetFormatError(
            fill(translate("SheetImport", "The file “%1” was not found."), path.name)
        ) from exc
    except OSError as exc:
        logger.warning("import file not readable: %s", path)
        raise SheetFormatError(
            fill(translate(
                "SheetImport", "The file “%1” cannot be opened. Close it in other programs "
                "and try again."
            ), path.name)
        ) from exc
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            decoded = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes any byte string
        raise SheetFormatError(_unreadable_message(path))
    try:
        dialect = csv.Sniffer().sniff(decoded[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel  # type: ignore[assignment]
    raw_rows = [tuple(row) for row in csv.reader(io.StringIO(decoded), dialect)]
    return _sheet_rows(path.name, raw_rows, headers)


def _sheet_rows(title: str, raw_rows: Sequence[Sequence[object]],
                headers: Mapping[str, Sequence[str]]) -> SheetRows:
    """The rows below the header row of ``raw_rows`` (see :func:`read_sheet_rows`)."""
    first_key = next(iter(headers))
    first_spellings = {_normalise(s) for s in headers[first_key]}
    header_index = next(
        (
            i
            for i, values in enumerate(raw_rows[:HEADER_SEARCH_ROWS])
            if any(_normalise(v) in first_spellings for v in values if v is not None)
        ),
        None,
    )
    if header_index is None:
        raise SheetFormatError(_no_header_message(title, headers))

    positions, written = _map_columns(raw_rows[header_index], headers)
    rows: list[SheetRow] = []
    for i in range(header_index + 1, len(raw_rows)):
        values = raw_rows[i]
        texts = {
            key: cell_text(values[col]) if col < len(values) else ""
            for key, col in positions.items()
        }
        if any(texts.values()):
            rows.append((i + 1, texts))
    return SheetRows(
        sheet=title,
        header_row=header_index + 1,
        columns=written,
        missing=tuple(k for k in headers if k not in positions),
        rows=tuple(rows),
    )


def cell_text(value: object) -> str:
    """A cell's value as the text a person reads in it.

    Whole numbers lose Excel's ``.0`` (``1203.0`` → ``"1203"``, ``13800138000`` stays all its
    digits, never ``1.38e10``); other numbers keep at most 15 significant digits, as Excel shows
    them. Dates read ``YYYY-MM-DD`` (plus ``HH:MM`` when there is a time), booleans
    ``TRUE``/``FALSE``, text is stripped of surrounding blanks.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (float, Decimal)):
        number = float(value)
        if math.isfinite(number) and number.is_integer():
            return str(int(number))
        return format(number, ".15g")
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M:%S" if value.second else "%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    return str(value).strip()


def _normalise(header: object) -> str:
    """``" Unit Number* "`` → ``"unitnumber"``: how headers are compared."""
    text = "".join(str(header).split()).casefold()
    return text.rstrip("*:：")


def _read_raw_rows(path: Path, sheet: str | None) -> tuple[str, list[tuple[object, ...]]]:
    """Every row's values of the sheet (ragged tuples, index = Excel row - 1); closes the file."""
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError as exc:
        logger.warning("import file missing: %s", path)
        raise SheetFormatError(
            fill(translate("SheetImport", "The file “%1” was not found."), path.name)
        ) from exc
    except PermissionError as exc:
        logger.warning("import file not readable: %s", path)
        raise SheetFormatError(
            fill(translate(
                "SheetImport", "The file “%1” cannot be opened. Close it in other programs "
                "and try again."
            ), path.name)
        ) from exc
    except Exception as exc:  # openpyxl raises many types for a file that is not .xlsx
        logger.warning("cannot read %s as xlsx: %r", path, exc)
        raise SheetFormatError(_unreadable_message(path)) from exc
    try:
        if sheet is not None:
            if sheet not in workbook.sheetnames:
                raise SheetFormatError(
                    fill(translate("SheetImport", "The workbook “%1” has no sheet named “%2”."),
                         path.name, sheet)
                )
            worksheet = workbook[sheet]
        else:
            worksheet = workbook.active
            if worksheet not in workbook.worksheets:  # a chart sheet, or no active sheet
                worksheet = workbook.worksheets[0] if workbook.worksheets else None
        if worksheet is None:
            raise SheetFormatError(_unreadable_message(path))
        # Some programs write a wrong <dimension>; read-only mode would cut the sheet to it.
        worksheet.reset_dimensions()
        try:
            rows = list(worksheet.iter_rows(values_only=True))
        except Exception as exc:  # a damaged sheet part fails only while it is parsed
            logger.warning("cannot read sheet of %s: %r", path, exc)
            raise SheetFormatError(_unreadable_message(path)) from exc
        return worksheet.title, rows
    finally:
        workbook.close()


def _map_columns(
    header_values: Sequence[object], headers: Mapping[str, Sequence[str]]
) -> tuple[dict[str, int], dict[str, str]]:
    """Column key → column index, and key → header text, for the header row.

    The leftmost column wins when two columns match one key; a column serves one key only.
    """
    positions: dict[str, int] = {}
    written: dict[str, str] = {}
    taken: set[int] = set()
    normalised = [_normalise(v) if v is not None else "" for v in header_values]
    for key, spellings in headers.items():
        wanted = {_normalise(s) for s in spellings}
        for col, text in enumerate(normalised):
            if text and text in wanted and col not in taken:
                positions[key] = col
                written[key] = str(header_values[col]).strip()
                taken.add(col)
                break
    return positions, written


def _unreadable_message(path: Path) -> str:
    return fill(translate(
        "SheetImport",
        "“%1” cannot be read as an Excel workbook (.xlsx). Open it in Excel or WPS, "
        "save it as “Excel Workbook (*.xlsx)” and try again.",
    ), path.name)


def _no_header_message(title: str, headers: Mapping[str, Sequence[str]]) -> str:
    first = next(iter(headers))
    return fill(
        translate(
            "SheetImport",
            "Sheet “%1” has no header row: none of its first %2 rows names the column %3. "
            "Expected headers: %4.",
        ),
        title,
        HEADER_SEARCH_ROWS,
        " / ".join(headers[first]),
        ", ".join(spellings[0] for spellings in headers.values() if spellings),
    )

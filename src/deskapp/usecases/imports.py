"""Imports from spreadsheets: the directory's units from an .xlsx sheet."""

from __future__ import annotations

from os import PathLike

from deskapp.domain.directory import UNIT_IMPORT_HEADERS, DirectoryService, ImportReport
from deskapp.output.xlsx_rows import SheetFormatError, SheetRows, read_sheet_rows

__all__ = ["SheetFormatError", "SheetRows", "import_units", "read_units"]


def read_units(path: str | PathLike[str]) -> SheetRows:
    """The unit rows of a sheet (its columns recognised by their Chinese or English headers).

    Raises:
        SheetFormatError: not a readable workbook, or no recognisable header row.
    """
    return read_sheet_rows(path, UNIT_IMPORT_HEADERS)


def import_units(directory: DirectoryService, rows: SheetRows) -> ImportReport:
    """Add or update the units of ``rows`` (one transaction); bad rows are reported."""
    return directory.import_units(rows)

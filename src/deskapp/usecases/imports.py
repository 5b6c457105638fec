"""Imports from spreadsheets: the directory's units from an .xlsx sheet; meter readings
from an .xlsx sheet or a CSV file, checked in a dry run before they are written."""

from __future__ import annotations

from os import PathLike
from pathlib import Path

from deskapp.domain.directory import UNIT_IMPORT_HEADERS, DirectoryService, ImportReport
from deskapp.domain.fees.billing_records import ReadingImportReport
from deskapp.domain.fees.readings_import import READING_IMPORT_HEADERS
from deskapp.domain.fees.service import FeeCollection
from deskapp.output.xlsx_rows import SheetFormatError, SheetRows, read_csv_rows, read_sheet_rows

__all__ = ["SheetFormatError", "SheetRows", "import_readings", "import_units", "read_readings",
           "read_units"]


def read_units(path: str | PathLike[str]) -> SheetRows:
    """The unit rows of a sheet (its columns recognised by their Chinese or English headers).

    Raises:
        SheetFormatError: not a readable workbook, or no recognisable header row.
    """
    return read_sheet_rows(path, UNIT_IMPORT_HEADERS)


def import_units(directory: DirectoryService, rows: SheetRows) -> ImportReport:
    """Add or update the units of ``rows`` (one transaction); bad rows are reported."""
    return directory.import_units(rows)


def read_readings(path: str | PathLike[str]) -> SheetRows:
    """The meter readings of a sheet (.xlsx) or a CSV file (.csv): unit, item, month, day
    read, current reading; previous reading, multiplier, kind and the like if given.

    Raises:
        SheetFormatError: not a readable workbook or CSV file, or no recognisable header row.
    """
    if Path(path).suffix.lower() in (".csv", ".txt"):
        return read_csv_rows(path, READING_IMPORT_HEADERS)
    return read_sheet_rows(path, READING_IMPORT_HEADERS)


def import_readings(fees: FeeCollection, rows: SheetRows, *,
                    dry_run: bool = True) -> ReadingImportReport:
    """What ``rows`` would do (``dry_run``: nothing is written), or write every good row in
    one transaction; the report lists each row with its usage and amount, or its reason."""
    return fees.import_readings(rows, dry_run=dry_run)

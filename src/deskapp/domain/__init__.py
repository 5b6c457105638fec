"""The rules of the counter. No Qt, no ReportLab, no openpyxl here."""

"""Printed documents (ReportLab) and Excel exports (openpyxl). No Qt here."""

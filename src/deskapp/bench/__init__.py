"""``deskapp bench``: figures for the speed of deskapp on five years of records, each beside
the same work done by the bare tools (Qt, sqlite3, openpyxl) in the same run."""

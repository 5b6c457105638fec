"""Closing the day (日结): what is still open, the day's figures, the closing record, and
the rules that follow from it (late entries, a closed day's receipts locked).

The modules are imported one by one: the fee collection checks a closed day from
:mod:`.lock`, and the service here reads the fee collection, so this package's own
``__init__`` imports nothing.
"""

"""The visitor log 访客登记: its tab, form, table columns and dialogs."""

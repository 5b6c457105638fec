"""The call log 电话记录: its tab, call form, table columns and dialogs."""

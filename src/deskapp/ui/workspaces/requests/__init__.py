"""The requests 投诉、报修、咨询、建议: their tab, forms, table columns and dialogs."""

"""Qt widgets, table models and dialogs: thin, they receive services and never a session."""

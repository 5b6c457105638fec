"""SQLModel tables, the engine and migrations."""

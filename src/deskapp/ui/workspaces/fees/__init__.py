"""The fee collection workspace (收费)."""

"""What every workspace is built from: the tab base, the paged history, app events."""

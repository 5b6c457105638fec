"""The shift handover in the window: writing the note (Ctrl+Shift+H), the past notes with
their items to sign off, and the notes the incoming operator reads first at log-in."""

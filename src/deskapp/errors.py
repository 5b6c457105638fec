"""The root of every error whose message is written for the person at the counter.

The domain's refusals (bad input, a record not found) and the data file's problems (busy,
read-only, full, damaged, not ours) both derive from :class:`UserError`, so the window and
the commands show them in words and never as a traceback or SQL.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can understand; ``str(exc)`` is the sentence to show them."""


class ProtectedFile(UserError):
    """A file chosen to write or read is deskapp's own data file."""

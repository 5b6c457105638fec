"""``deskapp`` and ``python -m deskapp``: the window, or a command without it."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run deskapp; commands (demo, export, print, screenshot, check) run without the window."""
    from deskapp.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    raise SystemExit(main())

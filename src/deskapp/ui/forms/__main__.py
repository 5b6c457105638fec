"""Regenerate ``ui_<form>.py`` for every ``forms/<form>.ui`` (run after editing a form)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[4]
FORMS = REPO / "forms"
OUT = Path(__file__).resolve().parent


def uic_command() -> list[str]:
    """pyside6-uic from the running environment (the venv's bin folder first)."""
    exe = Path(sys.executable).with_name("pyside6-uic")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic not found: install PySide6-Essentials")
    return [found]


def compile_form(ui_file: Path, target: Path) -> None:
    """Compile one form; the generated header names the form, not the machine."""
    subprocess.run([*uic_command(), "--from-imports", str(ui_file), "-o", str(target)],
                   check=True)


def main() -> int:
    """Compile all forms and remove generated modules whose form is gone."""
    wanted = set()
    for ui_file in sorted(FORMS.glob("*.ui")):
        target = OUT / f"ui_{ui_file.stem}.py"
        compile_form(ui_file, target)
        wanted.add(target.name)
        print(f"{ui_file.relative_to(REPO)} -> {target.relative_to(REPO)}")
    for stale in OUT.glob("ui_*.py"):
        if stale.name not in wanted:
            stale.unlink()
            print(f"removed {stale.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""One command for each daily job, on a fresh clone: ``python3 dev.py start`` / ``test``.

Creates ``.venv`` beside this file on first use and installs deskapp into it (editable, with
the test tools); re-installs when pyproject.toml changes. Then runs the app or pytest with
any further arguments passed through.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import venv
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = Path(os.environ.get("DESKAPP_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".deskapp-installed"


def ensure_venv() -> None:
    """Create the virtual environment and install deskapp when needed."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if PYTHON.exists() and STAMP.exists() and STAMP.read_text() == wanted:
        return
    if not PYTHON.exists():
        print(f"creating {VENV} …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("installing deskapp and its dependencies …", flush=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip"],
                   check=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test]"],
                   check=True)
    STAMP.write_text(wanted)


def update_translations() -> int:
    """Extract every translatable string into the .ts files, then compile the .qm files.

    Sources are the Python modules (not the generated ui_*.py) and the Designer forms.
    """
    tools = BIN
    sources = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "src" / "deskapp").rglob("*.py"))
               if not p.name.startswith("ui_")]
    sources += [str(p.relative_to(ROOT)) for p in sorted((ROOT / "forms").glob("*.ui"))]
    folder = ROOT / "resources" / "translations"
    for language, extra in (("zh_CN", []), ("en", ["-pluralonly"])):
        ts = folder / f"deskapp_{language}.ts"
        subprocess.run([str(tools / "pyside6-lupdate"), *extra, "-no-obsolete",
                        "-source-language", "en", "-target-language", language, *sources,
                        "-ts", str(ts.relative_to(ROOT))], check=True, cwd=ROOT)
        subprocess.run([str(tools / "pyside6-lrelease"), str(ts),
                        "-qm", str(ts.with_suffix(".qm"))], check=True, cwd=ROOT)
    return 0


def main(argv: list[str]) -> int:
    """``start`` runs the app, ``test`` runs ruff and every test, ``translations`` refreshes
    .ts/.qm."""
    if argv and argv[0] == "translations":
        ensure_venv()
        return update_translations()
    if not argv or argv[0] not in {"start", "test"}:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        print("usage: python3 dev.py start [--db FILE | demo …]  |  "
              "python3 dev.py test [pytest args]", file=sys.stderr)
        return 2
    ensure_venv()
    if argv[0] == "start":
        return subprocess.call([str(PYTHON), "-m", "deskapp", *argv[1:]])
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # Lint first (pyflakes, pycodestyle, import order), then every test; both must pass.
    lint = subprocess.call([str(PYTHON), "-m", "ruff", "check", "src", "tests", "dev.py"],
                           cwd=ROOT)
    with postgres_for_tests(env):
        tests = subprocess.call([str(PYTHON), "-m", "pytest", *argv[1:]], cwd=ROOT, env=env)
    return tests or lint


@contextlib.contextmanager
def postgres_for_tests(env: dict[str, str]) -> Iterator[None]:
    """A throwaway PostgreSQL server for the data tests, when PostgreSQL is installed.

    ``$DESKAPP_TEST_PG_URL`` set: that server is used as it is. Otherwise a server starts on
    loopback in a temporary folder and is stopped and removed afterwards, also when tests
    fail; without PostgreSQL the tests on it say they were skipped.
    """
    script = ROOT / "tests" / "pg_server.py"
    if env.get("DESKAPP_TEST_PG_URL") or env.get("DESKAPP_TEST_NO_PG"):
        yield
        return
    parent = Path(tempfile.mkdtemp(prefix="deskapp-pg-"))
    parent.chmod(0o755)
    folder = parent / "server"
    started = subprocess.run([str(PYTHON), str(script), "start", str(folder)],
                             capture_output=True, text=True)
    if started.returncode != 0:
        print(f"no PostgreSQL server for the tests: {started.stderr.strip()}", file=sys.stderr)
        shutil.rmtree(parent, ignore_errors=True)
        yield
        return
    env["DESKAPP_TEST_PG_URL"] = started.stdout.strip()
    # A CI job that is stopped (SIGTERM) still stops the server and removes its folder.
    previous = signal.signal(signal.SIGTERM, lambda *_args: sys.exit(143))
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
        subprocess.run([str(PYTHON), str(script), "stop", str(folder)], check=False)
        shutil.rmtree(parent, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

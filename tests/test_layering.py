"""The layers point one way, checked on real imports (every import statement, also those
inside functions) and on what the headless commands really load."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from processes import deskapp

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "deskapp"


def imports_of(path: Path) -> set[str]:
    """Every module ``path`` imports, absolute names (``from . import x`` resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    module = ".".join(path.relative_to(SRC).with_suffix("").parts)
    package = module.rsplit(".", 1)[0] if path.name != "__init__.py" else module
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def modules(*folders: str) -> list[Path]:
    """The modules under ``deskapp/<folder>`` (generated forms left out)."""
    paths = []
    for folder in folders:
        root = PACKAGE / folder
        paths += [root] if root.suffix == ".py" else sorted(root.rglob("*.py"))
    return [p for p in paths if not p.name.startswith("ui_") and "migrations" not in p.parts]


def offenders(paths: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    return sorted(f"{p.relative_to(SRC)} imports {name}" for p in paths
                  for name in imports_of(p)
                  if any(name == f or name.startswith(f + ".") for f in forbidden))


@pytest.mark.parametrize("layer, forbidden", [
    # The rules of the counter know nothing of screens, paper, files or use cases.
    (("domain",), ("PySide6", "deskapp.ui", "deskapp.output", "deskapp.usecases",
                   "deskapp.bootstrap", "deskapp.devices", "reportlab", "openpyxl")),
    # The data layer knows nothing above it.
    (("db",), ("PySide6", "deskapp.ui", "deskapp.domain", "deskapp.output",
               "deskapp.usecases", "deskapp.bootstrap")),
    # Documents and workbooks render what the domain returns, without Qt or the database.
    (("output",), ("PySide6", "deskapp.ui", "deskapp.db", "deskapp.usecases", "sqlalchemy",
                   "sqlmodel")),
    # Device adapters (the ID-card reader) use the domain's rules, nothing above or below.
    (("devices",), ("PySide6", "deskapp.ui", "deskapp.db", "deskapp.output",
                    "deskapp.usecases", "deskapp.bootstrap", "sqlalchemy", "sqlmodel")),
    # The use cases run without a screen.
    (("usecases",), ("PySide6", "deskapp.ui")),
    # Widgets get services and use cases; they never reach the database or the renderers.
    (("ui",), ("deskapp.db", "deskapp.output", "sqlalchemy", "sqlmodel")),
])
def test_each_layer_imports_only_what_lies_below_it(layer: tuple[str, ...],
                                                     forbidden: tuple[str, ...]) -> None:
    assert not offenders(modules(*layer), forbidden)


def test_no_widget_holds_an_engine_or_a_session() -> None:
    for path in modules("ui"):
        text = path.read_text(encoding="utf-8")
        assert ".engine" not in text and "Session(" not in text, path.name


def maskers(source: str) -> list[str]:
    """Where ``source`` imports, names or calls mask_id_number (however it was imported)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.alias):
            named = node.name.rsplit(".", 1)[-1]
        elif isinstance(node, ast.Name):
            named = node.id
        elif isinstance(node, ast.Attribute):
            named = node.attr
        else:
            continue
        if named == "mask_id_number":
            found.append(f"line {getattr(node, 'lineno', '?')}: {ast.unparse(node)}"
                         if not isinstance(node, ast.alias) else f"imports {node.name}")
    return found


def test_widgets_never_mask_an_id_number() -> None:
    # Every row that carries an ID number has id_number_masked: widgets show that, so no
    # screen masks differently from the others or forgets to.
    found = {str(p.relative_to(SRC)): hits for p in modules("ui")
             if (hits := maskers(p.read_text(encoding="utf-8")))}
    assert not found


@pytest.mark.parametrize("source", [
    "from deskapp.domain.identity import mask_id_number\n",
    "from deskapp.domain.identity import mask_id_number as hide\n",
    "from deskapp.domain import identity\nidentity.mask_id_number('x')\n",
    "import deskapp.domain.identity\ndeskapp.domain.identity.mask_id_number('x')\n",
])
def test_the_masking_check_sees_every_way_in(source: str) -> None:
    assert maskers(source)
    assert not maskers("label.setText(row.id_number_masked)\n")


def test_the_lower_layers_import_with_qt_unavailable() -> None:
    probe = """
import importlib, pkgutil, sys
sys.modules['PySide6'] = None  # any Qt import now fails
import deskapp.domain, deskapp.db, deskapp.output, deskapp.usecases, deskapp.devices
for package in (deskapp.domain, deskapp.db, deskapp.output, deskapp.usecases,
                deskapp.devices):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):
        if '.migrations' not in info.name:
            importlib.import_module(info.name)
import deskapp.bootstrap, deskapp.backups, deskapp.cli
assert not [m for m in sys.modules if m.startswith('deskapp.ui')]
print('ok')
"""
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            env={"PYTHONPATH": str(SRC), "PATH": ""})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


HEADLESS = """
import sys
class NoWidgets:
    def find_spec(self, name, path=None, target=None):
        if name.startswith(('deskapp.ui', 'PySide6.QtWidgets', 'PySide6.QtGui')):
            raise ImportError(f'a headless command imported {name}')
        return None
sys.meta_path.insert(0, NoWidgets())
from deskapp.cli import run
raise SystemExit(run(sys.argv[1:]))
"""


def test_the_headless_commands_never_load_a_widget(tmp_path: Path) -> None:
    db = tmp_path / "desk.sqlite"
    assert deskapp("demo", "--db", db, "--days", "1").returncode == 0
    today = __import__("datetime").date.today().isoformat()
    for args in (["check"], ["export", "--date", today, "-o", str(tmp_path / "d.xlsx")],
                 ["print", "visitor-pass", "1", "-o", str(tmp_path / "p.pdf"), "--lang", "zh_CN"],
                 ["backup", "-o", str(tmp_path / "copy.sqlite")]):
        result = subprocess.run([sys.executable, "-c", HEADLESS, *args, "--db", str(db)],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, (args, result.stderr[-2000:])

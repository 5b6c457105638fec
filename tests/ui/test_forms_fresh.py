"""The generated ui_*.py modules match their forms: nobody edited them by hand."""

from __future__ import annotations

from pathlib import Path

from deskapp.ui.forms.__main__ import FORMS, OUT, compile_form


def _body(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines()
            if not line.startswith("##")]


def test_every_form_has_a_fresh_generated_module(tmp_path: Path) -> None:
    forms = sorted(FORMS.glob("*.ui"))
    generated = sorted(OUT.glob("ui_*.py"))
    assert [f"ui_{f.stem}.py" for f in forms] == [g.name for g in generated]
    for form in forms:
        fresh = tmp_path / f"ui_{form.stem}.py"
        compile_form(form, fresh)
        assert _body(fresh) == _body(OUT / fresh.name), (
            f"{form.name} changed: run python -m deskapp.ui.forms")

"""Chinese is complete: every string in the code and forms has its translation, compiled."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "deskapp_zh_CN.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"%\d|%n|\{\w+\}")


def tool(name: str) -> str:
    exe = Path(sys.executable).with_name(name)
    return str(exe) if exe.exists() else (shutil.which(name) or name)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {(ctx.findtext("name"), msg.findtext("source")): msg
            for ctx in tree.getroot().iter("context") for msg in ctx.iter("message")}


def translation_text(msg: ET.Element) -> str:
    node = msg.find("translation")
    forms = [f.text or "" for f in node.iter("numerusform")]
    return " ".join(forms) if forms else (node.text or "")


def test_every_message_is_translated_keeping_placeholders() -> None:
    found = messages(TS)
    assert len(found) > 300
    for (context, source), msg in found.items():
        node = msg.find("translation")
        assert node.get("type") is None, f"{context}: {source!r} is {node.get('type')}"
        text = translation_text(msg)
        assert text.strip(), f"{context}: {source!r} has no translation"
        assert sorted(set(PLACEHOLDER.findall(source))) == sorted(set(PLACEHOLDER.findall(text))), (
            f"{context}: placeholders differ in {source!r} → {text!r}")


def test_the_ts_file_holds_every_string_of_the_code(tmp_path: Path) -> None:
    sources = [str(p) for p in sorted((ROOT / "src" / "deskapp").rglob("*.py"))
               if not p.name.startswith("ui_")]
    sources += [str(p) for p in sorted((ROOT / "forms").glob("*.ui"))]
    fresh = tmp_path / "fresh.ts"
    subprocess.run([tool("pyside6-lupdate"), *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    assert len(messages(fresh)) > 300
    missing = set(messages(fresh)) - set(messages(TS))
    assert not missing, f"run 'python3 dev.py translations' and translate: {sorted(missing)[:10]}"


def test_the_compiled_qm_matches_the_ts(tmp_path: Path) -> None:
    compiled = tmp_path / "x.qm"
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(compiled)], check=True,
                   capture_output=True)
    assert compiled.read_bytes() == QM.read_bytes(), "run 'python3 dev.py translations'"


def test_english_plurals_read_naturally(qtbot) -> None:
    from PySide6.QtCore import QCoreApplication

    from deskapp import translations

    translations.install("en")
    try:
        say = QCoreApplication.translate
        assert say("DirectoryDialog", "%n unit(s)", None, 1) == "1 unit"
        assert say("DirectoryDialog", "%n unit(s)", None, 3) == "3 units"
    finally:
        translations.install("en")

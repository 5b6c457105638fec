"""Tests for the printer font: registration once, and knowing which characters it lacks."""

from __future__ import annotations

import io
import threading
import time

import pytest
from fontTools.ttLib import TTFont as FontToolsFont
from reportlab.pdfbase import pdfmetrics

from deskapp.output import fonts
from deskapp.output.fonts import (
    FONT_NAME,
    PLACEHOLDER,
    PLACEHOLDER_FONT_NAME,
    font_file,
    missing_glyphs,
    register_font,
    register_placeholder_font,
    replace_missing,
)

RARE = "\u4dae"  # 䶮 (CJK Ext-A, as in 刘䶮): not in WenQuanYi Micro Hei


def test_font_file_is_the_shipped_wqy_collection() -> None:
    path = font_file()
    assert path.is_file()
    assert path.suffix == ".ttc"
    with FontToolsFont(str(path), fontNumber=fonts.SUBFONT_INDEX, lazy=True) as font:
        assert font["name"].getDebugName(1) == "WenQuanYi Micro Hei"
        assert "glyf" in font  # TrueType outlines: ReportLab cannot embed CFF


def test_register_font_is_idempotent() -> None:
    assert register_font() == FONT_NAME
    first = pdfmetrics.getFont(FONT_NAME)
    assert register_font() == FONT_NAME
    assert pdfmetrics.getFont(FONT_NAME) is first
    assert FONT_NAME in pdfmetrics.getRegisteredFontNames()


def test_placeholder_font_lays_out_like_a_han_character() -> None:
    register_font()
    assert register_placeholder_font() == PLACEHOLDER_FONT_NAME
    first = pdfmetrics.getFont(PLACEHOLDER_FONT_NAME)
    assert register_placeholder_font() == PLACEHOLDER_FONT_NAME
    assert pdfmetrics.getFont(PLACEHOLDER_FONT_NAME) is first
    # Same line metrics as the printer font and the advance of a Han character, so a line
    # holding the placeholder is laid out exactly like one holding a character.
    assert (pdfmetrics.getAscentDescent(PLACEHOLDER_FONT_NAME, 12)
            == pdfmetrics.getAscentDescent(FONT_NAME, 12))
    assert (pdfmetrics.stringWidth(PLACEHOLDER, PLACEHOLDER_FONT_NAME, 12)
            == pdfmetrics.stringWidth("国", FONT_NAME, 12) == 12)


def test_placeholder_glyph_fills_the_box_of_a_han_character() -> None:
    with FontToolsFont(str(font_file()), fontNumber=fonts.SUBFONT_INDEX, lazy=True) as source:
        han = source["glyf"][source.getBestCmap()[ord("国")]]
        han.recalcBounds(source["glyf"])
        with FontToolsFont(io.BytesIO(fonts.build_placeholder_font())) as built:
            assert built.getBestCmap() == {ord(PLACEHOLDER): "placeholder"}
            square = built["glyf"]["placeholder"]
            assert (square.yMin, square.yMax) == (han.yMin, han.yMax)
            width = square.xMax - square.xMin
            assert width == square.yMax - square.yMin  # still a square
            assert square.xMin + square.xMax == built["head"].unitsPerEm  # centred
            assert built["OS/2"].fsType == 0  # may be embedded


def test_register_font_registers_once_across_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real_register = pdfmetrics.registerFont

    def slow_register(font: object) -> None:
        calls.append(font.fontName)  # type: ignore[attr-defined]
        time.sleep(0.05)  # widen the race window
        real_register(font)

    monkeypatch.setattr(fonts, "_registered", False)
    monkeypatch.setattr(fonts.pdfmetrics, "registerFont", slow_register)
    barrier = threading.Barrier(8)
    results: list[str] = []

    def worker() -> None:
        barrier.wait()
        results.append(register_font())

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == [FONT_NAME]
    assert results == [FONT_NAME] * 8


def test_missing_font_file_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setattr(fonts, "_registered", False)
    monkeypatch.setattr(fonts, "font_file", lambda: tmp_path / "nowhere.ttc")
    with pytest.raises(FileNotFoundError, match="nowhere.ttc"):
        register_font()


def test_common_name_characters_latin_and_digits_are_covered() -> None:
    # 喆 堃 昇 are outside GB2312 but common in names; digits and X make up ID numbers.
    assert missing_glyphs("王喆 张堃 李昇 欧阳 Zhang San 0123456789X ·（）：") == []


def test_rare_character_is_reported() -> None:
    assert missing_glyphs("欧阳" + RARE) == [RARE]


def test_each_missing_character_reported_once_in_order() -> None:
    text = RARE + "a\U0001f600" + RARE + "\U00020bb7"  # 😀 and 𠮷 (Ext-B) are also missing
    assert missing_glyphs(text) == [RARE, "\U0001f600", "\U00020bb7"]


def test_whitespace_and_control_characters_are_ignored() -> None:
    assert missing_glyphs("\t\n\r \u3000\u200b\u200d\x00") == []
    assert missing_glyphs("") == []


def test_placeholder_is_drawable() -> None:
    assert missing_glyphs(PLACEHOLDER) == []


def test_replace_missing() -> None:
    assert replace_missing("欧阳" + RARE + RARE) == ("欧阳" + PLACEHOLDER * 2, [RARE])
    assert replace_missing("王喆") == ("王喆", [])


def test_cmap_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    missing_glyphs("a")  # make sure the cache is filled

    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("font file read again")

    monkeypatch.setattr(fonts, "FontToolsFont", fail)
    assert missing_glyphs(RARE) == [RARE]

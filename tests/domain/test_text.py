"""Cleaning what was typed."""

from __future__ import annotations

import unicodedata

import pytest

from deskapp.domain.text import clean_text


@pytest.mark.parametrize("typed, kept", [
    ("A\x1f\u0300", "\u00c0"),  # the control character stood between the letter and accent
    ("e\u200b\u0301", "\u00e9"),
    ("张\u200b三\x07", "张三"),
    (" 第一行\r\n第二行\t", "第一行 第二行"),
])
def test_clean_text_is_nfc_after_dropping_invisible_characters(typed: str, kept: str) -> None:
    assert clean_text(typed) == kept
    assert unicodedata.is_normalized("NFC", clean_text(typed))
    assert clean_text(clean_text(typed)) == clean_text(typed)

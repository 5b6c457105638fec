"""The interface uses the shipped CJK font, so Chinese never shows as boxes."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from deskapp import paths

logger = logging.getLogger(__name__)
FONT_FILE = ("fonts", "wqy-microhei.ttc")


def install_app_font(app: QApplication) -> str:
    """Register the shipped font and make it the application font; returns its family."""
    font_id = QFontDatabase.addApplicationFont(str(paths.resource_path(*FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        logger.warning("could not load the shipped font; Chinese may show as boxes")
        return app.font().family()
    font = QFont(app.font())
    font.setFamilies([families[0], *font.families()])
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    return families[0]

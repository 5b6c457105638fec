"""Loads Qt translators (QtCore only: the commands use it too) and routes deskapp.i18n
through them."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from deskapp import i18n, paths

logger = logging.getLogger(__name__)

SUPPORTED = ("zh_CN", "en")
_installed: list[QTranslator] = []


def system_language() -> str:
    """zh_CN when the system speaks Chinese, otherwise English."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def resolve_language(setting: str) -> str:
    """The language to show: the setting, or the system's when the setting is empty."""
    return setting if setting in SUPPORTED else system_language()


def qm_path(language: str) -> str:
    """deskapp's compiled translation for ``language``."""
    return str(paths.resource_path("translations", f"deskapp_{language}.qm"))


def install(language: str) -> str:
    """Switch every translated string to ``language`` (run time switching included).

    Returns the language actually installed. English is the source language and needs no
    deskapp translator; Qt's own (qtbase) is loaded for Chinese so standard buttons read
    确定/取消.
    """
    language = resolve_language(language)
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    if language != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator()
        if qtbase.load(QLocale(language), "qtbase", "_", qt_dir):
            _installed.append(qtbase)
    # English is the source text; its file only holds plural forms ("1 unit", "2 units").
    ours: QTranslator | None = QTranslator()
    if ours.load(qm_path(language)):
        _installed.append(ours)
    else:
        logger.warning("no translation file for %s at %s", language, qm_path(language))
        ours = None
    if app is not None:
        for translator in _installed:
            app.installTranslator(translator)
    # The domain and output layers translate through the same .qm file, app or not.
    if ours is not None:
        translator = ours
        i18n.set_backend(lambda context, text: translator.translate(context, text) or text)
    else:
        i18n.set_backend(None)
    QLocale.setDefault(QLocale(language))
    return language

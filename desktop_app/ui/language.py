"""The interface's language on the Qt side: Qt's own catalogue and Xianbao's, one mechanism.

Xianbao's texts come from the catalogue desktop_app/i18n.py reads from the .ts files. The
translator installed here asks that catalogue, so a widget's self.tr() and the translate() of the
services and reports give the same words from the same file; Qt's own qtbase_<language>.qm
(shipped with PySide6) makes the standard dialogs speak the language too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QStandardPaths,
    QTranslator,
)

from desktop_app import i18n
from desktop_app.i18n import QT_TRANSLATE_NOOP


class CatalogueTranslator(QTranslator):
    """A QTranslator that answers from the catalogue i18n.set_language chose."""

    def translate(
        self,
        context: str,
        sourceText: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        # None (a null QString) lets Qt ask the next translator, then fall back to the source;
        # an empty string would be taken as the translation.
        return i18n.lookup(context, sourceText, disambiguation, n)

    def isEmpty(self) -> bool:
        return i18n.catalogue() is None


_installed: list[QTranslator] = []


def install_translators(language: str = i18n.DEFAULT_LANGUAGE) -> bool:
    """Choose the language for Xianbao's texts and Qt's own (so standard dialogs speak Chinese
    too), and make the default QLocale that language's.

    Needs a QCoreApplication. Returns False when the language has no catalogue.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators() needs a QCoreApplication")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    # The catalogue read from its .ts is kept in the cache folder: the next start reads it
    # without parsing the XML (i18n.Catalogue.load).
    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    i18n.keep_catalogues_in(Path(cache) if cache else None)
    if not i18n.set_language(language):
        return False
    ours = CatalogueTranslator(app)
    app.installTranslator(ours)
    _installed.append(ours)
    # Installed last, so asked first: where qtbase has no text (QT_GAPS), ours answers.
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    return True


# Qt's own texts that the qtbase_zh_CN.qm shipped with PySide6 6.12 leaves untranslated: Qt 6
# gave the file dialog's labels mnemonics ("&Look in:", "Files of &type:") and moved the folder
# type to QAbstractFileIconProvider, and the Chinese catalogue still holds the old strings only
# ("Look in:"). Qt asks every installed translator in turn, so ours fills these gaps; listed here
# so that lupdate keeps them in xianbao_zh_CN.ts.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
)

#: The locale whose date and number formats stand in for a "C" system locale, by language.
_LOCALE_FOR = {"zh_CN": "zh_CN.UTF-8", "en": "en_GB.UTF-8"}


def use_language_locale(language: str, environ: dict[str, str] | None = None) -> bool:
    """Where the system has no locale (LANG=C or POSIX, as on a bare Linux desktop or in a
    container), let the dates Qt's own widgets write (the file dialog's 修改日期 column uses the
    system locale, not QLocale.setDefault) follow the program's language. A real system locale
    is left alone. Call before the QApplication is made. True when the environment was changed.
    """
    env = os.environ if environ is None else environ
    if sys.platform == "win32" or language not in _LOCALE_FOR:
        return False  # Windows' system locale does not come from these variables
    effective = env.get("LC_ALL") or env.get("LC_TIME") or env.get("LANG") or ""
    if effective.split(".")[0] not in ("", "C", "POSIX"):
        return False
    env["LC_TIME"] = _LOCALE_FOR[language]
    env.pop("LC_ALL", None)  # LC_ALL=C would override LC_TIME
    return True

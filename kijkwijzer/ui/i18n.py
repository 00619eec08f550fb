"""Which language the UI speaks: Dutch source strings, English from resources/i18n/kijkwijzer_en.qm.

Qt's own mechanism (self.tr / QCoreApplication.translate, .ts compiled by pyside6-lrelease) is used;
`scripts/update_translations.py` refreshes the .ts from the code and compiles the .qm.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
I18N_DIR = RESOURCES / "i18n"
LANGUAGES = ("nl", "en")

_state: dict[str, object] = {"lang": "nl", "translators": []}


def current_lang() -> str:
    """The language of error messages (KijkwijzerError.message) and content texts."""
    return str(_state["lang"])


def install(lang: str) -> str:
    """Switch the application's translators; returns the language actually installed."""
    app = QCoreApplication.instance()
    lang = lang if lang in LANGUAGES else "nl"
    for old in list(_state["translators"]):  # type: ignore[union-attr]
        if app is not None:
            app.removeTranslator(old)
    _state["translators"] = []
    if lang != "nl" and app is not None:
        translator = QTranslator(app)
        if translator.load(str(I18N_DIR / f"kijkwijzer_{lang}.qm")):
            app.installTranslator(translator)
            _state["translators"].append(translator)  # type: ignore[union-attr]
        qt_translator = QTranslator(app)
        if qt_translator.load(QLocale(lang), "qtbase", "_", _qt_translations_dir()):
            app.installTranslator(qt_translator)
            _state["translators"].append(qt_translator)  # type: ignore[union-attr]
    elif app is not None:
        qt_translator = QTranslator(app)
        if qt_translator.load(QLocale("nl"), "qtbase", "_", _qt_translations_dir()):
            app.installTranslator(qt_translator)
            _state["translators"].append(qt_translator)  # type: ignore[union-attr]
    _state["lang"] = lang
    return lang


def _qt_translations_dir() -> str:
    from PySide6.QtCore import QLibraryInfo

    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def tr(context: str, text: str) -> str:
    """For code outside a QObject (tables, helpers); lupdate picks up QCoreApplication.translate calls."""
    return QCoreApplication.translate(context, text)


def pick(nl: str, en: str | None) -> str:
    """A content or error text in the current language (content carries both, English optional)."""
    return en if current_lang() == "en" and en else nl

"""Which language the UI speaks: Dutch source strings, English from resources/i18n/kijkwijzer_en.qm.

Qt's own mechanism (self.tr / QCoreApplication.translate, .ts compiled by pyside6-lrelease) is used;
`scripts/update_translations.py` refreshes the .ts from the code and compiles the .qm.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kijkwijzer.start_arguments import LANGUAGES

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
I18N_DIR = RESOURCES / "i18n"

_state: dict[str, object] = {"lang": "nl", "translators": []}


def current_lang() -> str:
    """The language of error messages (KijkwijzerError.message) and content texts."""
    return str(_state["lang"])


def install(lang: str) -> str:
    """Switch the application's translators; returns the language actually installed.

    Our own texts are Dutch in the source and English from kijkwijzer_en.qm. Qt's own dialogs (file dialog,
    message boxes, wizard buttons, calendar popup) speak the same language: qtbase_<lang>.qm from Qt, plus
    qt_extra_nl.qm for the few texts qtbase_nl lacks ("&Look in:", "Files of &type:"), and the default
    QLocale (month and day names in the calendar popup). Widgets made after this call use them; the app
    rebuilds its window on a language switch."""
    app = QCoreApplication.instance()
    lang = lang if lang in LANGUAGES else "nl"
    for old in list(_state["translators"]):  # type: ignore[union-attr]
        if app is not None:
            app.removeTranslator(old)
    _state["translators"] = []
    if app is not None:
        files = [(f"qtbase_{lang}", _qt_translations_dir())]
        if lang == "nl":
            files.append(("qt_extra_nl", str(I18N_DIR)))  # installed last: asked first
        else:
            files.append((f"kijkwijzer_{lang}", str(I18N_DIR)))
        for name, folder in files:
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _state["translators"].append(translator)  # type: ignore[union-attr]
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands) if lang == "nl"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    _state["lang"] = lang
    return lang


def _qt_translations_dir() -> str:
    from PySide6.QtCore import QLibraryInfo

    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def tr(context: str, text: str) -> str:
    """For code outside a QObject (tables, helpers); lupdate picks up QCoreApplication.translate calls."""
    return QCoreApplication.translate(context, text)


def count_text(n: int, one: str, many: str, **fields: object) -> str:
    """A count that reads right for 1 and for more, in Dutch (the source language, which has no translator
    to pick a plural form) as in English: `one` and `many` are both already translated, e.g.
    `count_text(n, self.tr("1 fragment"), self.tr("{n} fragmenten"))`; `{n}` and `fields` are filled in.
    This is the one plural mechanism of the UI (no %n texts, whose Dutch source would read "1 fragmenten")."""
    return (one if n == 1 else many).format(n=n, **fields)


def pick(nl: str, en: str | None) -> str:
    """A content or error text in the current language (content carries both, English optional)."""
    return en if current_lang() == "en" and en else nl

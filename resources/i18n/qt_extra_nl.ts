<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Dutch for Qt's own dialogs where Qt's qtbase_nl.qm has no translation (Qt 6.11: the file dialog's
     labels carry a mnemonic, "&Look in:", which qtbase_nl only has without one). Installed after qtbase_nl
     by kijkwijzer/ui/i18n.py; compile with: .venv/bin/pyside6-lrelease qt_extra_nl.ts -qm qt_extra_nl.qm -->
<TS version="2.1" language="nl_NL">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>QCalendarWidget</name>
    <message>
        <source>Previous Month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>Next Month</source>
        <translation>Volgende maand</translation>
    </message>
</context>
</TS>

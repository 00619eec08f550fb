"""Exchange with the world outside the workspace as use cases: exports and imports (CSV, subtitles, ELAN),
the reflection report and the case story, pseudonymisation, and backup and restore. Consent, access and
audit are checked here; the file formats themselves are in kijkwijzer/formats."""

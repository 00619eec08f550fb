"""Self-assessment wizard, SLIM panel and progress view (pytest-qt, offscreen)."""

"""Opening a team database from the window (Bestand > Teamdatabase openen…) and signing in at start when a
`--db URL` without a password was refused: the dialog, the remembered addresses and the two ways in."""

"""Team mode in the window: who you are follows from your database login (signed_in.py), and the team dialog
(Bestand > Team…): the team's members and logins, and the learning groups of the learning lab."""

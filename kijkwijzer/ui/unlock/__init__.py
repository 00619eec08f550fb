"""Before the main window opens: unlocking an encrypted workspace (its passphrase), choosing the passphrase
of a new one, and the offer to encrypt an older, plain workspace with its progress (flow.py ties them)."""

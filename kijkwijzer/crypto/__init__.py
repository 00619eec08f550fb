"""Encryption at rest: sealed files (chunked AES-256-GCM), content keys, and the workspace key that a
passphrase (Argon2id) or the OS keyring unlocks. No database, no Qt: every layer below the UI may use it.
The design and the threat model are in docs/privacy.md.
"""

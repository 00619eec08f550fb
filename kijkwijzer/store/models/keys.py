"""Content keys: one random 256-bit key per sealed thing (a recording with its stills and caches, a consent
form, a client's real name). Destroying the row makes every file and value sealed with it unreadable
(crypto-shredding). In a single-user workspace the rows sit in the SQLCipher-encrypted database; in team mode
the team-mode row-level security guards them.
"""

from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamped


class ContentKey(Timestamped, Base):
    __tablename__ = "content_keys"
    # "media:<sha256>" (a vault file and everything made from it), "form:<file name>", "client:<id>"
    id: Mapped[str] = mapped_column(String(120), primary_key=True)
    key: Mapped[bytes] = mapped_column(LargeBinary(32))

"""sealed: content keys per recording, consent form and client; the client's real name sealed with its key

Revision ID: 0003_sealed
Revises: 0002_intake
"""
import os

import sqlalchemy as sa
from alembic import op

revision = "0003_sealed"
down_revision = "0002_intake"
branch_labels = None
depends_on = None


def _seal(key: bytes, plain: bytes) -> bytes:
    from kijkwijzer.crypto.sealed import seal_bytes

    return seal_bytes(key, plain)


def upgrade() -> None:
    op.create_table(
        "content_keys",
        sa.Column("id", sa.String(length=120), nullable=False),
        sa.Column("key", sa.LargeBinary(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_content_keys")),
    )
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.add_column(sa.Column("real_name_sealed", sa.LargeBinary(), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, real_name FROM clients WHERE real_name IS NOT NULL AND real_name <> ''"))
    for client_id, real_name in rows.fetchall():
        key = os.urandom(32)
        conn.execute(sa.text("INSERT INTO content_keys (id, key, created_at) VALUES (:id, :key, CURRENT_TIMESTAMP)"),
                     {"id": f"client:{client_id}", "key": key})
        conn.execute(sa.text("UPDATE clients SET real_name_sealed = :sealed WHERE id = :id"),
                     {"sealed": _seal(key, str(real_name).encode("utf-8")), "id": client_id})
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_column("real_name")


def downgrade() -> None:
    from kijkwijzer.crypto.sealed import open_bytes

    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.add_column(sa.Column("real_name", sa.String(length=200), nullable=True))
    conn = op.get_bind()
    keys: dict[str, bytes | memoryview] = dict(
        conn.execute(sa.text("SELECT id, key FROM content_keys WHERE id LIKE 'client:%'")).fetchall()
    )
    for row in conn.execute(
        sa.text("SELECT id, real_name_sealed FROM clients WHERE real_name_sealed IS NOT NULL")
    ).fetchall():
        key = keys.get(f"client:{row.id}")
        if key is not None:
            name = open_bytes(bytes(key), bytes(row.real_name_sealed)).decode("utf-8")
            conn.execute(sa.text("UPDATE clients SET real_name = :name WHERE id = :id"), {"name": name, "id": row.id})
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_column("real_name_sealed")
    op.drop_table("content_keys")

"""method: the reflection cycle as 004 describes it, whose approach a SLIM analysis judges, text-only recordings

Revision ID: 0005_method
Revises: 0004_team

- `reflection_coverage`: further conversations a reflection looks back on (004 case 2 reflects on conversations 1
  and 2); `reflection_sessions.follows_id`: a second reflection following the first.
- `aandachtspunten.kind`: "aandachtspunt" or a leerpunt standing on its own.
- `feedback_scores.score` may be empty (the client's words without a score); `conversations.interviewed_on`: the
  interview's own date.
- `slim_analyses.approach_of`: the professional, the other professionals involved, or the organisation.
- `recordings.text_only`: a written account without a media file (the casebook).
On PostgreSQL it then runs team_0005.sql beside this file: grants and row-level security of the new table.
"""
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0005_method"
down_revision = "0004_team"
branch_labels = None
depends_on = None

SECURITY_SQL = Path(__file__).resolve().parent.parent / "team_0005.sql"
DROP_SECURITY_SQL = Path(__file__).resolve().parent.parent / "team_0005_down.sql"


def upgrade() -> None:
    op.create_table(
        "reflection_coverage",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["reflection_sessions.id"],
                                name=op.f("fk_reflection_coverage_session_id_reflection_sessions"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["conversation_id"], ["conversations.id"],
                                name=op.f("fk_reflection_coverage_conversation_id_conversations"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("session_id", "conversation_id", name=op.f("pk_reflection_coverage")),
    )
    with op.batch_alter_table("reflection_sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("follows_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_reflection_sessions_follows_id_reflection_sessions"),
                                    "reflection_sessions", ["follows_id"], ["id"], ondelete="SET NULL")
    with op.batch_alter_table("aandachtspunten", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=20), nullable=False, server_default="aandachtspunt"))
    with op.batch_alter_table("feedback_scores", schema=None) as batch_op:
        batch_op.alter_column("score", existing_type=sa.Integer(), nullable=True)
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("interviewed_on", sa.Date(), nullable=True))
    with op.batch_alter_table("slim_analyses", schema=None) as batch_op:
        batch_op.add_column(sa.Column("approach_of", sa.String(length=40), nullable=False,
                                      server_default="professional"))
    with op.batch_alter_table("recordings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("text_only", sa.Boolean(), nullable=False, server_default=sa.false()))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(sa.text(SECURITY_SQL.read_text(encoding="utf-8")))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(sa.text(DROP_SECURITY_SQL.read_text(encoding="utf-8")))
    with op.batch_alter_table("recordings", schema=None) as batch_op:
        batch_op.drop_column("text_only")
    with op.batch_alter_table("slim_analyses", schema=None) as batch_op:
        batch_op.drop_column("approach_of")
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_column("interviewed_on")
    op.execute(sa.text("DELETE FROM feedback_scores WHERE score IS NULL"))
    with op.batch_alter_table("feedback_scores", schema=None) as batch_op:
        batch_op.alter_column("score", existing_type=sa.Integer(), nullable=False)
    with op.batch_alter_table("aandachtspunten", schema=None) as batch_op:
        batch_op.drop_column("kind")
    with op.batch_alter_table("reflection_sessions", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_reflection_sessions_follows_id_reflection_sessions"),
                                 type_="foreignkey")
        batch_op.drop_column("follows_id")
    op.drop_table("reflection_coverage")

"""intake: archived reviewers, case goal/profile and dated events, free-text settings, participants as
rows (third parties included), consent corrections as versions

Revision ID: 0002_intake
Revises: 0001_baseline
"""
import sqlalchemy as sa
from alembic import op

revision = "0002_intake"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("reviewers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("archived_at", sa.DateTime(), nullable=True))

    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("goal", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("profile", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.alter_column("goal", server_default=None)
        batch_op.alter_column("profile", server_default=None)

    op.create_table(
        "case_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_case_events_case_id_cases"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_events")),
    )
    with op.batch_alter_table("case_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_events_case_id"), ["case_id"], unique=False)

    op.create_table(
        "conversation_participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("description", sa.String(length=400), nullable=False),
        sa.ForeignKeyConstraint(["conversation_id"], ["conversations.id"],
                                name=op.f("fk_conversation_participants_conversation_id_conversations"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversation_participants")),
    )
    with op.batch_alter_table("conversation_participants", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conversation_participants_conversation_id"), ["conversation_id"],
                              unique=False)
    # the old free-text participants become one row each (comma separated), role "other"
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, participants FROM conversations WHERE participants <> ''")).fetchall()
    for conversation_id, text in rows:
        for part in (p.strip() for p in str(text).split(",")):
            if part:
                conn.execute(sa.text("INSERT INTO conversation_participants (conversation_id, role, description) "
                                     "VALUES (:c, 'other', :d)"), {"c": conversation_id, "d": part[:400]})
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_column("participants")
        batch_op.alter_column("setting", existing_type=sa.String(length=30), type_=sa.String(length=200),
                              existing_nullable=False)

    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("superseded_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("superseded_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_consents_superseded_by_id_consents"), "consents",
                                    ["superseded_by_id"], ["id"], ondelete="SET NULL")


def downgrade() -> None:
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_consents_superseded_by_id_consents"), type_="foreignkey")
        batch_op.drop_column("superseded_by_id")
        batch_op.drop_column("superseded_at")
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("participants", sa.Text(), nullable=False, server_default=""))
        batch_op.alter_column("setting", existing_type=sa.String(length=200), type_=sa.String(length=30),
                              existing_nullable=False)
    op.drop_table("conversation_participants")
    op.drop_table("case_events")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("profile")
        batch_op.drop_column("goal")
    with op.batch_alter_table("reviewers", schema=None) as batch_op:
        batch_op.drop_column("archived_at")

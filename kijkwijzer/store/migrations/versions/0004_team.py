"""team: identity from the database login, the learning lab, and (on PostgreSQL) row-level security

Revision ID: 0004_team
Revises: 0003_sealed

Adds the learning lab's tables (groups, members, shared fragments with their sealed clips, the feedback thread),
`reviewers.db_role` (the PostgreSQL login of a team member), `clients.created_by`, `audit_log.db_role` and
`aandachtspunten.from_feedback_id`. On PostgreSQL it then runs team_0004.sql beside this file: the group role
`kijkwijzer_team`, its grants, the helper functions and the row-level security policies of every table that holds
client data. The SQL is frozen with this revision; a later change of a policy is a later migration.
"""
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "0004_team"
down_revision = "0003_sealed"
branch_labels = None
depends_on = None

SECURITY_SQL = Path(__file__).resolve().parent.parent / "team_0004.sql"
DROP_SECURITY_SQL = Path(__file__).resolve().parent.parent / "team_0004_down.sql"


def _created() -> sa.Column:
    return sa.Column("created_at", sa.DateTime(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "learning_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        _created(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learning_groups")),
        sa.UniqueConstraint("name", name=op.f("uq_learning_groups_name")),
    )
    op.create_table(
        "learning_group_members",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("reviewer_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["group_id"], ["learning_groups.id"],
                                name=op.f("fk_learning_group_members_group_id_learning_groups"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["reviewer_id"], ["reviewers.id"],
                                name=op.f("fk_learning_group_members_reviewer_id_reviewers"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("group_id", "reviewer_id", name=op.f("pk_learning_group_members")),
    )
    op.create_table(
        "lab_shares",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fragment_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("clip_sha256", sa.String(length=64), nullable=False),
        sa.Column("clip_name", sa.String(length=100), nullable=False),
        sa.Column("faces_blurred", sa.Boolean(), nullable=False),
        sa.Column("shared_by", sa.Integer(), nullable=True),
        _created(),
        sa.ForeignKeyConstraint(["fragment_id"], ["fragments.id"], name=op.f("fk_lab_shares_fragment_id_fragments"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["group_id"], ["learning_groups.id"],
                                name=op.f("fk_lab_shares_group_id_learning_groups"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["shared_by"], ["reviewers.id"], name=op.f("fk_lab_shares_shared_by_reviewers"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lab_shares")),
        sa.UniqueConstraint("fragment_id", "group_id", name=op.f("uq_lab_shares_fragment_id")),
    )
    with op.batch_alter_table("lab_shares", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lab_shares_fragment_id"), ["fragment_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_lab_shares_group_id"), ["group_id"], unique=False)
    op.create_table(
        "lab_feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("share_id", sa.Integer(), nullable=False),
        sa.Column("reviewer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("theme_id", sa.String(length=80), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        _created(),
        sa.ForeignKeyConstraint(["share_id"], ["lab_shares.id"], name=op.f("fk_lab_feedback_share_id_lab_shares"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["reviewer_id"], ["reviewers.id"], name=op.f("fk_lab_feedback_reviewer_id_reviewers"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lab_feedback")),
    )
    with op.batch_alter_table("lab_feedback", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lab_feedback_share_id"), ["share_id"], unique=False)

    with op.batch_alter_table("reviewers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("db_role", sa.String(length=63), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_reviewers_db_role"), ["db_role"])
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.add_column(sa.Column("created_by", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_clients_created_by_reviewers"), "reviewers", ["created_by"], ["id"],
                                    ondelete="SET NULL")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("db_role", sa.String(length=63), nullable=True))
    with op.batch_alter_table("aandachtspunten", schema=None) as batch_op:
        batch_op.add_column(sa.Column("from_feedback_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_aandachtspunten_from_feedback_id_lab_feedback"), "lab_feedback",
                                    ["from_feedback_id"], ["id"], ondelete="SET NULL")

    if op.get_bind().dialect.name == "postgresql":
        op.execute(sa.text(SECURITY_SQL.read_text(encoding="utf-8")))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(sa.text(DROP_SECURITY_SQL.read_text(encoding="utf-8")))
    with op.batch_alter_table("aandachtspunten", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_aandachtspunten_from_feedback_id_lab_feedback"), type_="foreignkey")
        batch_op.drop_column("from_feedback_id")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("db_role")
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_clients_created_by_reviewers"), type_="foreignkey")
        batch_op.drop_column("created_by")
    with op.batch_alter_table("reviewers", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_reviewers_db_role"), type_="unique")
        batch_op.drop_column("db_role")
    op.drop_table("lab_feedback")
    op.drop_table("lab_shares")
    op.drop_table("learning_group_members")
    op.drop_table("learning_groups")

"""Alembic environment: runs on the connection the store hands over (see store/migrate.py)."""

from __future__ import annotations

from alembic import context

from kijkwijzer.store.migrate import in_models
from kijkwijzer.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    from kijkwijzer.store.engine import make_engine

    connection = make_engine(config.get_main_option("sqlalchemy.url", "")).connect()  # "": refused like None

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=in_models,  # the search index (0006_search) is not in the models
)
with context.begin_transaction():
    context.run_migrations()

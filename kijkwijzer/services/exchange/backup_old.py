"""Rows of a backup written at an older schema revision, brought to the current schema by the same Alembic
steps that upgrade a workspace (a real name becomes a sealed one with its own key, free-text participants
become rows, ...). The steps run in a private in-memory SQLite database: nothing is written to disk, and the
target workspace sees only rows of its own schema, checked like any other backup's.
"""

from __future__ import annotations

import zipfile
from typing import Any

from sqlalchemy import MetaData, Table, create_engine, select
from sqlalchemy.exc import DataError, IntegrityError, StatementError
from sqlalchemy.pool import StaticPool

from kijkwijzer.errors import BadInput
from kijkwijzer.formats import backup_zip as backup
from kijkwijzer.services.exchange import backup_tables
from kijkwijzer.store.migrate import MIGRATIONS
from kijkwijzer.store.models import Base


def _config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgraded_rows(zf: zipfile.ZipFile, manifest: backup.Manifest) -> dict[str, list[dict[str, Any]]]:
    """Every row of the backup, checked against the columns of its own revision, then upgraded to head;
    returned as dicts per current table (Python values, as `backup_tables.read_table` gives them)."""
    from alembic import command
    from sqlcipher3 import dbapi2  # the store's SQLite: the steps need its FTS5 options

    engine = create_engine("sqlite://", module=dbapi2, poolclass=StaticPool)
    try:
        with engine.begin() as conn:
            config = _config()
            config.attributes["connection"] = conn
            command.upgrade(config, manifest.revision)
            old = MetaData()
            old.reflect(conn)
            strange = sorted(set(manifest.tables) - set(old.tables))
            if strange:
                raise BadInput(
                    f"Reservekopie bevat onbekende tabellen: {', '.join(strange)}",
                    f"Backup contains unknown tables: {', '.join(strange)}",
                )
            try:
                for table in old.sorted_tables:
                    if table.name in manifest.tables:
                        rows = backup_tables.read_table(zf, table, manifest)
                        if rows:
                            conn.execute(table.insert(), rows)
                command.upgrade(config, "head")
            except (IntegrityError, DataError, StatementError) as error:
                raise BadInput(
                    "Reservekopie onbruikbaar: de gegevens erin kloppen niet onderling (beschadigd?).",
                    "Backup unusable: its data is inconsistent (damaged?).",
                ) from error
            return {t.name: _rows(conn, t) for t in Base.metadata.sorted_tables}
    finally:
        engine.dispose()


def _rows(conn, table: Table) -> list[dict[str, Any]]:
    order = list(table.primary_key.columns) or list(table.columns)
    return [dict(row._mapping) for row in conn.execute(select(*table.columns).order_by(*order))]

"""Regenerate the baseline migration from the models (allowed only until the first release ships).

After the first release, every schema change gets its own Alembic step instead.
"""

import tempfile
from pathlib import Path

from alembic import command

from kijkwijzer.store.engine import Store
from kijkwijzer.store.migrate import MIGRATIONS, _config

target = MIGRATIONS / "versions" / "0001_baseline.py"
target.unlink(missing_ok=True)
with tempfile.TemporaryDirectory() as tmp:
    store = Store(f"sqlite:///{Path(tmp) / 'autogen.db'}")
    cfg = _config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.revision(cfg, message="baseline", autogenerate=True, rev_id="0001_baseline")
generated = next((MIGRATIONS / "versions").glob("0001_baseline_*.py"))
text = generated.read_text().replace("baseline\n\nRevision ID", "baseline: the whole workspace schema\n\nRevision ID")
generated.unlink()
target.write_text(text)
print(f"wrote {target}")

"""Extracted facts kept per file, keyed by content hash, so a second run
re-parses only what changed.

One SQLite file in the user's cache folder (`$MIGRATE_KIT_CACHE_DIR`, else
`$XDG_CACHE_HOME/migrate-kit`, else `~/.cache/migrate-kit`); never inside the
analyzed ROOT. One row per file path, so the cache does not grow with edits.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
from pathlib import Path

from migrate_kit.model.facts import FileFacts, ParseFailure

# Bump when extraction changes what it produces: old rows are then ignored.
EXTRACTOR_VERSION = "6"


def default_cache_dir() -> Path:
    explicit = os.environ.get("MIGRATE_KIT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "migrate-kit"


def content_key(source: bytes, module: str, is_package: bool, root_package: str | None = None) -> str:
    """Facts depend on the bytes, on the module name (relative imports, qualified names)
    and on the name ROOT's own package is imported by."""
    digest = hashlib.sha256(source)
    digest.update(f"\0{EXTRACTOR_VERSION}\0{module}\0{int(is_package)}\0{root_package or ''}".encode())
    return digest.hexdigest()


class FactsCache:
    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(folder / "facts.sqlite3")
        self._db.execute("CREATE TABLE IF NOT EXISTS facts (path TEXT PRIMARY KEY, key TEXT, blob BLOB)")

    def get(self, path: str, key: str) -> FileFacts | ParseFailure | None:
        row = self._db.execute("SELECT key, blob FROM facts WHERE path = ?", (path,)).fetchone()
        if row is None or row[0] != key:
            return None
        try:
            return pickle.loads(row[1])
        except Exception:  # a row written by another version: treat as a miss
            return None

    def put_many(self, rows: list[tuple[str, str, FileFacts | ParseFailure]]) -> None:
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO facts (path, key, blob) VALUES (?, ?, ?)",
                [(path, key, pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL)) for path, key, facts in rows],
            )

    def close(self) -> None:
        self._db.close()

import os
import shutil
import time
from pathlib import Path

CACHE_DIR = Path(os.environ.get("TOOL_CACHE", "~/.cache/tool")).expanduser()


def _stale(path, max_age):
    return time.time() - path.stat().st_mtime > max_age


def sync(dry_run=False):
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    fetched = [name for name in ("users", "orders") if not dry_run]
    return {"ok": True, "fetched": fetched}


def prune(dry_run=False, max_age=7 * 86400):
    removed = []
    for path in CACHE_DIR.glob("*.json"):
        if _stale(path, max_age):
            removed.append(path.name)
            if not dry_run:
                path.unlink()
    return {"ok": True, "removed": removed}


def status(dry_run=False):
    usage = shutil.disk_usage(CACHE_DIR)
    return {"ok": True, "free_mb": usage.free // 2**20, "dry_run": dry_run}


def version(dry_run=False):
    from . import __version__

    return {"ok": True, "version": __version__}


def unknown(dry_run=False):
    return {"ok": False, "error": "unknown command"}

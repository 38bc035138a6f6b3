import json
import os

HOOKS_CONFIG = json.loads(os.getenv("HOOKS", "{}")) or {
    "user.created": ["hooks.builtin.send_welcome"],
}
MAINTENANCE = {"method": os.getenv("MAINTENANCE_METHOD", "purge")}

import subprocess


def _has(binary):
    return subprocess.run(["which", binary], capture_output=True).returncode == 0


def doctor(dry_run=False):
    checks = {"git": _has("git"), "docker": _has("docker")}
    return {"ok": all(checks.values()), "checks": checks}


EXTRA_COMMANDS = {"doctor": doctor}

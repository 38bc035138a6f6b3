import os
import time


def purge_old_files(root, days):
    cutoff = time.time() - days * 86400
    removed = 0
    for name in os.listdir(root):
        path = os.path.join(root, name)
        if os.path.getmtime(path) < cutoff:
            os.remove(path)
            removed += 1
    return removed

import glob
import gzip
import os


def open_any(path):
    if path.endswith(".gz"):
        return gzip.open(path, "rt")
    return open(path)


def read_lines(pattern):
    for path in sorted(glob.glob(pattern)):
        with open_any(path) as fh:
            yield from fh


def tail_dir(directory):
    for name in os.listdir(directory):
        yield from read_lines(os.path.join(directory, name))

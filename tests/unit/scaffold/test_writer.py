"""The scaffold's one writer: manifest, edited files kept, --force with .orig, no half tree."""

import json
import os
from pathlib import Path

import pytest

from migrate_kit.errors import BadInput
from migrate_kit.scaffold import writer


def manifest(out: Path) -> dict:
    return json.loads((out / writer.MANIFEST).read_text())


def test_a_new_tree_appears_whole_with_its_manifest(tmp_path):
    out = tmp_path / "out"
    outcome = writer.write_tree(out, {"a/x.py": "x = 1\n", "a/y.txt": "y\r\n"})
    assert outcome.written == ("a/x.py", "a/y.txt")
    assert (out / "a" / "y.txt").read_bytes() == b"y\r\n"  # written as given
    assert manifest(out)["files"] == {"a/x.py": writer.digest("x = 1\n"), "a/y.txt": writer.digest("y\r\n")}
    assert oct(out.stat().st_mode & 0o777) == oct(0o777 & ~_umask())
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no staging folder left


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_unchanged_files_are_left_alone_and_ours_are_regenerated(tmp_path):
    out = tmp_path / "out"
    writer.write_tree(out, {"a.txt": "1", "b.txt": "1"})
    before = (out / "a.txt").stat().st_mtime_ns
    outcome = writer.write_tree(out, {"a.txt": "1", "b.txt": "2"})
    assert (outcome.unchanged, outcome.written) == (("a.txt",), ("b.txt",))
    assert (out / "a.txt").stat().st_mtime_ns == before
    assert (out / "b.txt").read_text() == "2"


def test_a_file_a_person_changed_is_kept_unless_forced(tmp_path):
    out = tmp_path / "out"
    writer.write_tree(out, {"a.txt": "generated"})
    (out / "a.txt").write_text("mine")
    kept = writer.write_tree(out, {"a.txt": "generated again"})
    assert (kept.kept, kept.written) == (("a.txt",), ())
    assert (out / "a.txt").read_text() == "mine"
    again = writer.write_tree(out, {"a.txt": "generated again"})  # still theirs on the next run
    assert again.kept == ("a.txt",)
    forced = writer.write_tree(out, {"a.txt": "generated again"}, force=True)
    assert (forced.backed_up, forced.written) == (("a.txt",), ())
    assert (out / "a.txt").read_text() == "generated again"
    assert (out / "a.txt.orig").read_text() == "mine"
    assert writer.write_tree(out, {"a.txt": "generated again"}).unchanged == ("a.txt",)


def test_a_file_that_was_there_before_any_manifest_counts_as_a_persons(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.txt").write_text("mine")
    assert writer.write_tree(out, {"a.txt": "generated"}).kept == ("a.txt",)


def test_files_no_longer_generated_are_removed_only_if_untouched(tmp_path):
    out = tmp_path / "out"
    writer.write_tree(out, {"old.txt": "1", "edited.txt": "1", "keep.txt": "1"})
    (out / "edited.txt").write_text("mine")
    outcome = writer.write_tree(out, {"keep.txt": "1"})
    assert outcome.removed == ("old.txt",)
    assert not (out / "old.txt").exists() and (out / "edited.txt").read_text() == "mine"
    assert sorted(manifest(out)["files"]) == ["keep.txt"]


@pytest.mark.parametrize("path", ["../x.txt", "/etc/x", "a/../../x", "a\\b", writer.MANIFEST, ""])
def test_paths_outside_the_folder_are_refused(tmp_path, path):
    with pytest.raises(BadInput):
        writer.write_tree(tmp_path / "out", {path: "x"})
    assert not (tmp_path / "out").exists()


def test_an_out_that_is_a_file_is_refused(tmp_path):
    (tmp_path / "out").write_text("")
    with pytest.raises(BadInput, match="is a file"):
        writer.write_tree(tmp_path / "out", {"a": "b"})


def test_a_broken_manifest_is_reported(tmp_path):
    out = tmp_path / "out"
    writer.write_tree(out, {"a": "b"})
    (out / writer.MANIFEST).write_text("{")
    with pytest.raises(BadInput, match="manifest.json"):
        writer.write_tree(out, {"a": "b"})


def test_a_failed_write_leaves_nothing_behind(tmp_path, monkeypatch):
    out = tmp_path / "out"
    real = writer._write

    def failing(path, text):
        if path.name == "b.txt":
            raise OSError(28, "No space left on device")
        real(path, text)

    monkeypatch.setattr(writer, "_write", failing)
    with pytest.raises(OSError):
        writer.write_tree(out, {"a.txt": "1", "b.txt": "2"})
    assert list(tmp_path.iterdir()) == []  # neither DIR nor the staging folder

    monkeypatch.setattr(writer, "_write", real)
    writer.write_tree(out, {"a.txt": "1"})
    monkeypatch.setattr(writer, "_write", failing)
    with pytest.raises(OSError):
        writer.write_tree(out, {"a.txt": "changed", "b.txt": "2"})
    assert (out / "a.txt").read_text() == "1" and not (out / "b.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_file_where_a_folder_belongs_is_refused_before_writing(tmp_path):
    out = tmp_path / "out"
    writer.write_tree(out, {"a.txt": "1"})
    (out / "orders").write_text("a file")
    with pytest.raises(BadInput, match="where a generated folder belongs"):
        writer.write_tree(out, {"a.txt": "2", "orders/template.yaml": "x"})
    assert (out / "a.txt").read_text() == "1"

"""Extract many files in worker processes, reusing cached facts."""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from migrate_kit.cache import FactsCache, content_key
from migrate_kit.discover import SourceFile
from migrate_kit.extract.file import extract_source
from migrate_kit.model.facts import FileFacts, ParseFailure
from migrate_kit.resolve import gc_paused

Progress = Callable[[int], None]  # called with how many more files are done
_CHUNK = 16


@dataclass(frozen=True, slots=True)
class Extraction:
    facts: tuple[FileFacts, ...]  # sorted by module
    failures: tuple[ParseFailure, ...]  # sorted by path
    parsed: int  # files parsed this run (the rest came from the cache)


def extract_all(
    files: tuple[SourceFile, ...], jobs: int, cache: FactsCache | None, progress: Progress = lambda n: None
) -> Extraction:
    results: dict[str, FileFacts | ParseFailure] = {}
    todo: list[tuple[bytes, str, str, bool, str | None, str]] = []
    for file in files:
        try:
            source = file.path.read_bytes()
        except OSError as error:
            results[file.relpath] = ParseFailure(file.relpath, 1, f"cannot read: {error.strerror}")
            progress(1)
            continue
        key = content_key(source, file.module, file.is_package, file.root_package)
        cached = cache.get(str(file.path), key) if cache else None
        if cached is not None:
            results[file.relpath] = cached
            progress(1)
        else:
            todo.append((source, file.module, file.relpath, file.is_package, file.root_package, key))
    fresh = _run(todo, jobs, progress)
    if cache is not None and fresh:
        by_relpath = {f.relpath: f for f in files}
        cache.put_many([(str(by_relpath[item[2]].path), item[5], fresh[item[2]]) for item in todo])
    results.update(fresh)
    facts = sorted((r for r in results.values() if isinstance(r, FileFacts)), key=lambda f: f.module)
    failures = sorted((r for r in results.values() if isinstance(r, ParseFailure)), key=lambda f: f.path)
    return Extraction(tuple(facts), tuple(failures), len(todo))


def _run(todo: list[tuple], jobs: int, progress: Progress) -> dict[str, FileFacts | ParseFailure]:
    chunks = [todo[i : i + _CHUNK] for i in range(0, len(todo), _CHUNK)]
    results: dict[str, FileFacts | ParseFailure] = {}
    if jobs <= 1 or not chunks:  # in this process: a file that crashes the parser would end the run
        for chunk in chunks:
            results.update(_extract_chunk(chunk))
            progress(len(chunk))
        return results
    try:
        with ProcessPoolExecutor(max_workers=min(jobs, len(chunks))) as pool:
            futures = {pool.submit(_extract_chunk, chunk): len(chunk) for chunk in chunks}
            for future in as_completed(futures):
                results.update(future.result())
                progress(futures[future])
    except BrokenProcessPool:
        # A worker died: libcst's parser overflows the C stack on absurdly nested code
        # (thousands of brackets, which CPython itself refuses). Whatever is left is
        # extracted one file per process, so that only the culprit is lost.
        for item in todo:
            if item[2] not in results:
                results[item[2]] = _isolated(item)
                progress(1)
    return results


def _isolated(item: tuple) -> FileFacts | ParseFailure:
    try:
        with ProcessPoolExecutor(max_workers=1) as pool:
            return pool.submit(_extract_chunk, [item]).result()[item[2]]
    except BrokenProcessPool:
        return ParseFailure(item[2], 1, "the parser crashed on this file (nested too deeply?)")


def _extract_chunk(chunk: list[tuple]) -> dict[str, FileFacts | ParseFailure]:
    out = {}
    with gc_paused():  # syntax trees hold no reference cycles: reference counting frees them
        for source, module, relpath, is_package, root_package, _key in chunk:
            try:
                out[relpath] = extract_source(source, module, relpath, is_package, root_package)
            except Exception as error:  # a bug of ours must not stop the whole run
                out[relpath] = ParseFailure(
                    relpath, 1,
                    f"migrate-kit could not analyze this file ({type(error).__name__}: {error}); please report it",
                )
    return out


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)

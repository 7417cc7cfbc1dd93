"""The NLP pipeline on every core, for ``annotate``.

Workers receive plain records (``{"id", "text", "title"}``) and send back plain result dicts
(the ``modelwire nlp`` format); the database stays with the calling process, which writes each
batch in one transaction, in order. So a killed run still resumes where it stopped.

Loading the pipeline takes about a second (imports and compiling the knowledge base's
grammars), so when this process runs no other thread the workers are forked from it and
inherit the pipeline it has already loaded. Otherwise (a fork beside live threads can copy a
held lock) they are spawned and each loads its own. Workers ignore Ctrl-C and exit on their own
when the calling process dies, even from SIGKILL.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from pipeline.processes import init_child

_language = None  # the worker's pipeline: inherited through fork, or loaded by _init_spawned


def _init_spawned(parent: int, nlp_options: dict, nlp_home: str) -> None:
    global _language
    init_child(parent)
    # A spawned process rebuilds `nlp` from the parent's sys.path, where a folder named nlp/
    # (a test tree, a user's project) could shadow ours: look where the parent found it first.
    sys.path.insert(0, nlp_home)
    import nlp as modelwire_nlp

    _language = modelwire_nlp.load(nlp_options, lexeme_attrs=False)
    gc.freeze()  # the pipeline lives as long as the worker: its collections need not walk it (as forked workers')


def _analyze(records: list[dict], memory: list[dict] | None = None) -> list[dict]:
    import nlp as modelwire_nlp

    _memory.use(_language, memory)
    return list(modelwire_nlp.analyze(_language, records, batch_size=max(1, len(records))))


class MemoryCopy:
    """A worker's copy of the run's name memory: the rows it was last given, extended when a batch
    brings more (the memory only grows), rebuilt otherwise."""

    def __init__(self) -> None:
        self.rows: list[dict] = []
        self.memory = None

    def use(self, language, rows: list[dict] | None) -> None:
        from nlp.name_memory import Name, NameMemory, set_memory

        rows = rows or []
        if rows[:len(self.rows)] != self.rows or self.memory is None:
            self.memory, self.rows = NameMemory(), []
        for r in rows[len(self.rows):]:
            self.memory.add(Name(r["label"], r["canonical"], r["surface"], r.get("org")))
        self.rows = list(rows)
        set_memory(language, self.memory)


_memory = MemoryCopy()  # the worker's copy of annotate's name memory


class AnnotatePool:
    def __init__(self, language, nlp_options: dict[str, Any], workers: int):
        global _language
        parent = os.getpid()
        if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
            _language = language  # the children get it with the rest of this process's memory
            self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                                             initializer=init_child, initargs=(parent,))
            # Fork with everything alive now out of the garbage collector's sight: a child's
            # collections then never walk (and so copy) the pipeline and the rest it inherited.
            gc.freeze()
            try:
                for f in [self._pool.submit(os.getpid) for _ in range(workers)]:
                    f.result()
            finally:
                gc.unfreeze()
        else:
            import nlp as modelwire_nlp

            nlp_home = os.path.dirname(os.path.dirname(os.path.abspath(modelwire_nlp.__file__)))
            self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_init_spawned, initargs=(parent, nlp_options, nlp_home))

    def submit(self, records: list[dict], memory: list[dict] | None = None) -> Future:
        """A future of the batch's results, in record order (``memory``: the names remembered for this
        batch, see ``run._Memory``). A worker's exception is raised by ``result()``."""
        return self._pool.submit(_analyze, records, memory)

    def close(self) -> None:
        global _language
        self._pool.shutdown(wait=True, cancel_futures=True)
        _language = None


# -- on a Dask cluster (``annotate --scheduler``) ---------------------------------------------

_loaded: dict[str, Any] = {}   # per Dask worker process: the pipeline for one set of options


def _analyze_on_worker(records: list[dict], nlp_options: dict, memory: list[dict] | None = None) -> list[dict]:
    """A Dask task: the worker loads the pipeline on its first batch and keeps it."""
    import json

    import nlp as modelwire_nlp

    key = json.dumps(nlp_options, sort_keys=True)
    if key not in _loaded:
        _loaded.clear()
        _loaded[key] = modelwire_nlp.load(nlp_options, lexeme_attrs=False)
        _memory.rows, _memory.memory = [], None
    _memory.use(_loaded[key], memory)
    return list(modelwire_nlp.analyze(_loaded[key], records, batch_size=max(1, len(records))))


class DaskAnnotatePool:
    """``AnnotatePool``'s interface on a Dask client: batches go to the cluster's workers and
    their results come back here, where ``annotate`` writes them in order, as with local workers."""

    def __init__(self, client, nlp_options: dict[str, Any]):
        self.client, self.nlp_options = client, nlp_options
        self.workers = max(1, sum(client.nthreads().values()))

    def submit(self, records: list[dict], memory: list[dict] | None = None):
        return self.client.submit(_analyze_on_worker, records, self.nlp_options, memory, pure=False)

    def close(self) -> None:
        pass

"""Where per-file and per-batch work runs: in this process, or on a Dask cluster.

``--scheduler tcp://HOST:8786`` uses a running cluster (``dask scheduler`` + ``dask worker`` on
machines with modelwire installed); ``--workers N`` starts a local one of N single-threaded
processes; ``--workers 0`` runs everything here. The calling process keeps the database either
way: tasks take plain data and return plain data, so the same code runs in all three.
"""
from __future__ import annotations

import logging
from concurrent.futures import Future
from contextlib import contextmanager
from typing import Any, Callable, Iterator


class InProcess:
    """Runs each task when it is submitted; futures are done at once."""

    workers = 1
    client = None

    def submit(self, fn: Callable, *args: Any) -> Future:
        done: Future = Future()
        try:
            done.set_result(fn(*args))
        except Exception as e:  # noqa: BLE001 - raised by result(), as from a worker
            done.set_exception(e)
        return done

    def wait_any(self, futures: list) -> list:
        return [f for f in futures if f.done()]


class OnDask:
    """Tasks on a Dask cluster through ``client``; results come back to this process."""

    def __init__(self, client):
        self.client = client

    @property
    def workers(self) -> int:
        threads = self.client.nthreads()
        return max(1, sum(threads.values()))

    def submit(self, fn: Callable, *args: Any):
        return self.client.submit(fn, *args, pure=False)

    def wait_any(self, futures: list) -> list:
        from distributed import wait

        return list(wait(futures, return_when="FIRST_COMPLETED").done)


class ClusterError(Exception):
    """The cluster could not be reached or started; the message says which and why."""


@contextmanager
def executor(scheduler: str | None = None, workers: int | None = None) -> Iterator[InProcess | OnDask]:
    """The executor for ``--scheduler`` / ``--workers`` (default: a local cluster, one process per core)."""
    if not scheduler and workers == 0:
        yield InProcess()
        return
    try:
        from distributed import Client, LocalCluster
    except ImportError:  # pragma: no cover - a declared dependency
        raise ClusterError("Dask is not installed: pip install 'dask[distributed]'") from None
    for name in ("distributed", "distributed.nanny", "distributed.scheduler", "distributed.core"):
        logging.getLogger(name).setLevel(logging.ERROR)  # its start-up chatter is not ours to show
    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as e:
            raise ClusterError(f"--scheduler {scheduler}: cannot connect ({e})") from None
        except ValueError as e:  # not an address ("missing port number in address 'x'")
            raise ClusterError(f"--scheduler {scheduler}: {e}; give it as tcp://HOST:8786") from None
        try:
            yield OnDask(client)
        finally:
            client.close()
        return
    import os

    n = workers or os.cpu_count() or 1
    cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=":0",
                           silence_logs=logging.ERROR)
    client = Client(cluster)
    try:
        yield OnDask(client)
    finally:
        client.close()
        cluster.close()

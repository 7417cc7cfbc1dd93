"""Fixtures for the digest tests: the hand-made digest database of tests/data/digest/seed.py."""
import importlib.util
from pathlib import Path

import pytest

from pipeline.store.db import open_db

SEED = Path(__file__).resolve().parents[1] / "data" / "digest" / "seed.py"


@pytest.fixture(scope="session")
def digest_seed():
    """The seed module (its builders and the data it writes)."""
    spec = importlib.util.spec_from_file_location("digest_seed", SEED)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def digest_db(tmp_path, digest_seed):
    """A database file holding the seed's basic weeks (2025-W45 to W50)."""
    store = open_db(tmp_path / "digest.db")
    digest_seed.seed_basic(store)
    store.close()
    return tmp_path / "digest.db"

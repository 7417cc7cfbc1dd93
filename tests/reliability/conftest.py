"""Fixtures of the reliability suite; the helpers are in ``reliability_helpers``."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from faultserver import FaultServer  # noqa: E402


@pytest.fixture
def faultserver():
    with FaultServer() as s:
        yield s

"""Bundled offline demo site: three fictional AI-news outlets served locally (see README.md).

``from pipeline.demo import DemoSite`` -- the server is imported lazily so that
``python -m pipeline.demo.server`` runs without a double-import warning.
"""
from pathlib import Path

SITE_ROOT = Path(__file__).resolve().parent / "site"
MANIFEST = SITE_ROOT / "manifest.json"
OUTLETS = ("tokenwise", "frontier-ledger", "openweights-lab")

__all__ = ["DemoSite", "SITE_ROOT", "MANIFEST", "OUTLETS", "load_manifest"]


def load_manifest() -> list[dict]:
    import json

    return json.loads(MANIFEST.read_text(encoding="utf-8"))


def __getattr__(name):
    if name == "DemoSite":
        from pipeline.demo.server import DemoSite

        return DemoSite
    raise AttributeError(name)

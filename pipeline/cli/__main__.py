"""``python -m pipeline.cli`` runs the ``modelwire`` command (used by the scheduler's child processes)."""
from pipeline.cli.main import main

main()

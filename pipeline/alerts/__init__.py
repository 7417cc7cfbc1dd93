"""Watchlists and alerts: the ``[[watch]]`` rules of the config, evaluated on the news a run stored
once it is annotated, and sent through Apprise channels, each (watch, event) once.

``subject`` says when an article is about an entity; ``evaluate`` turns stored news into events
(and records them); ``deliver`` sends the recorded ones, one message per channel; ``run`` is what
``modelwire annotate`` and ``modelwire alerts`` call.
"""

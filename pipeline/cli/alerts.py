"""``modelwire alerts``: the watches of the config, their history, a test message, a backfill."""
from __future__ import annotations

import json
import sys

import click

from pipeline.cli.output import fail, safe_text, table


def _watch(obj, name: str) -> dict:
    for w in obj.config.watches:
        if w["name"] == name:
            return w
    names = ", ".join(w["name"] for w in obj.config.watches) or "none configured"
    fail(f"no watch named {name!r} in {obj.config.path or 'the config'} (watches: {names})", 2)


def _rule_text(w: dict) -> str:
    if w["rule"] == "entity":
        return f"entity {w['entity']}"
    if w["rule"] == "new_models":
        return "new models" + (f" from {', '.join(w['new_models_from'])}" if w["new_models_from"] else "")
    if w["rule"] == "benchmark":
        extra = (" best" if w["best"] else "") + (f" ≥ {w['min_score']:g}" if w["min_score"] is not None else "")
        return f"benchmark {w['benchmark']}{extra}"
    return f"query {w['query']}"


def report_alerts(result) -> None:
    for problem in result.problems:
        click.echo(f"Warning: {problem}", err=True)
    for channel, error in result.delivery.failed:
        click.echo(f"Warning: alerts to {channel} not sent ({error}); retried next run", err=True)


@click.command()
@click.option("--list", "show_list", is_flag=True, help="The watches, their channels and last events.")
@click.option("--test", "test_name", metavar="NAME", help="Send a sample alert through the watch's channels.")
@click.option("--history", is_flag=True, help="Alerts recorded, newest first, with their deliveries.")
@click.option("--since", metavar="DATE", help="--history: only alerts recorded from then on (YYYY-MM-DD, 7d, 2w…); "
                                              "--backfill: only articles dated from then on.")
@click.option("--backfill", "backfill_name", metavar="NAME",
              help="Send the watch's alerts on the articles stored before it existed.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (--list, --history).")
@click.pass_obj
def alerts(obj, show_list, test_name, history, since, backfill_name, as_json):
    """Watches and alerts ([[watch]] in the config), sent through Apprise channels.

    Without an option: evaluate the news annotated since the last pass and send what waits
    (`modelwire annotate` does this by itself after annotating).

    \b
    Examples:
      modelwire alerts --list
      modelwire alerts --test deepseek
      modelwire alerts --history --since 7d --json
      modelwire alerts --backfill swe-best --since 2025-11-01
    """
    from pipeline.alerts import deliver as deliver_mod
    from pipeline.alerts import evaluate as evaluate_mod
    from pipeline.alerts.run import kb_files, run_alerts
    from pipeline.store import alerts as alert_store
    from pipeline.store import queries as q
    from pipeline.store.db import open_db

    if sum(map(bool, (show_list, test_name, history, backfill_name))) > 1:
        raise click.UsageError("use one of --list, --test, --history, --backfill")
    if test_name:
        failed = 0
        for channel, error in deliver_mod.send_test(obj.config, _watch(obj, test_name)):
            click.echo(f"{channel}: {'sent' if error is None else 'FAILED: ' + error}")
            failed += error is not None
        sys.exit(1 if failed else 0)
    try:
        bound = q.parse_since(since)
    except q.QueryError as e:
        raise click.BadParameter(str(e), param_hint="--since") from None
    store = open_db(obj.existing_db())
    try:
        if show_list:
            evaluate_mod.register(store, obj.config.watches)
            stored = alert_store.watch_summaries(store)
            rows = [{"name": w["name"], "rule": _rule_text(w), "notify": w["notify"], "enabled": w["enabled"],
                     **{k: (stored.get(w["name"]) or {}).get(k) for k in
                        ("created_at", "alerts", "last_alert_at", "last_headline", "waiting")}}
                    for w in obj.config.watches]
            if as_json:
                click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
            elif not rows:
                click.echo("No watches: add [[watch]] entries to the config (see modelwire.example.toml).")
            else:
                click.echo(table([{**r, "notify": ", ".join(r["notify"]), "last": r["last_headline"] or ""}
                                  for r in rows],
                                 ["name", "rule", "notify", "alerts", "waiting", "last_alert_at", "last"],
                                 ["watch", "rule", "channels", "alerts", "waiting", "last alert", "last event"]))
            return
        if history:
            rows = alert_store.alert_history(store, since=bound)
            if as_json:
                click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
                return
            if not rows:
                click.echo("No alerts recorded" + (f" since {since}." if since else "."))
            for r in rows:
                states = ", ".join(f"{d['channel']} {d['status']}" + (f" ({d['error']})" if d["error"] else "")
                                   for d in r["deliveries"])
                click.echo(f"{r['created_at']}  [{r['watch']}] {safe_text(r['headline'])}"
                           + (" (backfill)" if r["backfill"] else ""))
                click.echo(f"    {safe_text(r['title'])}  {safe_text(r['url'])}")
                click.echo(f"    {states}")
            return
        if backfill_name:
            watch = _watch(obj, backfill_name)
            n = evaluate_mod.backfill(store, watch, kb_files(obj.config), since=bound,
                                      min_confidence=obj.config.values["digest"]["min_claim_confidence"])
            delivery = deliver_mod.deliver(store, obj.config)
            click.echo(f"Backfill {watch['name']}: {n} alert(s) recorded; {delivery.sent} delivered in "
                       f"{delivery.messages} message(s).")
            for channel, error in delivery.failed:
                click.echo(f"Warning: alerts to {channel} not sent ({error}); retried next run", err=True)
            sys.exit(1 if delivery.failed else 0)
        result = run_alerts(store, obj.config)
        report_alerts(result)
        if not obj.quiet:
            click.echo(result.summary() if obj.config.watches else "No watches configured.")
        sys.exit(1 if result.delivery.failed else 0)
    finally:
        store.close()


COMMANDS = [alerts]

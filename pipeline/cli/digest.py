"""``modelwire digest``: build, store, write and send the weekly digest."""
from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import click


def _date(value: str, option: str) -> date:
    """A day as every query command takes it: YYYY-MM-DD, today, yesterday, 7d, 2w."""
    from pipeline.store import queries as q

    try:
        return date.fromisoformat(q.parse_since(value)[:10])
    except (q.QueryError, ValueError):
        raise click.BadParameter(f"{value!r} is not a day (YYYY-MM-DD, today, yesterday, 7d or 2w)",
                                 param_hint=option) from None


def resolve_period(week: str | None, since: str | None, until: str | None, tz: str):
    period = _period(week, since, until, tz)
    today = datetime.now(ZoneInfo(tz)).date()
    if period.start > today:   # it would be stored (and sent) as an empty "quiet week"
        raise click.BadParameter(f"{period.key} has not started yet (it starts {period.start.isoformat()}, "
                                 f"today is {today.isoformat()} in {tz})",
                                 param_hint="--week" if week else "--since")
    return period


def _period(week: str | None, since: str | None, until: str | None, tz: str):
    from pipeline.digest import build as digest_mod

    if week and (since or until):
        raise click.UsageError("use either --week or --since/--until, not both")
    if week:
        try:
            return digest_mod.parse_week(week, tz)
        except ValueError as e:
            raise click.BadParameter(str(e), param_hint="--week") from None
    if since or until:
        if not since:
            raise click.UsageError("--until needs --since")
        try:
            return digest_mod.make_period(_date(since, "--since"), _date(until or "today", "--until"), tz)
        except ValueError as e:
            raise click.BadParameter(str(e), param_hint="--until") from None
    return digest_mod.last_complete_week(tz)


@click.command()
@click.option("--week", metavar="YYYY-Www", help="ISO week, e.g. 2025-W50 (default: the last complete week).")
@click.option("--since", metavar="DAY", help="First day of a custom period (YYYY-MM-DD, yesterday, 7d, 2w…).")
@click.option("--until", metavar="DAY", help="Last day of a custom period (inclusive; default: today).")
@click.option("--out", "out_dir", metavar="DIR", type=click.Path(file_okay=False),
              help="Write the digest as .html (+ .png chart), .txt and .eml into DIR, and update DIR's "
                   "archive page (index.html) and Atom feed (feed.xml).")
@click.option("--send", is_flag=True, help="E-mail it via [smtp]: a message of their own to each recipient, once; retried after a failure.")
@click.option("--to", "to", multiple=True, metavar="ADDR", help="Send to this address instead of [smtp] to/bcc (repeatable).")
@click.option("--force", is_flag=True, help="Send again to recipients who already received this week's digest.")
@click.option("--json", "as_json", is_flag=True, help="Print the digest's data as JSON.")
@click.pass_obj
def digest(obj, week, since, until, out_dir, send, to, force, as_json):
    """Build the weekly digest: top stories, model, company and benchmark trends,
    the benchmark scoreboard and an 8-week chart; store it, write it, send it.

    Weeks are ISO weeks in [modelwire] timezone. Rebuilding a week replaces its stored
    digest; sending skips recipients who already got it, so a scheduled rerun is safe.

    Example: modelwire digest --week 2025-W50 --out digests/ --send
    """
    from pipeline.digest import archive
    from pipeline.digest import build as digest_mod
    from pipeline.digest import mail
    from pipeline.cli.output import fail
    from pipeline.store.db import open_db

    config = obj.config
    period = resolve_period(week, since, until, config.get("modelwire", "timezone"))
    settings = mail.SmtpSettings.from_config(config)
    store = open_db(obj.existing_db())
    try:
        built, stored = digest_mod.generate(store, config, period)
        s = built.stats
        if as_json:
            click.echo(json.dumps(built.to_dict(), default=str, ensure_ascii=False, indent=2))
        elif not obj.quiet:
            click.echo(f"Digest {period.key} ({period.label}): {s['articles']} articles from {s['sources']} sources, "
                       f"{len(built.stories)} top stories, {s['new_models']} new models, {s['claims']} claims"
                       + (" — a quiet week." if built.empty else "."))
        # the week's Message-ID is kept across runs (a retried send is the same message); --force makes a new one
        base_id = (None if force else stored.message_id) or mail.new_message_id(settings)
        alt = digest_mod.chart_alt(built)
        sent_at = datetime.now(timezone.utc)
        target = out_dir or config.get("digest", "out_dir")
        if target:
            p = Path(target)
            if not out_dir and not p.is_absolute() and config.path is not None:
                p = config.path.parent / p
            # the .eml names no recipient (DIR may be served as a website): each one's copy differs
            # only in To, its footer and a Message-ID derived from this one
            msg = mail.digest_message(stored, settings, None, message_id=base_id, date=sent_at, chart_alt=alt)
            paths = digest_mod.write_files(p, built, stored, msg.as_bytes())
            paths += archive.write_archive(store, p, base_url=config.get("digest", "base_url"))
            click.echo(f"Wrote {', '.join(str(x) for x in paths)}", err=as_json)
        if not send:
            return
        try:
            result = mail.send_digest(store, stored, settings, to=list(to) or None, force=force,
                                      skip_empty=config.get("digest", "skip_empty"), message_id=base_id,
                                      date=sent_at, chart_alt=alt)
        except mail.SendError as e:
            fail(f"{str(e).rstrip('.')}. The digest for {period.key} is stored; run the command again to retry.")
        if result.skipped:
            click.echo(f"Not sent: {result.skipped}.", err=as_json)
        else:
            extra = f"; {len(result.already)} already had it" if result.already else ""
            click.echo(f"Sent {period.key} to {len(result.sent)} recipient(s) via {settings.where}{extra}.",
                       err=as_json)
    finally:
        store.close()


COMMANDS = [digest]

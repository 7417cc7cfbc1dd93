"""E-mail for the digest, sent like a newsletter: one message per recipient, addressed to them
alone, with an unsubscribe link in its footer and in ``List-Unsubscribe`` (one-click, RFC 8058,
when the link is https). A pure ``build_message()`` and a ``send_each()`` that talks SMTP.

The message is multipart/alternative: text/plain first, then multipart/related holding the
text/html part and the chart as an inline image/png the HTML refers to by ``cid:``.
The password never sits in the config: ``[smtp] password_env`` names the environment
variable that holds it.
"""
from __future__ import annotations

import hashlib
import html as html_lib
import ipaddress
import os
import secrets
import smtplib
import socket
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses
from datetime import datetime, timezone
from typing import Callable, Iterable
from urllib.parse import quote

from pipeline.config import Config, ConfigError
from pipeline.digest.build import CHART_CID
from pipeline.digest.plaintext import fold
from spiders.dates import utcnow

SECURITY = ("starttls", "tls", "none")
DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}


class SendError(Exception):
    """An SMTP failure, phrased for the person who runs the command."""

    def __init__(self, message: str, *, hint: str = "", sent: list[str] | None = None):
        super().__init__(message)
        self.hint = hint
        self.sent = sent or []

    def __str__(self) -> str:
        text = super().__str__()
        return f"{text} ({self.hint})" if self.hint else text


def _is_loopback(host: str) -> bool:
    if host.strip().lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass
class SmtpSettings:
    host: str = "localhost"
    port: int = 0
    security: str = "starttls"
    user: str = ""
    password_env: str = "MODELWIRE_SMTP_PASSWORD"
    from_addr: str = "modelwire@localhost"
    to: list[str] = field(default_factory=list)
    bcc: list[str] = field(default_factory=list)
    list_unsubscribe: str = ""
    timeout: float = 30.0
    allow_plaintext_auth: bool = False

    @classmethod
    def from_config(cls, config: Config) -> "SmtpSettings":
        v = config.values["smtp"]
        s = cls(**{k: v[k] for k in ("host", "port", "security", "user", "password_env", "from_addr", "to", "bcc",
                                      "list_unsubscribe", "timeout", "allow_plaintext_auth")})
        where = str(config.path) if config.path else "<config>"
        if s.security not in SECURITY:
            raise ConfigError(f"{where}: [smtp] security: {s.security!r} is not one of {', '.join(SECURITY)}")
        if not 0 <= s.port <= 65535:
            raise ConfigError(f"{where}: [smtp] port: {s.port} is not a port number")
        if s.security == "none" and s.user and not s.allow_plaintext_auth and not _is_loopback(s.host):
            raise ConfigError(f"{where}: [smtp] security = \"none\" with a user would send the password in clear "
                              f"to {s.host}; use security = \"starttls\" or \"tls\" (or, on a network you trust, "
                              "allow_plaintext_auth = true)")
        for key in ("to", "bcc"):
            for addr in getattr(s, key):
                if "@" not in addr:
                    raise ConfigError(f"{where}: [smtp] {key}: {addr!r} is not an e-mail address")
        return s

    @property
    def effective_port(self) -> int:
        return self.port or DEFAULT_PORTS[self.security]

    @property
    def where(self) -> str:
        return f"{self.host}:{self.effective_port}"

    def password(self) -> str | None:
        if not self.user:
            return None
        value = os.environ.get(self.password_env) if self.password_env else None
        if value is None:
            raise SendError(f"[smtp] user is {self.user!r} but the environment variable "
                            f"{self.password_env or '(password_env is empty)'} holding the password is not set",
                            hint=f"export {self.password_env or 'MODELWIRE_SMTP_PASSWORD'}=… before sending")
        return value


def _domain(addr: str) -> str:
    pairs = getaddresses([addr])
    email = pairs[0][1] if pairs else addr
    return email.rpartition("@")[2] or "modelwire.invalid"


def unsubscribe_target(settings: SmtpSettings, recipient: str | None = None) -> str:
    """Where ``recipient`` unsubscribes: the configured https URL or mailto: address, with
    ``{recipient}`` filled in (URL-quoted), or a mail to the From address."""
    target = settings.list_unsubscribe.strip()
    if not target:
        email = getaddresses([settings.from_addr])[0][1] or settings.from_addr
        target = f"mailto:{email}?subject=unsubscribe"
    elif not target.lower().startswith(("mailto:", "https://", "http://")):
        target = f"mailto:{target}" + ("" if "?" in target else "?subject=unsubscribe")
    return target.replace("{recipient}", quote(recipient or "", safe="@"))


def unsubscribe_header(settings: SmtpSettings, recipient: str | None = None) -> str:
    return f"<{unsubscribe_target(settings, recipient)}>"


UNSUBSCRIBE_SLOT = "<!--modelwire:unsubscribe-->"   # where digest.html.j2's footer takes the link


def with_unsubscribe(text: str, html: str, recipient: str | None, target: str) -> tuple[str, str]:
    """The text and HTML parts with the footer lines saying who the message is for and how to leave."""
    who = f"Sent to {recipient}. " if recipient else ""
    text = text.rstrip("\n") + "\n\n" + fold(f"{who}To unsubscribe:") + f"\n{target}\n"
    e = html_lib.escape
    link = (f'<br>{e(who)}<a href="{e(target)}" style="color: inherit; text-decoration: underline;">Unsubscribe</a> '
            "from this digest.")
    if UNSUBSCRIBE_SLOT in html:
        html = html.replace(UNSUBSCRIBE_SLOT, link, 1)
    else:   # a digest stored before the slot existed
        tail = f'<p style="font-size: 12px; margin: 16px;">{link[4:]}</p>'
        at = html.lower().rfind("</body>")
        html = html[:at] + tail + html[at:] if at >= 0 else html + tail
    return text, html


def recipient_message_id(base: str, recipient: str) -> str:
    """The Message-ID of the week's message to ``recipient``: the week's id with a tag of the
    address, so a retried send repeats it (mail clients drop the copy) and no two people share one."""
    left, _, domain = base.strip().strip("<>").rpartition("@")
    tag = hashlib.sha256(recipient.strip().casefold().encode()).hexdigest()[:12]
    return f"<{left}.{tag}@{domain}>"


def new_message_id(settings: SmtpSettings) -> str:
    """A fresh week's id, short enough that a recipient's (it grows by 13) fits on the header line."""
    return f"<digest.{secrets.token_hex(8)}@{_domain(settings.from_addr)}>"


def build_message(*, subject: str, text: str, html: str, chart_png: bytes | None, settings: SmtpSettings,
                  recipient: str | None = None, message_id: str | None = None, date: datetime | None = None,
                  chart_alt: str = "chart") -> EmailMessage:
    """The digest as an RFC 5322 message to ``recipient`` alone (without one: to undisclosed
    recipients), its footer saying how to unsubscribe. Pure: the same arguments give the same message.
    """
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = settings.from_addr
    msg["To"] = recipient or "undisclosed-recipients:;"
    msg["Date"] = format_datetime(date or datetime.now(timezone.utc))
    msg["Message-ID"] = message_id or new_message_id(settings)
    target = unsubscribe_target(settings, recipient)
    msg["List-Unsubscribe"] = f"<{target}>"
    if target.lower().startswith("https://"):
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Mailer"] = "modelwire"
    text, html = with_unsubscribe(text, html, recipient, target)
    msg.set_content(text, subtype="plain", charset="utf-8")
    msg.add_alternative(html, subtype="html", charset="utf-8")
    if chart_png:
        html_part = msg.get_payload()[1]
        cid = f"<{CHART_CID}>"
        html_part.add_related(chart_png, maintype="image", subtype="png", cid=cid,
                              filename="chart.png", disposition="inline")
        img = html_part.get_payload()[1]
        img["Content-Description"] = chart_alt[:200]
    return msg


def _connect(settings: SmtpSettings) -> smtplib.SMTP:
    port = settings.effective_port
    if settings.security == "tls":
        return smtplib.SMTP_SSL(settings.host, port, timeout=settings.timeout,
                                context=ssl.create_default_context())
    smtp = smtplib.SMTP(settings.host, port, timeout=settings.timeout)
    if settings.security == "starttls":
        smtp.ehlo()
        if not smtp.has_extn("starttls"):
            smtp.close()
            raise SendError(f"SMTP server {settings.where} does not offer STARTTLS",
                            hint="set [smtp] security = \"tls\" for implicit TLS, or \"none\" for a local relay")
        smtp.starttls(context=ssl.create_default_context())
        smtp.ehlo()
    return smtp


def send_each(settings: SmtpSettings, messages: Iterable[tuple[str, EmailMessage]],
              on_sent: Callable[[str, EmailMessage], None]) -> list[str]:
    """Send every (recipient, message) pair over one SMTP connection, calling ``on_sent`` as soon
    as the server accepts each one. Returns the accepted recipients.

    A recipient the server refuses does not stop the others; at the end :class:`SendError` names
    them (``SendError.sent`` lists who got it). A failure of the connection or the login raises
    :class:`SendError` at once, naming host:port, with ``sent`` as far as it got.
    """
    password = settings.password()
    where = settings.where
    sender = getaddresses([settings.from_addr])[0][1] or settings.from_addr
    accepted: list[str] = []
    refused: dict[str, str] = {}
    try:
        with _connect(settings) as smtp:
            if settings.user:
                smtp.login(settings.user, password or "")
            for recipient, msg in messages:
                try:
                    smtp.send_message(msg, from_addr=sender, to_addrs=[recipient])
                except smtplib.SMTPRecipientsRefused as e:
                    refused.update({a: f"{code} {_text(err)}" for a, (code, err) in e.recipients.items()})
                    continue
                except smtplib.SMTPDataError as e:
                    if e.smtp_code == 421:      # the server is closing the connection: stop here
                        raise
                    refused[recipient] = f"{e.smtp_code} {_text(e.smtp_error)}"
                    continue
                accepted.append(recipient)
                on_sent(recipient, msg)
    except smtplib.SMTPAuthenticationError as e:
        raise SendError(f"SMTP server {where} refused the login for {settings.user!r}: {e.smtp_code} "
                        f"{_text(e.smtp_error)}", hint=f"check [smtp] user and ${settings.password_env}") from None
    except SendError as e:
        e.sent = accepted
        raise
    except smtplib.SMTPResponseException as e:
        raise SendError(f"SMTP server {where} answered {e.smtp_code} {_text(e.smtp_error)}",
                        sent=accepted) from None
    except (smtplib.SMTPException, ssl.SSLError) as e:
        raise SendError(f"SMTP with {where} failed: {e}", sent=accepted) from None
    except (ConnectionRefusedError, socket.timeout, TimeoutError) as e:
        raise SendError(f"cannot connect to SMTP server {where}: {e.strerror or e or 'timed out'}",
                        hint="is the server running? check [smtp] host, port and security", sent=accepted) from None
    except OSError as e:
        raise SendError(f"cannot connect to SMTP server {where}: {e.strerror or e}",
                        hint="check [smtp] host, port and security", sent=accepted) from None
    if refused:
        detail = "; ".join(f"{a}: {why}" for a, why in refused.items())
        what = "every recipient" if not accepted else "some recipients"
        raise SendError(f"SMTP server {where} refused {what}: {detail}", sent=accepted)
    return accepted


def _text(value) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


@dataclass
class SendResult:
    sent: list[str]
    already: list[str]
    message_id: str | None = None
    skipped: str | None = None          # why nothing was sent, when nothing was


def _unique(addrs: list[str]) -> list[str]:
    seen, out = set(), []
    for a in addrs:
        key = a.strip().casefold()
        if key and key not in seen:
            seen.add(key)
            out.append(a.strip())
    return out


def recipients(settings: SmtpSettings, to: list[str] | None = None) -> list[str]:
    """Who gets the digest: ``to`` (the --to option) or the config's to and bcc, each once."""
    return _unique(list(to) if to else list(settings.to) + list(settings.bcc))


def digest_message(stored, settings: SmtpSettings, recipient: str | None, *, message_id: str | None = None,
                   date: datetime | None = None, chart_alt: str = "chart") -> EmailMessage:
    """The stored digest as the message ``recipient`` gets; ``message_id`` is the week's (base) id."""
    mid = recipient_message_id(message_id, recipient) if message_id and recipient else message_id
    return build_message(subject=stored.subject, text=stored.text, html=stored.html, chart_png=stored.chart_png,
                         settings=settings, recipient=recipient, message_id=mid, date=date, chart_alt=chart_alt)


def send_digest(store, stored, settings: SmtpSettings, *, to: list[str] | None = None, force: bool = False,
                skip_empty: bool = False, message_id: str | None = None, date: datetime | None = None,
                chart_alt: str = "chart") -> SendResult:
    """Send a stored digest, one message per recipient; those already served are skipped unless ``force``.

    ``to`` (the --to option) replaces the config's to and bcc. Each accepted message is recorded
    at once (``digest_sends``), so a run that dies half-way resumes with the rest. A failure
    records the error on the digest (which stays stored) and raises :class:`SendError`; the next
    run retries those not served.
    """
    from pipeline.store import digests as digest_store

    everyone = recipients(settings, to)
    if not everyone:
        raise SendError("no recipients", hint="set [smtp] to = [...] in the config or pass --to ADDR")
    if skip_empty and stored.stats.get("empty") and not force:
        return SendResult([], [], skipped="a quiet week and [digest] skip_empty is on")
    done = digest_store.sent_recipients(store, stored.week)
    already = [] if force else [r for r in everyone if r.casefold() in done]
    pending = [r for r in everyone if r not in already]
    if not pending:
        return SendResult([], already, stored.message_id, skipped="already sent to every recipient (use --force)")
    base = message_id or (None if force else stored.message_id) or new_message_id(settings)
    # Remembered before the SMTP conversation: if the process dies after the server accepted a
    # message but before its send is recorded, the retry carries the same Message-ID, so that
    # recipient's mail client shows one message, not two.
    digest_store.remember_message_id(store, stored.week, base)
    date = date or datetime.now(timezone.utc)
    messages = ((r, digest_message(stored, settings, r, message_id=base, date=date, chart_alt=chart_alt))
                for r in pending)

    def sent(recipient: str, msg: EmailMessage) -> None:
        digest_store.record_send(store, stored.week, [recipient], str(msg["Message-ID"]), utcnow())

    try:
        accepted = send_each(settings, messages, sent)
    except SendError as e:
        digest_store.record_send_error(store, stored.week, str(e))
        raise
    return SendResult(accepted, already, base)

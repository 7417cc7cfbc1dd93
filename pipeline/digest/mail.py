"""E-mail for the digest: a pure ``build_message()`` and a ``send()`` that talks SMTP.

The message is multipart/alternative: text/plain first, then multipart/related holding the
text/html part and the chart as an inline image/png the HTML refers to by ``cid:``.
The password never sits in the config: ``[smtp] password_env`` names the environment
variable that holds it.
"""
from __future__ import annotations

import ipaddress
import os
import smtplib
import socket
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, make_msgid
from datetime import datetime, timezone

from pipeline.config import Config, ConfigError
from pipeline.digest.build import CHART_CID
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


def unsubscribe_header(settings: SmtpSettings) -> str:
    target = settings.list_unsubscribe.strip()
    if not target:
        email = getaddresses([settings.from_addr])[0][1] or settings.from_addr
        target = f"mailto:{email}?subject=unsubscribe"
    elif "@" in target and not target.startswith(("mailto:", "http://", "https://")):
        target = f"mailto:{target}?subject=unsubscribe"
    return f"<{target}>"


def build_message(*, subject: str, text: str, html: str, chart_png: bytes | None, settings: SmtpSettings,
                  to: list[str] | None = None, message_id: str | None = None, date: datetime | None = None,
                  chart_alt: str = "chart") -> EmailMessage:
    """The digest as an RFC 5322 message. Pure: the same arguments give the same message.

    Bcc recipients are not written into the headers; ``send()`` adds them to the envelope.
    """
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = settings.from_addr
    recipients = list(to if to is not None else settings.to)
    msg["To"] = ", ".join(recipients) if recipients else "undisclosed-recipients:;"
    msg["Date"] = format_datetime(date or datetime.now(timezone.utc))
    msg["Message-ID"] = message_id or make_msgid("digest", domain=_domain(settings.from_addr))
    msg["List-Unsubscribe"] = unsubscribe_header(settings)
    if settings.list_unsubscribe.strip().startswith("https://"):
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Mailer"] = "modelwire"
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


def send(msg: EmailMessage, settings: SmtpSettings, recipients: list[str]) -> list[str]:
    """Send ``msg`` to ``recipients`` (envelope; may include Bcc). Returns the accepted addresses.

    Raises :class:`SendError` naming host:port when nothing could be sent; ``SendError.sent``
    lists the accepted addresses when only some were refused.
    """
    if not recipients:
        raise SendError("no recipients", hint="set [smtp] to = [...] in the config or pass --to ADDR")
    password = settings.password()
    where = settings.where
    sender = getaddresses([settings.from_addr])[0][1] or settings.from_addr
    try:
        with _connect(settings) as smtp:
            if settings.user:
                smtp.login(settings.user, password or "")
            refused = smtp.send_message(msg, from_addr=sender, to_addrs=recipients)
    except SendError:
        raise
    except smtplib.SMTPAuthenticationError as e:
        raise SendError(f"SMTP server {where} refused the login for {settings.user!r}: {e.smtp_code} "
                        f"{_text(e.smtp_error)}", hint=f"check [smtp] user and ${settings.password_env}") from None
    except smtplib.SMTPRecipientsRefused as e:
        detail = "; ".join(f"{a}: {code} {_text(err)}" for a, (code, err) in e.recipients.items())
        raise SendError(f"SMTP server {where} refused every recipient: {detail}") from None
    except smtplib.SMTPResponseException as e:
        raise SendError(f"SMTP server {where} answered {e.smtp_code} {_text(e.smtp_error)}") from None
    except (smtplib.SMTPException, ssl.SSLError) as e:
        raise SendError(f"SMTP with {where} failed: {e}") from None
    except (ConnectionRefusedError, socket.timeout, TimeoutError) as e:
        raise SendError(f"cannot connect to SMTP server {where}: {e.strerror or e or 'timed out'}",
                        hint="is the server running? check [smtp] host, port and security") from None
    except OSError as e:
        raise SendError(f"cannot connect to SMTP server {where}: {e.strerror or e}",
                        hint="check [smtp] host, port and security") from None
    accepted = [r for r in recipients if r not in refused]
    if refused:
        detail = "; ".join(f"{a}: {code} {_text(err)}" for a, (code, err) in refused.items())
        raise SendError(f"SMTP server {where} refused some recipients: {detail}", sent=accepted)
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


def digest_message(stored, settings: SmtpSettings, to: list[str] | None = None, *,
                   message_id: str | None = None, date: datetime | None = None, chart_alt: str = "chart") -> EmailMessage:
    return build_message(subject=stored.subject, text=stored.text, html=stored.html, chart_png=stored.chart_png,
                         settings=settings, to=to, message_id=message_id, date=date, chart_alt=chart_alt)


def send_digest(store, stored, settings: SmtpSettings, *, to: list[str] | None = None, force: bool = False,
                skip_empty: bool = False, msg: EmailMessage | None = None) -> SendResult:
    """Send a stored digest once per recipient: those already served are skipped unless ``force``.

    ``to`` (the --to option) replaces the config's to and bcc. A failure records the error on
    the digest (which stays stored) and raises :class:`SendError`; the next run retries.
    """
    from pipeline.store import digests as digest_store

    header_to = _unique(list(to) if to else list(settings.to))
    everyone = _unique(header_to + ([] if to else list(settings.bcc)))
    if not everyone:
        raise SendError("no recipients", hint="set [smtp] to = [...] in the config or pass --to ADDR")
    if skip_empty and stored.stats.get("empty") and not force:
        return SendResult([], [], skipped="a quiet week and [digest] skip_empty is on")
    done = digest_store.sent_recipients(store, stored.week)
    already = [] if force else [r for r in everyone if r.casefold() in done]
    pending = [r for r in everyone if r not in already]
    if not pending:
        return SendResult([], already, stored.message_id, skipped="already sent to every recipient (use --force)")
    msg = msg or digest_message(stored, settings, header_to, message_id=None if force else stored.message_id)
    message_id = str(msg["Message-ID"])
    # Remembered before the SMTP conversation: if the process dies after the server accepted the
    # message but before the send is recorded, the retry carries the same Message-ID, so mail
    # clients see one message, not two.
    digest_store.remember_message_id(store, stored.week, message_id)
    try:
        accepted = send(msg, settings, pending)
    except SendError as e:
        now = utcnow()
        if e.sent:
            digest_store.record_send(store, stored.week, e.sent, message_id, now)
        digest_store.record_send_error(store, stored.week, str(e))
        raise
    digest_store.record_send(store, stored.week, accepted, message_id, utcnow())
    return SendResult(accepted, already, message_id)

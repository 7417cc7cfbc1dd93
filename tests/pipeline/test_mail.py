import email
import email.policy
import importlib.util
import re
import socket
from datetime import datetime, timezone
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from click.testing import CliRunner

from pipeline.digest import mail
from pipeline.cli.main import main
from pipeline.config import load_config
from pipeline.store import digests as digest_store
from pipeline.store.db import open_db

DATA = Path(__file__).resolve().parents[1] / "data" / "digest"
_spec = importlib.util.spec_from_file_location("digest_seed", DATA / "seed.py")
seed = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(seed)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Inbox:
    """aiosmtpd handler that keeps every envelope; can be told to refuse a recipient, or to close
    the connection (421) at the n-th message."""

    def __init__(self):
        self.envelopes = []
        self.refuse = set()
        self.close_at = None
        self.data_calls = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 no such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.data_calls += 1
        if self.data_calls == self.close_at:
            return "421 4.3.2 shutting down"
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    @property
    def messages(self):
        return [email.message_from_bytes(e.original_content or e.content, policy=email.policy.default)
                for e in self.envelopes]

    def to(self, address):
        """The messages whose envelope went to ``address``."""
        return [m for e, m in zip(self.envelopes, self.messages) if address in e.rcpt_tos]


@pytest.fixture
def smtp_server():
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    inbox.port = port
    yield inbox
    controller.stop()


@pytest.fixture
def db_path(tmp_path):
    store = open_db(tmp_path / "digest.db")
    seed.seed_basic(store)
    store.close()
    return tmp_path / "digest.db"


def write_config(tmp_path, port, *, to=("reader@example.org",), bcc=("boss@example.org",), extra=""):
    cfg = tmp_path / "modelwire.toml"
    cfg.write_text(f"""
[modelwire]
db = "digest.db"

[smtp]
host = "127.0.0.1"
port = {port}
security = "none"
from_addr = "modelwire <digest@news.example>"
to = {list(to)!r}
bcc = {list(bcc)!r}
list_unsubscribe = "https://news.example/unsubscribe?email={{recipient}}"
timeout = "5s"
{extra}
""".replace("'", '"'), encoding="utf-8")
    return cfg


def run(cfg, *args):
    return CliRunner().invoke(main, ["--config", str(cfg), "digest", *args])


# -- the message ---------------------------------------------------------------------------

def _settings(**kw):
    return mail.SmtpSettings(from_addr="modelwire <digest@news.example>", to=["a@example.org"], **kw)


def test_mail_build_message_structure():
    msg = mail.build_message(subject="S 2025-W50", text="plain", html='<p><img src="cid:chart@modelwire" alt="A"></p>',
                             chart_png=b"\x89PNG\r\n\x1a\nfake", settings=_settings(), recipient="a@example.org",
                             message_id="<x@news.example>", date=datetime(2025, 12, 15, 6, 0, tzinfo=timezone.utc),
                             chart_alt="A chart")
    assert msg.get_content_type() == "multipart/alternative"
    text, related = msg.get_payload()
    assert text.get_content_type() == "text/plain"
    assert related.get_content_type() == "multipart/related"
    html, img = related.get_payload()
    assert html.get_content_type() == "text/html"
    assert img.get_content_type() == "image/png" and img["Content-ID"] == "<chart@modelwire>"
    assert img.get_content_disposition() == "inline"
    assert img.get_payload(decode=True) == b"\x89PNG\r\n\x1a\nfake"
    assert msg["Message-ID"] == "<x@news.example>"
    assert msg["Date"] == "Mon, 15 Dec 2025 06:00:00 +0000"
    assert msg["To"] == "a@example.org"
    assert msg["List-Unsubscribe"] == "<mailto:digest@news.example?subject=unsubscribe>"
    assert "List-Unsubscribe-Post" not in msg        # one-click needs an https URL
    assert "Bcc" not in msg
    # the footer says who it is for and how to leave, in both parts (no slot in this HTML: before </body>)
    assert msg.get_body(("plain",)).get_content().endswith(
        "Sent to a@example.org. To unsubscribe:\nmailto:digest@news.example?subject=unsubscribe\n")
    assert re.search(r'<a href="mailto:digest@news\.example\?subject=unsubscribe"[^>]*>Unsubscribe</a>',
                     html.get_content())


def test_mail_build_message_is_pure():
    kw = dict(subject="S", text="t", html="<p>h</p>", chart_png=None, settings=_settings(), message_id="<1@x>",
              date=datetime(2025, 12, 15, tzinfo=timezone.utc))
    a, b = mail.build_message(**kw).as_bytes(), mail.build_message(**kw).as_bytes()
    mask = lambda m: re.sub(rb"=+\d+==", b"=BOUNDARY==", m)  # noqa: E731
    assert mask(a) == mask(b)


def test_mail_unsubscribe_and_security_settings(tmp_path):
    s = _settings(list_unsubscribe="leave@news.example")
    assert mail.unsubscribe_header(s) == "<mailto:leave@news.example?subject=unsubscribe>"
    s = _settings(list_unsubscribe="https://news.example/u?email={recipient}&list=ai")
    assert mail.unsubscribe_header(s, "Jo+ai@example.org") == "<https://news.example/u?email=Jo%2Bai@example.org&list=ai>"
    assert mail.SmtpSettings(security="tls").effective_port == 465
    assert mail.SmtpSettings(security="starttls").effective_port == 587
    cfg = write_config(tmp_path, 25, extra='')
    text = cfg.read_text().replace('security = "none"', 'security = "ssl"')
    cfg.write_text(text)
    r = CliRunner().invoke(main, ["--config", str(cfg), "--db", str(tmp_path / "x.db"), "digest"])
    assert r.exit_code == 2 and "[smtp] security: 'ssl' is not one of starttls, tls, none" in r.output


def test_mail_password_comes_from_the_named_environment_variable(monkeypatch):
    s = mail.SmtpSettings(user="bot", password_env="MW_TEST_PW")
    monkeypatch.delenv("MW_TEST_PW", raising=False)
    with pytest.raises(mail.SendError, match="MW_TEST_PW"):
        s.password()
    monkeypatch.setenv("MW_TEST_PW", "s3cret")
    assert s.password() == "s3cret"


# -- sending through a real SMTP server -------------------------------------------------------

def test_mail_send_digest_via_smtp(smtp_server, db_path, tmp_path):
    cfg = write_config(tmp_path, smtp_server.port)
    r = run(cfg, "--week", "2025-W50", "--send")
    assert r.exit_code == 0, r.output
    assert "Sent 2025-W50 to 2 recipient(s) via 127.0.0.1:" in r.output
    # one message per recipient, each addressed to that recipient alone
    assert [e.rcpt_tos for e in smtp_server.envelopes] == [["reader@example.org"], ["boss@example.org"]]
    assert all(e.mail_from == "digest@news.example" for e in smtp_server.envelopes)
    for address, msg in zip(("reader@example.org", "boss@example.org"), smtp_server.messages):
        assert msg["To"] == address and "Bcc" not in msg and "Cc" not in msg
        others = {"reader@example.org", "boss@example.org"} - {address}
        assert not any(o in msg.as_string() for o in others)
        assert msg["List-Unsubscribe"] == f"<https://news.example/unsubscribe?email={address}>"
        assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        assert re.search(rf'<a href="https://news\.example/unsubscribe\?email={re.escape(address)}"[^>]*>'
                         r'Unsubscribe</a>', msg.get_body(("html",)).get_content())
        assert f"Sent to {address}. To unsubscribe:\nhttps://news.example/unsubscribe?email={address}\n" in \
            msg.get_body(("plain",)).get_content().replace("\r\n", "\n")
    ids = [m["Message-ID"] for m in smtp_server.messages]
    assert len(set(ids)) == 2 and all(re.fullmatch(r"<[^@\s]+@news\.example>", i) for i in ids)
    msg = smtp_server.messages[0]
    # headers
    assert msg["Subject"].startswith("[modelwire] Weekly AI digest, 2025-W50")
    assert msg["From"] == "modelwire <digest@news.example>"
    assert msg["Date"] and email.utils.parsedate_to_datetime(msg["Date"]).tzinfo is not None
    # structure: alternative(text, related(html, png))
    assert msg.get_content_type() == "multipart/alternative"
    parts = [p.get_content_type() for p in msg.walk()]
    assert parts == ["multipart/alternative", "text/plain", "multipart/related", "text/html", "image/png"]
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    img = [p for p in msg.walk() if p.get_content_type() == "image/png"][0]
    cid = img["Content-ID"].strip("<>")
    assert f'src="cid:{cid}"' in html
    assert img.get_content().startswith(b"\x89PNG")
    alt = re.search(r'<img [^>]*alt="([^"]+)"', html).group(1)
    assert alt.startswith("Line chart: articles per week") and "GPT-5.2" in alt
    # content, both parts
    for body in (text, html):
        assert "OpenAI releases GPT-5.2 with better reasoning" in body
        assert "Kimi K3" in body and "not in knowledge base" in body
        assert "78.5%" in body
    assert "CHART" in text and "W43" in text
    # the text part fits 78 columns
    assert [ln for ln in text.splitlines() if len(ln) > 78 and len(ln.split()) > 1] == []
    # stored: who got which message
    conn = open_db(db_path).conn
    row = conn.execute("SELECT sent_at, recipients, message_id, send_error FROM digests WHERE week = '2025-W50'").fetchone()
    assert row[0] and row[1] == '["boss@example.org", "reader@example.org"]' and row[3] is None
    assert sorted(ids) == sorted(mail.recipient_message_id(row[2], a) for a in ("reader@example.org", "boss@example.org"))
    assert dict(conn.execute("SELECT recipient, message_id FROM digest_sends WHERE week = '2025-W50'").fetchall()) == \
        {"reader@example.org": ids[0], "boss@example.org": ids[1]}


def test_mail_no_double_send_unless_forced(smtp_server, db_path, tmp_path):
    cfg = write_config(tmp_path, smtp_server.port)
    assert run(cfg, "--week", "2025-W50", "--send").exit_code == 0
    r = run(cfg, "--week", "2025-W50", "--send")
    assert r.exit_code == 0 and "already sent to every recipient" in r.output
    assert len(smtp_server.envelopes) == 2
    # a new recipient gets it; the old ones are not sent it again
    cfg = write_config(tmp_path, smtp_server.port, to=("reader@example.org", "new@example.org"))
    r = run(cfg, "--week", "2025-W50", "--send")
    assert r.exit_code == 0 and "to 1 recipient(s)" in r.output and "2 already had it" in r.output
    assert [e.rcpt_tos for e in smtp_server.envelopes[2:]] == [["new@example.org"]]
    first_id = smtp_server.to("reader@example.org")[0]["Message-ID"]
    r = run(cfg, "--week", "2025-W50", "--send", "--force")
    assert r.exit_code == 0 and "to 3 recipient(s)" in r.output
    assert len(smtp_server.envelopes) == 6
    assert smtp_server.to("reader@example.org")[1]["Message-ID"] != first_id   # --force: a new message


def test_mail_to_option_replaces_config_recipients(smtp_server, db_path, tmp_path):
    cfg = write_config(tmp_path, smtp_server.port)
    r = run(cfg, "--week", "2025-W50", "--send", "--to", "x@example.org", "--to", "y@example.org")
    assert r.exit_code == 0, r.output
    assert [e.rcpt_tos for e in smtp_server.envelopes] == [["x@example.org"], ["y@example.org"]]
    assert [m["To"] for m in smtp_server.messages] == ["x@example.org", "y@example.org"]


def test_mail_refused_server_fails_cleanly_and_keeps_the_digest_for_retry(smtp_server, db_path, tmp_path):
    dead = free_port()  # nothing listens here
    cfg = write_config(tmp_path, dead)
    r = run(cfg, "--week", "2025-W50", "--send")
    assert r.exit_code == 1
    assert f"cannot connect to SMTP server 127.0.0.1:{dead}" in r.output
    assert "stored; run the command again to retry" in r.output
    assert "Traceback" not in r.output
    conn = open_db(db_path).conn
    assert conn.execute("SELECT sent_at IS NULL, send_error LIKE '%127.0.0.1:%' FROM digests").fetchone() == (1, 1)
    assert conn.execute("SELECT count(*) FROM digest_sends").fetchone()[0] == 0
    # the next run, with the server up, sends it
    cfg = write_config(tmp_path, smtp_server.port)
    r = run(cfg, "--week", "2025-W50", "--send")
    assert r.exit_code == 0, r.output
    assert len(smtp_server.envelopes) == 2
    assert conn.execute("SELECT send_error FROM digests").fetchone()[0] is None


def test_mail_refused_recipient_is_retried_next_run(smtp_server, db_path, tmp_path):
    cfg = write_config(tmp_path, smtp_server.port)
    smtp_server.refuse.add("boss@example.org")
    r = run(cfg, "--week", "2025-W50", "--send")
    assert r.exit_code == 1 and "refused some recipients: boss@example.org: 550" in r.output
    assert [e.rcpt_tos for e in smtp_server.envelopes] == [["reader@example.org"]]
    smtp_server.refuse.clear()
    r = run(cfg, "--week", "2025-W50", "--send")
    assert r.exit_code == 0 and "to 1 recipient(s)" in r.output and "1 already had it" in r.output
    assert [e.rcpt_tos for e in smtp_server.envelopes] == [["reader@example.org"], ["boss@example.org"]]


def test_mail_connection_lost_half_way_resumes_without_duplicates(smtp_server, db_path, tmp_path):
    cfg = write_config(tmp_path, smtp_server.port, to=("a@example.org", "b@example.org", "c@example.org"), bcc=())
    smtp_server.close_at = 2          # the server hangs up at the second message
    r = run(cfg, "--week", "2025-W50", "--send")
    assert r.exit_code == 1 and "421" in r.output and "run the command again to retry" in r.output
    assert "Traceback" not in r.output
    conn = open_db(db_path).conn
    assert [x for (x,) in conn.execute("SELECT recipient FROM digest_sends")] == ["a@example.org"]
    base = conn.execute("SELECT message_id FROM digests").fetchone()[0]
    smtp_server.close_at = None
    # the retries send the stored digest as the scheduler's rerun would, without rebuilding it
    settings = mail.SmtpSettings.from_config(load_config(cfg))
    store = open_db(db_path)
    result = mail.send_digest(store, digest_store.load_digest(store, "2025-W50"), settings)
    assert (result.sent, result.already) == (["b@example.org", "c@example.org"], ["a@example.org"])
    assert [e.rcpt_tos for e in smtp_server.envelopes] == [["a@example.org"], ["b@example.org"], ["c@example.org"]]
    # the retry kept the week's Message-ID: b's message has the id its first try had
    assert conn.execute("SELECT message_id FROM digests").fetchone()[0] == base
    assert smtp_server.to("b@example.org")[0]["Message-ID"] == mail.recipient_message_id(base, "b@example.org")
    # a send the server took but the database lost (a crash in between) goes again as the same message
    with conn:
        conn.execute("DELETE FROM digest_sends WHERE recipient = 'c@example.org'")
    result = mail.send_digest(store, digest_store.load_digest(store, "2025-W50"), settings)
    assert result.sent == ["c@example.org"]
    store.close()
    again = smtp_server.to("c@example.org")
    assert len(again) == 2 and again[0]["Message-ID"] == again[1]["Message-ID"]


@pytest.mark.parametrize("value, message", [
    ("http://news.example/unsubscribe", "plain http: unsubscribe links must be https"),
    ("https://news.example/u?e={email}", "unknown placeholder {email}"),
    ("news.example/unsubscribe", "neither an https URL nor a mailto: address"),
    ("https://news.example/a b", "contains a space"),
])
def test_mail_unsubscribe_setting_is_checked_on_load(tmp_path, value, message):
    cfg = write_config(tmp_path, 25)
    cfg.write_text(cfg.read_text().replace("https://news.example/unsubscribe?email={recipient}", value))
    r = CliRunner().invoke(main, ["--config", str(cfg), "--db", str(tmp_path / "x.db"), "digest"])
    assert r.exit_code == 2 and "[smtp] list_unsubscribe:" in r.output and message in r.output
    assert "Traceback" not in r.output and len(r.output.strip().splitlines()) == 1


def test_mail_starttls_required_but_not_offered(smtp_server, db_path, tmp_path):
    cfg = write_config(tmp_path, smtp_server.port)
    cfg.write_text(cfg.read_text().replace('security = "none"', 'security = "starttls"'))
    r = run(cfg, "--week", "2025-W50", "--send")
    assert r.exit_code == 1 and f"127.0.0.1:{smtp_server.port} does not offer STARTTLS" in r.output
    assert smtp_server.envelopes == []


def test_mail_quiet_week_skipped_when_configured(smtp_server, db_path, tmp_path):
    cfg = write_config(tmp_path, smtp_server.port, extra="\n[digest]\nskip_empty = true\n")
    r = run(cfg, "--week", "2025-W40", "--send")
    assert r.exit_code == 0 and "quiet week" in r.output and "Not sent" in r.output
    assert smtp_server.envelopes == []
    cfg = write_config(tmp_path, smtp_server.port)
    r = run(cfg, "--week", "2025-W40", "--send")
    assert r.exit_code == 0 and len(smtp_server.envelopes) == 2
    msg = smtp_server.messages[0]
    assert msg["Subject"].endswith("a quiet week")
    assert [p.get_content_type() for p in msg.walk()] == ["multipart/alternative", "text/plain", "text/html"]


def test_mail_out_eml_is_the_sent_message(smtp_server, db_path, tmp_path):
    cfg = write_config(tmp_path, smtp_server.port)
    out = tmp_path / "out"
    r = run(cfg, "--week", "2025-W50", "--send", "--out", str(out))
    assert r.exit_code == 0, r.output
    raw = (out / "digest-2025-W50.eml").read_bytes()
    saved = email.message_from_bytes(raw, policy=email.policy.default)
    # the folder may be served as a website: its copy names no recipient
    assert saved["To"] == "undisclosed-recipients:;"
    assert b"reader@example.org" not in raw and b"boss@example.org" not in raw
    # ... and is the week's message: each recipient's Message-ID derives from it, the content is the same
    sent = smtp_server.to("reader@example.org")[0]
    assert sent["Message-ID"] == mail.recipient_message_id(saved["Message-ID"], "reader@example.org")
    assert saved["Subject"] == sent["Subject"] and saved["Date"] == sent["Date"]
    def before_footer(m):
        return m.get_body(("html",)).get_content().replace("\r\n", "\n").rsplit("<br>", 1)[0]

    assert before_footer(saved) == before_footer(sent) and "AI news, Week 50" in before_footer(saved)


# -- TLS and login ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def tls_files(tmp_path_factory):
    """A self-signed certificate for 127.0.0.1, trusted by the client through SSL_CERT_FILE."""
    import ipaddress
    from datetime import timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    d = tmp_path_factory.mktemp("tls")
    (d / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (d / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                  serialization.NoEncryption()))
    return d / "cert.pem", d / "key.pem"


class Accounts:
    def __init__(self, users):
        self.users = users

    def __call__(self, server, session, envelope, mechanism, auth_data):
        from aiosmtpd.smtp import AuthResult, LoginPassword

        ok = isinstance(auth_data, LoginPassword) and \
            self.users.get(auth_data.login.decode()) == auth_data.password.decode()
        return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself


def _tls_server(tls_files, *, implicit: bool):
    """aiosmtpd with TLS and AUTH PLAIN."""
    import ssl

    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(*map(str, tls_files))
    inbox = Inbox()
    port = free_port()
    if implicit:  # aiosmtpd only knows STARTTLS as "TLS" for auth_require_tls; the socket is TLS anyway
        controller = Controller(inbox, hostname="127.0.0.1", port=port, ssl_context=ctx,
                                authenticator=Accounts({"bot": "s3cret"}), auth_require_tls=False)
    else:
        controller = Controller(inbox, hostname="127.0.0.1", port=port, tls_context=ctx, require_starttls=True,
                                authenticator=Accounts({"bot": "s3cret"}), auth_require_tls=True)
    inbox.port = port
    return inbox, controller


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_mail_sends_over_tls_with_login(security, tls_files, db_path, tmp_path, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_files[0]))
    monkeypatch.setenv("MW_TEST_SMTP_PW", "s3cret")
    inbox, controller = _tls_server(tls_files, implicit=security == "tls")
    controller.start()
    try:
        cfg = write_config(tmp_path, inbox.port)
        cfg.write_text(cfg.read_text().replace('security = "none"', f'security = "{security}"\nuser = "bot"\n'
                                                                    'password_env = "MW_TEST_SMTP_PW"'))
        assert "s3cret" not in cfg.read_text()
        r = run(cfg, "--week", "2025-W50", "--send", "--to", "x@example.org")
        assert r.exit_code == 0, r.output
        assert len(inbox.envelopes) == 1 and inbox.envelopes[0].rcpt_tos == ["x@example.org"]
        # a wrong password is refused with a clear message, and nothing is recorded as sent
        monkeypatch.setenv("MW_TEST_SMTP_PW", "wrong")
        r = run(cfg, "--week", "2025-W50", "--send", "--to", "y@example.org")
        assert r.exit_code == 1 and f"127.0.0.1:{inbox.port} refused the login for 'bot'" in r.output
        assert len(inbox.envelopes) == 1
    finally:
        controller.stop()

"""TLS refusal (SECURITY.md §8, §10 #35/#36): an expired, wrong-host or self-signed server
certificate is refused with a typed error and a readable message, there is no override, and
the JWT never leaves the machine. A certificate from a trusted CA works.

Certificates come from a throw-away test CA made with ``cryptography``. A tiny HTTPS server on
127.0.0.1 records every request that got through the TLS handshake (and whether it carried an
``Authorization`` header); the positive case also runs a full push against the ZGW test server
over https.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from app.domain.outbox import OpState
from app.sync.config import SyncConfig, SyncConfigError
from app.sync.engine import SyncEngine
from app.sync.mapping import Planner
from app.sync.messages import classify
from app.sync.zgw_client import TransportError, ZgwClient, default_ssl_context
from tests.zgw_server import ZgwTestServer
from tests.zgw_server.server import DEFAULT_SECRET
from tests.zgw_server.testing import (
    FakeClock,
    make_config,
    make_vault,
    open_counts,
    plan_full_client,
    sample_clients,
)

pytestmark = pytest.mark.e2e

NOW = dt.datetime.now(dt.UTC)
DAY = dt.timedelta(days=1)
ZAAK = "zaken/0b0c0d0e-0000-4000-8000-000000000001"


# ------------------------------------------------------------------------------ certificates
def _key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


@dataclass
class Pki:
    directory: Path
    ca_key: ec.EllipticCurvePrivateKey = field(default_factory=_key)
    ca_cert: x509.Certificate | None = None

    def __post_init__(self) -> None:
        name = _name("Huisbezoek Test CA")
        self.ca_cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(self.ca_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(NOW - 10 * DAY)
            .not_valid_after(NOW + 365 * DAY)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(self.ca_key.public_key()), critical=False
            )
            .sign(self.ca_key, hashes.SHA256())
        )
        self.ca_file = self.directory / "ca.pem"
        self.ca_file.write_bytes(self.ca_cert.public_bytes(serialization.Encoding.PEM))

    def server_cert(
        self,
        label: str,
        *,
        hosts: tuple[str, ...] = ("localhost", "127.0.0.1"),
        not_before: dt.datetime = NOW - DAY,
        not_after: dt.datetime = NOW + 30 * DAY,
        self_signed: bool = False,
    ) -> tuple[Path, Path]:
        """(cert.pem, key.pem) for a server certificate issued by the test CA (or itself)."""
        assert self.ca_cert is not None
        key = _key()
        sans: list[x509.GeneralName] = []
        for h in hosts:
            try:
                sans.append(x509.IPAddress(ipaddress.ip_address(h)))
            except ValueError:
                sans.append(x509.DNSName(h))
        issuer_key = key if self_signed else self.ca_key
        issuer = _name(hosts[0]) if self_signed else self.ca_cert.subject
        builder = (
            x509.CertificateBuilder()
            .subject_name(_name(hosts[0]))
            .issuer_name(issuer)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(not_before)
            .not_valid_after(not_after)
            .add_extension(x509.SubjectAlternativeName(sans), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False
            )
        )
        if not self_signed:
            builder = builder.add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.ca_key.public_key()),
                critical=False,
            )
        cert = builder.sign(issuer_key, hashes.SHA256())
        cert_file = self.directory / f"{label}.pem"
        key_file = self.directory / f"{label}.key"
        cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        key_file.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        return cert_file, key_file

    def server_context(self, label: str, **kw: object) -> ssl.SSLContext:
        cert_file, key_file = self.server_cert(label, **kw)  # type: ignore[arg-type]
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(cert_file, key_file)
        return ctx

    def client_context(self) -> ssl.SSLContext:
        """What a municipality with a private CA would configure: only the test CA trusted."""
        return default_ssl_context(cafile=str(self.ca_file))


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return Pki(tmp_path_factory.mktemp("pki"))


# ------------------------------------------------------------------------------ HTTPS recorder
class RecordingHttpsServer:
    """HTTPS on 127.0.0.1: answers every request with a small JSON object and records it."""

    def __init__(self, context: ssl.SSLContext) -> None:
        self.context = context
        self.requests: list[bytes] = []  # raw request heads that passed the handshake
        self.handshake_failures = 0
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True, name="tls-recorder")
        self.thread.start()

    @property
    def authorization_seen(self) -> bool:
        return any(b"\r\nauthorization:" in head.lower() for head in self.requests)

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                raw, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            raw.settimeout(5)
            try:
                with self.context.wrap_socket(raw, server_side=True) as conn:
                    self._answer(conn)
            except (ssl.SSLError, OSError):
                self.handshake_failures += 1
                raw.close()

    def _answer(self, conn: ssl.SSLSocket) -> None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return
            data += chunk
        self.requests.append(data.partition(b"\r\n\r\n")[0])
        body = b'{"url": "https://localhost/zaken/api/v1/zaken/1", "ok": true}'
        conn.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
        )

    def close(self) -> None:
        self._stop.set()
        self.sock.close()
        self.thread.join(timeout=2)


def _config(port: int, host: str = "localhost", **kw: object) -> SyncConfig:
    return make_config(
        base=f"https://{host}:{port}", connect_timeout=3, read_timeout=3, total_timeout=10, **kw
    )


BAD_CERTS = {
    "expired": {"not_before": NOW - 60 * DAY, "not_after": NOW - DAY},
    "not_yet_valid": {"not_before": NOW + 10 * DAY, "not_after": NOW + 60 * DAY},
    "wrong_host": {"hosts": ("zaken.andere-gemeente.example",)},
    "self_signed": {"self_signed": True},
}


# ------------------------------------------------------------------------------ tests
@pytest.mark.parametrize("case", sorted(BAD_CERTS))
def test_bad_certificate_is_refused_and_no_jwt_is_sent(pki: Pki, case: str) -> None:
    server = RecordingHttpsServer(pki.server_context(case, **BAD_CERTS[case]))
    try:
        with ZgwClient(_config(server.port), DEFAULT_SECRET, verify=pki.client_context()) as c:
            with pytest.raises(TransportError) as info:
                c.get_object(c.zaken(ZAAK))
            with pytest.raises(TransportError):  # a second try is refused just the same
                c.post(c.zaken("zaken"), {"identificatie": "HB-1"})
        err = info.value
        assert err.kind == "tls" and err.maybe_committed is False
        problem = classify(err)
        assert problem.message_key == "sync.tls_invalid"
        assert problem.disposition.value == "stop"  # no retry storm, no "continue anyway"
        assert "certificaat" in problem.text("nl") and "certificate" in problem.text("en")
        assert DEFAULT_SECRET not in str(err) and "Bearer" not in str(err)
        assert server.requests == []  # no HTTP request got through the handshake
        assert not server.authorization_seen
        assert server.handshake_failures >= 1
    finally:
        server.close()


def test_test_ca_is_not_trusted_by_the_default_os_trust_store(pki: Pki) -> None:
    """Without an explicit CA bundle the OS trust store is used: a private CA is unknown."""
    server = RecordingHttpsServer(pki.server_context("valid-default"))
    try:
        with ZgwClient(_config(server.port), DEFAULT_SECRET) as c:
            with pytest.raises(TransportError) as info:
                c.get_object(c.zaken(ZAAK))
        assert classify(info.value).message_key == "sync.tls_invalid"
        assert not server.authorization_seen and server.requests == []
    finally:
        server.close()


def test_valid_certificate_from_the_trusted_ca_works(pki: Pki) -> None:
    server = RecordingHttpsServer(pki.server_context("valid"))
    try:
        with ZgwClient(_config(server.port), DEFAULT_SECRET, verify=pki.client_context()) as c:
            assert c.get_object(c.zaken(ZAAK))["ok"] is True
        assert len(server.requests) == 1
        assert server.authorization_seen  # the JWT travels only over the verified connection
    finally:
        server.close()


def test_there_is_no_override(pki: Pki) -> None:
    """No config switch and no client argument turns verification off."""
    server = RecordingHttpsServer(pki.server_context("expired-2", **BAD_CERTS["expired"]))
    try:
        cfg = _config(server.port, extra={"verify": False, "tls_verify": False, "insecure": True})
        with ZgwClient(cfg, DEFAULT_SECRET, verify=pki.client_context()) as c:
            with pytest.raises(TransportError) as info:
                c.get(c.zaken("zaken"))
        assert info.value.kind == "tls" and not server.authorization_seen
    finally:
        server.close()
    lax = ssl.create_default_context()
    lax.check_hostname = False
    lax.verify_mode = ssl.CERT_NONE
    for verify in (lax, False, "/dev/null"):
        with pytest.raises(ValueError):
            ZgwClient(_config(443), DEFAULT_SECRET, verify=verify)  # type: ignore[arg-type]


def test_engine_stops_on_a_bad_certificate_and_marks_nothing_synced(
    pki: Pki, tmp_path: Path
) -> None:
    server = RecordingHttpsServer(pki.server_context("expired-3", **BAD_CERTS["expired"]))
    vault = make_vault(tmp_path / "v")
    try:
        cfg = _config(server.port)
        engine = SyncEngine(
            vault, ZgwClient(cfg, DEFAULT_SECRET, verify=pki.client_context()), clock=FakeClock()
        )
        client = sample_clients(1)[0]
        plan_full_client(vault, Planner(cfg, author="K. Manager"), client)

        result = engine.push()

        assert result.stopped is not None
        assert result.stopped.message_key == "sync.tls_invalid"
        assert result.done == 0 and OpState.DONE.value not in vault.outbox.counts()
        assert not server.authorization_seen and server.requests == []
    finally:
        vault.close()
        server.close()


def test_full_push_over_https_with_a_trusted_certificate(pki: Pki, tmp_path: Path) -> None:
    zgw = ZgwTestServer(ssl_context=pki.server_context("zgw")).start()
    vault = make_vault(tmp_path / "v")
    try:
        assert zgw.base_url.startswith("https://127.0.0.1:")
        cfg = make_config(zgw, connect_timeout=3, read_timeout=3, total_timeout=10)
        engine = SyncEngine(
            vault, ZgwClient(cfg, DEFAULT_SECRET, verify=pki.client_context()), clock=FakeClock()
        )
        plan_full_client(vault, Planner(cfg, author="K. Manager"), sample_clients(1)[0])

        result = engine.push()

        assert result.stopped is None and open_counts(vault) == {}
        assert zgw.count("zaak") == 1 and zgw.count("eio") == 3
    finally:
        vault.close()
        zgw.stop()


@pytest.mark.parametrize(
    "url",
    [
        "http://zaken.gemeente.example/zaken/api/v1/",
        "http://10.0.0.5/zaken/api/v1/",
        "http://127.0.0.1.nip.io/zaken/api/v1/",
        "http://localhost.evil.example/zaken/api/v1/",
    ],
)
def test_config_refuses_http_for_non_loopback_hosts(url: str) -> None:
    base = _config(8443)
    base.zaken_root = url
    with pytest.raises(SyncConfigError) as info:
        base.validate()
    assert info.value.message_key == "sync.config.http_not_loopback"
    assert classify(info.value).text("nl")

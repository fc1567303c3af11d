"""Real HTTP(S) servers on 127.0.0.1 for the mirror tests, with faults to inject, and a
mirror world: an editor's mirror folder with versions 4 and 5 and a field home on version 4.

The servers are the standard library's, started by the tests on a free port; nothing leaves this
machine. A fault is set per file name on `server.faults` before a request:

    {"drops": [offsets]}   close the connection after this byte of the file (one per request)
    {"rate": 20_000}       send at most this many bytes a second
    {"status": 404}        answer with this HTTP status
    {"body": b"..."}       serve these bytes instead of the file
    {"redirect": URL}      answer 302 to URL
    {"endless": True}      send bytes for ever (no Content-Length), until the client hangs up
    {"stall": seconds}     send the headers, then nothing for this long
"""

from __future__ import annotations

import datetime as dt
import shutil
import ssl
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from updates_support import World, make_user_db, retitle

from desktop.core.mirrors.publishing import publish_to_mirror
from desktop.core.paths import layout as make_layout
from desktop.core.updates import prepare_import


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):  # noqa: N802 (the standard library's name)
        server = self.server
        # a request through a proxy names the whole URL; this server then plays the proxy
        path = urlsplit(self.path).path if self.path.startswith("http://") else self.path
        name = unquote(path.rsplit("/", 1)[-1].split("?", 1)[0])
        server.proxied.append(self.path.startswith("http://"))
        fault = server.faults.get(name, {})
        server.requests.append((name, self.headers.get("Range"), self.headers.get("User-Agent"),
                                self.headers.get("Cookie")))
        if "redirect" in fault:
            self.send_response(302)
            self.send_header("Location", fault["redirect"])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if "status" in fault:
            self.send_error(fault["status"])
            return
        if fault.get("endless"):
            self.send_response(200)
            self.end_headers()
            try:
                for _ in range(20_000):  # 320 MB at most, far past any limit the client has
                    self.wfile.write(b"x" * 16384)
            except OSError:
                pass
            return
        path = server.folder / name
        if "body" not in fault and not (path.is_file() and path.parent == server.folder):
            self.send_error(404)
            return
        data = fault.get("body", path.read_bytes() if "body" not in fault else b"")
        start = 0
        if self.headers.get("Range", "").startswith("bytes="):
            start = int(self.headers["Range"][6:].split("-")[0])
            if start >= len(data):
                self.send_error(416)
                return
        self.send_response(206 if start else 200)
        if start:
            self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
        self.send_header("Content-Length", str(len(data) - start))
        self.end_headers()
        if fault.get("stall"):
            time.sleep(fault["stall"])
        drops = fault.get("drops") or []
        end = min(drops.pop(0), len(data)) if drops else len(data)
        self._send(data[start:max(start, end)], fault.get("rate"))
        if end < len(data):
            self.close_connection = True

    def _send(self, body: bytes, rate):
        step = 1024 if rate else 65536
        began = time.monotonic()
        try:
            for offset in range(0, len(body), step):
                self.wfile.write(body[offset:offset + step])
                self.server.bytes_sent += len(body[offset:offset + step])
                if rate:  # keep the average at `rate` bytes a second
                    ahead = (offset + step) / rate - (time.monotonic() - began)
                    if ahead > 0:
                        time.sleep(ahead)
        except OSError:
            pass


class MirrorServer(ThreadingHTTPServer):
    """A static file server for one folder, with faults; `url` is its address."""

    daemon_threads = True

    def __init__(self, folder: Path, tls: ssl.SSLContext | None = None, host: str = "127.0.0.1", port: int = 0):
        super().__init__((host, port), _Handler)
        self.folder = Path(folder).resolve()
        self.faults, self.requests, self.bytes_sent = {}, [], 0  # bytes of file bodies sent
        self.proxied = []  # per request: did it come through a proxy (an absolute URL)?
        if tls is not None:
            self.socket = tls.wrap_socket(self.socket, server_side=True)
        scheme = "https" if tls is not None else "http"
        self.url = f"{scheme}://{host}:{self.server_address[1]}"
        self._thread = threading.Thread(target=self.serve_forever, args=(0.02,), daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self.shutdown()
        self.server_close()


def self_signed_certificate(folder: Path) -> tuple:
    """(certificate path, key path) of a new certificate for 127.0.0.1 and localhost."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "test mirror")])
    now = dt.datetime.now(dt.timezone.utc)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(hours=1))
                   .not_valid_after(now + dt.timedelta(days=1))
                   .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                               x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                                  critical=False)
                   .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
                   .sign(key, hashes.SHA256()))
    folder.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = folder / "mirror.crt", folder / "mirror.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@dataclass
class MirrorWorld:
    """A mirror folder (full v4 and v5, delta 4 -> 5), the v4 index kept aside, and a field
    project with a home on version 4."""

    base: Path
    world: World
    editor: Path
    mirror: Path
    index_v4: bytes
    field: Path
    home: Path  # version 4 installed
    changed_id: str

    def layout(self, home: Path | None = None):
        return make_layout(home or self.home, self.field)

    def editor_layout(self):
        return make_layout(self.base / "editor-home", self.editor)

    def copy(self, target: Path) -> "MirrorWorld":
        copies = {}
        for name in ("editor", "mirror", "field", "home"):
            copies[name] = target / name
            shutil.copytree(getattr(self, name), copies[name])
        return MirrorWorld(base=target, world=self.world, index_v4=self.index_v4, changed_id=self.changed_id,
                           **copies)


def build_mirror_world(base: Path, world: World) -> MirrorWorld:
    editor, field, mirror = base / "editor", base / "field", base / "mirror"
    shutil.copytree(world.editor, editor)
    shutil.copytree(world.field, field)
    editor_layout = make_layout(base / "editor-home", editor)
    first = publish_to_mirror(editor_layout, world.key.private_path, mirror)
    assert first.index.version == 4, first.index
    index_v4 = (mirror / "index.json").read_bytes()
    home = base / "home-v4"
    make_user_db(home / "user.db", world.ids[:2])
    with prepare_import(make_layout(home, field), mirror / first.index.full.file) as prepared:
        prepared.apply()
    changed_id = sorted(p.stem for p in (editor / "resources" / "practices").glob("*.md") if "." not in p.stem)[0]
    retitle(editor / "resources", changed_id, "A title changed for version 5")
    second = publish_to_mirror(editor_layout, world.key.private_path, mirror)
    assert second.index.version == 5 and len(second.index.deltas) == 1, second.index
    return MirrorWorld(base=base, world=world, editor=editor, mirror=mirror, index_v4=index_v4, field=field,
                       home=home, changed_id=changed_id)


_MIRROR_WORLD: MirrorWorld | None = None


def session_mirror_world(tmp_path_factory) -> MirrorWorld:
    from updates_support import session_world
    global _MIRROR_WORLD
    if _MIRROR_WORLD is None:
        world = session_world(tmp_path_factory)
        _MIRROR_WORLD = build_mirror_world(tmp_path_factory.mktemp("mirror-world"), world)
    return _MIRROR_WORLD

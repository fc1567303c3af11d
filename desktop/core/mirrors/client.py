"""HTTP(S) to mirrors, standard library only: addresses, TLS, proxies, redirects, sentences.

Nothing leaks: requests go only to the configured mirrors, with a fixed User-Agent, no cookies,
no query string and no credentials. HTTPS is required except for localhost and for addresses
the user marks as a local mirror (an office's own LAN server). Certificates are verified against
the system's trust store (truststore: the one the operating system and its browsers use, found
by a frozen app too) or the context a caller gives, and a failure is a refusal. The
system's proxy settings are honoured (urllib reads them from the environment, the Windows
registry or macOS settings), except for this machine itself. A redirect may stay on the same
scheme, host and port; one to anywhere else is refused.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

from ..errors import CatalogueError
from .index import MirrorRefused

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
USER_AGENT = "PracticeCatalogue"  # the same for every office: nothing that tells one from another
DEFAULT_TIMEOUT = 30.0  # seconds without a byte before a connection counts as dropped
SMALL_FILE_SECONDS = 120.0  # an index is a few KB: even a bad link brings it in far less


class MirrorUnreachable(CatalogueError):
    """The mirror could not be reached or the connection dropped; trying later may succeed."""


@dataclass(frozen=True)
class MirrorAddress:
    """A mirror folder's web address (no trailing slash); `local` allows plain HTTP to it."""

    url: str
    local: bool = False

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""

    def file_url(self, name: str) -> str:
        return f"{self.url}/{quote(name)}"


def parse_address(text: str, local: bool = False) -> MirrorAddress:
    """Check a mirror address as typed in Settings or on the command line. Raises MirrorRefused."""
    text = (text or "").strip()
    try:
        parts = urlsplit(text)
        host, _port = parts.hostname, parts.port
    except ValueError:
        host = None
    if not text or parts.scheme not in ("http", "https") or not host:
        raise MirrorRefused(f"'{text[:200]}' is not a mirror address: give the web address of the mirror folder, "
                            "e.g. https://example.org/catalogue.")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise MirrorRefused(f"The mirror address {text[:200]} carries a user name, a query or a fragment; give the "
                            "plain address of the folder (nothing that identifies this office is ever sent).")
    if parts.scheme == "http" and not local and host not in LOCAL_HOSTS:
        raise MirrorRefused(f"The mirror address {text[:200]} is not HTTPS; plain HTTP is allowed only for "
                            "this computer and for a mirror marked as local (the office's own network).")
    return MirrorAddress(url=text.rstrip("/"), local=local)


class _SameHostRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = 3

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        old, new = urlsplit(req.full_url), urlsplit(urljoin(req.full_url, newurl))
        if (new.scheme, new.hostname, new.port) != (old.scheme, old.hostname, old.port):
            raise MirrorRefused(f"The mirror at {old.hostname} redirected to another place "
                                f"({new.scheme}://{new.hostname or ''}); only the configured mirrors are "
                                "contacted, so it was refused.")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def system_context() -> ssl.SSLContext:
    """A TLS context that trusts what the operating system trusts (truststore), verifying
    certificates and host names."""
    import truststore
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


class MirrorClient:
    """Opens requests to one mirror. `ssl_context` defaults to the system's trusted certificates."""

    def __init__(self, address: MirrorAddress, ssl_context: ssl.SSLContext | None = None,
                 timeout: float = DEFAULT_TIMEOUT):
        self.address, self.timeout = address, timeout
        context = ssl_context or system_context()
        if context.verify_mode != ssl.CERT_REQUIRED or not context.check_hostname:
            raise MirrorRefused("A connection that does not verify certificates was asked for; it was refused.")
        proxies = urllib.request.ProxyHandler({} if address.host in LOCAL_HOSTS else None)
        self._opener = urllib.request.build_opener(proxies, urllib.request.HTTPSHandler(context=context),
                                                   _SameHostRedirects())

    def open(self, name: str, start: int = 0, fresh: bool = False):
        """The response for file `name` of the mirror folder, from byte `start`.

        Raises MirrorRefused (redirect elsewhere, certificate, HTTP error) or MirrorUnreachable."""
        url = self.address.file_url(name)
        headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
        if start:
            headers["Range"] = f"bytes={start}-"
        if fresh:  # the index must not come from a cache that keeps it past its next publish
            headers["Cache-Control"] = "no-cache"
        try:
            return self._opener.open(urllib.request.Request(url, headers=headers), timeout=self.timeout)
        except (urllib.error.URLError, OSError, http.client.HTTPException) as error:
            raise sentence_for(error, url, name) from error

    def read_small(self, name: str, cap: int, budget: float = SMALL_FILE_SECONDS) -> bytes:
        """The whole of a small file (the index): at most `cap` bytes within `budget` seconds,
        or MirrorRefused (too large) / MirrorUnreachable (too slow: a trickle that never ends)."""
        deadline, data = time.monotonic() + budget, b""
        with self.open(name, fresh=True) as response:
            while len(data) <= cap:
                try:
                    chunk = response.read1(cap + 1 - len(data))
                except (OSError, http.client.HTTPException) as error:
                    raise sentence_for(error, self.address.file_url(name), name) from error
                if not chunk:
                    break
                data += chunk
                if time.monotonic() > deadline:
                    raise MirrorUnreachable(f"The mirror at {self.address.host} sends {name} too slowly to be "
                                            "an index; try again when the connection is better.")
        if len(data) > cap:
            raise MirrorRefused(f"The mirror at {self.address.host} sent more for {name} than any index can hold; "
                                "it was refused.")
        return data


def sentence_for(error: BaseException, url: str, name: str) -> CatalogueError:
    """One sentence for what urllib, ssl or the socket raised."""
    host = urlsplit(url).hostname or url
    if isinstance(error, urllib.error.HTTPError):
        if error.code == 404:
            return MirrorRefused(f"The mirror at {host} has no {name} (HTTP 404 at {url}): check the mirror address "
                                 "in Settings, or ask the editors whether the mirror is complete.")
        if error.code == 416:
            return MirrorRefused(f"The mirror's copy of {name} is shorter than its signed index says; it was refused "
                                 "(the mirror is incomplete or out of date).")
        if 500 <= error.code < 600:
            return MirrorUnreachable(f"The mirror at {host} answered with a server error (HTTP {error.code}); "
                                     "try again later.")
        return MirrorRefused(f"The mirror at {host} refused {name} (HTTP {error.code}).")
    reason = getattr(error, "reason", error)
    if isinstance(reason, ssl.SSLCertVerificationError):
        detail = getattr(reason, "verify_message", "") or "not trusted"
        return MirrorRefused(f"The mirror at {host} presented a certificate that could not be verified ({detail}); "
                             "nothing was downloaded, since certificate errors are never ignored.")
    if isinstance(reason, ssl.SSLError):
        detail = reason.reason or type(reason).__name__
        return MirrorRefused(f"A secure connection to the mirror at {host} could not be made ({detail}); nothing "
                             "was downloaded.")
    if isinstance(reason, (socket.timeout, TimeoutError)):
        return MirrorUnreachable(f"The mirror at {host} stopped answering; try again when the connection is better.")
    if isinstance(reason, socket.gaierror):
        return MirrorUnreachable(f"The mirror at {host} cannot be found: this computer seems to be offline, or "
                                 "the address is wrong.")
    if isinstance(error, MirrorRefused):
        return error
    detail = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
    return MirrorUnreachable(f"The mirror at {host} cannot be reached ({detail}); try again when a connection is "
                             "available.")

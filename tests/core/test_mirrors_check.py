"""Checking a mirror against a real HTTP(S) server on 127.0.0.1: the index is believed only when
a trusted key signed it, it has not expired, it is not older than one seen before and it came
from the configured host. Each refusal is one sentence and changes nothing."""

from __future__ import annotations

import datetime as dt
import json
import ssl

import pytest
from mirror_support import MirrorServer, MirrorWorld, self_signed_certificate, session_mirror_world
from updates_support import snapshot

from desktop.core.installed import installed
from desktop.core.keys import key_id_of, load_private_key
from desktop.core.mirrors import MirrorRefused, MirrorUnreachable, check_mirrors, parse_address
from desktop.core.mirrors import state as mirror_state
from desktop.core.mirrors.check import NoMirror
from desktop.core.mirrors.client import MirrorClient
from desktop.core.mirrors.index import MAX_INDEX_BYTES, read_index, signed_index_bytes, utc_now
from desktop.core.mirrors.state import downloads_dir


@pytest.fixture
def mw(tmp_path, tmp_path_factory) -> MirrorWorld:
    return session_mirror_world(tmp_path_factory).copy(tmp_path / "mw")


def check(mw, *urls, **options):
    return check_mirrors(mw.layout(), [parse_address(u) for u in urls], **options)


def refused_without_change(mw, call, exception=MirrorRefused) -> str:
    """Run `call`, expect `exception`; the installed catalogue and the seen index must not move."""
    def memory():  # a refused or failed check is not remembered: the next start asks again
        layout = mw.layout()
        return snapshot(mw.home / "catalogues"), mirror_state.seen(layout, "mlg-practices"), \
            mirror_state.last_check(layout)
    before = memory()
    with pytest.raises(exception) as caught:
        call()
    assert memory() == before
    assert installed(mw.layout()).version == 4
    message = str(caught.value)
    assert message.endswith(".") and "Traceback" not in message and "\n" not in message
    return message


def resigned(mw, edit, signer="trusted") -> bytes:
    """The mirror's index changed by `edit(content)` and signed again by the chosen key."""
    content = json.loads((mw.mirror / "index.json").read_bytes())["index"]
    edit(content)
    pair = mw.world.key if signer == "trusted" else mw.world.stranger
    private = load_private_key(pair.private_path)
    from desktop.core.bundles import signature_file
    from desktop.core.mirrors.index import canonical
    signature = json.loads(signature_file(canonical(content), private, key_id_of(private.public_key())))
    return json.dumps({"index": content, "signature": signature}).encode()


def test_a_newer_version_is_offered_as_the_small_delta(mw):
    with MirrorServer(mw.mirror) as server:
        result = check(mw, server.url)
    offer = result.offer
    assert offer.version == 5 and offer.entry.kind == "delta" and offer.entry.base_version == 4
    assert offer.size < offer.index.full.size
    assert result.sentence == f"Catalogue version 5 is available ({round(offer.size / 1000)} KB)."
    # nothing but the index was asked for, with nothing that tells this office from another
    assert server.requests == [("index.json", None, "PracticeCatalogue", None)]
    assert mirror_state.seen(mw.layout(), "mlg-practices").version == 5
    assert not mirror_state.check_due(mw.layout(), utc_now())


def test_the_installed_version_is_up_to_date(mw):
    leftover = downloads_dir(mw.layout()) / "catalogue-v000004.pcbundle"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"imported long ago")
    with MirrorServer(mw.mirror) as server:
        server.faults["index.json"] = {"body": mw.index_v4}
        result = check(mw, server.url)
    assert result.offer is None and result.up_to_date
    assert result.sentence == "The catalogue is up to date (version 4)."
    assert not leftover.exists()  # nothing to download: old downloads are cleared


def test_an_index_that_trickles_for_ever_is_given_up(mw):
    with MirrorServer(mw.mirror) as server:
        padded = (mw.mirror / "index.json").read_bytes() + b" " * 20_000  # valid JSON, slowly sent
        server.faults["index.json"] = {"body": padded, "rate": 1000}
        client = MirrorClient(parse_address(server.url))
        with pytest.raises(MirrorUnreachable, match="too slowly to be an index"):
            client.read_small("index.json", MAX_INDEX_BYTES, budget=0.3)


def test_an_index_replayed_from_an_older_publish_is_refused(mw):
    with MirrorServer(mw.mirror) as server:
        check(mw, server.url)  # version 5 seen
        server.faults["index.json"] = {"body": mw.index_v4}  # validly signed, but older
        message = refused_without_change(mw, lambda: check(mw, server.url))
    assert "older than one this office has already seen" in message and "version 4" in message


def test_an_expired_index_is_refused(mw):
    later = utc_now() + dt.timedelta(days=31)
    with MirrorServer(mw.mirror) as server:
        message = refused_without_change(mw, lambda: check(mw, server.url, now=later))
    assert "expired on" in message and "clock" in message


def test_an_index_signed_by_an_unknown_key_is_refused(mw):
    with MirrorServer(mw.mirror) as server:
        server.faults["index.json"] = {"body": resigned(mw, lambda c: None, signer="stranger")}
        message = refused_without_change(mw, lambda: check(mw, server.url))
    assert "signed by a key this office does not trust" in message


def test_an_index_altered_after_signing_is_refused(mw):
    raw = json.loads((mw.mirror / "index.json").read_bytes())
    raw["index"]["full"]["size"] += 1_000_000  # room for endless data
    with MirrorServer(mw.mirror) as server:
        server.faults["index.json"] = {"body": json.dumps(raw).encode()}
        message = refused_without_change(mw, lambda: check(mw, server.url))
    assert "does not match its signature" in message


def test_an_index_for_another_catalogue_is_refused(mw):
    with MirrorServer(mw.mirror) as server:
        server.faults["index.json"] = {"body": resigned(mw, lambda c: c.update(catalogue_id="another-catalogue"))}
        message = refused_without_change(mw, lambda: check(mw, server.url))
    assert "is for the catalogue 'another-catalogue'" in message


def test_a_missing_index_is_refused_in_a_sentence(mw):
    with MirrorServer(mw.mirror) as server:
        server.faults["index.json"] = {"status": 404}
        message = refused_without_change(mw, lambda: check(mw, server.url))
    assert "has no index.json (HTTP 404" in message


def test_a_redirect_to_another_host_is_refused_and_one_on_the_same_host_followed(mw):
    (mw.mirror / "moved.json").write_bytes((mw.mirror / "index.json").read_bytes())
    with MirrorServer(mw.mirror) as server, MirrorServer(mw.mirror) as elsewhere:
        other = elsewhere.url.replace("127.0.0.1", "localhost")
        server.faults["index.json"] = {"redirect": f"{other}/index.json"}
        message = refused_without_change(mw, lambda: check(mw, server.url))
        assert "redirected to another place" in message and elsewhere.requests == []
        server.faults["index.json"] = {"redirect": f"{server.url}/moved.json"}
        assert check(mw, server.url).offer.version == 5


def test_an_index_that_never_ends_is_cut_off(mw):
    with MirrorServer(mw.mirror) as server:
        server.faults["index.json"] = {"endless": True}
        message = refused_without_change(mw, lambda: check(mw, server.url))
    assert "more for index.json than any index can hold" in message


def test_an_unreachable_mirror_is_a_sentence_and_the_check_stays_due(mw):
    with MirrorServer(mw.mirror) as server:
        url = server.url
    message = refused_without_change(mw, lambda: check(mw, url), MirrorUnreachable)
    assert "cannot be reached" in message
    assert mirror_state.check_due(mw.layout(), utc_now())


def test_a_refused_mirror_is_passed_over_for_a_good_one(mw):
    with MirrorServer(mw.mirror) as bad, MirrorServer(mw.mirror) as good:
        bad.faults["index.json"] = {"body": resigned(mw, lambda c: None, signer="stranger")}
        result = check(mw, bad.url, good.url)
    assert result.offer.address.url == good.url
    assert len(result.passed_over) == 1 and "does not trust" in result.passed_over[0]


def test_addresses_need_https_unless_local():
    assert parse_address("https://example.org/catalogue/").url == "https://example.org/catalogue"
    assert parse_address("http://127.0.0.1:8000/m").url == "http://127.0.0.1:8000/m"
    assert parse_address("http://192.168.1.20/catalogue", local=True).local
    for text, words in (("http://example.org/catalogue", "is not HTTPS"),
                        ("https://office7:secret@example.org/c", "user name"),
                        ("https://example.org/c?office=7", "user name, a query"),
                        ("ftp://example.org/c", "is not a mirror address"), ("", "is not a mirror address")):
        with pytest.raises(MirrorRefused, match=words):
            parse_address(text)
    with pytest.raises(NoMirror):
        check_mirrors(None, [])


def test_tls_with_a_trusted_certificate_works_and_an_untrusted_one_is_refused(mw, tmp_path):
    certificate, key = self_signed_certificate(tmp_path / "tls")
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(certificate, key)
    with MirrorServer(mw.mirror, tls=server_context) as server:
        assert server.url.startswith("https://")
        message = refused_without_change(mw, lambda: check(mw, server.url))
        assert "certificate that could not be verified" in message and "never ignored" in message
        trusting = ssl.create_default_context(cafile=str(certificate))
        assert check(mw, server.url, ssl_context=trusting).offer.version == 5
        careless = ssl.create_default_context(cafile=str(certificate))
        careless.check_hostname, careless.verify_mode = False, ssl.CERT_NONE
        with pytest.raises(MirrorRefused, match="does not verify certificates"):
            check(mw, server.url, ssl_context=careless)


def test_read_index_checks_its_shape(mw):
    trusted = {mw.world.key.public.key_id: mw.world.key.public}
    private = load_private_key(mw.world.key.private_path)
    good = read_index((mw.mirror / "index.json").read_bytes(), trusted, "here")
    assert good.version == 5 and good.path_from(4).kind == "delta" and good.path_from(3).kind == "full"
    broken = signed_index_bytes(good, private, mw.world.key.public.key_id).replace(b'"version": 5', b'"version": 6', 1)
    with pytest.raises(MirrorRefused, match="does not match its signature"):
        read_index(broken, trusted, "here")
    with pytest.raises(MirrorRefused, match="not a catalogue index"):
        read_index(b"<html>Sign in to the hotel Wi-Fi</html>", trusted, "here")


def test_the_system_proxy_is_used_except_for_this_computer(mw, monkeypatch):
    with MirrorServer(mw.mirror) as proxy:
        monkeypatch.setenv("http_proxy", proxy.url)
        monkeypatch.delenv("no_proxy", raising=False)
        monkeypatch.delenv("NO_PROXY", raising=False)
        # a LAN mirror the proxy reaches for us (the address itself is never dialled)
        result = check_mirrors(mw.layout(), [parse_address("http://192.0.2.7/catalogue", local=True)])
        assert result.offer.version == 5 and proxy.proxied == [True]
        check(mw, proxy.url)  # this computer itself: straight, never through the proxy
        assert proxy.proxied == [True, False]

"""Mirrors: catalogue updates fetched from any static web host, with no server of ours.

How an update travels: an editor runs `publish --mirror DIR`, which writes the new full bundle,
deltas from recent versions and a signed `index.json` into DIR (publishing.py, index.py); DIR is
copied as it is to a web server, object storage or a release page. A field office's app
downloads only the small index first (client.py), believes it only when a trusted editor key
signed it, it has not expired (a freeze) and it is not older than one seen before (a rollback;
state.py), then downloads the smallest path to the new version, resumably, never past the
size the index gives, and checks its SHA-256 (download.py). The bundle then goes through exactly
the preview and atomic import of a file from a USB stick (core/updates.py). check.py ties the
steps together for the CLI and the app.
"""

from .check import MirrorCheck, MirrorOffer, check_mirrors, download_offer  # noqa: F401
from .client import MirrorAddress, MirrorClient, MirrorUnreachable, parse_address  # noqa: F401
from .index import MirrorIndex, MirrorRefused  # noqa: F401

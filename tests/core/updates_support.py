"""Shared helpers of the catalogue-update tests (keys, bundles, imports, kills, contributions).

A "world" is built once per test session and copied for each test (expensive fixtures are
built once, then spun off): an editor project and a field project made of a few real practice
files, a trusted and an untrusted key pair, a full bundle (version 2) and a delta (version 3)
published by the editor, and a field home folder with version 2 installed and a user.db.
Nothing here touches the project's own catalogue.db or the real home folder.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
import sqlite3
import zipfile
from dataclasses import dataclass
from pathlib import Path

from desktop.core.build import build_catalogue
from desktop.core.bundles import MANIFEST, SIGNATURE, sha256_hex, signature_file, write_bundle
from desktop.core.keys import KeyPair, generate_key_pair, load_private_key
from desktop.core.paths import layout as make_layout
from desktop.core.publish import publish
from desktop.core.updates import prepare_import

PROJECT_ROOT = Path(__file__).resolve().parents[2]
RESOURCES = PROJECT_ROOT / "resources"
_LINKS = re.compile(r"^links:\s*\[(.*)\]\s*$", re.M)


def practices_without_links(count: int) -> list:
    """Real practice files that link to no other practice, so any subset of them validates."""
    found = []
    for path in sorted((RESOURCES / "practices").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        match = _LINKS.search(text)
        if match and not match.group(1).strip() and "](practice:" not in text:
            found.append(path)
    assert len(found) >= count, "the fixtures need real practices without links"
    return found[:count]


def make_project(root: Path, practices: list, public_keys: list) -> Path:
    """A project folder (resources/ with taxonomy, sources, catalogue.yaml, guidance, keys)."""
    resources = root / "resources"
    (resources / "practices").mkdir(parents=True)
    (resources / "keys").mkdir()
    for name in ("taxonomy.yaml", "sources.yaml", "catalogue.yaml"):
        shutil.copy(RESOURCES / name, resources / name)
    shutil.copytree(RESOURCES / "guidance", resources / "guidance")
    for path in practices:
        shutil.copy(path, resources / "practices" / path.name)
    for key in public_keys:
        shutil.copy(key, resources / "keys" / Path(key).name)
    return root


def link(resources: Path, from_id: str, to_id: str) -> None:
    """Make practice `from_id` link to `to_id` (the fixtures need one real link)."""
    path = resources / "practices" / f"{from_id}.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(_LINKS.sub(f"links: [{to_id}]", text, count=1), encoding="utf-8")


def retitle(resources: Path, practice_id: str, title: str) -> None:
    path = resources / "practices" / f"{practice_id}.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^title: .*$", f"title: \"{title}\"", text, count=1), encoding="utf-8")


def make_user_db(path: Path, practice_ids: list) -> None:
    """A stand-in for the lead's home/user.db: bookmarks, notes and saved searches."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE bookmarks (practice_id TEXT PRIMARY KEY, created TEXT)")
        conn.execute("CREATE TABLE notes (practice_id TEXT PRIMARY KEY, text TEXT)")
        conn.execute("CREATE TABLE saved_searches (name TEXT PRIMARY KEY, query TEXT)")
        conn.executemany("INSERT INTO bookmarks VALUES (?, '2026-01-01')", [(i,) for i in practice_ids])
        conn.executemany("INSERT INTO notes VALUES (?, ?)", [(i, f"note on {i}") for i in practice_ids])
        conn.execute("INSERT INTO saved_searches VALUES ('councils', 'migrant council')")
    conn.close()


def snapshot(folder: Path) -> dict:
    """{relative path: bytes} of every file under `folder`: compared byte for byte."""
    folder = Path(folder)
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def run_cli(*argv) -> tuple:
    """Run `python -m desktop ARGV` in this process: (exit code, stdout, stderr)."""
    from desktop.cli import run
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = run([str(a) for a in argv])
    return code, out.getvalue(), err.getvalue()


@dataclass
class World:
    """Folders of one test: see the module docstring."""

    base: Path
    key: KeyPair
    stranger: KeyPair  # a key pair nobody trusts
    editor: Path  # editor project root
    field: Path  # field project root (shipped catalogue version 1, built)
    home: Path  # field home with version 2 installed and user.db
    fresh_home: Path  # field home with nothing imported, and user.db
    v2: Path  # full bundle, version 2
    v3: Path  # delta on 2, version 3: one practice changed, one added, one removed
    ids: list  # practice ids of version 2

    def layout(self, home: Path | None = None):
        return make_layout(home or self.home, self.field)

    def copy(self, target: Path) -> "World":
        """A private copy of both projects and both homes (bundles and keys are shared, read-only)."""
        copies = {}
        for name in ("editor", "field", "home", "fresh_home"):
            copies[name] = target / name
            shutil.copytree(getattr(self, name), copies[name])
        return World(base=target, key=self.key, stranger=self.stranger, v2=self.v2, v3=self.v3, ids=self.ids,
                     **copies)


def build_world(base: Path) -> World:
    base.mkdir(parents=True, exist_ok=True)
    key = generate_key_pair(base / "keys", "test-editor")
    stranger = generate_key_pair(base / "stranger-keys", "stranger")
    files = practices_without_links(7)
    ids = [p.stem for p in files[:6]]
    editor = make_project(base / "editor", files[:6], [key.public_path])
    field = make_project(base / "field", files[:6], [key.public_path])
    for project in (editor, field):  # one real link: the delta refusal table removes its target
        link(project / "resources", ids[2], ids[3])
    build_catalogue(field / "resources", field / "catalogue.db", field / "search_index")
    v2 = publish(make_layout(base / "editor-home", editor), key.private_path, base / "v2.pcbundle").path
    fresh_home = base / "fresh-home"
    make_user_db(fresh_home / "user.db", [ids[0], ids[1], ids[5]])
    home = base / "home-v2"
    shutil.copytree(fresh_home, home)
    with prepare_import(make_layout(home, field), v2) as prepared:
        prepared.apply()
    practices = editor / "resources" / "practices"
    retitle(editor / "resources", ids[0], "A changed title for version 3")
    (practices / f"{ids[1]}.md").unlink()
    shutil.copy(files[6], practices / files[6].name)
    v3 = publish(make_layout(base / "editor-home", editor), key.private_path, base / "v3.pcbundle",
                 delta_from=v2).path
    return World(base=base, key=key, stranger=stranger, editor=editor, field=field, home=home,
                 fresh_home=fresh_home, v2=v2, v3=v3, ids=ids)


def bundle_parts(path: Path) -> tuple:
    """(manifest dict, {member: bytes}) of a bundle, read without any checks."""
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members.pop(MANIFEST))
    members.pop(SIGNATURE, None)
    return manifest, members


def forge(world: World, out: Path, source: Path | None = None, edit_manifest=None, edit_members=None,
          rehash: bool = False, signer: str = "trusted", manifest_bytes: bytes | None = None,
          signature: bytes | None = None) -> Path:
    """Write a bundle made from `source` (default: v2) with changes, signed as asked.

    `edit_members(members)` and `edit_manifest(manifest)` change dicts in place; `rehash`
    recomputes the hashes of every carried member afterwards (so only the deliberate flaw
    remains); `signer` is "trusted", "stranger" or None (no signature file)."""
    manifest, members = bundle_parts(source or world.v2)
    if edit_members:
        edit_members(members)
    if rehash:
        for name, data in members.items():
            if name in manifest["files"]:
                manifest["files"][name] = manifest["tree"][name] = sha256_hex(data)
    if edit_manifest:
        edit_manifest(manifest)
    data = manifest_bytes if manifest_bytes is not None else (json.dumps(manifest, indent=1) + "\n").encode()
    if signature is None and signer is not None:
        pair = world.key if signer == "trusted" else world.stranger
        from desktop.core.keys import key_id_of
        private = load_private_key(pair.private_path)
        signature = signature_file(data, private, key_id_of(private.public_key()))
    if signature is None:  # no signature file at all
        with zipfile.ZipFile(out, "w") as archive:
            archive.writestr(MANIFEST, data)
            for name, content in members.items():
                archive.writestr(name, content)
        return out
    write_bundle(out, data, signature, members)
    return out


_WORLD: World | None = None


def session_world(tmp_path_factory) -> World:
    """The world, built at the first request of the session and kept for every test module."""
    global _WORLD
    if _WORLD is None:
        _WORLD = build_world(tmp_path_factory.mktemp("update-world"))
    return _WORLD

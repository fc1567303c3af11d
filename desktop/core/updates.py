"""Importing catalogue updates at a field office: preview, atomic apply, rollback.

`prepare_import` checks a bundle completely (signature, hashes, limits, versions, the fit of a
delta, every practice) and says what it would change, without writing anything anywhere but a
temporary folder. `PreparedImport.apply` then builds the new catalogue.db and search index in a
staging folder beside the installed versions and switches to it with one atomic pointer
replacement (see installed.py); the version it replaces is kept for `rollback`.

User data (home/user.db: bookmarks, notes, saved searches) is never opened by this module: an
import or rollback only ever adds a version folder and moves the pointer, so it cannot touch it.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from . import catalogue_db as cdb
from .build import write_catalogue
from .bundle_contents import BODY_LINK, InvalidPractices, check_delta, load_tree
from .bundles import (
    DEFAULT_LIMITS,
    Bundle,
    BundleRefused,
    Limits,
    parse_manifest,
    practice_id,
    read_bundle,
    sha256_hex,
    tree_digest,
)
from .diskspace import MB, check_free_space, check_writable, explain_write_error, tree_size
from .errors import CatalogueError
from .inbox import InboxScan, Offer, ensure_inbox, scan_inbox  # noqa: F401  (part of this module's API)
from .installed import (
    INSTALL_INFO,
    InstalledCatalogue,
    Pointer,
    UpdateLock,
    VersionRef,
    fsync_dir,
    fsync_tree,
    installed,
    kill_point,
    read_pointer,
    remove_leftovers,
    version_info,
    write_pointer,
)
from .keys import trusted_keys
from .paths import Layout
from .search import whoosh_index
from .sources import CatalogueSources
from .translations import practice_hash

# A full bundle that changes fewer practices than this share of the catalogue is applied on a
# copy of the installed version (only the changes are re-indexed) instead of built from scratch.
INCREMENTAL_SHARE = 0.3


class NothingToRollBack(CatalogueError):
    """There is no previous catalogue version to restore."""


@dataclass(frozen=True)
class ImportPreview:
    """What an import would change, shown before anything is written.

    `added`, `changed` and `removed` are tuples of (practice id, title); removed practices carry
    their old title, so that notes on them can still be named."""

    bundle_path: Path
    catalogue_id: str
    old_version: int
    new_version: int
    kind: str  # "full" or "delta"
    base_version: int | None
    date: str  # when the editors published it
    signer: str  # name and short fingerprint of the editor key
    signer_key_id: str
    added: tuple
    changed: tuple
    removed: tuple
    practice_count: int  # practices in the catalogue after the import
    downgrade: bool  # the new version is not newer (only with allow_downgrade)

    @property
    def summary(self) -> str:
        """One line: `version 3 -> 4: 2 added, 1 changed, 0 removed`."""
        return (f"version {self.old_version} -> {self.new_version}: {len(self.added)} added, "
                f"{len(self.changed)} changed, {len(self.removed)} removed")


@dataclass
class _Plan:
    sources: CatalogueSources
    taxonomy_text: str
    start_from: tuple | None  # (catalogue.db, search_index) to copy and update incrementally


class PreparedImport:
    """A checked bundle and its preview, ready to `apply()` or to drop with `discard()`.

    Usable as a context manager. Nothing has been written when it exists; apply() can still
    refuse if another import or a rollback changed the installed catalogue in the meantime."""

    def __init__(self, layout: Layout, bundle: Bundle, preview: ImportPreview, plan: _Plan,
                 state: InstalledCatalogue, pointer: Pointer, space_needed: int = 0):
        self.layout, self.bundle, self.preview = layout, bundle, preview
        self._plan, self._state, self._pointer = plan, state, pointer
        self.applied = False
        self.space_needed = space_needed  # bytes the import is expected to write (see space_needed())
        self._written = 0

    def __enter__(self) -> "PreparedImport":
        return self

    def __exit__(self, *exc) -> None:
        self.discard()

    def discard(self) -> None:
        """Forget the prepared update (frees its memory; there is nothing on disk to remove)."""
        self._plan = None

    def apply(self) -> InstalledCatalogue:
        """Build the new version beside the installed one and switch to it atomically.

        Returns the now installed catalogue. Raises UpdateBusy, BundleRefused (the installed
        catalogue changed since the preview), NotEnoughSpace (checked before anything is written,
        and again when a write fails), FolderNotWritable (a read-only home) or CatalogueError;
        the old catalogue stays in use."""
        if self._plan is None:
            raise CatalogueError("This update was already applied or discarded; prepare it again.")
        layout = self.layout
        try:
            self._apply()
        except Exception as exc:
            explained = explain_write_error(exc, layout.catalogues, "import the update",
                                            max(self.space_needed, int(self._written * 1.5)))
            if explained is None or explained is exc:
                raise
            raise explained from exc
        self.applied, self._plan = True, None
        return installed(layout)

    def check_room(self) -> None:
        """Raise FolderNotWritable (a read-only home) or NotEnoughSpace now, before the user is
        asked to confirm; `apply` checks again."""
        check_writable(self.layout.catalogues, "import the update")
        check_free_space(self.layout.catalogues, self.space_needed)

    def _apply(self) -> None:
        layout, manifest = self.layout, self.bundle.manifest
        with UpdateLock(layout, "import the update"):
            if read_pointer(layout) != self._pointer or installed(layout) != self._state:
                raise BundleRefused("The installed catalogue changed while this update was shown; "
                                    "nothing was imported, import it again.")
            remove_leftovers(layout)  # of imports killed earlier: they are never needed
            check_free_space(layout.catalogues, self.space_needed)
            staging = layout.catalogues / f".staging-{uuid.uuid4().hex[:12]}"
            switched = False
            try:
                folder = staging / "version"
                folder.mkdir(parents=True)
                self._build(folder)
                fsync_tree(folder)
                kill_point("synced")
                name = f"v{manifest.catalogue_version:06d}-{manifest.date[:10]}-{uuid.uuid4().hex[:8]}"
                folder.rename(layout.catalogues / name)
                fsync_dir(layout.catalogues)
                kill_point("renamed")
                previous = self._pointer.current if self._state.origin == "imported" else None
                write_pointer(layout, Pointer(current=VersionRef(name, manifest.catalogue_version),
                                              previous=previous))
                switched = True
            except BaseException:
                self._written = tree_size(staging)  # sizes the message when the disk filled up
                raise
            finally:
                shutil.rmtree(staging, ignore_errors=True)
                if not switched:  # a renamed folder the pointer never named: gone now, not at the next import
                    _remove_leftovers_quietly(layout)
            remove_leftovers(layout)
            kill_point("cleaned")

    def _build(self, folder: Path) -> None:
        plan, bundle, manifest = self._plan, self.bundle, self.bundle.manifest
        db_path, index_path = folder / "catalogue.db", folder / "search_index"
        if plan.start_from is not None:
            shutil.copyfile(plan.start_from[0], db_path)
            if plan.start_from[1].is_dir():
                whoosh_index.copy(plan.start_from[1], index_path)
        kill_point("building")
        meta = {"catalogue_version": manifest.catalogue_version, "signed_by": self.preview.signer,
                "signer_key_id": bundle.signer.key_id, "built_at": manifest.date, "imported_at": cdb.now_iso(),
                "bundle_kind": manifest.kind, "base_version": manifest.base_version or ""}
        write_catalogue(plan.sources, plan.taxonomy_text, db_path, index_path, extra_meta=meta)
        kill_point("built")
        (folder / "manifest.json").write_bytes(bundle.manifest_bytes)
        (folder / "manifest.sig").write_bytes(bundle.signature_bytes)
        info = {"catalogue_id": manifest.catalogue_id, "catalogue_title": plan.sources.title,
                "catalogue_version": manifest.catalogue_version, "date": manifest.date,
                "signed_by": self.preview.signer, "signer_key_id": bundle.signer.key_id, "kind": manifest.kind,
                "base_version": manifest.base_version, "practice_count": manifest.practice_count,
                "imported_at": meta["imported_at"], "bundle_file": bundle.path.name}
        (folder / INSTALL_INFO).write_text(json.dumps(info, indent=1), encoding="utf-8")


@dataclass(frozen=True)
class _Base:
    """The installed version an update is compared with and, for deltas, applied on."""

    db_path: Path | None
    index_path: Path | None
    tree: dict | None  # every source file's hash, when known
    practices: dict  # id -> (file hash, title), as the installed catalogue.db has them


def _db_practices(db_path: Path | None) -> dict:
    if db_path is None or not db_path.is_file():
        return {}
    try:
        conn = sqlite3.connect(db_path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            return {pid: (digest, title) for pid, title, digest in
                    conn.execute("SELECT id, title, content_hash FROM practices")}
        finally:
            conn.close()
    except sqlite3.Error:
        return {}


def _shipped_tree(resources: Path) -> dict | None:
    if not (resources / "practices").is_dir():
        return None  # a build that ships catalogue.db without its sources
    tree = {}
    for name in ("catalogue.yaml", "taxonomy.yaml", "sources.yaml"):
        if (resources / name).is_file():
            tree[name] = sha256_hex((resources / name).read_bytes())
    for folder in ("practices", "guidance"):
        for path in sorted((resources / folder).glob("*.md")) if (resources / folder).is_dir() else ():
            tree[f"{folder}/{path.name}"] = sha256_hex(path.read_bytes())
    return tree


def _base_of(layout: Layout, state: InstalledCatalogue) -> _Base:
    if state.origin == "imported":
        folder = state.folder
        try:
            tree = parse_manifest((folder / "manifest.json").read_bytes()).tree
        except (OSError, BundleRefused):
            tree = None
        db_path = folder / "catalogue.db"
        return _Base(db_path, folder / "search_index", tree, _db_practices(db_path))
    db_path = layout.shipped_catalogue if layout.shipped_catalogue.is_file() else None
    return _Base(db_path, layout.shipped_index, _shipped_tree(layout.resources), _db_practices(db_path))


def _check_fit(manifest, base: _Base, installed_version: int) -> None:
    """A delta must recreate, on top of the installed files, exactly the tree its editor signed."""
    misfit = BundleRefused(f"This delta update does not fit the installed version {installed_version}: its files "
                           "differ from the ones the delta was made from; import a full bundle instead.")
    if base.tree is None:
        raise misfit
    for path, digest in manifest.tree.items():
        if path not in manifest.files and base.tree.get(path) != digest:
            raise misfit
    gone = set(base.tree) - set(manifest.tree)
    removed_whole = {practice_id(p) for p in gone if p.startswith("practices/") and practice_id(p) == p[10:-3]}
    carried = set(manifest.carried_practices())
    if any(not p.startswith("practices/") or practice_id(p) not in removed_whole | carried for p in gone) \
            or removed_whole != set(manifest.removed):
        raise misfit


# A built catalogue (catalogue.db, search index and its arrays) takes 4 to 9 times the bytes of
# its sources (6.4 MB for the shipped 0.74 MB); used when there is no installed one to scale.
BUILT_PER_SOURCE_BYTE = 10


def space_needed(plan: _Plan, bundle: Bundle, base: _Base) -> int:
    """Bytes an import is expected to write: the installed version's catalogue.db and index
    scaled to the new practice count (or ten times the sources the bundle carries when nothing
    is installed to scale), half again for the index's temporary files, and 1 MB."""
    installed_bytes = tree_size(base.db_path) + tree_size(base.index_path) if base.db_path is not None else 0
    if installed_bytes and base.practices:
        estimate = installed_bytes * max(len(plan.sources.practices), 1) / len(base.practices)
    else:
        estimate = BUILT_PER_SOURCE_BYTE * sum(len(data) for data in bundle.members.values())
    return int(estimate * 1.5) + MB


def _remove_leftovers_quietly(layout: Layout) -> None:
    try:
        remove_leftovers(layout)
    except OSError:
        pass


class StoredPractice:
    """An unchanged practice of the installed catalogue, for a delta's build.

    It has its `id` and `status` at once and becomes a full Practice (read from its row) only
    when an attribute is asked for: an incremental build never asks, so a 10-practice delta on a
    10,000-practice catalogue does not decode 10,000 rows; a build that starts over does."""

    __slots__ = ("id", "status", "_row", "_full", "_translations")

    def __init__(self, row: sqlite3.Row, translations):
        self.id, self.status, self._row, self._full = row["id"], row["status"] or "published", row, None
        self._translations = translations  # () -> {id: [PracticeText]}, read once for all rows

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        if self._full is None:
            self._full = cdb.practice_from_row(self._row, self._translations().get(self.id, ()))
        return getattr(self._full, name)


def _stored_translations(db_path: Path):
    """A function returning {practice id: [PracticeText]} of an installed catalogue, read on
    first call only (an incremental build never calls it)."""
    cache = []

    def read() -> dict:
        if not cache:
            conn = sqlite3.connect(db_path.resolve().as_uri() + "?mode=ro", uri=True)
            conn.row_factory = sqlite3.Row
            try:
                found = {}
                for row in conn.execute("SELECT * FROM practice_translations ORDER BY practice_id, language"):
                    found.setdefault(row["practice_id"], []).append(cdb.translation_from_row(row))
            finally:
                conn.close()
            cache.append(found)
        return cache[0]
    return read


def _links_to_removed(row: sqlite3.Row, removed: set) -> str | None:
    """The first removed practice this stored practice links to, or None."""
    if not any(r in (row["links"] or "") or r in (row["body"] or "") for r in removed):
        return None  # a quick test that is right for almost every row
    targets = set(json.loads(row["links"] or "[]")) | set(BODY_LINK.findall(row["body"] or ""))
    return min(targets & removed, default=None)


def _delta_on_import(bundle: Bundle, base: _Base) -> _Plan:
    """Apply a delta on an imported version: parse only what it carries, reuse everything else."""
    manifest = bundle.manifest
    contents = check_delta(bundle)
    removed = set(manifest.removed)
    conn = sqlite3.connect(base.db_path.resolve().as_uri() + "?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        rows = [r for r in conn.execute("SELECT * FROM practices") if r["id"] not in removed
                and r["id"] not in contents.practices]
        guidance_texts = {}
        for row in conn.execute("SELECT * FROM guidance_translations ORDER BY policy_area, language"):
            guidance_texts.setdefault(row["policy_area"], []).append(cdb.guidance_translation_from_row(row))
        guidance = tuple(cdb.guidance_from_row(r, guidance_texts.get(r["policy_area"], ()))
                         for r in conn.execute("SELECT * FROM guidance"))
    finally:
        conn.close()
    hashes = {r["id"]: r["content_hash"] for r in rows}
    installed_digests = manifest.practice_digests(base.tree)
    expected = {i: practice_hash(*installed_digests[i]) if i in installed_digests else None for i in hashes}
    if hashes != expected or set(hashes) | set(contents.practices) != manifest.practice_ids:
        raise BundleRefused("The installed catalogue does not match its own record of its files; "
                            "import a full bundle instead.")
    broken = []
    for row in rows if removed else ():
        target = _links_to_removed(row, removed)
        if target:
            broken.append(f"practices/{row['id']}.md:1: links to the practice '{target}', which the update removes")
    if broken:
        raise InvalidPractices(broken)
    hashes.update(contents.hashes)
    stored_translations = _stored_translations(base.db_path)
    kept = [StoredPractice(r, stored_translations) for r in rows]
    sources = CatalogueSources(
        catalogue_id=contents.identity["id"], catalogue_version=manifest.catalogue_version,
        title=contents.identity["title"], taxonomy=contents.taxonomy, documents=contents.documents,
        practices=tuple(sorted(kept + list(contents.practices.values()), key=lambda p: p.id)), guidance=guidance,
        practice_hashes=hashes, content_hash=tree_digest(manifest.tree))
    return _Plan(sources, contents.taxonomy_text, (base.db_path, base.index_path))


def _merged_files(layout: Layout, bundle: Bundle) -> dict:
    """The shipped sources with a delta laid over them (their hashes were checked by _check_fit)."""
    files = {}
    for path, digest in bundle.manifest.tree.items():
        data = bundle.members[path] if path in bundle.members else (layout.resources / path).read_bytes()
        if sha256_hex(data) != digest:
            raise BundleRefused(f"{path} changed while the update was being read; import it again.")
        files[path] = data
    return files


def prepare_import(layout: Layout, path: Path, allow_downgrade: bool = False,
                   limits: Limits = DEFAULT_LIMITS) -> PreparedImport:
    """Check a bundle completely against this installation and say what importing it changes.

    Raises BundleRefused (or InvalidPractices, its subclass) with one sentence; writes nothing
    (only a temporary folder while practices are validated)."""
    pointer, state = read_pointer(layout), installed(layout)
    bundle = read_bundle(Path(path), trusted_keys(layout), limits)
    manifest = bundle.manifest
    if state.catalogue_id and manifest.catalogue_id != state.catalogue_id:
        raise BundleRefused(f"This bundle is for the catalogue '{manifest.catalogue_id}', but this app holds "
                            f"'{state.catalogue_id}'; it was refused.")
    if manifest.catalogue_version <= state.version and not allow_downgrade:
        raise BundleRefused(f"The bundle holds version {manifest.catalogue_version}, which is not newer than the "
                            f"installed version {state.version}; it was refused (use --allow-downgrade only to go "
                            "back on purpose).")
    if manifest.is_delta and manifest.base_version != state.version:
        raise BundleRefused(f"This delta update applies only to version {manifest.base_version}, but version "
                            f"{state.version} is installed; import the full bundle or the missing updates first.")
    base = _base_of(layout, state)
    if manifest.is_delta:
        _check_fit(manifest, base, state.version)
        if state.origin == "imported":
            plan = _delta_on_import(bundle, base)
        else:
            plan = _Plan(*load_tree(_merged_files(layout, bundle), manifest), None)
    else:
        plan = _Plan(*load_tree(bundle.members, manifest), None)
    new = {p.id: p for p in plan.sources.practices}
    new_hashes = {i: practice_hash(*digests) for i, digests in manifest.practice_digests().items()
                  if digests[0] is not None}
    old = base.practices
    added = tuple((i, new[i].title) for i in sorted(set(new_hashes) - set(old)))
    changed = tuple((i, new[i].title) for i in sorted(set(new_hashes) & set(old)) if old[i][0] != new_hashes[i])
    removed = tuple((i, old[i][1]) for i in sorted(set(old) - set(new_hashes)))
    if plan.start_from is None and base.db_path is not None and base.index_path is not None \
            and len(added) + len(changed) + len(removed) <= INCREMENTAL_SHARE * max(len(new_hashes), 1):
        plan = dataclasses.replace(plan, start_from=(base.db_path, base.index_path))
    preview = ImportPreview(
        bundle_path=Path(path), catalogue_id=manifest.catalogue_id, old_version=state.version,
        new_version=manifest.catalogue_version, kind=manifest.kind, base_version=manifest.base_version,
        date=manifest.date, signer=bundle.signer.label, signer_key_id=bundle.signer.key_id, added=added,
        changed=changed, removed=removed, practice_count=manifest.practice_count,
        downgrade=manifest.catalogue_version <= state.version)
    return PreparedImport(layout, bundle, preview, plan, state, pointer, space_needed(plan, bundle, base))


def preview_import(layout: Layout, path: Path, allow_downgrade: bool = False) -> ImportPreview:
    """Only the preview of `prepare_import` (the bundle is checked in full all the same)."""
    with prepare_import(layout, path, allow_downgrade) as prepared:
        return prepared.preview


def rollback(layout: Layout) -> InstalledCatalogue:
    """Restore the version installed before the last import; return it.

    One level deep: after a rollback there is nothing further back. Raises NothingToRollBack
    or UpdateBusy; user data is untouched."""
    try:
        return _rollback(layout)
    except Exception as exc:
        explained = explain_write_error(exc, layout.catalogues, "roll back the catalogue", what="the rollback")
        if explained is None or explained is exc:
            raise
        raise explained from exc


def _rollback(layout: Layout) -> InstalledCatalogue:
    with UpdateLock(layout, "roll back the catalogue"):
        state, pointer = installed(layout), read_pointer(layout)
        if state.origin != "imported":
            raise NothingToRollBack(f"There is no previous catalogue to restore: version {state.version} came "
                                    "with the app.")
        if pointer.previous is not None and version_info(layout, pointer.previous) is None:
            raise NothingToRollBack(f"The previous catalogue (version {pointer.previous.version}) is missing or "
                                    "damaged, so it cannot be restored.")
        kill_point("rollback-start")
        write_pointer(layout, Pointer(current=pointer.previous, previous=None), step="rollback-")
        remove_leftovers(layout)
    return installed(layout)

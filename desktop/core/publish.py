"""Publishing: an editor turns resources/ into a signed bundle, full or a delta on an older bundle.

The catalogue version only ever grows: each publish raises `version` in resources/catalogue.yaml
by one (past the older bundle's, for a delta), and field offices refuse anything not newer than
what they have. A bundle is checked with exactly the checks an import makes before it is moved
to its final name, so an editor never sends out a bundle that offices would refuse.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from .bundle_contents import verify_contents
from .bundles import (
    IDENTITY_FILES,
    BundleRefused,
    Manifest,
    now_iso,
    practice_id,
    read_bundle,
    sha256_hex,
    signature_file,
    write_bundle,
    zip_date,
)
from .errors import CatalogueError
from .keys import PublicKey, key_id_of, load_private_key, trusted_keys
from .paths import Layout
from .sources import load_sources

_VERSION_LINE = re.compile(r"(?m)^(version:[ \t]*)(\d+)")


class PublishRefused(CatalogueError):
    """A bundle cannot be published as asked."""


@dataclass(frozen=True)
class PublishReport:
    """What `publish` wrote: version, kind and the practice ids it adds, changes and removes."""

    path: Path
    version: int
    kind: str  # "full" or "delta"
    base_version: int | None
    added: tuple
    changed: tuple
    removed: tuple
    practice_count: int
    signer: PublicKey
    note: str = ""  # why a delta became a full bundle, when it did


def with_version(catalogue_yaml: str, version: int) -> str:
    """catalogue.yaml text with its `version:` line set to `version`, comments kept."""
    if _VERSION_LINE.search(catalogue_yaml):
        return _VERSION_LINE.sub(lambda m: f"{m.group(1)}{version}", catalogue_yaml, count=1)
    return catalogue_yaml.rstrip("\n") + f"\nversion: {version}\n"


def source_tree(resources: Path, sources, catalogue_yaml: bytes) -> dict:
    """{bundle path: bytes} of everything a catalogue is built from; drafts stay at headquarters."""
    files = {"catalogue.yaml": catalogue_yaml}
    for name in ("taxonomy.yaml", "sources.yaml"):
        files[name] = (resources / name).read_bytes()
    for practice in sources.practices:
        if practice.status == "published":
            files[f"practices/{practice.id}.md"] = (resources / "practices" / f"{practice.id}.md").read_bytes()
            for text in practice.translations:
                name = f"{practice.id}.{text.language}.md"
                files[f"practices/{name}"] = (resources / "practices" / name).read_bytes()
    for path in sorted((resources / "guidance").glob("*.md")) if (resources / "guidance").is_dir() else ():
        files[f"guidance/{path.name}"] = path.read_bytes()
    return files


def _diff(old_tree: dict, tree: dict) -> tuple:
    def practices(t):  # a practice with its translations: a change to any of them changes it
        grouped = {}
        for path, digest in sorted(t.items()):
            if path.startswith("practices/"):
                grouped.setdefault(practice_id(path), []).append((path, digest))
        return grouped
    old, new = practices(old_tree), practices(tree)
    return (tuple(sorted(set(new) - set(old))), tuple(sorted(i for i in new if i in old and new[i] != old[i])),
            tuple(sorted(set(old) - set(new))))


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".tmp")
    with open(temporary, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)


def publish(layout: Layout, private_key_path: Path, out: Path, delta_from: Path | None = None) -> PublishReport:
    """Build, sign and check a bundle of `layout.resources`; write it to `out`; raise the version.

    Raises ValidationFailed (sources have problems), KeyProblem, BundleRefused (the older bundle
    cannot be read) or PublishRefused. Nothing is written unless everything succeeds."""
    resources, out = layout.resources, Path(out)
    sources = load_sources(resources)
    private = load_private_key(private_key_path)
    trusted = trusted_keys(layout)
    signer = trusted.get(key_id_of(private.public_key()))
    if signer is None:
        raise PublishRefused(f"The key {Path(private_key_path).name} is not among the trusted keys in "
                             f"{resources / 'keys'}; add its .pub file there first, or field offices will refuse "
                             "the bundle.")
    old = None
    if delta_from is not None:
        old = read_bundle(Path(delta_from), trusted, with_members=False).manifest
        if old.catalogue_id != sources.catalogue_id:
            raise PublishRefused(f"{Path(delta_from).name} belongs to the catalogue '{old.catalogue_id}', "
                                 f"not '{sources.catalogue_id}'.")
    version = max(sources.catalogue_version, old.catalogue_version if old else 0) + 1
    catalogue_path = resources / "catalogue.yaml"
    catalogue_yaml = with_version(catalogue_path.read_text(encoding="utf-8"), version)
    files = source_tree(resources, sources, catalogue_yaml.encode("utf-8"))
    tree = {path: sha256_hex(data) for path, data in files.items()}

    kind, note, members, base_version = "full", "", files, None
    added, changed, removed = _diff(old.tree if old else {}, tree)
    if old is not None:
        other = sorted(p for p in set(tree) | set(old.tree) if not p.startswith("practices/")
                       and p != "catalogue.yaml" and tree.get(p) != old.tree.get(p))
        if other:
            note = (f"{other[0]} changed since version {old.catalogue_version}, so this is a full bundle "
                    "(a delta carries practices only).")
        else:
            kind, base_version = "delta", old.catalogue_version
            changed_ids = set(added + changed)
            carried = {p for p in files if p.startswith("practices/") and practice_id(p) in changed_ids}
            carried |= set(IDENTITY_FILES)
            members = {path: data for path, data in files.items() if path in carried}
    manifest = Manifest(catalogue_id=sources.catalogue_id, catalogue_title=sources.title,
                        catalogue_version=version, date=now_iso(), kind=kind, base_version=base_version,
                        files={p: tree[p] for p in members}, tree=tree, removed=removed if kind == "delta" else (),
                        practice_count=len({practice_id(p) for p in tree if p.startswith("practices/")}))
    manifest_bytes = manifest.to_bytes()
    signature = signature_file(manifest_bytes, private, signer.key_id)

    out.parent.mkdir(parents=True, exist_ok=True)
    staged = out.with_name(out.name + ".publishing")
    write_bundle(staged, manifest_bytes, signature, members, zip_date(manifest.date))
    try:
        try:  # the checks every office will make, made here first
            verify_contents(read_bundle(staged, trusted))
        except BundleRefused as refused:
            reason = str(refused).removesuffix("; it was refused.").removesuffix(".")
            error = PublishRefused(f"Nothing was published, because field offices would refuse the bundle: "
                                   f"{reason[:1].lower()}{reason[1:]}.")
            error.problems = getattr(refused, "problems", [])
            raise error from refused
        _write_atomically(catalogue_path, catalogue_yaml)  # a killed publish only skips a number
        os.replace(staged, out)
    finally:
        staged.unlink(missing_ok=True)
    return PublishReport(path=out, version=version, kind=kind, base_version=base_version, added=added,
                         changed=changed, removed=removed, practice_count=manifest.practice_count,
                         signer=signer, note=note)

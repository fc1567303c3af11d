"""What a checked bundle holds, read as a catalogue: the same validation `build` applies.

Signature and hashes (bundles.py) prove who made a bundle and that it arrived intact; this
module proves that what it holds is a valid catalogue, so that an office never installs
practices its app cannot show. Full bundles (and deltas on the shipped catalogue) are written to
a temporary folder and read by `load_sources`, exactly as an editor's `validate` reads them.
A delta on an imported version is checked on its own: its practices against its taxonomy and
source list, its links against the ids of the whole resulting catalogue.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from .bundles import Bundle, BundleRefused, Manifest
from .diskspace import explain_write_error
from .errors import CatalogueError, ValidationFailed
from .sources import CatalogueSources, load_catalogue_identity, load_documents, load_sources, parse_practice
from .taxonomy import Taxonomy, load_taxonomy
from .translations import parse_practice_translation, practice_hash

BODY_LINK = re.compile(r"\]\(practice:([^)\s]*)\)")


class InvalidPractices(BundleRefused):
    """The bundle's practices do not validate; `problems` lists them as `file:line: message`."""

    def __init__(self, problems):
        self.problems = [str(p) for p in problems]
        count = len(self.problems)
        first = self.problems[0] if self.problems else "no detail"
        super().__init__(f"The bundle holds invalid practices ({count} problem{'s' if count != 1 else ''}, "
                         f"first: {first}); it was refused.")


@dataclass(frozen=True)
class DeltaContents:
    """The practices a delta carries, parsed and checked, with the vocabulary they were checked against."""

    taxonomy: Taxonomy
    taxonomy_text: str
    documents: tuple
    identity: dict  # catalogue.yaml: id, title, version
    practices: dict  # id -> Practice
    hashes: dict  # id -> translations.practice_hash of the practice's files


def text_of(data: bytes) -> str:
    """Bundle bytes as text the way Path.read_text reads a source file (universal newlines),
    so that an imported taxonomy compares equal to the one a build stored."""
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def write_tree(folder: Path, files: dict) -> None:
    """Write {relative path: bytes} under `folder`. Paths were checked by parse_manifest.

    Raises NotEnoughSpace or FolderNotWritable (a full or read-only temporary folder) or OSError."""
    try:
        for relative, data in files.items():
            target = folder / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    except OSError as exc:
        needed = sum(len(data) for data in files.values()) + (1 << 20)
        explained = explain_write_error(exc, folder, "check the update's files in the temporary folder",
                                        needed, "checking the update")
        if explained is None:
            raise
        raise explained from exc


def check_identity(manifest: Manifest, identity: dict) -> None:
    """catalogue.yaml inside the bundle must agree with the signed manifest."""
    if identity["id"] != manifest.catalogue_id or identity["version"] != manifest.catalogue_version:
        raise BundleRefused(f"The bundle's catalogue.yaml (catalogue {identity['id']}, version {identity['version']}) "
                            f"contradicts its manifest (catalogue {manifest.catalogue_id}, version "
                            f"{manifest.catalogue_version}); it was refused.")


def load_tree(files: dict, manifest: Manifest) -> tuple[CatalogueSources, str]:
    """Validate a complete source tree {path: bytes} with `load_sources`.

    Returns the sources and the taxonomy text to build from. Raises InvalidPractices or BundleRefused."""
    with tempfile.TemporaryDirectory(prefix="practice-bundle-") as temporary:
        folder = Path(temporary)
        (folder / "practices").mkdir()
        write_tree(folder, files)
        try:
            sources = load_sources(folder)
            taxonomy_text = (folder / "taxonomy.yaml").read_text(encoding="utf-8")
        except ValidationFailed as failed:
            raise InvalidPractices([_relative(p, folder) for p in failed.problems]) from failed
        except CatalogueError as error:  # an unreadable taxonomy, source list or catalogue.yaml
            raise _unusable(error, folder) from error
    check_identity(manifest, {"id": sources.catalogue_id, "version": sources.catalogue_version})
    drafts = sorted(p.id for p in sources.practices if p.status != "published")
    if drafts:
        raise InvalidPractices([f"practices/{drafts[0]}.md:1: drafts are never published in a bundle"])
    if {p.id for p in sources.practices} != manifest.practice_ids:
        raise BundleRefused("The bundle's practices do not match the list in its manifest; it was refused.")
    return sources, taxonomy_text


def _unusable(error, folder: Path) -> BundleRefused:
    detail = _relative(error, folder).rstrip(".")
    return BundleRefused(f"The bundle's catalogue files are unusable ({detail}); it was refused.")


def _relative(problem, folder: Path) -> str:
    # Messages name files as the bundle does ("practices/x.md:5: ..."), not by a temporary path,
    # and stay on one line (YAML errors come with several).
    text = str(problem).replace(str(folder) + "/", "").replace(str(folder) + "\\", "")
    text = " ".join(text.split())
    return text if len(text) <= 300 else text[:297] + "..."


def check_delta(bundle: Bundle) -> DeltaContents:
    """Parse and check the practices a delta carries against its own taxonomy and source list;
    links may point to any practice of the resulting catalogue. Raises InvalidPractices."""
    manifest, members = bundle.manifest, bundle.members
    with tempfile.TemporaryDirectory(prefix="practice-bundle-") as temporary:
        folder = Path(temporary)
        write_tree(folder, {name: members[name] for name in ("taxonomy.yaml", "sources.yaml", "catalogue.yaml")})
        try:
            # Not strict: bundles published before 0.2 carry titles a stray comma cut in two.
            taxonomy = load_taxonomy(folder / "taxonomy.yaml", strict=False)
            documents = load_documents(folder / "sources.yaml")
            identity = load_catalogue_identity(folder / "catalogue.yaml")
        except CatalogueError as error:
            raise _unusable(error, folder) from error
    check_identity(manifest, identity)
    document_ids = {d.id for d in documents}
    known_ids = frozenset(manifest.practice_ids)
    practices, problems = {}, []
    for pid, path in sorted(manifest.carried_practices().items()):
        try:
            text = members[path].decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"{path}:1: is not UTF-8 text")
            continue
        practice, found = parse_practice(Path(path), text, taxonomy, document_ids, known_ids)
        problems.extend(str(p) for p in found)
        if practice is not None:
            if practice.status != "published":
                problems.append(f"{path}:1: drafts are never published in a bundle")
                continue
            practices[pid] = practice
    if problems:
        raise InvalidPractices(problems)
    for path, (pid, _language) in sorted(manifest.carried_translations().items()):
        if pid not in practices:
            if pid in manifest.carried_practices():
                continue  # its English file failed, already reported
            problems.append(f"{path}:1: a delta carries a translation only with its practice's English file")
            continue
        try:
            text = members[path].decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"{path}:1: is not UTF-8 text")
            continue
        translation, found = parse_practice_translation(Path(path), text, practices[pid])
        problems.extend(str(p) for p in found if p.severity == "error")
        if translation is not None:
            practices[pid] = replace(practices[pid], translations=tuple(sorted(
                practices[pid].translations + (translation,), key=lambda t: t.language)))
    carried, whole = manifest.practice_digests(manifest.files), manifest.practice_digests()
    for pid in practices:
        if carried.get(pid) != whole.get(pid):
            problems.append(f"practices/{pid}.md:1: a delta must carry every translation of a practice it carries")
    if problems:
        raise InvalidPractices(problems)
    hashes = {pid: practice_hash(*whole[pid]) for pid in practices}
    return DeltaContents(taxonomy=taxonomy, taxonomy_text=text_of(members["taxonomy.yaml"]), documents=documents,
                         identity=identity, practices=practices, hashes=hashes)


@dataclass(frozen=True)
class VerifyReport:
    """What `verify` found in a bundle that passed every check."""

    manifest: Manifest
    signer: object  # keys.PublicKey
    member_count: int
    practices_checked: int


def verify_contents(bundle: Bundle) -> VerifyReport:
    """Check that a signed, intact bundle also holds valid practices. Raises BundleRefused."""
    manifest = bundle.manifest
    if manifest.is_delta:
        contents = check_delta(bundle)
        checked = len(contents.practices)
    else:
        sources, _ = load_tree(bundle.members, manifest)
        checked = len(sources.practices)
    return VerifyReport(manifest=manifest, signer=bundle.signer, member_count=len(bundle.members),
                        practices_checked=checked)


"""Translations travel in bundles: a full bundle carries them; a delta that changes only a
translation is a delta (carrying that practice with all its translations); a removed translation
is removed at the field office; a delta that carries a translation without its practice is
refused in one sentence; the catalogue built from an imported delta shows the new text."""

from __future__ import annotations

import json
import shutil

from updates_support import RESOURCES, bundle_parts, forge, make_project, practices_without_links, run_cli

from desktop.core.keys import generate_key_pair
from desktop.core.paths import layout as make_layout
from desktop.core.session import open_catalogue
from desktop.core.translations import english_hash


def with_translations(files: list) -> list:
    out = []
    for path in files:
        out.append(path)
        out += sorted(RESOURCES.joinpath("practices").glob(f"{path.stem}.??.md"))
    return out


def set_title(path, title: str) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    lines = [f'title: "{title}"' if line.startswith("title:") else line for line in lines]
    path.write_text("\n".join(lines), encoding="utf-8")


def spanish_title(layout, practice_id: str):
    catalogue = open_catalogue(layout)
    try:
        text = catalogue.practice(practice_id).translation("es")
        return text.title if text else None
    finally:
        catalogue.close()


def publish(editor, tmp_path, key, name, delta_from=None):
    args = ["--root", editor, "--home", tmp_path / "ehome", "publish", "--key", key.private_path,
            "--out", tmp_path / name]
    if delta_from:
        args += ["--delta-from", tmp_path / delta_from]
    code, out, err = run_cli(*args)
    assert code == 0, err
    return out


def test_translations_ride_in_full_and_delta_bundles(tmp_path):
    key = generate_key_pair(tmp_path / "keys", "hq")
    files = with_translations(practices_without_links(3))
    english = [p for p in files if p.name.count(".") == 1]
    ids = [p.stem for p in english]
    assert len(files) == 4 * len(english), "the shipped practices should all be translated"
    editor = make_project(tmp_path / "editor", files, [key.public_path])
    field = make_project(tmp_path / "field", english, [key.public_path])  # ships without translations
    home = tmp_path / "home"
    layout = make_layout(home, field)
    assert spanish_title(layout, ids[0]) is None

    publish(editor, tmp_path, key, "v2.pcbundle")
    manifest, _ = bundle_parts(tmp_path / "v2.pcbundle")
    assert manifest["format"] == 2 and f"practices/{ids[0]}.es.md" in manifest["files"]
    assert manifest["practice_count"] == 3
    code, out, err = run_cli("--root", field, "--home", home, "import", tmp_path / "v2.pcbundle", "--yes")
    assert code == 0, err
    shipped_title = spanish_title(layout, ids[0])
    assert shipped_title and shipped_title != spanish_title(layout, ids[1])

    # Only the Spanish title of one practice changes: a delta carrying that practice whole.
    spanish = editor / "resources" / "practices" / f"{ids[0]}.es.md"
    set_title(spanish, "Título corregido")
    out = publish(editor, tmp_path, key, "v3.pcbundle", delta_from="v2.pcbundle")
    assert "a delta on version 2: 0 added, 1 changed, 0 removed" in out
    manifest, members = bundle_parts(tmp_path / "v3.pcbundle")
    carried = {name for name in members if name.startswith("practices/")}
    assert carried == {f"practices/{ids[0]}{suffix}.md" for suffix in ("", ".es", ".fr", ".pt")}
    code, out, err = run_cli("--root", field, "--home", home, "import", tmp_path / "v3.pcbundle", "--yes")
    assert code == 0, err
    assert "version 2 -> 3 (delta on version 2)" in out and f"[{ids[0]}]" in out
    assert spanish_title(layout, ids[0]) == "Título corregido"
    assert spanish_title(layout, ids[1]) is not None  # kept from the installed version

    # A translation removed by the editors is removed in the field too.
    (editor / "resources" / "practices" / f"{ids[0]}.es.md").unlink()
    publish(editor, tmp_path, key, "v4.pcbundle", delta_from="v3.pcbundle")
    code, out, err = run_cli("--root", field, "--home", home, "import", tmp_path / "v4.pcbundle", "--yes")
    assert code == 0, err
    assert spanish_title(layout, ids[0]) is None and spanish_title(layout, ids[1]) is not None


def test_a_stale_translation_is_published_and_labelled(tmp_path):
    # An English correction may go out before the translators catch up: a warning, not an error.
    key = generate_key_pair(tmp_path / "keys", "hq")
    files = with_translations(practices_without_links(1))
    editor = make_project(tmp_path / "editor", files, [key.public_path])
    practice_id = files[0].stem
    english = editor / "resources" / "practices" / f"{practice_id}.md"
    english.write_text(english.read_text(encoding="utf-8").replace("\n## What it is\n",
                                                                  "\nA corrected sentence.\n\n## What it is\n", 1),
                       encoding="utf-8")
    code, _, err = run_cli("--root", editor, "validate")
    assert code == 0 and f"{practice_id}.es.md" in err and "the English entry changed since" in err
    publish(editor, tmp_path, key, "v2.pcbundle")
    field = make_project(tmp_path / "field", files[:1], [key.public_path])
    home = tmp_path / "home"
    code, _, err = run_cli("--root", field, "--home", home, "import", tmp_path / "v2.pcbundle", "--yes")
    assert code == 0, err
    catalogue = open_catalogue(make_layout(home, field))
    try:
        practice = catalogue.practice(practice_id)
        assert practice.translation("es").stale and practice.translation("es").source_hash != english_hash(practice)
    finally:
        catalogue.close()


def test_a_delta_with_a_translation_but_not_its_practice_is_refused(tmp_path):
    from updates_support import World

    key = generate_key_pair(tmp_path / "keys", "hq")
    files = with_translations(practices_without_links(2))
    editor = make_project(tmp_path / "editor", files, [key.public_path])
    field = make_project(tmp_path / "field", [p for p in files if p.name.count(".") == 1], [key.public_path])
    home = tmp_path / "home"
    publish(editor, tmp_path, key, "v2.pcbundle")
    assert run_cli("--root", field, "--home", home, "import", tmp_path / "v2.pcbundle", "--yes")[0] == 0
    practice_id = files[0].stem
    set_title(editor / "resources" / "practices" / f"{practice_id}.fr.md", "Titre corrigé")
    publish(editor, tmp_path, key, "v3.pcbundle", delta_from="v2.pcbundle")
    world = World(base=tmp_path, key=key, stranger=key, editor=editor, field=field, home=home,
                  fresh_home=home, v2=tmp_path / "v2.pcbundle", v3=tmp_path / "v3.pcbundle", ids=[])

    def drop_english(members):
        members.pop(f"practices/{practice_id}.md")

    def drop_from_manifest(manifest):
        manifest["files"].pop(f"practices/{practice_id}.md")

    forged = forge(world, tmp_path / "forged.pcbundle", source=tmp_path / "v3.pcbundle",
                   edit_members=drop_english, edit_manifest=drop_from_manifest)
    before = json.dumps(sorted(p.name for p in home.rglob("*")))
    code, out, err = run_cli("--root", field, "--home", home, "import", forged, "--yes")
    assert code == 2 and "Traceback" not in err
    lines = err.strip().splitlines()  # each problem as file:line: message, then one sentence
    assert "refused" in lines[-1] and all("only with its practice's English file" in line for line in lines)
    assert json.dumps(sorted(p.name for p in home.rglob("*"))) == before
    shutil.rmtree(tmp_path / "ehome", ignore_errors=True)

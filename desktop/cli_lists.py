"""Command line of reading lists: `lists`, `lists export NAME FILE`, `lists import FILE`.

A thin layer over desktop/core/reading_lists.py and reading_list_files.py: the lists live in the
home folder's user.db, like the app's; a refused file is one sentence with exit code 2."""

from __future__ import annotations

import json

from .core.reading_list_files import export_list, import_list
from .core.session import open_catalogue
from .core.userdata import UserData


def add_commands(commands) -> None:
    """Add `lists` and its sub-commands to the CLI's subparsers."""
    lists = commands.add_parser("lists", help="reading lists: print them, export one to a .pclist file, "
                                              "import one")
    lists.add_argument("--json", action="store_true", help="print the lists as JSON")
    actions = lists.add_subparsers(dest="lists_command", metavar="{export,import}")
    export = actions.add_parser("export", help="write a reading list to a .pclist file to share")
    export.add_argument("name", help="the list's name (case does not matter)")
    export.add_argument("file", help="the file to write (.pclist is added when missing)")
    take = actions.add_parser("import", help="add the list in a .pclist file (never replaces a list: "
                                             "a name already taken gets a number)")
    take.add_argument("file")


def missing_note(item) -> str:
    """How an item whose practice this catalogue lacks is marked."""
    version = f" (version {item.catalogue_version})" if item.catalogue_version else ""
    return f"not in this catalogue{version}"


def _print_lists(reading_lists, titles: dict) -> None:
    print(f"{len(reading_lists)} reading list{'s' if len(reading_lists) != 1 else ''}.")
    for reading_list in reading_lists:
        count = len(reading_list.items)
        print(f"\n{reading_list.name}  ({count} practice{'s' if count != 1 else ''})")
        for number, item in enumerate(reading_list.items, start=1):
            if item.practice_id in titles:
                print(f"  {number:>3}. {titles[item.practice_id]}  [{item.practice_id}]")
            else:
                print(f"  {number:>3}. {item.title or item.practice_id}  [{item.practice_id}] "
                      f"— {missing_note(item)}")
            for line in item.comment.splitlines():
                print(f"       > {line}")


def _lists_json(reading_lists, titles: dict) -> list:
    return [{"name": rl.name, "created": rl.created, "updated": rl.updated,
             "items": [{"practice_id": i.practice_id, "title": titles.get(i.practice_id, i.title),
                        "comment": i.comment, "in_catalogue": i.practice_id in titles,
                        "catalogue_version": i.catalogue_version} for i in rl.items]}
            for rl in reading_lists]


def cmd_lists(args, layout) -> int:
    catalogue = open_catalogue(layout)
    userdata = None
    try:
        userdata = UserData(layout.user_db)
        lists, titles = userdata.lists, catalogue.practice_titles()
        if args.lists_command == "export":
            reading_list = lists.find(args.name)
            path = export_list(reading_list, args.file, catalogue.meta.get("catalogue_id", ""),
                               catalogue.catalogue_version, set(titles))
            count = len(reading_list.items)
            print(f"Exported \"{reading_list.name}\" ({count} practice{'s' if count != 1 else ''}) to {path}.")
        elif args.lists_command == "import":
            made = import_list(lists, args.file)
            missing = [item for item in made.items if item.practice_id not in titles]
            count = len(made.items)
            line = f"Imported \"{made.name}\": {count} practice{'s' if count != 1 else ''}"
            if missing:
                line += f", {len(missing)} of them {missing_note(missing[0])}"
            print(line + ".")
        elif args.json:
            print(json.dumps(_lists_json(lists.all(), titles), ensure_ascii=False, indent=2))
        else:
            _print_lists(lists.all(), titles)
        return 0
    finally:
        if userdata is not None:
            userdata.close()
        catalogue.close()

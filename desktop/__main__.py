"""`python -m desktop` opens the app; `python -m desktop COMMAND ...` runs the command line."""

import sys

GLOBAL_OPTIONS_WITH_VALUE = ("--home", "--root", "--lang")


def wants_command_line(argv) -> bool:
    """True when the arguments name a command (or ask for help) rather than just options."""
    skip_next = False
    for argument in argv:
        if skip_next:
            skip_next = False
            continue
        if argument in GLOBAL_OPTIONS_WITH_VALUE:
            skip_next = True
        elif argument in ("-h", "--help") or not argument.startswith("-"):
            return True
    return False


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--self-test" in argv:
        from .cli import write_utf8_when_piped
        from .selftest import run_self_test
        write_utf8_when_piped()  # its line names the user data folder, which may have any letters
        return run_self_test([a for a in argv if a != "--self-test"])
    if wants_command_line(argv):
        from .cli import run
        return run(argv)
    # The core before Qt: PySide6 installs an import hook that reads the source of every module
    # imported after it (about 0.15 s for the search engine, Whoosh, numpy and sqlite-utils).
    from .core import session, userdata  # noqa: F401
    from .ui.app import run_app  # Qt is imported only when a window is wanted
    return run_app(argv)


if __name__ == "__main__":
    sys.exit(main())

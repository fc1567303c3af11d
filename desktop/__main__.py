"""`python -m desktop` opens the app; `python -m desktop COMMAND ...` runs the command line."""

import sys


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--self-test" in argv:
        from .selftest import run_self_test
        return run_self_test([a for a in argv if a != "--self-test"])
    commands_or_help = [a for a in argv if not a.startswith("-")] or any(a in ("-h", "--help") for a in argv)
    if commands_or_help:
        from .cli import run
        return run(argv)
    from .ui.app import run_app  # Qt is imported only when a window is wanted
    return run_app(argv)


if __name__ == "__main__":
    sys.exit(main())

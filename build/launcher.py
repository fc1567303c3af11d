"""Entry point of the field build (PyInstaller runs this file, not the package's __main__)."""

import sys

from desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())

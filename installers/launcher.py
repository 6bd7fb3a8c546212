"""The bundled program's entry point: the same as ``python -m carelink``.

PyInstaller freezes this script (installers/carelink.spec). ``freeze_support`` lets a spawned child process (CareLink
uses the spawn start method) run inside the frozen executable instead of starting a second CareLink.
"""

import multiprocessing
import sys

from carelink.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())

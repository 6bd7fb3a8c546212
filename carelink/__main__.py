"""`python -m carelink`."""

import sys

from carelink.cli_screenshot import quick_screenshot

code = quick_screenshot(sys.argv[1:])  # `screenshot home` without loading the other commands (cli_screenshot.py)
if code is None:
    from carelink.cli import main

    code = main()
sys.exit(code)

"""`python -m carelink`."""

import sys

from carelink.cli import main

sys.exit(main())

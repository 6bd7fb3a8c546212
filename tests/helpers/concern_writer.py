"""A process to kill: raises concerns in a household and has the courier send after each, printing as it goes.

    python -m tests.helpers.concern_writer DATA_DIR COUNT LABEL

The household in DATA_DIR is set up beforehand (email account on loopback, a carer). The account's password comes
from the environment variable CARELINK_TEST_PASSWORD through an in-memory keyring backend (a port fake: the OS
keyring is not what these tests are about). Prints, each line flushed:

    ready                  the household is open
    stored <id>            raise_concern returned: the concern (and its email) are committed
    delivered <id> <n>     the courier's pass returned, having sent n messages
    done
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from carelink.app import build_household
from tests.helpers import TEST_SERVICE, memory_secrets
from tests.helpers.mail_servers import USER

PASSWORD_ENV = "CARELINK_TEST_PASSWORD"


def main(argv: list[str]) -> int:
    data_dir, count, label = Path(argv[0]), int(argv[1]), argv[2]
    secrets = memory_secrets({(TEST_SERVICE, USER): os.environ[PASSWORD_ENV]})
    household = build_household(data_dir, False, secrets=secrets)
    print("ready", flush=True)
    try:
        for number in range(count):
            concern = household.concerns.raise_concern("unwell", f"{label} concern {number}")
            print(f"stored {concern.id}", flush=True)
            report = household.courier.send_now()
            print(f"delivered {concern.id} {report.sent}", flush=True)
    finally:
        household.close()
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""``python -m azure_asm_cli``: the ``asm`` command line."""

import sys

from azure_asm_cli.app import main

sys.exit(main())

"""``python -m azure_asm_emulator``: the same as the ``asm-emulator`` command."""

from azure_asm_emulator.cli import main

raise SystemExit(main())

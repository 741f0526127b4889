"""``asm``: the command line of the Azure Service Management (classic) API.

Generated from the spec the way aws-cli is from botocore's models: the commands, their
arguments and their help all come from the operation table ``azure_asm.catalog.OPERATIONS``
(see ``azure_asm_cli.app``), nothing is written per operation. ``main(argv)`` runs it.
"""

from azure_asm_cli.app import build_parser, main

__all__ = ["build_parser", "main"]

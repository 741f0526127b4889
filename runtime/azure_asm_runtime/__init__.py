"""Hand-written runtime shared by the generated ``azure_asm`` package and the emulator.

Kept small on purpose: everything service-specific is generated from ``spec/``, so only
the pieces that cannot be described as data (transport, errors, XML safety) live here.

Logging goes through the standard ``logging`` module, on the ``azure_asm`` logger (requests,
retries and polling at DEBUG, never bodies or secrets). Like any library it is quiet until the
application configures logging: a ``NullHandler`` is attached here, so nothing is printed by
default (``logging.basicConfig(level=logging.DEBUG)`` or ``asm --debug`` show it).
"""

import logging

logging.getLogger("azure_asm").addHandler(logging.NullHandler())

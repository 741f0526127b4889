"""Hand-written runtime shared by the generated ``azure_asm`` package and the emulator.

Kept small on purpose: everything service-specific is generated from ``spec/``, so only
the pieces that cannot be described as data (transport, errors, XML safety) live here.
"""

"""Each direction of a shape's XML codec, wherever it lives: the SDK (`azure_asm`) carries the
writers of what its clients send and the readers of what they receive, the server's codecs
(`azure_asm_emulator_codecs`) the other two directions. Tests that round-trip a shape need both.
"""

from __future__ import annotations

from typing import Any

import azure_asm_emulator_codecs.deserializers
import azure_asm_emulator_codecs.serializers
from azure_asm import deserializers, serializers
from tests.unit.strategies import SPEC, STRUCTURES, UNIONS, snake

#: The shapes with XML codecs: those a request or a response holds (a shape that no operation
#: sends or answers has none).
ON_THE_WIRE = SPEC.client_writes | SPEC.client_reads
WIRE_STRUCTURES = tuple(shape for shape in STRUCTURES if shape.name in ON_THE_WIRE)
WIRE_UNIONS = tuple(shape for shape in UNIONS if shape.name in ON_THE_WIRE)


def _found(name: str, *modules: object) -> Any:
    """`name` from the first of `modules` that has it."""
    for module in modules:
        if hasattr(module, name):
            return getattr(module, name)
    raise AttributeError(f"no {name} in {', '.join(map(repr, modules))}")


def serializer(name: str) -> Any:
    """The writer of the shape or list document `name` (its function suffix for a document)."""
    function = f"serialize_{snake(name)}"
    return _found(function, serializers, azure_asm_emulator_codecs.serializers)


def deserializer(name: str) -> Any:
    """The reader of the shape or list document `name`."""
    function = f"deserialize_{snake(name)}"
    return _found(function, deserializers, azure_asm_emulator_codecs.deserializers)

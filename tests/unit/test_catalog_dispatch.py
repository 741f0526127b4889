"""The operation table carries what tells apart operations sharing a method and path.

``fixed_query`` is every query item the spec sends with a fixed value whatever the arguments
(``comp=config``; not those sent only ``when`` a flag is set), ``request_root`` the root element
of an XML request body: the emulator dispatches on both.
"""

from __future__ import annotations

from azure_asm.catalog import OPERATIONS
from tests.unit.strategies import SPEC


def test_fixed_query_and_request_root_follow_the_spec() -> None:
    for operation in SPEC.operations:
        info = OPERATIONS[operation.name]
        fixed = tuple(
            (item.name, item.value)
            for item in operation.query
            if item.value is not None and item.when is None
        )
        assert info.fixed_query == fixed, operation.name
        request = operation.request
        root = SPEC.shape(request.shape).xml if request and request.kind == "xml" else None
        assert info.request_root == root, operation.name


def test_comp_values_are_in_the_table() -> None:
    assert OPERATIONS["change_deployment_configuration"].fixed_query == (("comp", "config"),)
    assert OPERATIONS["change_deployment_configuration"].request_root == "ChangeConfiguration"
    assert OPERATIONS["delete_disk"].fixed_query == ()  # comp=media only when delete_vhd
    assert OPERATIONS["list_locations"].request_root is None

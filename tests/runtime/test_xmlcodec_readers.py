"""Runtime readers the generated deserializers call: string lists, union discriminators, and
the errors of the safe parse."""

from __future__ import annotations

import pytest
from lxml import etree

from azure_asm_runtime.errors import ResponseParseError, UnknownElementError
from azure_asm_runtime.xmlcodec import (
    DeserializeContext,
    child_text,
    parse_document,
    read_string_list,
)

NS = "http://schemas.microsoft.com/windowsazure"
SIZE = f"{{{NS}}}RoleSize"


class Owner:
    def __init__(self) -> None:
        self.unknown_elements: tuple[etree._Element, ...] = ()


def sizes(inner: str) -> etree._Element:
    return etree.fromstring(
        f'<RoleSizes xmlns="{NS}" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">'
        f"{inner}</RoleSizes>"
    )


def test_items_in_order_with_empty_text_kept() -> None:
    owner = Owner()
    element = sizes("<RoleSize>A0</RoleSize><RoleSize/><RoleSize>Standard_D1</RoleSize>")
    assert read_string_list(element, SIZE, DeserializeContext(), owner) == [
        "A0",
        "",
        "Standard_D1",
    ]
    assert owner.unknown_elements == ()


def test_nil_items_are_dropped() -> None:
    element = sizes('<RoleSize>A0</RoleSize><RoleSize i:nil="true"/>')
    assert read_string_list(element, SIZE, DeserializeContext(), Owner()) == ["A0"]


def test_other_children_are_kept_as_unknown_or_refused_in_strict_mode() -> None:
    element = sizes("<RoleSize>A0</RoleSize><Extra>x</Extra><RoleSize>A1</RoleSize>")
    owner = Owner()
    ctx = DeserializeContext()
    assert read_string_list(element, SIZE, ctx, owner) == ["A0", "A1"]
    ctx.finish()  # unknown elements are gathered, then stored (as the deserializers do)
    assert [etree.QName(e).localname for e in owner.unknown_elements] == ["Extra"]
    with pytest.raises(UnknownElementError, match="RoleSizes/Extra"):
        read_string_list(element, SIZE, DeserializeContext(strict=True), Owner())


def test_child_text_is_findtext_without_the_path_parser() -> None:
    element = sizes("<Kind>Network</Kind><Empty/><RoleSize>A0</RoleSize>")
    for tag in (f"{{{NS}}}Kind", f"{{{NS}}}Empty", f"{{{NS}}}Missing", SIZE):
        assert child_text(element, tag) == element.findtext(tag)


def test_parse_errors_name_what_was_parsed() -> None:
    with pytest.raises(ResponseParseError, match="^request body is empty"):
        parse_document(b"  ", "request")

"""Helpers of the renderer whose output is Python or XML text."""

from __future__ import annotations

from lxml import etree

from codegen.ir import Group, Member, TypeRef
from codegen.render import start_tag

SIZE = Member(name="size", xml="Size", type=TypeRef("scalar", "int"))


def test_a_group_start_tag_carries_its_attributes_escaped() -> None:
    group = Group("content", (SIZE,), (("type", "application/xml"), ("note", 'a "b" & <c>')))
    tag = start_tag(group)
    assert tag == '<content type="application/xml" note="a &quot;b&quot; &amp; &lt;c&gt;">'
    element = etree.fromstring(tag + "</content>")
    assert dict(element.attrib) == {"type": "application/xml", "note": 'a "b" & <c>'}


def test_a_group_without_attributes_has_a_bare_start_tag() -> None:
    assert start_tag(Group("Sizing", (SIZE,))) == "<Sizing>"

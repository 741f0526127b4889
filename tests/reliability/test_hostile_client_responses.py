"""Issue 13, client side, items 1, 2, 5 and 6: hostile responses the adversarial review found.

Each test reproduces one finding (numbered as in the issue). "Linear time" is asserted on a
counted quantity (elements copied into `unknown_elements`), never on a stopwatch; the
end-to-end read is sized so that the quadratic behaviour would run into the timeout mark.
"""

from __future__ import annotations

import math
from typing import Any

import pytest
from lxml import etree

from azure_asm import ServiceManagementService
from azure_asm_runtime.errors import ResponseParseError, ResponseTooLargeError
from azure_asm_runtime.http import HttpRequest, HttpResponse
from azure_asm_runtime.xmlcodec import (
    MAX_DOCUMENT_ELEMENTS,
    DeserializeContext,
    attribute_datetime,
    attribute_int,
    parse_document,
    read_datetime,
    read_document,
    read_float,
    read_int,
    read_long,
)

WA = "http://schemas.microsoft.com/windowsazure"


class Answer:
    """A transport answering every request with one body."""

    def __init__(self, body: bytes = b"", status: int = 200) -> None:
        self.body = body
        self.status = status
        self.sent: list[HttpRequest] = []

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        self.sent.append(request)
        return HttpResponse(self.status, {"x-ms-request-id": "r"}, self.body)


def client(transport: Any, **options: Any) -> ServiceManagementService:
    return ServiceManagementService("sub", transport=transport, host="example.test", **options)


# --- 1. unknown elements in linear time ------------------------------------------------------


class CountingOwner:
    """An owner of unknown elements that counts what is copied into its tuple."""

    def __init__(self) -> None:
        self._elements: tuple[etree._Element, ...] = ()
        self.copied = 0

    @property
    def unknown_elements(self) -> tuple[etree._Element, ...]:
        return self._elements

    @unknown_elements.setter
    def unknown_elements(self, value: tuple[etree._Element, ...]) -> None:
        self.copied += len(value)
        self._elements = value


def test_unknown_elements_are_collected_in_linear_work() -> None:
    count = 2000
    body = f'<R xmlns="{WA}">'.encode() + b"<x/>" * count + b"</R>"
    owner = CountingOwner()

    def reader(root: etree._Element, ctx: DeserializeContext) -> CountingOwner:
        for child in root:
            ctx.unknown(owner, child)
        return owner

    assert read_document(body, reader) is owner
    assert isinstance(owner.unknown_elements, tuple)
    assert len(owner.unknown_elements) == count
    # Rebuilding the tuple per element copies count * (count + 1) / 2 = 2,001,000 references.
    assert owner.copied <= 2 * count


@pytest.mark.timeout(60)  # quadratic: 17 s at 80,000, about 110 s at 200,000
def test_many_unknown_elements_read_through_the_client() -> None:
    count = 200_000
    service = (
        f'<HostedService xmlns="{WA}"><ServiceName>s</ServiceName>'.encode()
        + b"<x/>" * count
        + b"</HostedService>"
    )
    got = client(Answer(service)).get_hosted_service_properties("s")
    assert got.service_name == "s"
    assert isinstance(got.unknown_elements, tuple) and len(got.unknown_elements) == count
    listing = f'<Locations xmlns="{WA}">'.encode() + b"<x/>" * count + b"</Locations>"
    locations = client(Answer(listing)).list_locations()
    assert list(locations) == []
    assert isinstance(locations.unknown_elements, tuple)
    assert len(locations.unknown_elements) == count


def test_unknown_elements_of_nested_models_and_direct_deserializer_calls() -> None:
    import azure_asm.deserializers as deserializers

    body = (
        f'<HostedService xmlns="{WA}"><a/><HostedServiceProperties><b/><c/>'
        "</HostedServiceProperties><d/></HostedService>"
    ).encode()
    got = deserializers.deserialize_hosted_service(parse_document(body))  # no context given
    assert [etree.QName(e).localname for e in got.unknown_elements] == ["a", "d"]
    assert got.hosted_service_properties is not None
    inner = got.hosted_service_properties.unknown_elements
    assert [etree.QName(e).localname for e in inner] == ["b", "c"]


# --- 2. element count bounded as well as bytes -----------------------------------------------


def test_element_count_is_bounded() -> None:
    body = b"<a>" + b"<x/>" * 1000 + b"</a>"
    assert len(parse_document(body, max_elements=1001)) == 1000
    with pytest.raises(ResponseTooLargeError, match="1,001 elements.*limit of 1,000"):
        parse_document(body, max_elements=1000)


def test_default_element_limit_refuses_before_building_a_tree() -> None:
    body = b"<a>" + b"<x/>" * MAX_DOCUMENT_ELEMENTS + b"</a>"
    with pytest.raises(ResponseTooLargeError) as info:
        parse_document(body)
    assert isinstance(info.value, ResponseParseError)  # callers catching that still do


def test_comments_and_end_tags_do_not_count_as_elements() -> None:
    body = b"<a><!-- <x/> --><?pi x?><b></b><c/></a>"
    assert len(parse_document(body, max_elements=3)) == 2


# --- 5. scalars: exactly what the XML Schema types allow -------------------------------------


def element(text: str, tag: str = "V") -> etree._Element:
    return etree.fromstring(f"<{tag}>{text}</{tag}>")


@pytest.mark.parametrize(
    "text",
    ["1_000", "\u0661\u0662", "9" * 4000, "2147483648", "-2147483649", "1.0", "0x10", "", "+"],
)
def test_integers_outside_xsd_int_are_refused(text: str) -> None:
    if not text:
        assert read_int(element(text)) is None
        return
    with pytest.raises(ResponseParseError, match="is not an integer"):
        read_int(element(text))
    with pytest.raises(ResponseParseError, match="is not an integer"):
        attribute_int(etree.fromstring(f'<V a="{text}"/>'), "a")


@pytest.mark.parametrize(
    ("text", "value"),
    [("12", 12), (" +7 ", 7), ("-2147483648", -(2**31)), ("2147483647", 2**31 - 1), ("007", 7)],
)
def test_xsd_int_values_are_read(text: str, value: int) -> None:
    assert read_int(element(text)) == value


def test_long_has_the_64_bit_range() -> None:
    assert read_long(element(str(2**63 - 1))) == 2**63 - 1
    assert read_long(element(str(-(2**63)))) == -(2**63)
    for text in (str(2**63), "1_0", "\u0661"):
        with pytest.raises(ResponseParseError, match="is not an integer"):
            read_long(element(text))


def test_generated_readers_use_the_long_range() -> None:
    import azure_asm.deserializers as deserializers

    source = open(deserializers.__file__, encoding="utf-8").read()  # noqa: SIM115
    assert "read_long(" in source


@pytest.mark.parametrize("text", ["1_000.5", "\u0661.5", "1e5_0", "infinity", "nan", "0x1p3"])
def test_floats_outside_xsd_double_are_refused(text: str) -> None:
    with pytest.raises(ResponseParseError, match="is not a number"):
        read_float(element(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.5", 1.5), ("-1E3", -1000.0), (".5", 0.5), ("5.", 5.0), ("INF", math.inf)],
)
def test_xsd_double_values_are_read(text: str, value: float) -> None:
    assert read_float(element(text)) == value


def test_xsd_nan_is_read() -> None:
    assert math.isnan(read_float(element("NaN")) or 0.0)


@pytest.mark.parametrize(
    "text",
    [
        "20240101",
        "2024-01-01 10:00:00",
        "2024-W01-1",
        "2024-01-01T10:00",
        "2024-01-01T1000",
        "\u0662024-01-01T10:00:00Z",
        "2024-01-01T10:00:00+0100",
        "2024-13-01T00:00:00Z",
    ],
)
def test_timestamps_without_xsd_separators_are_refused(text: str) -> None:
    with pytest.raises(ResponseParseError, match="is not an ISO 8601 timestamp"):
        read_datetime(element(text))
    with pytest.raises(ResponseParseError, match="is not an ISO 8601 timestamp"):
        attribute_datetime(etree.fromstring(f'<V a="{text}"/>'), "a")


@pytest.mark.parametrize(
    "text",
    [
        "2014-04-15T21:30:14.3495493Z",
        "2024-01-01T10:00:00Z",
        "2024-01-01T10:00:00+01:00",
        "2024-01-01T10:00:00",
        "2024-01-01",
    ],
)
def test_xsd_timestamps_are_read(text: str) -> None:
    assert read_datetime(element(text)) is not None


def test_loose_scalars_are_refused_through_the_client() -> None:
    body = (
        f'<HostedService xmlns="{WA}"><ServiceName>s</ServiceName><Deployments><Deployment>'
        "<UpgradeDomainCount>1_000</UpgradeDomainCount></Deployment></Deployments>"
        "</HostedService>"
    ).encode()
    with pytest.raises(ResponseParseError, match="UpgradeDomainCount.*'1_000' is not an integer"):
        client(Answer(body)).get_hosted_service_properties("s", embed_detail=True)


# --- 6. a root element in the wrong namespace ------------------------------------------------


def test_root_in_no_namespace_says_so() -> None:
    body = b"<HostedService><ServiceName>s</ServiceName></HostedService>"
    with pytest.raises(ResponseParseError) as info:
        client(Answer(body)).get_hosted_service_properties("s")
    text = str(info.value)
    assert "namespace" in text and WA in text and "no namespace" in text
    other = b'<HostedService xmlns="urn:other"/>'
    with pytest.raises(ResponseParseError, match="in namespace urn:other"):
        client(Answer(other)).get_hosted_service_properties("s")
    with pytest.raises(ResponseParseError, match="expected a <HostedService> document, got <X>"):
        client(Answer(f'<X xmlns="{WA}"/>'.encode())).get_hosted_service_properties("s")

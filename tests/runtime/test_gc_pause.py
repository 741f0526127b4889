"""The collector pause around reading responses: off inside, restored after, safe to nest."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from lxml import etree

from azure_asm_runtime.errors import ResponseParseError
from azure_asm_runtime.gc_pause import gc_paused
from azure_asm_runtime.xmlcodec import DeserializeContext, read_document


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    gc.enable()
    yield
    gc.enable()


def test_off_inside_and_back_on_after() -> None:
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_back_on_after_an_exception() -> None:
    with pytest.raises(KeyError), gc_paused():
        raise KeyError("boom")
    assert gc.isenabled()


def test_nested_pauses_resume_only_at_the_outermost() -> None:
    with gc_paused():
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off() -> None:
    gc.disable()
    with gc_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_overlapping_pauses_in_two_threads() -> None:
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        with gc_paused():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with gc_paused():
            second_in.set()
            first_out.wait(5)
            # The first pause ended while this one runs: the collector must still be off.
            seen.append(gc.isenabled())

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert seen == [False]
    assert gc.isenabled()


def test_read_document_reads_with_the_collector_paused() -> None:
    states: list[bool] = []

    def reader(element: etree._Element, ctx: DeserializeContext) -> tuple[str, bool]:
        states.append(gc.isenabled())
        return element.tag, ctx.strict

    assert read_document(b"<Root/>", reader, strict=True) == ("Root", True)
    assert states == [False]
    assert gc.isenabled()


def test_read_document_refuses_bad_xml_before_pausing() -> None:
    def reader(element: etree._Element, ctx: DeserializeContext) -> None:
        raise AssertionError("not reached")

    with pytest.raises(ResponseParseError, match="response is not well-formed XML"):
        read_document(b"<Root>", reader)
    assert gc.isenabled()

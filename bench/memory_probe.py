"""Peak memory of one parse, in a fresh process: ``python -m bench.memory_probe MODE BODY``.

MODE is ``lxml`` (``etree.fromstring``: the tree alone), ``ours`` (``read_document``: safe parse and
generated ``deserialize_images``, what the client does) or ``reference`` (minidom into the
reference's models). Everything is imported and the body read before the baseline; the peak
resident set (VmHWM, reset through /proc/self/clear_refs) is measured around the call.
Prints JSON, sizes in KiB.
Resident memory, not tracemalloc: libxml2 allocates outside Python's allocator, so tracemalloc
would not see lxml's tree.
"""

from __future__ import annotations

import gc
import json
import sys
from pathlib import Path


def _status() -> dict[str, int]:
    values = {}
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith(("VmRSS:", "VmHWM:")):
                name, value = line.split(":")
                values[name] = int(value.split()[0])
    return values


def main() -> None:
    mode, path = sys.argv[1], Path(sys.argv[2])
    from azure.servicemanagement import Images
    from azure.servicemanagement._http import HTTPResponse
    from azure.servicemanagement._serialization import _MinidomXmlToObject
    from lxml import etree

    from azure_asm.deserializers import deserialize_images
    from azure_asm_runtime.xmlcodec import read_document

    body = path.read_bytes()
    calls = {
        "lxml": lambda: etree.fromstring(body),
        "ours": lambda: read_document(body, deserialize_images),
        "reference": lambda: _MinidomXmlToObject.parse_response(
            HTTPResponse(200, "OK", [], body), Images
        ),
    }
    call = calls[mode]
    gc.collect()
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as handle:
            handle.write("5")  # reset VmHWM to the current resident set
        reset = True
    except OSError:
        reset = False
    before = _status()
    result = call()
    peak = _status()["VmHWM"]
    print(
        json.dumps(
            {
                "mode": mode,
                "baseline_kib": before["VmRSS"],
                "peak_kib": peak - before["VmRSS"],
                "hwm_reset": reset,
                "items": len(result),
            }
        )
    )


if __name__ == "__main__":
    main()

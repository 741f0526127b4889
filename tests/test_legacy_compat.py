"""Behaviours kept from azure-servicemanagement-legacy so that code written for it still works."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from azure_asm import HttpRequest, HttpResponse, ServiceManagementService
from codegen.loader import SpecError, load_spec


class Recorder:
    def __init__(self) -> None:
        self.requests: list[HttpRequest] = []

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        self.requests.append(request)
        return HttpResponse(202, {"x-ms-request-id": "r1"}, b"")


def account_type_sent(**arguments: object) -> str | None:
    recorder = Recorder()
    client = ServiceManagementService("sub", transport=recorder)
    client.create_storage_account("mystorage", "desc", "label", location="West US", **arguments)  # type: ignore[arg-type]
    body = recorder.requests[0].body
    assert body is not None
    return etree.fromstring(body).findtext("{http://schemas.microsoft.com/windowsazure}AccountType")


def test_geo_replication_disabled_means_locally_redundant() -> None:
    assert account_type_sent(geo_replication_enabled=False) == "Standard_LRS"
    assert account_type_sent(geo_replication_enabled=True) == "Standard_GRS"
    assert account_type_sent() == "Standard_GRS"
    assert account_type_sent(account_type="Standard_ZRS") == "Standard_ZRS"


def test_sets_must_name_a_parameter(tmp_path: Path) -> None:
    (tmp_path / "common.yaml").write_text(
        (Path(__file__).parents[1] / "spec" / "common.yaml").read_text()
    )
    (tmp_path / "broken.yaml").write_text(
        """
operations:
  do_it:
    doc: x
    http: {method: POST, path: "/{subscription_id}/x"}
    params:
      - {name: flag, type: bool, sets: {param: nowhere, when: false, value: y}}
"""
    )
    with pytest.raises(SpecError, match=r"broken.yaml: operations.do_it.params\[0\].sets"):
        load_spec(tmp_path)

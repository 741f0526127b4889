"""One comparison per process: ``python -m bench.worker JOB [--profile full|smoke] [--tmp DIR]``.

Prints one JSON object: ``{"job", "results": {contender: {median_ns, spread, rounds, inner}},
"info": {...}}``. Jobs: ``parse:images:N``, ``parse:deployment:ROLES``,
``parse:hostedservices:N``, ``serialize:create_hosted_service``,
``serialize:create_virtual_machine_deployment``, ``https:list_locations``,
``https:get_deployment``, ``https:list_os_images`` (these need ``--tmp`` holding the
certificates of ``tls_server.make_certificates``). Every contender's output is checked before
it is timed.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import ssl
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lxml import etree

from bench import documents
from bench.settings import PROFILES, Settings
from bench.timing import Contender, compare

SUBSCRIPTION = "3c1a4b6e-2f0d-4b8e-9a57-0d6f1e2c3b4a"


# --- parsing ----------------------------------------------------------------------------------


def _reference_parser(body: bytes, response_type: type) -> Callable[[], Any]:
    from azure.servicemanagement._http import HTTPResponse
    from azure.servicemanagement._serialization import _MinidomXmlToObject

    # What the reference's _perform_get does with the response of list_os_images & co.
    def call() -> Any:
        return _MinidomXmlToObject.parse_response(HTTPResponse(200, "OK", [], body), response_type)

    return call


def _ours(body: bytes, reader: Callable[..., Any]) -> Callable[[], Any]:
    from azure_asm_runtime.xmlcodec import read_document

    # What ServiceClient._read does with the body (strict=False, the client's default).
    def call() -> Any:
        return read_document(body, reader)

    return call


def _parse_contenders(
    body: bytes,
    reader: Callable[..., Any],
    response_type: type,
    check_ours: Callable[[Any], None],
    check_reference: Callable[[Any], None],
    reference_rounds: int,
    slow: bool = False,
) -> list[Contender]:
    from azure_asm_runtime.xmlcodec import DeserializeContext, parse_document

    ours = _ours(body, reader)
    reference = _reference_parser(body, response_type)
    check_ours(ours())
    check_reference(reference())  # doubles as the reference's warm-up call
    tree = parse_document(body)

    def deserialize() -> Any:
        return reader(tree, DeserializeContext(False))

    def deserialize_nogc() -> Any:
        gc.disable()
        try:
            return reader(tree, DeserializeContext(False))
        finally:
            gc.enable()

    def walk() -> None:
        # The floor of any deserializer over an lxml tree: visit every element, read its
        # tag and text (each access builds a Python proxy and new str objects).
        for element in tree.iter():
            element.tag  # noqa: B018
            element.text  # noqa: B018

    return [
        Contender("ours", ours),
        Contender("lxml", lambda: etree.fromstring(body)),
        Contender("parse_document", lambda: parse_document(body)),
        Contender(
            "reference",
            reference,
            max_rounds=reference_rounds,
            inner=1 if slow else None,
            warmed=True,
        ),
        # Breakdown of 'ours' (info): the deserializer alone on a parsed tree, the same with the
        # garbage collector off, and the bare tree walk.
        Contender("deserialize", deserialize),
        Contender("deserialize_nogc", deserialize_nogc),
        Contender("walk", walk),
    ]


def _no_unknowns(model: Any) -> None:
    if model.unknown_elements:
        raise AssertionError(f"unknown elements in {type(model).__name__}: the input drifted")


def parse_images(settings: Settings, count: int) -> tuple[list[Contender], int, dict[str, Any]]:
    from azure.servicemanagement import Images

    from azure_asm.deserializers import deserialize_images

    body = documents.list_os_images_body(count)

    def check_ours(images: Any) -> None:
        assert len(images) == count and images[-1].name.endswith(f"-{count - 1}")
        for image in images:
            _no_unknowns(image)

    def check_reference(images: Any) -> None:
        assert len(images) == count

    index = settings.image_counts.index(count)
    slow = count >= settings.reference_slow_from
    rounds = settings.reference_slow_rounds if slow else settings.reference_rounds
    contenders = _parse_contenders(
        body, deserialize_images, Images, check_ours, check_reference, rounds, slow
    )
    info: dict[str, Any] = {"bytes": len(body), "items": count}
    if count == settings.image_counts[-1]:
        # The per-image reference size, timed in the same rounds so that the per-image ratio
        # can be taken round by round.
        small = settings.image_counts[1]
        small_body = documents.list_os_images_body(small)
        contenders.append(Contender("ours_small", _ours(small_body, deserialize_images)))
        # The same ratio for the bare parse: how much of ours' growth is lxml's own.
        contenders.append(Contender("lxml_small", lambda: etree.fromstring(small_body)))
        info["small_items"] = small
    return contenders, settings.image_rounds[index], info


def parse_deployment(settings: Settings, roles: int) -> tuple[list[Contender], int, dict[str, Any]]:
    from azure.servicemanagement import Deployment

    from azure_asm.deserializers import deserialize_deployment

    body = documents.deployment_body(roles)

    def check_ours(deployment: Any) -> None:
        assert len(deployment.role_list) == roles == len(deployment.role_instance_list)
        _no_unknowns(deployment)

    def check_reference(deployment: Any) -> None:
        assert len(deployment.role_list) == roles == len(deployment.role_instance_list)

    contenders = _parse_contenders(
        body,
        deserialize_deployment,
        Deployment,
        check_ours,
        check_reference,
        settings.reference_rounds,
    )
    return contenders, settings.parse_rounds, {"bytes": len(body), "items": roles}


def parse_hosted_services(
    settings: Settings, count: int
) -> tuple[list[Contender], int, dict[str, Any]]:
    from azure.servicemanagement import HostedServices

    from azure_asm.deserializers import deserialize_hosted_services

    body = documents.list_hosted_services_body(count)

    def check_ours(services: Any) -> None:
        assert len(services) == count
        assert all(len(service.deployments) == 1 for service in services)

    def check_reference(services: Any) -> None:
        assert len(services) == count
        assert all(len(service.deployments) == 1 for service in services)

    contenders = _parse_contenders(
        body,
        deserialize_hosted_services,
        HostedServices,
        check_ours,
        check_reference,
        settings.reference_rounds,
    )
    return contenders, settings.parse_rounds, {"bytes": len(body), "items": count}


# --- request serialization --------------------------------------------------------------------


class _Answer202:
    """Records the request and answers 202, as ASM does for an accepted asynchronous call."""

    def __init__(self) -> None:
        from azure_asm_runtime.http import HttpResponse

        self.body: bytes | None = None
        self._response = HttpResponse(202, {"x-ms-request-id": "bench-0001"}, b"")

    def send(self, request: Any, timeout: float | None = None) -> Any:
        self.body = request.body
        return self._response


def _same_document(ours: bytes, other: bytes, what: str) -> None:
    def c14n(data: bytes) -> bytes:
        return etree.tostring(etree.fromstring(data), method="c14n")

    if c14n(ours) != c14n(other):
        raise AssertionError(
            f"{what} does not build the document our client sends:\n{ours!r}\n{other!r}"
        )


def _reference_client() -> Any:
    from azure.servicemanagement import ServiceManagementService as Reference
    from azure.servicemanagement._http import HTTPResponse

    client = Reference(SUBSCRIPTION, "unused.pem")
    sent: dict[str, bytes] = {}

    def answer_202(request: Any) -> Any:
        sent["body"] = request.body
        return HTTPResponse(202, "Accepted", [("x-ms-request-id", "bench-0001")], b"")

    client._filter = answer_202
    client.sent = sent
    return client


def serialize_create_hosted_service(
    settings: Settings,
) -> tuple[list[Contender], int, dict[str, Any]]:
    from azure.servicemanagement._common_serialization import _get_request_body
    from azure.servicemanagement._serialization import _XmlSerializer

    from azure_asm import ServiceManagementService
    from azure_asm.models import CreateHostedService
    from azure_asm.serializers import serialize_create_hosted_service
    from bench.floors import create_hosted_service_stringjoin

    args = documents.HOSTED_SERVICE_ARGS
    transport = _Answer202()
    client = ServiceManagementService(SUBSCRIPTION, transport=transport, host="bench.invalid")
    reference_client = _reference_client()

    def ours() -> bytes:
        # The body from the arguments, as the client builds it after checking them.
        return serialize_create_hosted_service(CreateHostedService(**args))

    def ours_client() -> Any:
        return client.create_hosted_service(**args)

    def reference() -> bytes:
        return _get_request_body(
            _XmlSerializer.create_hosted_service_to_xml(
                args["service_name"],
                args["label"],
                args["description"],
                args["location"],
                None,
                args["extended_properties"],
            )
        )

    def reference_client_call() -> Any:
        return reference_client.create_hosted_service(**args)

    ours_client()
    assert transport.body is not None
    _same_document(transport.body, create_hosted_service_stringjoin(args), "the string join")
    _same_document(transport.body, ours(), "the serializer")
    _same_document(transport.body, reference(), "the reference")
    contenders = [
        Contender("ours", ours),
        Contender("stringjoin", lambda: create_hosted_service_stringjoin(args)),
        Contender("reference", reference),
        Contender("ours_client", ours_client),
        Contender("reference_client", reference_client_call),
    ]
    return contenders, settings.serialize_rounds, {"bytes": len(transport.body)}


def _our_vm_arguments() -> dict[str, Any]:
    from azure_asm import (
        SSH,
        ConfigurationSetInputEndpoint,
        DataVirtualHardDisk,
        KeyPair,
        LinuxConfigurationSet,
        NetworkConfigurationSet,
        OSVirtualHardDisk,
        PublicKey,
    )

    a = documents.VM_ARGS
    user = a["user_name"]
    return {
        "service_name": a["service_name"],
        "deployment_name": a["deployment_name"],
        "deployment_slot": a["deployment_slot"],
        "label": a["label"],
        "role_name": a["role_name"],
        "system_config": LinuxConfigurationSet(
            a["host_name"],
            user,
            a["user_password"],
            a["disable_ssh_password_authentication"],
            custom_data=a["custom_data"],
            ssh=SSH(
                public_keys=[
                    PublicKey(a["ssh_key_fingerprint"], f"/home/{user}/.ssh/authorized_keys")
                ],
                key_pairs=[KeyPair(a["ssh_key_fingerprint"], f"/home/{user}/.ssh/id_rsa")],
            ),
        ),
        "os_virtual_hard_disk": OSVirtualHardDisk(a["image"], a["os_media_link"]),
        "network_config": NetworkConfigurationSet(
            input_endpoints=[
                ConfigurationSetInputEndpoint(name, protocol, port, local_port)
                for name, protocol, port, local_port in a["endpoints"]
            ],
            subnet_names=[a["subnet"]],
        ),
        "data_virtual_hard_disks": [
            DataVirtualHardDisk(link, "ReadOnly", label, lun=lun, logical_disk_size_in_gb=size)
            for link, label, lun, size in a["data_disks"]
        ],
        "role_size": a["role_size"],
        "virtual_network_name": a["virtual_network_name"],
    }


def _reference_vm_arguments() -> dict[str, Any]:
    from azure.servicemanagement import (
        ConfigurationSet,
        ConfigurationSetInputEndpoint,
        DataVirtualHardDisk,
        KeyPair,
        LinuxConfigurationSet,
        OSVirtualHardDisk,
        PublicKey,
    )

    a = documents.VM_ARGS
    user = a["user_name"]
    linux = LinuxConfigurationSet(
        a["host_name"],
        user,
        a["user_password"],
        a["disable_ssh_password_authentication"],
        a["custom_data"],
    )
    linux.ssh.public_keys.public_keys.append(
        PublicKey(a["ssh_key_fingerprint"], f"/home/{user}/.ssh/authorized_keys")
    )
    linux.ssh.key_pairs.key_pairs.append(
        KeyPair(a["ssh_key_fingerprint"], f"/home/{user}/.ssh/id_rsa")
    )
    network = ConfigurationSet()
    for name, protocol, port, local_port in a["endpoints"]:
        network.input_endpoints.input_endpoints.append(
            ConfigurationSetInputEndpoint(name, protocol, port, local_port)
        )
    network.subnet_names.append(a["subnet"])
    return {
        "service_name": a["service_name"],
        "deployment_name": a["deployment_name"],
        "deployment_slot": a["deployment_slot"],
        "label": a["label"],
        "role_name": a["role_name"],
        "system_config": linux,
        "os_virtual_hard_disk": OSVirtualHardDisk(a["image"], a["os_media_link"]),
        "network_config": network,
        "data_virtual_hard_disks": [
            DataVirtualHardDisk(link, "ReadOnly", label, None, lun, size)
            for link, label, lun, size in a["data_disks"]
        ],
        "role_size": a["role_size"],
        "virtual_network_name": a["virtual_network_name"],
    }


def serialize_vm_deployment(settings: Settings) -> tuple[list[Contender], int, dict[str, Any]]:
    from azure.servicemanagement._common_serialization import _get_request_body
    from azure.servicemanagement._serialization import _XmlSerializer

    from azure_asm import ServiceManagementService
    from azure_asm.models import CreateVirtualMachineDeployment
    from azure_asm.serializers import serialize_create_virtual_machine_deployment
    from bench.floors import vm_deployment_stringjoin

    plain = documents.VM_ARGS
    args = _our_vm_arguments()
    ref = _reference_vm_arguments()
    transport = _Answer202()
    client = ServiceManagementService(SUBSCRIPTION, transport=transport, host="bench.invalid")
    reference_client = _reference_client()

    def ours() -> bytes:
        # The body from the arguments (the configuration sets and disks are models the
        # caller builds, as for the reference), as the client builds it after checking them.
        return serialize_create_virtual_machine_deployment(
            CreateVirtualMachineDeployment(
                deployment_name=args["deployment_name"],
                deployment_slot=args["deployment_slot"],
                label=args["label"],
                role_name=args["role_name"],
                role_type="PersistentVMRole",
                configuration_sets=[args["system_config"], args["network_config"]],
                data_virtual_hard_disks=args["data_virtual_hard_disks"],
                os_virtual_hard_disk=args["os_virtual_hard_disk"],
                role_size=args["role_size"],
                virtual_network_name=args["virtual_network_name"],
            )
        )

    def ours_client() -> Any:
        return client.create_virtual_machine_deployment(**args)

    def reference() -> bytes:
        # What the reference's create_virtual_machine_deployment hands to perform_post.
        return _get_request_body(
            _XmlSerializer.virtual_machine_deployment_to_xml(
                ref["deployment_name"],
                ref["deployment_slot"],
                ref["label"],
                ref["role_name"],
                ref["system_config"],
                ref["os_virtual_hard_disk"],
                "PersistentVMRole",
                ref["network_config"],
                None,
                ref["data_virtual_hard_disks"],
                ref["role_size"],
                ref["virtual_network_name"],
                None,
                None,
                None,
                None,
                None,
                None,
            )
        )

    def reference_client_call() -> Any:
        return reference_client.create_virtual_machine_deployment(**ref)

    ours_client()
    assert transport.body is not None
    _same_document(transport.body, vm_deployment_stringjoin(plain), "the string join")
    _same_document(transport.body, ours(), "the serializer")
    reference()
    reference_client_call()
    contenders = [
        Contender("ours", ours),
        Contender("stringjoin", lambda: vm_deployment_stringjoin(plain)),
        Contender("reference", reference),
        Contender("ours_client", ours_client),
        Contender("reference_client", reference_client_call),
    ]
    return contenders, settings.serialize_rounds, {"bytes": len(transport.body)}


# --- HTTPS round trip -------------------------------------------------------------------------


def https(
    settings: Settings, operation: str, tmp: Path
) -> tuple[list[Contender], int, dict[str, Any]]:
    import urllib3

    from azure_asm import ServiceManagementService
    from bench.tls_server import CA_FILE, CLIENT_FILE

    ca, cert = str(tmp / CA_FILE), str(tmp / CLIENT_FILE)
    server = subprocess.Popen(
        [sys.executable, "-m", "bench.tls_server", str(tmp)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=documents.REPO,
    )
    assert server.stdout is not None
    port = int(server.stdout.readline())
    _SERVERS.append(server)
    host = f"127.0.0.1:{port}"
    if operation == "list_locations":
        path = f"/{SUBSCRIPTION}/locations"
        body = (tmp / "locations.xml").read_bytes()
    elif operation == "get_deployment":
        path = f"/{SUBSCRIPTION}/services/hostedservices/contoso/deploymentslots/Production"
        body = (tmp / "deployment.xml").read_bytes()
    elif operation == "list_os_images":
        path = f"/{SUBSCRIPTION}/services/images"
        body = (tmp / "images.xml").read_bytes()
    else:
        raise SystemExit(f"unknown https operation {operation!r}")

    ours_client = ServiceManagementService(SUBSCRIPTION, cert, host=host, ca_bundle=ca)

    context = ssl.create_default_context(cafile=ca)
    context.load_cert_chain(cert)
    # With the timeout our client sets (any real client needs one: without it a dead peer
    # hangs the caller); it costs a poll() per socket read.
    pool = urllib3.PoolManager(
        ssl_context=context, retries=False, timeout=urllib3.Timeout(connect=65.0, read=65.0)
    )
    url = f"https://{host}{path}"
    headers = {"x-ms-version": "2014-10-01"}

    def raw() -> Any:
        response = pool.request("GET", url, headers=headers)
        if response.status != 200:
            raise AssertionError(f"raw urllib3: HTTP {response.status}")
        return etree.fromstring(response.data)

    contenders = []
    if operation == "list_locations":

        def ours() -> Any:
            return ours_client.list_locations()

        assert len(ours()) == body.count(b"<Location>")
    elif operation == "get_deployment":

        def ours() -> Any:
            return ours_client.get_deployment_by_slot("contoso", "Production")

        assert len(ours().role_list) == 2
    else:

        def ours() -> Any:
            return ours_client.list_os_images()

        assert len(ours()) == body.count(b"<OSImage>")
    contenders.append(Contender("ours", ours, inner=settings.https_requests_per_sample))
    assert len(raw()) > 0
    contenders.append(Contender("raw_urllib3_lxml", raw, inner=settings.https_requests_per_sample))

    # Info: our transport with the raw contender's parse, to split the gap between the
    # transport and the typed models.
    from azure_asm_runtime.http import HttpRequest

    request = HttpRequest("GET", url, headers, None)

    def ours_transport() -> Any:
        response = ours_client.transport.send(request, ours_client.timeout)
        if response.status != 200:
            raise AssertionError(f"our transport: HTTP {response.status}")
        return etree.fromstring(response.body)

    assert len(ours_transport()) > 0
    contenders.append(
        Contender("ours_transport_lxml", ours_transport, inner=settings.https_requests_per_sample)
    )

    info: dict[str, Any] = {"bytes": len(body), "server": "bench.tls_server (separate process)"}
    # The reference sends with requests: the certificate goes to its constructor, the host
    # (with port) to `host`; requests verifies the server against REQUESTS_CA_BUNDLE.
    try:
        from azure.servicemanagement import ServiceManagementService as Reference

        os.environ["REQUESTS_CA_BUNDLE"] = ca
        reference_client = Reference(SUBSCRIPTION, cert, host=host)
        if operation == "list_locations":

            def reference() -> Any:
                return reference_client.list_locations()

            assert len(reference()) == body.count(b"<Location>")
        elif operation == "get_deployment":

            def reference() -> Any:
                return reference_client.get_deployment_by_slot("contoso", "Production")

            assert len(reference().role_list) == 2
        else:

            def reference() -> Any:
                return reference_client.list_os_images()

            assert len(reference()) == body.count(b"<OSImage>")
        # minidom makes the reference 10-30 times slower: fewer requests and rounds for it.
        if operation != "list_os_images":
            per_sample = max(1, settings.https_requests_per_sample // 4)
            rounds = settings.reference_rounds
        else:
            per_sample = max(1, settings.https_requests_per_sample // 20)
            rounds = min(5, settings.reference_rounds)
        contenders.append(Contender("reference", reference, inner=per_sample, max_rounds=rounds))
        info["reference_ca"] = "REQUESTS_CA_BUNDLE (requests verifies the local CA)"
    except Exception as exc:  # noqa: BLE001 - reported, only this contender is skipped
        info["reference_skipped"] = f"{type(exc).__name__}: {exc}"
    return contenders, settings.https_rounds, info


_SERVERS: list[subprocess.Popen[bytes]] = []


def _stop_servers() -> None:
    for server in _SERVERS:
        if server.stdin:
            server.stdin.close()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


# --- entry point ------------------------------------------------------------------------------


def build(
    job: str, settings: Settings, tmp: Path | None
) -> tuple[list[Contender], int, dict[str, Any]]:
    kind, _, rest = job.partition(":")
    if kind == "parse":
        what, _, size = rest.partition(":")
        builders = {
            "images": parse_images,
            "deployment": parse_deployment,
            "hostedservices": parse_hosted_services,
        }
        return builders[what](settings, int(size))
    if job == "serialize:create_hosted_service":
        return serialize_create_hosted_service(settings)
    if job == "serialize:create_virtual_machine_deployment":
        return serialize_vm_deployment(settings)
    if kind == "https":
        if tmp is None:
            raise SystemExit("https jobs need --tmp")
        return https(settings, rest, tmp)
    raise SystemExit(f"unknown job {job!r}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.worker")
    parser.add_argument("job")
    parser.add_argument("--profile", choices=sorted(PROFILES), default="full")
    parser.add_argument("--tmp", type=Path)
    parser.add_argument(
        "--cprofile", action="store_true", help="print a cProfile of 'ours' instead of timing"
    )
    args = parser.parse_args(argv)
    settings = PROFILES[args.profile]
    try:
        contenders, rounds, info = build(args.job, settings, args.tmp)
        if args.cprofile:
            _cprofile(contenders[0])
            return
        results = compare(contenders, rounds=rounds, min_sample_s=settings.min_sample_s)
    finally:
        _stop_servers()
    print(
        json.dumps(
            {
                "job": args.job,
                "results": {name: result.as_dict() for name, result in results.items()},
                "info": info,
            }
        )
    )


def _cprofile(contender: Contender) -> None:
    import cProfile
    import pstats
    import time

    profile = cProfile.Profile()
    deadline = time.perf_counter() + 2.0
    profile.enable()
    calls = 0
    while time.perf_counter() < deadline:
        contender.call()
        calls += 1
    profile.disable()
    print(f"cProfile of {contender.name!r}, {calls} calls")
    pstats.Stats(profile).sort_stats("tottime").print_stats(15)


if __name__ == "__main__":
    main()

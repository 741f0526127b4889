"""The reference package's exceptions: code that catches them keeps catching ours (issue 11)."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import textwrap

import azure.common  # type: ignore[import-untyped]
import pytest

import azure_asm
from azure_asm import (
    NO_RETRY,
    AsmHttpError,
    AzureAsyncOperationHttpError,
    AzureConflictHttpError,
    AzureException,
    AzureHttpError,
    AzureMissingResourceHttpError,
    ConflictError,
    HttpRequest,
    HttpResponse,
    OperationFailedError,
    OperationTimeoutError,
    ResourceNotFoundError,
    ServiceManagementService,
)
from azure_asm_runtime.errors import error_from_response

NS = "http://schemas.microsoft.com/windowsazure"


def asm_error(status: int, code: str, message: str) -> HttpResponse:
    body = f'<Error xmlns="{NS}"><Code>{code}</Code><Message>{message}</Message></Error>'
    return HttpResponse(status, {"x-ms-request-id": "req-1"}, body.encode())


class Answering:
    """A transport that answers every request with the same response."""

    def __init__(self, response: HttpResponse) -> None:
        self.response = response

    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        return self.response


def client_answering(response: HttpResponse) -> ServiceManagementService:
    return ServiceManagementService("sub", transport=Answering(response), retry=NO_RETRY)


def test_the_reference_exceptions_are_importable_from_azure_asm() -> None:
    for name in (
        "AzureException",
        "AzureHttpError",
        "AzureConflictHttpError",
        "AzureMissingResourceHttpError",
        "AzureAsyncOperationHttpError",
    ):
        assert name in azure_asm.__all__
        assert isinstance(getattr(azure_asm, name), type)


def test_with_azure_common_installed_they_are_its_classes() -> None:
    assert AzureException is azure.common.AzureException
    assert AzureHttpError is azure.common.AzureHttpError
    assert AzureConflictHttpError is azure.common.AzureConflictHttpError
    assert AzureMissingResourceHttpError is azure.common.AzureMissingResourceHttpError


def test_a_404_is_caught_as_the_reference_caught_it() -> None:
    sms = client_answering(asm_error(404, "ResourceNotFound", "The service 'x' was not found."))
    with pytest.raises(azure.common.AzureMissingResourceHttpError) as caught:
        sms.get_hosted_service_properties("x")
    error = caught.value
    assert isinstance(error, ResourceNotFoundError)
    assert error.status_code == 404
    assert "ResourceNotFound" in str(error)
    assert "The service 'x' was not found." in str(error)


def test_a_409_is_an_azure_conflict_http_error() -> None:
    sms = client_answering(asm_error(409, "ConflictError", "The name is taken."))
    with pytest.raises(AzureConflictHttpError) as caught:
        sms.delete_hosted_service("x")
    assert isinstance(caught.value, ConflictError)
    assert caught.value.status_code == 409


@pytest.mark.parametrize("status", [400, 401, 403, 412, 429, 500, 503])
def test_every_http_error_is_an_azure_http_error_with_status_code(status: int) -> None:
    error = error_from_response(asm_error(status, "Some", "text"))
    assert isinstance(error, azure.common.AzureHttpError)
    assert isinstance(error, azure.common.AzureException)
    assert not isinstance(error, AzureMissingResourceHttpError | AzureConflictHttpError)
    assert error.status_code == status == error.status


def test_compatible_errors_still_pickle_with_their_fields() -> None:
    error = error_from_response(asm_error(409, "ConflictError", "taken"))
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is ConflictError
    assert (copy.status_code, copy.code, copy.message, copy.request_id) == (
        409,
        "ConflictError",
        "taken",
        "req-1",
    )


def test_operation_errors_are_the_reference_async_operation_error() -> None:
    failed = OperationFailedError("r1", status="Failed", code="Bad", message="no")
    timed_out = OperationTimeoutError("r2", "InProgress", 30)
    for error in (failed, timed_out):
        assert isinstance(error, AzureAsyncOperationHttpError)
        assert isinstance(error, azure.common.AzureHttpError)
    assert failed.status_code == "Failed"
    assert timed_out.status_code == "InProgress"
    assert pickle.loads(pickle.dumps(failed)).message == "no"


def test_a_failed_operation_carries_its_status_as_result() -> None:
    operation_status = (
        f'<Operation xmlns="{NS}"><ID>r1</ID><Status>Failed</Status>'
        "<HttpStatusCode>400</HttpStatusCode>"
        "<Error><Code>BadRequest</Code><Message>no room</Message></Error></Operation>"
    )
    accepted = HttpResponse(202, {"x-ms-request-id": "r1"}, b"")
    status = HttpResponse(200, {}, operation_status.encode())

    class Transport:
        def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
            return status if "/operations/" in request.url else accepted

    sms = ServiceManagementService("sub", transport=Transport(), retry=NO_RETRY)
    operation = sms.delete_hosted_service("x")
    with pytest.raises(AzureHttpError) as caught:
        operation.result(timeout=10)
    error = caught.value
    assert isinstance(error, AzureAsyncOperationHttpError)
    assert error.result is not None
    assert error.result.error is not None
    assert error.result.error.message == "no room"


def test_without_azure_common_the_same_names_are_defined_here() -> None:
    # azure-common is no dependency of azure-asm: a fresh interpreter that cannot import it.
    script = textwrap.dedent(
        """
        import sys
        sys.modules["azure.common"] = None
        from azure_asm import (
            AsmHttpError, AzureConflictHttpError, AzureException, AzureHttpError,
            AzureMissingResourceHttpError,
        )
        from azure_asm_runtime.errors import error_from_response
        from azure_asm_runtime.http import HttpResponse
        assert AzureHttpError.__module__ == "azure_asm_runtime.errors"
        e404 = error_from_response(HttpResponse(404, {}, b"gone"))
        e409 = error_from_response(HttpResponse(409, {}, b"taken"))
        e500 = error_from_response(HttpResponse(500, {}, b"down"))
        assert isinstance(e404, AzureMissingResourceHttpError) and e404.status_code == 404
        assert isinstance(e409, AzureConflictHttpError) and e409.status_code == 409
        assert isinstance(e500, AzureHttpError) and isinstance(e500, AzureException)
        plain = AzureHttpError("text", 418)
        assert str(plain) == "text" and plain.status_code == 418
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONWARNINGS": "error"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_asm_http_error_keeps_its_own_fields_and_text() -> None:
    error = AsmHttpError(418, "Teapot", "short and stout", "req-9")
    assert (error.status, error.code, error.message, error.request_id) == (
        418,
        "Teapot",
        "short and stout",
        "req-9",
    )
    assert str(error) == "418 Teapot: short and stout (request id req-9)"

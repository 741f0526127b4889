"""azure_asm: a typed client for the Azure Service Management (classic) API.

Generated from `spec/` by `python -m codegen`: do not edit, change the spec and run
`make generate`.
"""

from typing import TYPE_CHECKING

from azure_asm.clients import GoldenService
from azure_asm.models import (
    Audit,
    CreateWidget,
    Event,
    EventPage,
    Feed,
    Gadget,
    GadgetAuthor,
    GadgetContent,
    GadgetEntry,
    GadgetFeed,
    GroupPrincipal,
    LinuxSettings,
    NewServer,
    Part,
    Principal,
    Quota,
    Rule,
    ServerName,
    Settings,
    UserPrincipal,
    Widget,
    Widgets,
    WindowsAzureData,
    WindowsSettings,
)
from azure_asm_runtime.client import (
    AZURE_MANAGEMENT_CERTFILE,
    AZURE_MANAGEMENT_SUBSCRIPTIONID,
    DEFAULT_HTTP_TIMEOUT,
    MANAGEMENT_HOST,
)
from azure_asm_runtime.errors import (
    AsmConnectError,
    AsmConnectionDroppedError,
    AsmConnectionError,
    AsmConnectTimeoutError,
    AsmError,
    AsmHttpError,
    AsmTimeoutError,
    AzureAsyncOperationHttpError,
    AzureConflictHttpError,
    AzureException,
    AzureHttpError,
    AzureMissingResourceHttpError,
    BadRequestError,
    CertificateError,
    ConflictError,
    ForbiddenError,
    OperationFailedError,
    OperationTimeoutError,
    ResourceNotFoundError,
    ResponseParseError,
    ResponseTooLargeError,
    ServerError,
    ThrottledError,
    UnknownElementError,
)
from azure_asm_runtime.http import HttpRequest, HttpResponse, Transport
from azure_asm_runtime.legacy import AsynchronousOperationResult
from azure_asm_runtime.polling import AsyncOperation
from azure_asm_runtime.retry import NO_RETRY, RetryPolicy
from azure_asm_runtime.waiters import Waiter, WaiterError, WaiterResult
from azure_asm_runtime.xmlcodec import ResultList, UnwrappedList

if TYPE_CHECKING:
    from azure_asm_runtime.stubber import StubAssertionError, Stubber


def __getattr__(name: str) -> object:
    # The Stubber is for tests: loaded when first asked for, not by every `import azure_asm`.
    if name in ("StubAssertionError", "Stubber"):
        from azure_asm_runtime import stubber

        return getattr(stubber, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "GoldenService",
    "AZURE_MANAGEMENT_CERTFILE",
    "AZURE_MANAGEMENT_SUBSCRIPTIONID",
    "AsmConnectError",
    "AsmConnectionDroppedError",
    "AsmConnectionError",
    "AsmConnectTimeoutError",
    "AsmError",
    "AsmHttpError",
    "AsmTimeoutError",
    "AsyncOperation",
    "AsynchronousOperationResult",
    "AzureAsyncOperationHttpError",
    "AzureConflictHttpError",
    "AzureException",
    "AzureHttpError",
    "AzureMissingResourceHttpError",
    "BadRequestError",
    "CertificateError",
    "ConflictError",
    "DEFAULT_HTTP_TIMEOUT",
    "ForbiddenError",
    "HttpRequest",
    "HttpResponse",
    "MANAGEMENT_HOST",
    "NO_RETRY",
    "OperationFailedError",
    "OperationTimeoutError",
    "ResourceNotFoundError",
    "ResponseParseError",
    "ResponseTooLargeError",
    "ResultList",
    "RetryPolicy",
    "ServerError",
    "StubAssertionError",
    "Stubber",
    "ThrottledError",
    "Transport",
    "UnknownElementError",
    "Feed",
    "UnwrappedList",
    "Waiter",
    "WaiterError",
    "WaiterResult",
    "WindowsAzureData",
    "Widget",
    "CreateWidget",
    "Audit",
    "Part",
    "Settings",
    "LinuxSettings",
    "WindowsSettings",
    "Principal",
    "UserPrincipal",
    "GroupPrincipal",
    "EventPage",
    "Event",
    "GadgetFeed",
    "GadgetEntry",
    "GadgetAuthor",
    "GadgetContent",
    "Gadget",
    "Quota",
    "Rule",
    "NewServer",
    "ServerName",
    "Widgets",
]

"""Scheduler (``/cloudservices``): cloud services, job collections and jobs.

Cloud services and job collections are XML documents of the resource-provider API, written
and read by the generated (de)serializers; jobs are JSON, handled here with ``json`` (the XML
helpers of ``spec_io`` do not apply to them). They live in
``backend.scheduler_cloud_services`` (``CloudServiceRecord`` -> ``JobCollectionRecord`` -> jobs
kept as the JSON objects ``get_job`` answers).

Cloud services and job collections are created and deleted asynchronously. A job collection's
plan is ``Free`` (at most 5 jobs, recurring at most hourly) or ``Standard`` (50 jobs, every
minute; the default). Job calls need ``api-version=2014-04-01``; ``create_job`` creates (201)
or replaces (200) a job at once and, like the service, answers an ``x-ms-request-id`` whose
operation has already succeeded; a job beyond the plan's count is 409.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, datetime
from typing import Any

from lxml import etree

from azure_asm.models import (
    CloudService,
    CloudServiceSettings,
    CreateCloudService,
    CreateJobCollection,
    IntrinsicSettings,
    JobCollectionQuota,
    MaxRecurrence,
    Resource,
    ResourceNameAvailabilityResponse,
    ResourceOperationError,
    ResourceOperationStatus,
    UpdateJobCollection,
)

from ..backend import CloudServiceRecord, JobCollectionRecord
from ..catalogue_locations import canonical_location
from ..errors import AsmFault, bad_request
from ..operations import LOCK_NOUNS
from ..routing import Request, Response, empty
from ..state import State
from . import store_addons
from .spec_io import Call, SpecRouter, conflict, not_found

router = SpecRouter()

API_VERSIONS = ("2014-04-01",)
"""``api-version`` values the job and job-collection calls accept."""

MAX_COLLECTION_NAME = 100
_COLLECTION_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")

#: Plan -> (most jobs, most frequent recurrence unit, its interval).
PLANS: dict[str, tuple[int, str, int]] = {
    "Free": (5, "Hour", 1),
    "Standard": (50, "Minute", 1),
}
ACTION_TYPES = ("http", "https", "storageQueue", "serviceBusQueue", "serviceBusTopic")
JSON_CONTENT_TYPE = "application/json; charset=utf-8"
MAX_JOB_BYTES = 16 * 1024
"""Scheduler's documented limit ("Maximum job size is 16K", a 400 beyond it). Checked on the
body before it is decoded, which also keeps a huge body from being decoded under the lock."""

_WA = "{http://schemas.microsoft.com/windowsazure}"
LOCK_NOUNS.setdefault("cloudservice", "cloud service")
LOCK_NOUNS.setdefault("jobcollection", "job collection")


def _cloud_service(state: State, subscription_id: str, name: str) -> CloudServiceRecord:
    return state.backend(subscription_id).scheduler_cloud_services.get_or_404(name)


def _service_lock(name: str) -> str:
    return f"cloudservice:{name.lower()}"


def _collection_lock(service: str, name: str) -> str:
    return f"jobcollection:{service.lower()}/{name.lower()}"


def _require_api_version(request: Request) -> None:
    version = request.query.get("api-version")
    if version not in API_VERSIONS:
        raise bad_request(
            f"The api-version query parameter must be one of {', '.join(API_VERSIONS)}."
        )


def _quota(plan: str) -> JobCollectionQuota:
    max_jobs, frequency, interval = PLANS[plan]
    return JobCollectionQuota(
        max_job_count=max_jobs,
        max_recurrence=MaxRecurrence(frequency=frequency, interval=interval),
    )


def _resource(service: CloudServiceRecord, collection: JobCollectionRecord) -> Resource:
    """The job collection as ``get_job_collection`` and cloud service listings show it."""
    return Resource(
        resource_provider_namespace="Scheduler",
        type="jobcollections",
        name=collection.name,
        label=collection.name,
        schema_version="1.1",
        e_tag=collection.e_tag,
        state="Started",
        intrinsic_settings=IntrinsicSettings(plan=collection.plan, quota=_quota(collection.plan)),
        operation_status=ResourceOperationStatus(
            type="Create",
            result="Succeeded",
            error=ResourceOperationError(http_code=200, message="OK"),
        ),
        cloud_service_settings=CloudServiceSettings(geo_region=service.geo_region),
        promotion_code="",
    )


def _cloud_service_view(call: Call[Any], record: CloudServiceRecord) -> CloudService:
    return CloudService(
        name=record.name,
        label=record.label,
        description=record.description,
        geo_region=record.geo_region,
        resources=[
            *(
                _resource(record, record.collections[name])
                for name in sorted(record.collections, key=str.lower)
            ),
            *store_addons.add_ons_of(call.state, call.subscription_id, record.name),
        ],
    )


# --- cloud services --------------------------------------------------------------------------


@router.handles("list_cloud_services")
def list_cloud_services(call: Call[None]) -> list[CloudService]:
    table = call.backend.scheduler_cloud_services
    return [_cloud_service_view(call, table[name]) for name in sorted(table, key=str.lower)]


@router.handles("get_cloud_service")
def get_cloud_service(call: Call[None]) -> CloudService:
    table = call.backend.scheduler_cloud_services
    return _cloud_service_view(call, table.get_or_404(call.param("cloud_service_id")))


def _check_new_cloud_service(call: Call[CreateCloudService], body: CreateCloudService) -> None:
    if canonical_location(body.geo_region) is None:
        raise bad_request(f"The region '{body.geo_region}' is not a valid region.")


def _empty_description(document: etree._Element) -> None:
    # The spec requires a Description; the emulator has always taken a missing one as empty.
    if document.find(f"{_WA}Description") is None:
        etree.SubElement(document, f"{_WA}Description")


# Label and description lengths are the spec's (the generated validator's 400).
@router.handles("create_cloud_service", check=_check_new_cloud_service, tolerate=_empty_description)
def create_cloud_service(call: Call[CreateCloudService]) -> Response:
    body = call.body
    name = call.param("cloud_service_id")
    region = canonical_location(body.geo_region) or ""
    table = call.backend.scheduler_cloud_services
    if name in table:
        raise table.conflict(name)
    record = CloudServiceRecord(
        name=name, label=body.label or "", description=body.description or "", geo_region=region
    )

    def work() -> None:
        table.setdefault(name, record)

    return call.accepted(lock_keys=[_service_lock(name)], work=work)


@router.handles("delete_cloud_service")
def delete_cloud_service(call: Call[None]) -> Response:
    state = call.state
    name = call.param("cloud_service_id")
    table = call.backend.scheduler_cloud_services
    record = table.get_or_404(name)
    state.operations.require_unlocked(*(_collection_lock(name, key) for key in record.collections))

    def work() -> None:
        if table.get(name) is record:
            del table[name]

    return call.accepted(lock_keys=[_service_lock(name)], work=work)


# --- job collections -------------------------------------------------------------------------


def _valid_collection_name(name: str) -> bool:
    return len(name) <= MAX_COLLECTION_NAME and _COLLECTION_NAME.match(name) is not None


@router.handles("check_job_collection_name")
def check_job_collection_name(call: Call[None]) -> ResourceNameAvailabilityResponse:
    query = call.request.query
    if query.get("op", "").lower() != "checknameavailability":
        raise bad_request("The query parameter 'op' must be 'checknameavailability'.")
    name = query.get("resourceName")
    if not name:
        raise bad_request("The query parameter 'resourceName' is required.")
    record = call.backend.scheduler_cloud_services.get_or_404(call.param("cloud_service_id"))
    available = _valid_collection_name(name) and name not in record.collections
    return ResourceNameAvailabilityResponse(result=available)


def _lower_case_plan(document: etree._Element) -> None:
    # azure-servicemanagement-legacy writes <IntrinsicSettings><plan>; ASM accepts it (its
    # recorded traffic: 202, then the collection has that plan).
    for settings in document.iter(f"{_WA}IntrinsicSettings"):
        for element in settings.findall(f"{_WA}plan"):
            element.tag = f"{_WA}Plan"


def _check_plan(call: Call[CreateJobCollection], body: CreateJobCollection) -> None:
    plan = body.plan or "Standard"
    if plan not in PLANS:
        raise bad_request(f"The plan '{plan}' is invalid: use one of {', '.join(PLANS)}.")


@router.handles("create_job_collection", check=_check_plan, tolerate=_lower_case_plan)
def create_job_collection(call: Call[CreateJobCollection]) -> Response:
    if call.request.header("If-Match") is not None:  # update_job_collection: the same PUT
        return update_job_collection(Call("update_job_collection", call.request, call.state))
    state = call.state
    service_name, name = call.param("cloud_service_id"), call.param("job_collection_id")
    call.parse()
    record = call.backend.scheduler_cloud_services.get_or_404(service_name)
    if not _valid_collection_name(name):
        raise bad_request(
            f"The job collection name '{name}' is invalid: use at most {MAX_COLLECTION_NAME} "
            "letters, digits, hyphens and underscores, starting with a letter or digit."
        )
    plan = call.body.plan or "Standard"
    if name in record.collections:
        raise record.collections.conflict(name)
    state.operations.require_unlocked(_service_lock(service_name))
    collection = JobCollectionRecord(name=name, plan=plan)

    def work() -> None:
        record.collections.setdefault(name, collection)

    return call.accepted(lock_keys=[_collection_lock(service_name, name)], work=work)


def update_job_collection(call: Call[UpdateJobCollection]) -> Response:
    """Change the plan of a collection whose e-tag is the ``If-Match`` (412 otherwise)."""
    service_name, name = call.param("cloud_service_id"), call.param("job_collection_id")
    collection = call.backend.scheduler_cloud_services.get_or_404(service_name).collections
    record = collection.get_or_404(name)
    if call.request.header("If-Match") not in (record.e_tag, "*"):
        raise AsmFault(412, "PreconditionFailed", "The job collection changed since its e-tag.")
    plan = call.body.plan or record.plan
    if plan not in PLANS:
        raise bad_request(f"The plan '{plan}' is invalid: use one of {', '.join(PLANS)}.")

    def work() -> None:
        record.plan, record.e_tag = plan, str(uuid.uuid4())

    return call.accepted(lock_keys=[_collection_lock(service_name, name)], work=work)


@router.handles("delete_job_collection")
def delete_job_collection(call: Call[None]) -> Response:
    service_name, name = call.param("cloud_service_id"), call.param("job_collection_id")
    record = call.backend.scheduler_cloud_services.get_or_404(service_name)
    collection = record.collections.get_or_404(name)

    def work() -> None:
        if record.collections.get(name) is collection:
            del record.collections[name]

    return call.accepted(lock_keys=[_collection_lock(service_name, name)], work=work)


@router.handles("get_job_collection")
def get_job_collection(call: Call[None]) -> Resource:
    _require_api_version(call.request)
    record = call.backend.scheduler_cloud_services.get_or_404(call.param("cloud_service_id"))
    return _resource(record, record.collections.get_or_404(call.param("job_collection_id")))


# --- jobs (JSON) -----------------------------------------------------------------------------


def _json_response(status: int, value: object, headers: dict[str, str] | None = None) -> Response:
    all_headers = {"Content-Type": JSON_CONTENT_TYPE, **(headers or {})}
    return Response(status, all_headers, json.dumps(value).encode("utf-8"))


def _job_collection_of(call: Call[None]) -> JobCollectionRecord:
    _require_api_version(call.request)
    record = call.backend.scheduler_cloud_services.get_or_404(call.param("cloud_service_id"))
    return record.collections.get_or_404(call.param("job_collection_id"))


def _job(collection: JobCollectionRecord, job_id: str) -> dict[str, Any]:
    job = collection.jobs.get(job_id)
    if job is None:
        raise not_found(f"The job '{job_id}' was not found in '{collection.name}'.")
    return job


def _read_job(request: Request) -> dict[str, Any]:
    content_type = (request.header("Content-Type") or "").split(";")[0].strip().lower()
    if content_type != "application/json":
        raise bad_request("A job is sent as JSON (Content-Type: application/json).")
    if len(request.body) > MAX_JOB_BYTES:
        raise bad_request("The job is larger than the maximum job size of 16K.")
    try:
        value = json.loads(request.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise bad_request("The request body is not valid JSON.") from None
    except RecursionError:
        # json's decoder recurses once per nesting level; a job is a few levels deep.
        raise bad_request("The request body's JSON nests too deeply.") from None
    if not isinstance(value, dict):
        raise bad_request("A job is a JSON object.")
    action = value.get("action")
    if not isinstance(action, dict) or action.get("type") not in ACTION_TYPES:
        raise bad_request(
            f"The job needs an 'action' whose 'type' is one of {', '.join(ACTION_TYPES)}."
        )
    return value


@router.handles("create_job")
def create_job(call: Call[None]) -> Response:
    collection = _job_collection_of(call)
    job_id = call.param("job_id")
    definition = _read_job(call.request)
    is_new = job_id not in collection.jobs
    max_jobs = PLANS[collection.plan][0]
    if is_new and len(collection.jobs) >= max_jobs:
        raise conflict(
            f"The job collection '{collection.name}' already holds its maximum of "
            f"{max_jobs} jobs ({collection.plan} plan)."
        )
    start = definition.get("startTime")
    next_run = start if isinstance(start, str) else datetime.now(UTC).isoformat()
    job: dict[str, Any] = {
        "id": job_id,
        **{key: value for key, value in definition.items() if key not in ("id", "status")},
        "state": definition.get("state", "enabled"),
        "status": {
            "nextExecutionTime": next_run,
            "executionCount": 0,
            "failureCount": 0,
            "faultedCount": 0,
        },
    }
    collection.jobs[job_id] = job
    # The job exists at once; the operation the client may poll has already succeeded.
    operation = call.state.operations.start(
        "create_job", subscription_id=call.subscription_id, delay=0
    )
    return _json_response(201 if is_new else 200, job, {"x-ms-request-id": operation.request_id})


@router.handles("delete_job")
def delete_job(call: Call[None]) -> Response:
    collection = _job_collection_of(call)
    job_id = call.param("job_id")
    _job(collection, job_id)
    del collection.jobs[job_id]
    operation = call.state.operations.start(
        "delete_job", subscription_id=call.subscription_id, delay=0
    )
    return empty(200, {"x-ms-request-id": operation.request_id})


@router.handles("get_job")
def get_job(call: Call[None]) -> Response:
    return _json_response(200, _job(_job_collection_of(call), call.param("job_id")))


@router.handles("get_all_jobs")
def get_all_jobs(call: Call[None]) -> Response:
    collection = _job_collection_of(call)
    return _json_response(200, [collection.jobs[key] for key in sorted(collection.jobs)])

"""Hypothesis strategies for every model of the API, for property-testing code that uses the SDK.

Generated from `spec/` by `python -m codegen`: do not edit, change the spec and run
`make generate`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from functools import cache
from typing import Any

from hypothesis import strategies as st

from azure_asm import models as _models

__all__ = [
    "DEFAULT_DEPTH",
    "STRATEGIES",
    "for_model",
    "register_type_strategies",
    "xml_text",
    "affinity_group",
    "create_affinity_group",
    "update_affinity_group",
    "create_application_gateway_parameters",
    "update_application_gateway_parameters",
    "application_gateway",
    "application_gateway_operation",
    "application_gateway_certificate_file",
    "application_gateway_certificate",
    "application_gateway_configuration",
    "application_gateway_frontend_ip",
    "application_gateway_frontend_port",
    "application_gateway_probe",
    "application_gateway_backend_address_pool",
    "application_gateway_backend_http_settings",
    "application_gateway_http_listener",
    "application_gateway_http_load_balancing_rule",
    "certificate",
    "certificate_file",
    "subscription_certificate",
    "subscription_certificate_input",
    "operation",
    "operation_error",
    "update_data_disk",
    "create_deployment",
    "swap_deployment",
    "change_configuration",
    "update_deployment_status",
    "upgrade_deployment",
    "walk_upgrade_domain",
    "rollback_update_or_upgrade",
    "delete_role_instances",
    "dns_server_input",
    "deployment_event_collection",
    "reboot_event",
    "create_virtual_machine_deployment",
    "deployment",
    "role_instance",
    "instance_endpoint",
    "guest_agent_status",
    "status_message",
    "maintenance_status",
    "formatted_message",
    "resource_extension_status",
    "extension_setting_status",
    "sub_status",
    "role_instance_network_interface",
    "role_instance_ip_configuration",
    "upgrade_status",
    "input_endpoint",
    "persistent_vm_downtime_info",
    "virtual_ip",
    "load_balancer",
    "frontend_ip_configuration",
    "dns_server",
    "extension_configuration",
    "role_extensions",
    "extension",
    "add_disk",
    "update_disk",
    "disk",
    "attached_to",
    "create_gateway_parameters",
    "gateway",
    "gateway_event",
    "gateway_connection_status",
    "update_gateway_connection",
    "gateway_shared_key",
    "reset_gateway_shared_key",
    "i_psec_parameters",
    "start_gateway_public_diagnostics",
    "stop_gateway_public_diagnostics",
    "gateway_public_diagnostics_status",
    "gateway_operation",
    "gateway_operation_error",
    "gateway_default_sites",
    "vpn_client_parameters",
    "vpn_device_list",
    "vpn_device_vendor",
    "vpn_device_platform",
    "vpn_device_os_family",
    "reset_gateway_parameters",
    "resize_gateway_parameters",
    "client_root_certificate",
    "hosted_service",
    "hosted_service_properties",
    "hosted_service_compute_capabilities",
    "create_hosted_service",
    "update_hosted_service",
    "availability_response",
    "replication_input",
    "os_image_details",
    "replication_progress_element",
    "create_vm_image_input",
    "create_os_disk_configuration_input",
    "create_data_disk_configuration_input",
    "update_vm_image_input",
    "update_os_disk_configuration_input",
    "update_data_disk_configuration_input",
    "update_os_image_input",
    "load_balanced_endpoint_list",
    "load_balanced_endpoint",
    "location",
    "storage_capabilities",
    "compute_capabilities",
    "deployment_network_resource",
    "migration_validation_message",
    "ip_forwarding",
    "address_availability",
    "network_migration_validation_message",
    "network_security_group",
    "network_security_rule",
    "network_security_group_association",
    "reserved_ip",
    "reserved_ip_association",
    "virtual_network_site",
    "subnet",
    "virtual_network_gateway",
    "gateway_local_network_site",
    "gateway_connection",
    "network_configuration",
    "network_dns_server",
    "local_network_site",
    "virtual_network_site_configuration",
    "subnet_configuration",
    "dns_server_ref",
    "network_gateway",
    "local_network_site_ref",
    "local_network_connection",
    "operating_system",
    "operating_system_family",
    "os_image",
    "os_image_input",
    "resource_extension",
    "update_role",
    "capture_role_operation",
    "start_role_operation",
    "start_roles_operation",
    "restart_role_operation",
    "shutdown_role_operation",
    "shutdown_roles_operation",
    "role_size",
    "role_definition",
    "add_role",
    "capture_role_as_vm_image",
    "role",
    "persistent_vm_role",
    "any_configuration_set",
    "configuration_set",
    "any_network_configuration_set",
    "provisioning_configuration_set",
    "linux_configuration_set",
    "ssh",
    "public_key",
    "key_pair",
    "windows_configuration_set",
    "domain_join",
    "domain_join_provisioning",
    "credentials",
    "certificate_setting",
    "win_rm",
    "listener",
    "additional_unattend_content",
    "unattend_pass",
    "unattend_component",
    "component_setting",
    "network_configuration_set",
    "configuration_set_input_endpoint",
    "load_balancer_probe",
    "endpoint_acl",
    "acl_rule",
    "public_ip",
    "network_interface",
    "network_interface_ip_configuration",
    "os_virtual_hard_disk",
    "data_virtual_hard_disk",
    "resource_extension_reference",
    "resource_extension_parameter_value",
    "resource_extension_certificate",
    "vm_image_input",
    "vm_image_input_os_disk",
    "vm_image_input_data_disk",
    "debug_settings",
    "route_table",
    "route",
    "route_table_association",
    "effective_route_table",
    "effective_route",
    "create_cloud_service",
    "cloud_service",
    "resource",
    "usage_meter",
    "output_item",
    "intrinsic_settings",
    "job_collection_quota",
    "max_recurrence",
    "resource_operation_status",
    "resource_operation_error",
    "cloud_service_settings",
    "create_job_collection",
    "resource_name_availability_response",
    "update_job_collection",
    "resource_provider_property",
    "entitle_resource",
    "atom_author",
    "atom_link",
    "create_namespace_entry",
    "service_bus_region_feed",
    "service_bus_namespace_feed",
    "queue_feed",
    "topic_feed",
    "notification_hub_feed",
    "relay_feed",
    "metric_properties_feed",
    "metric_values_feed",
    "metric_rollups_feed",
    "service_bus_region_entry",
    "service_bus_region_content",
    "service_bus_namespace_entry",
    "service_bus_namespace_content",
    "namespace_availability_entry",
    "namespace_availability_content",
    "queue_entry",
    "queue_content",
    "topic_entry",
    "topic_content",
    "notification_hub_entry",
    "notification_hub_content",
    "relay_entry",
    "relay_content",
    "metric_properties_entry",
    "metric_properties_content",
    "metric_values_entry",
    "metric_values_content",
    "metric_rollups_entry",
    "metric_rollups_content",
    "service_bus_region",
    "service_bus_namespace",
    "namespace_availability",
    "queue_description",
    "topic_description",
    "notification_hub_description",
    "relay_description",
    "authorization_rule",
    "shared_access_authorization_rule",
    "allow_rule",
    "count_details",
    "metric_properties",
    "metric_values",
    "metric_rollups",
    "create_queue_entry",
    "create_topic_entry",
    "connection_detail_feed",
    "connection_detail_entry",
    "connection_detail_content",
    "connection_detail",
    "namespace_authorization_rule_request",
    "namespace_authorization_rule_feed",
    "namespace_authorization_rule_entry",
    "namespace_authorization_rule_content",
    "namespace_shared_access_rule",
    "service_extension_input",
    "service_extension",
    "extension_image",
    "extension_certificate_configuration",
    "extension_endpoint_configuration",
    "extension_input_endpoint",
    "extension_internal_endpoint",
    "extension_instance_input_endpoint",
    "extension_local_resource_configuration",
    "database_copy_input",
    "database_copy_update_input",
    "database_copy",
    "database_operation",
    "restorable_dropped_database",
    "recoverable_database",
    "restore_database_input",
    "restore_database_operation",
    "recover_database_input",
    "recover_database_operation",
    "dac_blob_credentials",
    "dac_blob_storage_access_key_credentials",
    "dac_connection_info",
    "dac_export_input",
    "dac_import_input",
    "dac_status_input",
    "dac_request_id",
    "dac_status_info",
    "create_server_input",
    "server_admin_password_input",
    "firewall_rule_input",
    "create_database_input",
    "update_database_input",
    "create_server_response",
    "server",
    "server_quota",
    "event_log",
    "firewall_rule",
    "service_objective",
    "service_objective_dimension_setting",
    "database",
    "regenerate_keys",
    "storage_service",
    "storage_account_properties",
    "custom_domain",
    "storage_service_keys",
    "create_storage_service_input",
    "update_storage_service_input",
    "store_add_on_input",
    "subscription",
    "subscription_operation_collection",
    "subscription_operation",
    "operation_parameter",
    "operation_caller",
    "subscription_operation_status",
    "traffic_manager_dns_prefix_availability",
    "create_traffic_manager_profile",
    "update_traffic_manager_profile",
    "traffic_manager_profile",
    "traffic_manager_profile_status_details",
    "traffic_manager_definition_summary",
    "traffic_manager_definition",
    "traffic_manager_dns_options",
    "traffic_manager_monitor",
    "traffic_manager_http_options",
    "traffic_manager_policy",
    "traffic_manager_endpoint",
    "bgp_settings",
    "create_local_network_gateway_parameters",
    "local_network_gateway",
    "create_virtual_network_gateway_parameters",
    "virtual_network_gateway_details",
    "create_gateway_connection_parameters",
    "gateway_connection_details",
    "update_local_network_gateway_parameters",
    "update_gateway_connection_parameters",
    "redeploy_role_operation",
    "perform_maintenance_on_role_operation",
    "vm_image_details",
    "compute_image_attributes",
    "marketplace_image_attributes",
    "marketplace_plan",
    "vm_image",
    "os_disk_configuration",
    "data_disk_configuration",
    "backup_request",
    "backup_schedule",
    "database_backup_setting",
    "backup_item",
    "restore_request",
    "restore_response",
    "relay_service_connection_entity",
    "repository_uri",
    "instance_ids",
    "site_usage",
    "site_operation",
    "site_operation_error",
    "create_site_input",
    "update_site_input",
    "update_host_name_ssl_state",
    "web_space",
    "site",
    "site_certificate",
    "site_csr",
    "site_cloning_info",
    "site_config",
    "conn_string_info",
    "handler_mapping",
    "site_properties",
    "host_name_ssl_state",
    "metric_response",
    "data",
    "metric_sample",
    "metric_definition",
    "metric_availability",
    "publish_data",
    "publish_profile",
    "publish_database",
    "server_farm",
    "update_server_farm",
    "publishing_users",
    "publishing_user",
    "dns_suffix",
    "hostname_availability",
    "geo_region",
]

#: How many levels of nested models are drawn by default; deeper models are fresh instances (None
#: for unions) and deeper lists of models empty, so that wide trees (HostedService > Deployment >
#: ...) stay small.
DEFAULT_DEPTH = 3
_MAX_LIST = 3
_MAX_BYTES = 64
_INT32 = (-(2**31), 2**31 - 1)
_INT64 = (-(2**63), 2**63 - 1)

#: Characters XML 1.0 can carry, with those a writer must escape drawn more often.
_XML_CHARS = st.one_of(
    st.sampled_from("&<>\"'\r\n\t ;#]"),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.characters(min_codepoint=0xA0, max_codepoint=0xD7FF),
    st.characters(min_codepoint=0xE000, max_codepoint=0xFFFD),
    st.characters(min_codepoint=0x10000, max_codepoint=0x10FFFF),
)
_INVALID_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

#: Timezone-aware UTC datetimes (ASM's times), microseconds included.
_DATETIMES = st.datetimes(
    min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)
)


def xml_text(min_size: int = 0, max_size: int | None = None) -> st.SearchStrategy[str]:
    """Text that XML 1.0 can carry (no U+0000, no lone surrogates, ...), including markup
    characters, carriage returns and non-ASCII: what any string member of a model may hold."""
    return st.text(_XML_CHARS, min_size=min_size, max_size=max_size)


def _pattern(
    pattern: str, *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[str]:
    return st.from_regex(pattern, fullmatch=True).filter(
        lambda text: (
            _INVALID_XML.search(text) is None
            and len(text) >= min_size
            and (max_size is None or len(text) <= max_size)
        )
    )


def _with_groups(
    models: st.SearchStrategy[Any],
    *,
    exactly_one: Sequence[Mapping[str, st.SearchStrategy[Any]]] = (),
    at_most_one: Sequence[Mapping[str, st.SearchStrategy[Any]]] = (),
) -> st.SearchStrategy[Any]:
    """`models` with the members of each group (name -> strategy of its non-None values) set
    as the spec's operations require: exactly one of each `exactly_one` group, at most one of
    each `at_most_one` group, the others None."""

    def chosen(
        group: Mapping[str, st.SearchStrategy[Any]], optional: bool
    ) -> st.SearchStrategy[Any]:
        names = st.sampled_from(sorted(group))
        return (st.none() | names if optional else names).flatmap(
            lambda name: st.just({}) if name is None else group[name].map(lambda v: {name: v})
        )

    def apply(model: Any, picks: tuple[dict[str, Any], ...]) -> Any:
        for group in (*exactly_one, *at_most_one):
            for name in group:
                setattr(model, name, None)
        for pick in picks:
            for name, value in pick.items():
                setattr(model, name, value)
        return model

    picks = st.tuples(
        *(chosen(group, False) for group in exactly_one),
        *(chosen(group, True) for group in at_most_one),
    )
    return st.tuples(models, picks).map(lambda drawn: apply(*drawn))


_MAPS = st.dictionaries(xml_text(max_size=20), xml_text(max_size=20), max_size=_MAX_LIST)


@cache
def affinity_group(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.AffinityGroup]:
    """`AffinityGroup` instances.

    An affinity group and (from get_affinity_group_properties) what is placed in it.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.AffinityGroup,
        name=st.none() | xml_text(),
        label=st.none() | xml_text(),
        description=st.none() | xml_text(),
        location=st.none() | xml_text(),
        hosted_services=st.lists(hosted_service(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        storage_services=st.lists(storage_service(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        capabilities=st.lists(xml_text(), max_size=_MAX_LIST),
        created_time=st.none() | _DATETIMES,
        compute_capabilities=st.none() | compute_capabilities(depth=depth - 1)
        if depth > 0
        else st.none(),
    )


@cache
def create_affinity_group(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.CreateAffinityGroup]:
    """`CreateAffinityGroup` instances.

    Body of create_affinity_group, in the order ASM reads it.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CreateAffinityGroup,
        name=xml_text(min_size=1, max_size=64),
        label=xml_text(min_size=1, max_size=100),
        description=st.none() | xml_text(max_size=1024),
        location=xml_text(),
    )


@cache
def update_affinity_group(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.UpdateAffinityGroup]:
    """`UpdateAffinityGroup` instances.

    Body of update_affinity_group; a description left None is not sent.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UpdateAffinityGroup,
        label=xml_text(min_size=1, max_size=100),
        description=st.none() | xml_text(max_size=1024),
    )


@cache
def create_application_gateway_parameters(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.CreateApplicationGatewayParameters]:
    """`CreateApplicationGatewayParameters` instances.

    Body of create_application_gateway.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CreateApplicationGatewayParameters,
        description=st.none() | xml_text(),
        gateway_size=st.none() | xml_text(),
        instance_count=st.none() | st.integers(_INT32[0], _INT32[1]),
        name=st.none() | xml_text(),
        subnets=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        vnet_name=st.none() | xml_text(),
    )


@cache
def update_application_gateway_parameters(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.UpdateApplicationGatewayParameters]:
    """`UpdateApplicationGatewayParameters` instances.

    Body of update_application_gateway.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UpdateApplicationGatewayParameters,
        description=st.none() | xml_text(),
        gateway_size=st.none() | xml_text(),
        instance_count=st.none() | st.integers(_INT32[0], _INT32[1]),
        subnets=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        vnet_name=st.none() | xml_text(),
    )


@cache
def application_gateway(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ApplicationGateway]:
    """`ApplicationGateway` instances.

    An application gateway.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ApplicationGateway,
        description=st.none() | xml_text(),
        dns_name=st.none() | xml_text(),
        gateway_size=st.none() | xml_text(),
        instance_count=st.none() | st.integers(_INT32[0], _INT32[1]),
        name=st.none() | xml_text(),
        state=st.none() | xml_text(),
        subnets=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        vnet_name=st.none() | xml_text(),
        virtual_ips=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
    )


@cache
def application_gateway_operation(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ApplicationGatewayOperation]:
    """`ApplicationGatewayOperation` instances.

    Body of execute_application_gateway_operation.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ApplicationGatewayOperation,
        operation_type=st.none() | xml_text(),
    )


@cache
def application_gateway_certificate_file(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ApplicationGatewayCertificateFile]:
    """`ApplicationGatewayCertificateFile` instances.

    Body of add_application_gateway_certificate.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ApplicationGatewayCertificateFile,
        data=st.none() | xml_text(),
        certificate_format=st.none() | xml_text(),
        password=st.none() | xml_text(),
    )


@cache
def application_gateway_certificate(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ApplicationGatewayCertificate]:
    """`ApplicationGatewayCertificate` instances.

    An SSL certificate of an application gateway.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ApplicationGatewayCertificate,
        name=st.none() | xml_text(),
        data=st.none() | xml_text(),
        state=st.none() | xml_text(),
    )


@cache
def application_gateway_configuration(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ApplicationGatewayConfiguration]:
    """`ApplicationGatewayConfiguration` instances.

    The configuration of an application gateway: where it listens (front-end addresses and
    ports, HTTP listeners), where it sends requests (back-end pools, HTTP settings, probes) and
    the rules joining them.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ApplicationGatewayConfiguration,
        frontend_ip_configurations=st.none()
        | st.lists(application_gateway_frontend_ip(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        frontend_ports=st.none()
        | st.lists(application_gateway_frontend_port(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        probes=st.none() | st.lists(application_gateway_probe(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        backend_address_pools=st.none()
        | st.lists(application_gateway_backend_address_pool(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        backend_http_settings_list=st.none()
        | st.lists(application_gateway_backend_http_settings(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        http_listeners=st.none()
        | st.lists(application_gateway_http_listener(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        http_load_balancing_rules=st.none()
        | st.lists(
            application_gateway_http_load_balancing_rule(depth=depth - 1), max_size=_MAX_LIST
        )
        if depth > 0
        else st.none(),
    )


@cache
def application_gateway_frontend_ip(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ApplicationGatewayFrontendIP]:
    """`ApplicationGatewayFrontendIP` instances.

    A front-end address of an application gateway.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ApplicationGatewayFrontendIP,
        name=st.none() | xml_text(),
        type=st.none() | xml_text(),
        static_ip_address=st.none() | xml_text(),
    )


@cache
def application_gateway_frontend_port(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ApplicationGatewayFrontendPort]:
    """`ApplicationGatewayFrontendPort` instances.

    A front-end port of an application gateway.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ApplicationGatewayFrontendPort,
        name=st.none() | xml_text(),
        port=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


@cache
def application_gateway_probe(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ApplicationGatewayProbe]:
    """`ApplicationGatewayProbe` instances.

    A health probe of an application gateway's back ends.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ApplicationGatewayProbe,
        name=st.none() | xml_text(),
        protocol=st.none() | xml_text(),
        host=st.none() | xml_text(),
        path=st.none() | xml_text(),
        interval=st.none() | st.integers(_INT32[0], _INT32[1]),
        timeout=st.none() | st.integers(_INT32[0], _INT32[1]),
        unhealthy_threshold=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


@cache
def application_gateway_backend_address_pool(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ApplicationGatewayBackendAddressPool]:
    """`ApplicationGatewayBackendAddressPool` instances.

    A back-end pool of an application gateway.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ApplicationGatewayBackendAddressPool,
        name=st.none() | xml_text(),
        ip_addresses=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
    )


@cache
def application_gateway_backend_http_settings(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ApplicationGatewayBackendHttpSettings]:
    """`ApplicationGatewayBackendHttpSettings` instances.

    How an application gateway sends requests to its back ends.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ApplicationGatewayBackendHttpSettings,
        name=st.none() | xml_text(),
        port=st.none() | st.integers(_INT32[0], _INT32[1]),
        protocol=st.none() | xml_text(),
        cookie_based_affinity=st.none() | xml_text(),
        request_timeout=st.none() | st.integers(_INT32[0], _INT32[1]),
        probe=st.none() | xml_text(),
    )


@cache
def application_gateway_http_listener(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ApplicationGatewayHttpListener]:
    """`ApplicationGatewayHttpListener` instances.

    A listener of an application gateway.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ApplicationGatewayHttpListener,
        name=st.none() | xml_text(),
        frontend_ip=st.none() | xml_text(),
        frontend_port=st.none() | xml_text(),
        protocol=st.none() | xml_text(),
        ssl_cert=st.none() | xml_text(),
    )


@cache
def application_gateway_http_load_balancing_rule(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ApplicationGatewayHttpLoadBalancingRule]:
    """`ApplicationGatewayHttpLoadBalancingRule` instances.

    A rule of an application gateway, from a listener to a back-end pool.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ApplicationGatewayHttpLoadBalancingRule,
        name=st.none() | xml_text(),
        type=st.none() | xml_text(),
        backend_http_settings=st.none() | xml_text(),
        listener=st.none() | xml_text(),
        backend_address_pool=st.none() | xml_text(),
    )


@cache
def certificate(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Certificate]:
    """`Certificate` instances.

    A certificate of a cloud service (its public part).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.Certificate,
        certificate_url=st.none() | xml_text(),
        thumbprint=st.none() | xml_text(),
        thumbprint_algorithm=st.none() | xml_text(),
        data=st.none() | xml_text(),
    )


@cache
def certificate_file(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.CertificateFile]:
    """`CertificateFile` instances.

    Body of add_service_certificate, in the order ASM reads it.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CertificateFile,
        data=xml_text(),
        certificate_format=st.sampled_from(("pfx", "cer")),
        password=st.none() | xml_text(),
    )


@cache
def subscription_certificate(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.SubscriptionCertificate]:
    """`SubscriptionCertificate` instances.

    A management certificate of the subscription.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.SubscriptionCertificate,
        subscription_certificate_public_key=st.none() | xml_text(),
        subscription_certificate_thumbprint=st.none() | xml_text(),
        subscription_certificate_data=st.none() | xml_text(),
        created=st.none() | _DATETIMES,
    )


@cache
def subscription_certificate_input(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.SubscriptionCertificateInput]:
    """`SubscriptionCertificateInput` instances.

    Body of add_management_certificate, in the order ASM reads it.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.SubscriptionCertificateInput,
        public_key=xml_text(),
        thumbprint=_pattern("^[0-9A-Fa-f]{40}$"),
        data=xml_text(),
    )


@cache
def operation(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Operation]:
    """`Operation` instances.

    Status of an asynchronous operation.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.Operation,
        id=st.none() | xml_text(),
        status=st.none() | st.sampled_from(("InProgress", "Succeeded", "Failed")),
        http_status_code=st.none() | st.integers(_INT32[0], _INT32[1]),
        error=operation_error(depth=depth - 1) if depth > 0 else st.builds(_models.OperationError),
    )


@cache
def operation_error(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.OperationError]:
    """`OperationError` instances.

    The error of a failed asynchronous operation.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.OperationError,
        code=st.none() | xml_text(),
        message=st.none() | xml_text(),
    )


@cache
def update_data_disk(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.UpdateDataDisk]:
    """`UpdateDataDisk` instances.

    Request body of `update_data_disk`; `<Lun>` carries the new LUN, elements left None are not
    sent.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UpdateDataDisk,
        host_caching=st.none() | st.sampled_from(("None", "ReadOnly", "ReadWrite")),
        disk_label=st.none() | xml_text(),
        disk_name=st.none() | xml_text(),
        updated_lun=st.none() | st.integers(0, 31),
        logical_disk_size_in_gb=st.none() | st.integers(1, 1023),
        media_link=st.none() | xml_text(),
    )


@cache
def create_deployment(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.CreateDeployment]:
    """`CreateDeployment` instances.

    Request body of `create_deployment`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CreateDeployment,
        name=xml_text(min_size=1, max_size=100),
        package_url=xml_text(),
        label=xml_text(max_size=100),
        configuration=xml_text(),
        start_deployment=st.none() | st.booleans(),
        treat_warnings_as_error=st.none() | st.booleans(),
        extended_properties=st.none() | _MAPS,
    )


@cache
def swap_deployment(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.SwapDeployment]:
    """`SwapDeployment` instances.

    Request body of `swap_deployment`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.SwapDeployment,
        production=xml_text(),
        source_deployment=xml_text(),
    )


@cache
def change_configuration(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ChangeConfiguration]:
    """`ChangeConfiguration` instances.

    Request body of `change_deployment_configuration`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ChangeConfiguration,
        configuration=xml_text(),
        treat_warnings_as_error=st.none() | st.booleans(),
        mode=st.none() | st.sampled_from(("Auto", "Manual", "Simultaneous")),
        extended_properties=st.none() | _MAPS,
    )


@cache
def update_deployment_status(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.UpdateDeploymentStatus]:
    """`UpdateDeploymentStatus` instances.

    Request body of `update_deployment_status`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UpdateDeploymentStatus,
        status=st.sampled_from(("Running", "Suspended")),
    )


@cache
def upgrade_deployment(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.UpgradeDeployment]:
    """`UpgradeDeployment` instances.

    Request body of `upgrade_deployment`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UpgradeDeployment,
        mode=st.sampled_from(("Auto", "Manual", "Simultaneous")),
        package_url=xml_text(),
        configuration=xml_text(),
        label=xml_text(max_size=100),
        role_to_upgrade=st.none() | xml_text(),
        force=st.booleans(),
        extended_properties=st.none() | _MAPS,
    )


@cache
def walk_upgrade_domain(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.WalkUpgradeDomain]:
    """`WalkUpgradeDomain` instances.

    Request body of `walk_upgrade_domain`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.WalkUpgradeDomain,
        upgrade_domain=st.integers(0, 19),
    )


@cache
def rollback_update_or_upgrade(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.RollbackUpdateOrUpgrade]:
    """`RollbackUpdateOrUpgrade` instances.

    Request body of `rollback_update_or_upgrade`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RollbackUpdateOrUpgrade,
        mode=st.sampled_from(("Auto", "Manual")),
        force=st.booleans(),
    )


@cache
def delete_role_instances(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.DeleteRoleInstances]:
    """`DeleteRoleInstances` instances.

    Request body of `delete_role_instances`; one `<Name>` per instance, without a wrapper.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.DeleteRoleInstances,
        role_instance_names=st.lists(xml_text(), max_size=_MAX_LIST),
    )


@cache
def dns_server_input(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.DnsServerInput]:
    """`DnsServerInput` instances.

    Request body of `add_dns_server` and `update_dns_server`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.DnsServerInput,
        dns_server_name=xml_text(),
        address=xml_text(),
    )


@cache
def deployment_event_collection(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.DeploymentEventCollection]:
    """`DeploymentEventCollection` instances.

    The events of a deployment in a time window.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.DeploymentEventCollection,
        reboot_events=st.none() | st.lists(reboot_event(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        continuation_token=st.none() | xml_text(),
    )


@cache
def reboot_event(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.RebootEvent]:
    """`RebootEvent` instances.

    A reboot of a role instance made by the platform.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RebootEvent,
        role_name=st.none() | xml_text(),
        instance_name=st.none() | xml_text(),
        reboot_reason=st.none() | xml_text(),
        reboot_start_time=st.none() | _DATETIMES,
    )


@cache
def create_virtual_machine_deployment(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.CreateVirtualMachineDeployment]:
    """`CreateVirtualMachineDeployment` instances.

    Request body of `create_virtual_machine_deployment`: the deployment and its single first
    role. The label is plain text here (ASM stores it and returns it base64-encoded).

    ``depth`` bounds the nesting of models inside them.
    """
    return _with_groups(
        st.builds(
            _models.CreateVirtualMachineDeployment,
            deployment_name=xml_text(),
            deployment_slot=xml_text(),
            label=xml_text(max_size=100),
            role_name=xml_text(),
            role_type=st.none() | xml_text(),
            configuration_sets=st.none()
            | st.lists(any_configuration_set(depth=depth - 1), max_size=_MAX_LIST)
            if depth > 0
            else st.none(),
            resource_extension_references=st.none()
            | st.lists(resource_extension_reference(depth=depth - 1), max_size=_MAX_LIST)
            if depth > 0
            else st.none(),
            media_location=st.none() | xml_text(),
            availability_set_name=st.none() | xml_text(),
            data_virtual_hard_disks=st.none()
            | st.lists(data_virtual_hard_disk(depth=depth - 1), max_size=_MAX_LIST)
            if depth > 0
            else st.none(),
            role_size=st.none() | xml_text(),
            provision_guest_agent=st.none() | st.booleans(),
            virtual_network_name=st.none() | xml_text(),
            dns_servers=st.none() | st.lists(dns_server(depth=depth - 1), max_size=_MAX_LIST)
            if depth > 0
            else st.none(),
            reserved_ip_name=st.none() | xml_text(),
        ),
        exactly_one=[
            {
                "vm_image_name": xml_text(),
                "os_virtual_hard_disk": os_virtual_hard_disk(depth=depth - 1),
            },
        ],
    )


@cache
def deployment(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Deployment]:
    """`Deployment` instances.

    A deployment of a cloud service: its status, roles (virtual machines), role instances,
    virtual IPs and settings.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.Deployment,
        name=st.none() | xml_text(),
        deployment_slot=st.none() | xml_text(),
        private_id=st.none() | xml_text(),
        status=st.none() | xml_text(),
        label=st.none() | xml_text(),
        url=st.none() | xml_text(),
        configuration=st.none() | xml_text(),
        role_instance_list=st.lists(role_instance(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        upgrade_status=st.none() | upgrade_status(depth=depth - 1) if depth > 0 else st.none(),
        upgrade_domain_count=st.none() | st.integers(_INT32[0], _INT32[1]),
        role_list=st.lists(role(depth=depth - 1), max_size=_MAX_LIST) if depth > 0 else st.just([]),
        sdk_version=st.none() | xml_text(),
        input_endpoint_list=st.lists(input_endpoint(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        locked=st.none() | st.booleans(),
        rollback_allowed=st.none() | st.booleans(),
        created_time=st.none() | _DATETIMES,
        last_modified_time=st.none() | _DATETIMES,
        virtual_network_name=st.none() | xml_text(),
        dns_servers=st.none() | st.lists(dns_server(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        extended_properties=_MAPS,
        persistent_vm_downtime_info=persistent_vm_downtime_info(depth=depth - 1)
        if depth > 0
        else st.builds(_models.PersistentVMDowntimeInfo),
        virtual_ips=st.lists(virtual_ip(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        extension_configuration=st.none() | extension_configuration(depth=depth - 1)
        if depth > 0
        else st.none(),
        reserved_ip_name=st.none() | xml_text(),
        internal_dns_suffix=st.none() | xml_text(),
        load_balancers=st.none() | st.lists(load_balancer(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
    )


@cache
def role_instance(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.RoleInstance]:
    """`RoleInstance` instances.

    A running instance of a role; for virtual machines, the machine itself.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RoleInstance,
        role_name=st.none() | xml_text(),
        instance_name=st.none() | xml_text(),
        instance_status=st.none() | xml_text(),
        extended_instance_status=st.none() | xml_text(),
        instance_upgrade_domain=st.none() | st.integers(_INT32[0], _INT32[1]),
        instance_fault_domain=st.none() | st.integers(_INT32[0], _INT32[1]),
        instance_size=st.none() | xml_text(),
        instance_state_details=st.none() | xml_text(),
        instance_error_code=st.none() | xml_text(),
        ip_address=st.none() | xml_text(),
        instance_endpoints=st.lists(instance_endpoint(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        power_state=st.none() | xml_text(),
        host_name=st.none() | xml_text(),
        fqdn=st.none() | xml_text(),
        remote_access_certificate_thumbprint=st.none() | xml_text(),
        guest_agent_status=st.none() | guest_agent_status(depth=depth - 1)
        if depth > 0
        else st.none(),
        resource_extension_status_list=st.none()
        | st.lists(resource_extension_status(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        public_ips=st.lists(public_ip(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        network_interfaces=st.none()
        | st.lists(role_instance_network_interface(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        maintenance_status=st.none() | maintenance_status(depth=depth - 1)
        if depth > 0
        else st.none(),
    )


@cache
def instance_endpoint(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.InstanceEndpoint]:
    """`InstanceEndpoint` instances.

    A public endpoint that reaches a role instance.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.InstanceEndpoint,
        name=st.none() | xml_text(),
        vip=st.none() | xml_text(),
        public_port=st.none() | st.integers(_INT32[0], _INT32[1]),
        local_port=st.none() | st.integers(_INT32[0], _INT32[1]),
        protocol=st.none() | xml_text(),
        idle_timeout_in_minutes=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


@cache
def guest_agent_status(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.GuestAgentStatus]:
    """`GuestAgentStatus` instances.

    Status last reported by the VM agent of a virtual machine.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.GuestAgentStatus,
        protocol_version=st.none() | xml_text(),
        timestamp=st.none() | _DATETIMES,
        guest_agent_version=st.none() | xml_text(),
        status=st.none() | xml_text(),
        code=st.none() | st.integers(_INT32[0], _INT32[1]),
        message=st.none() | status_message(depth=depth - 1) if depth > 0 else st.none(),
        formatted_message=st.none() | formatted_message(depth=depth - 1)
        if depth > 0
        else st.none(),
    )


@cache
def status_message(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.StatusMessage]:
    """`StatusMessage` instances.

    A status message given as a message resource and its parameters.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.StatusMessage,
        message_resource_id=st.none() | xml_text(),
        param_list=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
    )


@cache
def maintenance_status(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.MaintenanceStatus]:
    """`MaintenanceStatus` instances.

    Platform maintenance planned for a virtual machine.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.MaintenanceStatus,
        is_customer_initiated_maintenance_allowed=st.none() | st.booleans(),
        pre_maintenance_window_start_time=st.none() | _DATETIMES,
        pre_maintenance_window_end_time=st.none() | _DATETIMES,
        maintenance_window_start_time=st.none() | _DATETIMES,
        maintenance_window_end_time=st.none() | _DATETIMES,
        last_operation_result_code=st.none() | xml_text(),
        last_operation_message=st.none() | xml_text(),
    )


@cache
def formatted_message(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.FormattedMessage]:
    """`FormattedMessage` instances.

    A localized status message.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.FormattedMessage,
        language=st.none() | xml_text(),
        message=st.none() | xml_text(),
    )


@cache
def resource_extension_status(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ResourceExtensionStatus]:
    """`ResourceExtensionStatus` instances.

    Status of a VM extension on a role instance.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ResourceExtensionStatus,
        handler_name=st.none() | xml_text(),
        version=st.none() | xml_text(),
        status=st.none() | xml_text(),
        code=st.none() | st.integers(_INT32[0], _INT32[1]),
        message=st.none() | status_message(depth=depth - 1) if depth > 0 else st.none(),
        formatted_message=st.none() | formatted_message(depth=depth - 1)
        if depth > 0
        else st.none(),
        extension_setting_status=st.none() | extension_setting_status(depth=depth - 1)
        if depth > 0
        else st.none(),
    )


@cache
def extension_setting_status(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ExtensionSettingStatus]:
    """`ExtensionSettingStatus` instances.

    Result of applying the settings of a VM extension.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ExtensionSettingStatus,
        timestamp=st.none() | _DATETIMES,
        configuration_applied_time=st.none() | _DATETIMES,
        name=st.none() | xml_text(),
        operation=st.none() | xml_text(),
        status=st.none() | xml_text(),
        code=st.none() | st.integers(_INT32[0], _INT32[1]),
        message=st.none() | status_message(depth=depth - 1) if depth > 0 else st.none(),
        formatted_message=st.none() | formatted_message(depth=depth - 1)
        if depth > 0
        else st.none(),
        sub_status_list=st.none() | st.lists(sub_status(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
    )


@cache
def sub_status(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.SubStatus]:
    """`SubStatus` instances.

    A detailed status reported by a VM extension.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.SubStatus,
        name=st.none() | xml_text(),
        status=st.none() | xml_text(),
        code=st.none() | st.integers(_INT32[0], _INT32[1]),
        message=st.none() | status_message(depth=depth - 1) if depth > 0 else st.none(),
        formatted_message=st.none() | formatted_message(depth=depth - 1)
        if depth > 0
        else st.none(),
    )


@cache
def role_instance_network_interface(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.RoleInstanceNetworkInterface]:
    """`RoleInstanceNetworkInterface` instances.

    A secondary network interface of a role instance, as running.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RoleInstanceNetworkInterface,
        name=st.none() | xml_text(),
        mac_address=st.none() | xml_text(),
        ip_configurations=st.none()
        | st.lists(role_instance_ip_configuration(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
    )


@cache
def role_instance_ip_configuration(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.RoleInstanceIPConfiguration]:
    """`RoleInstanceIPConfiguration` instances.

    Subnet and address of a network interface of a role instance.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RoleInstanceIPConfiguration,
        subnet_name=st.none() | xml_text(),
        address=st.none() | xml_text(),
    )


@cache
def upgrade_status(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.UpgradeStatus]:
    """`UpgradeStatus` instances.

    Progress of an update or upgrade of a deployment.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UpgradeStatus,
        upgrade_type=st.none() | xml_text(),
        current_upgrade_domain_state=st.none() | xml_text(),
        current_upgrade_domain=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


@cache
def input_endpoint(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.InputEndpoint]:
    """`InputEndpoint` instances.

    A load-balanced endpoint of a deployment (older API versions).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.InputEndpoint,
        role_name=st.none() | xml_text(),
        vip=st.none() | xml_text(),
        port=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


@cache
def persistent_vm_downtime_info(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.PersistentVMDowntimeInfo]:
    """`PersistentVMDowntimeInfo` instances.

    A planned maintenance window of the virtual machines of a deployment.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.PersistentVMDowntimeInfo,
        start_time=st.none() | _DATETIMES,
        end_time=st.none() | _DATETIMES,
        status=st.none() | xml_text(),
    )


@cache
def virtual_ip(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.VirtualIP]:
    """`VirtualIP` instances.

    A virtual IP address of a deployment.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.VirtualIP,
        address=st.none() | xml_text(),
        is_dns_programmed=st.none() | st.booleans(),
        name=st.none() | xml_text(),
        is_reserved=st.none() | st.booleans(),
        reserved_ip_name=st.none() | xml_text(),
        type=st.none() | xml_text(),
    )


@cache
def load_balancer(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.LoadBalancer]:
    """`LoadBalancer` instances.

    An internal load balancer of a deployment.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.LoadBalancer,
        name=st.none() | xml_text(),
        frontend_ip_configuration=st.none() | frontend_ip_configuration(depth=depth - 1)
        if depth > 0
        else st.none(),
    )


@cache
def frontend_ip_configuration(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.FrontendIpConfiguration]:
    """`FrontendIpConfiguration` instances.

    The address an internal load balancer listens on.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.FrontendIpConfiguration,
        type=st.none() | xml_text(),
        subnet_name=st.none() | xml_text(),
        static_virtual_network_ip_address=st.none() | xml_text(),
    )


@cache
def dns_server(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.DnsServer]:
    """`DnsServer` instances.

    A DNS server used by the virtual machines of a deployment.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.DnsServer,
        name=st.none() | xml_text(),
        address=st.none() | xml_text(),
    )


@cache
def extension_configuration(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ExtensionConfiguration]:
    """`ExtensionConfiguration` instances.

    Cloud service extensions enabled on all roles or on named roles of a deployment.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ExtensionConfiguration,
        all_roles=st.none() | st.lists(extension(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        named_roles=st.none() | st.lists(role_extensions(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
    )


@cache
def role_extensions(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.RoleExtensions]:
    """`RoleExtensions` instances.

    The cloud service extensions enabled on one role.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RoleExtensions,
        role_name=st.none() | xml_text(),
        extensions=st.none() | st.lists(extension(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
    )


@cache
def extension(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Extension]:
    """`Extension` instances.

    A cloud service extension enabled on roles.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.Extension,
        id=st.none() | xml_text(),
        sequence_number=st.none() | st.integers(_INT32[0], _INT32[1]),
        state=st.none() | xml_text(),
    )


@cache
def add_disk(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.AddDisk]:
    """`AddDisk` instances.

    Request body of `add_disk`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.AddDisk,
        os=st.none() | st.sampled_from(("Linux", "Windows")),
        label=xml_text(),
        media_link=xml_text(),
        name=xml_text(),
    )


@cache
def update_disk(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.UpdateDisk]:
    """`UpdateDisk` instances.

    Request body of `update_disk`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UpdateDisk,
        disk_name=xml_text(),
        label=st.none() | xml_text(),
        resized_size_in_gb=st.none() | st.integers(1, 1023),
    )


@cache
def disk(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Disk]:
    """`Disk` instances.

    A disk of the image repository, in the order ASM sends its elements.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.Disk,
        affinity_group=st.none() | xml_text(),
        attached_to=st.none() | attached_to(depth=depth - 1) if depth > 0 else st.none(),
        has_operating_system=st.none() | st.booleans(),
        os=st.none() | xml_text(),
        is_corrupted=st.none() | st.booleans(),
        label=st.none() | xml_text(),
        location=st.none() | xml_text(),
        logical_disk_size_in_gb=st.none() | st.integers(_INT32[0], _INT32[1]),
        media_link=st.none() | xml_text(),
        name=st.none() | xml_text(),
        source_image_name=st.none() | xml_text(),
        created_time=st.none() | _DATETIMES,
        io_type=st.none() | xml_text(),
        is_premium=st.none() | st.booleans(),
    )


@cache
def attached_to(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.AttachedTo]:
    """`AttachedTo` instances.

    The virtual machine (role) a disk is attached to.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.AttachedTo,
        hosted_service_name=st.none() | xml_text(),
        deployment_name=st.none() | xml_text(),
        role_name=st.none() | xml_text(),
    )


@cache
def create_gateway_parameters(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.CreateGatewayParameters]:
    """`CreateGatewayParameters` instances.

    Body of create_gateway.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CreateGatewayParameters,
        gateway_size=st.none() | xml_text(),
        gateway_type=st.none() | xml_text(),
    )


@cache
def gateway(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Gateway]:
    """`Gateway` instances.

    The VPN gateway of a virtual network.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.Gateway,
        state=st.none() | xml_text(),
        vip_address=st.none() | xml_text(),
        last_event=st.none() | gateway_event(depth=depth - 1) if depth > 0 else st.none(),
        gateway_type=st.none() | xml_text(),
        gateway_size=st.none() | xml_text(),
        default_sites=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
    )


@cache
def gateway_event(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.GatewayEvent]:
    """`GatewayEvent` instances.

    An event of a gateway or of one of its connections.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.GatewayEvent,
        timestamp=st.none() | _DATETIMES,
        id=st.none() | xml_text(),
        message=st.none() | xml_text(),
        data=st.none() | xml_text(),
    )


@cache
def gateway_connection_status(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.GatewayConnectionStatus]:
    """`GatewayConnectionStatus` instances.

    A site-to-site connection of a gateway to a local network.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.GatewayConnectionStatus,
        local_network_site_name=st.none() | xml_text(),
        connectivity_state=st.none() | xml_text(),
        last_event=st.none() | gateway_event(depth=depth - 1) if depth > 0 else st.none(),
        ingress_bytes_transferred=st.none() | st.integers(_INT64[0], _INT64[1]),
        egress_bytes_transferred=st.none() | st.integers(_INT64[0], _INT64[1]),
        last_connection_established=st.none() | _DATETIMES,
        allocated_ip_addresses=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
    )


@cache
def update_gateway_connection(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.UpdateGatewayConnection]:
    """`UpdateGatewayConnection` instances.

    Body of connect_disconnect_or_test_gateway.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UpdateGatewayConnection,
        operation=st.none() | xml_text(),
        ip_address=st.none() | xml_text(),
    )


@cache
def gateway_shared_key(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.GatewaySharedKey]:
    """`GatewaySharedKey` instances.

    The pre-shared key of a gateway connection; also the body of set_gateway_shared_key.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.GatewaySharedKey,
        value=st.none() | xml_text(),
    )


@cache
def reset_gateway_shared_key(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ResetGatewaySharedKey]:
    """`ResetGatewaySharedKey` instances.

    Body of reset_gateway_shared_key.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ResetGatewaySharedKey,
        key_length=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


@cache
def i_psec_parameters(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.IPsecParameters]:
    """`IPsecParameters` instances.

    The IPsec parameters of a gateway connection.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.IPsecParameters,
        encryption_type=st.none() | xml_text(),
        pfs_group=st.none() | xml_text(),
        sa_data_size_kilobytes=st.none() | st.integers(_INT32[0], _INT32[1]),
        sa_life_time_seconds=st.none() | st.integers(_INT32[0], _INT32[1]),
        hash_algorithm=st.none() | xml_text(),
    )


@cache
def start_gateway_public_diagnostics(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.StartGatewayPublicDiagnostics]:
    """`StartGatewayPublicDiagnostics` instances.

    Body of start_gateway_diagnostics.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.StartGatewayPublicDiagnostics,
        capture_duration_in_seconds=st.none() | st.integers(_INT32[0], _INT32[1]),
        container_name=st.none() | xml_text(),
        customer_storage_key=st.none() | xml_text(),
        customer_storage_name=st.none() | xml_text(),
    )


@cache
def stop_gateway_public_diagnostics(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.StopGatewayPublicDiagnostics]:
    """`StopGatewayPublicDiagnostics` instances.

    Body of stop_gateway_diagnostics.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.StopGatewayPublicDiagnostics,
    )


@cache
def gateway_public_diagnostics_status(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.GatewayPublicDiagnosticsStatus]:
    """`GatewayPublicDiagnosticsStatus` instances.

    The state of the diagnostics capture of a gateway.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.GatewayPublicDiagnosticsStatus,
        state=st.none() | xml_text(),
        public_diagnostics_url=st.none() | xml_text(),
    )


@cache
def gateway_operation(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.GatewayOperation]:
    """`GatewayOperation` instances.

    The status of a gateway operation.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.GatewayOperation,
        id=st.none() | xml_text(),
        status=st.none() | xml_text(),
        http_status_code=st.none() | xml_text(),
        data=st.none() | xml_text(),
        error=st.none() | gateway_operation_error(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def gateway_operation_error(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.GatewayOperationError]:
    """`GatewayOperationError` instances.

    Why a gateway operation failed.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.GatewayOperationError,
        code=st.none() | xml_text(),
        message=st.none() | xml_text(),
    )


@cache
def gateway_default_sites(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.GatewayDefaultSites]:
    """`GatewayDefaultSites` instances.

    Body of set_gateway_default_sites.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.GatewayDefaultSites,
        default_sites=st.lists(xml_text(), max_size=_MAX_LIST),
    )


@cache
def vpn_client_parameters(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.VpnClientParameters]:
    """`VpnClientParameters` instances.

    Body of generate_vpn_client_package.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.VpnClientParameters,
        processor_architecture=st.none() | xml_text(),
    )


@cache
def vpn_device_list(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.VpnDeviceList]:
    """`VpnDeviceList` instances.

    The VPN devices ASM has configuration scripts for (a document in no namespace).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.VpnDeviceList,
        version=st.none() | xml_text(),
        vendors=st.lists(vpn_device_vendor(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
    )


@cache
def vpn_device_vendor(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.VpnDeviceVendor]:
    """`VpnDeviceVendor` instances.

    A vendor of supported VPN devices.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.VpnDeviceVendor,
        name=st.none() | xml_text(),
        platforms=st.lists(vpn_device_platform(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
    )


@cache
def vpn_device_platform(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.VpnDevicePlatform]:
    """`VpnDevicePlatform` instances.

    A platform of supported VPN devices.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.VpnDevicePlatform,
        name=st.none() | xml_text(),
        os_families=st.lists(vpn_device_os_family(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
    )


@cache
def vpn_device_os_family(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.VpnDeviceOSFamily]:
    """`VpnDeviceOSFamily` instances.

    An operating system of a supported VPN device platform.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.VpnDeviceOSFamily,
        name=st.none() | xml_text(),
    )


@cache
def reset_gateway_parameters(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ResetGatewayParameters]:
    """`ResetGatewayParameters` instances.

    Body of reset_gateway and reset_virtual_network_gateway.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ResetGatewayParameters,
    )


@cache
def resize_gateway_parameters(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ResizeGatewayParameters]:
    """`ResizeGatewayParameters` instances.

    Body of resize_gateway and resize_virtual_network_gateway.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ResizeGatewayParameters,
        gateway_size=st.none() | xml_text(),
    )


@cache
def client_root_certificate(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ClientRootCertificate]:
    """`ClientRootCertificate` instances.

    A point-to-site client root certificate of a gateway.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ClientRootCertificate,
        expiration_time=st.none() | _DATETIMES,
        subject=st.none() | xml_text(),
        thumbprint=st.none() | xml_text(),
    )


@cache
def hosted_service(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.HostedService]:
    """`HostedService` instances.

    A cloud service and, when asked for, its deployments.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.HostedService,
        url=st.none() | xml_text(),
        service_name=st.none() | xml_text(),
        hosted_service_properties=hosted_service_properties(depth=depth - 1)
        if depth > 0
        else st.builds(_models.HostedServiceProperties),
        deployments=st.lists(deployment(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        default_win_rm_certificate_thumbprint=st.none() | xml_text(),
        compute_capabilities=st.none() | hosted_service_compute_capabilities(depth=depth - 1)
        if depth > 0
        else st.none(),
    )


@cache
def hosted_service_properties(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.HostedServiceProperties]:
    """`HostedServiceProperties` instances.

    Properties of a cloud service.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.HostedServiceProperties,
        description=st.none() | xml_text(),
        affinity_group=st.none() | xml_text(),
        location=st.none() | xml_text(),
        label=st.none() | xml_text(),
        status=st.none() | xml_text(),
        date_created=st.none() | _DATETIMES,
        date_last_modified=st.none() | _DATETIMES,
        extended_properties=_MAPS,
        reverse_dns_fqdn=st.none() | xml_text(),
    )


@cache
def hosted_service_compute_capabilities(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.HostedServiceComputeCapabilities]:
    """`HostedServiceComputeCapabilities` instances.

    Role sizes available to the deployments of a cloud service.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.HostedServiceComputeCapabilities,
        virtual_machine_role_sizes=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        web_worker_role_sizes=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        virtual_machines_role_sizes=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
    )


@cache
def create_hosted_service(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.CreateHostedService]:
    """`CreateHostedService` instances.

    Request body of `create_hosted_service`.

    ``depth`` bounds the nesting of models inside them.
    """
    return _with_groups(
        st.builds(
            _models.CreateHostedService,
            service_name=_pattern("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"),
            label=xml_text(max_size=100),
            description=st.none() | xml_text(max_size=1024),
            extended_properties=st.none() | _MAPS,
            reverse_dns_fqdn=st.none() | xml_text(),
        ),
        exactly_one=[
            {
                "location": xml_text(),
                "affinity_group": xml_text(),
            },
        ],
    )


@cache
def update_hosted_service(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.UpdateHostedService]:
    """`UpdateHostedService` instances.

    Request body of `update_hosted_service`; elements left None are not sent.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UpdateHostedService,
        label=st.none() | xml_text(max_size=100),
        description=st.none() | xml_text(max_size=1024),
        extended_properties=st.none() | _MAPS,
        reverse_dns_fqdn=st.none() | xml_text(),
    )


@cache
def availability_response(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.AvailabilityResponse]:
    """`AvailabilityResponse` instances.

    Answer of a name availability check.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.AvailabilityResponse,
        result=st.none() | st.booleans(),
        reason=st.none() | xml_text(),
    )


@cache
def replication_input(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.ReplicationInput]:
    """`ReplicationInput` instances.

    Body of replicate_vm_image.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ReplicationInput,
        regions=st.lists(xml_text(), max_size=_MAX_LIST),
        offer=xml_text(),
        sku=xml_text(),
        version=_pattern("^\\d+\\.\\d+\\.\\d+$"),
    )


@cache
def os_image_details(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.OSImageDetails]:
    """`OSImageDetails` instances.

    An operating system image with the progress of its replication to other regions.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.OSImageDetails,
        affinity_group=st.none() | xml_text(),
        category=st.none() | xml_text(),
        label=st.none() | xml_text(),
        location=st.none() | xml_text(),
        logical_size_in_gb=st.none() | st.integers(_INT32[0], _INT32[1]),
        media_link=st.none() | xml_text(),
        name=st.none() | xml_text(),
        os=st.none() | xml_text(),
        eula=st.none() | xml_text(),
        description=st.none() | xml_text(),
        image_family=st.none() | xml_text(),
        show_in_gui=st.none() | st.booleans(),
        published_date=st.none() | _DATETIMES,
        is_premium=st.none() | st.booleans(),
        icon_uri=st.none() | xml_text(),
        privacy_uri=st.none() | xml_text(),
        recommended_vm_size=st.none() | xml_text(),
        publisher_name=st.none() | xml_text(),
        pricing_detail_link=st.none() | xml_text(),
        small_icon_uri=st.none() | xml_text(),
        language=st.none() | xml_text(),
        os_state=st.none() | xml_text(),
        io_type=st.none() | xml_text(),
        replication_progress=st.lists(
            replication_progress_element(depth=depth - 1), max_size=_MAX_LIST
        )
        if depth > 0
        else st.just([]),
        is_corrupted=st.none() | st.booleans(),
        compute_image_attributes=st.none() | compute_image_attributes(depth=depth - 1)
        if depth > 0
        else st.none(),
        marketplace_image_attributes=st.none() | marketplace_image_attributes(depth=depth - 1)
        if depth > 0
        else st.none(),
    )


@cache
def replication_progress_element(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ReplicationProgressElement]:
    """`ReplicationProgressElement` instances.

    Replication progress of an image in one location.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ReplicationProgressElement,
        location=st.none() | xml_text(),
        progress=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


@cache
def create_vm_image_input(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.CreateVMImageInput]:
    """`CreateVMImageInput` instances.

    Body of create_vm_image: the elements of Create VM Image, in its order (read-only fields of
    a VMImage, such as its category, state or times, are not part of it).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CreateVMImageInput,
        name=xml_text(),
        label=xml_text(),
        description=st.none() | xml_text(),
        os_disk_configuration=create_os_disk_configuration_input(depth=depth - 1),
        data_disk_configurations=st.none()
        | st.lists(create_data_disk_configuration_input(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        language=st.none() | xml_text(),
        image_family=st.none() | xml_text(),
        recommended_vm_size=st.none() | xml_text(),
        eula=st.none() | xml_text(),
        icon_uri=st.none() | xml_text(),
        small_icon_uri=st.none() | xml_text(),
        privacy_uri=st.none() | xml_text(),
        published_date=st.none() | _DATETIMES,
        show_in_gui=st.none() | st.booleans(),
    )


@cache
def create_os_disk_configuration_input(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.CreateOSDiskConfigurationInput]:
    """`CreateOSDiskConfigurationInput` instances.

    The operating system disk of create_vm_image.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CreateOSDiskConfigurationInput,
        host_caching=st.none() | st.sampled_from(("None", "ReadOnly", "ReadWrite")),
        os_state=st.sampled_from(("Generalized", "Specialized")),
        os=st.sampled_from(("Linux", "Windows")),
        media_link=xml_text(),
    )


@cache
def create_data_disk_configuration_input(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.CreateDataDiskConfigurationInput]:
    """`CreateDataDiskConfigurationInput` instances.

    A data disk of create_vm_image.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CreateDataDiskConfigurationInput,
        host_caching=st.none() | st.sampled_from(("None", "ReadOnly", "ReadWrite")),
        lun=st.none() | st.integers(_INT32[0], _INT32[1]),
        media_link=xml_text(),
        logical_disk_size_in_gb=st.integers(_INT32[0], _INT32[1]),
    )


@cache
def update_vm_image_input(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.UpdateVMImageInput]:
    """`UpdateVMImageInput` instances.

    Body of update_vm_image: the elements of Update VM Image, in its order, all optional (what
    is None is not sent and stays as it is).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UpdateVMImageInput,
        label=st.none() | xml_text(),
        description=st.none() | xml_text(),
        os_disk_configuration=st.none() | update_os_disk_configuration_input(depth=depth - 1)
        if depth > 0
        else st.none(),
        data_disk_configurations=st.none()
        | st.lists(update_data_disk_configuration_input(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        language=st.none() | xml_text(),
        image_family=st.none() | xml_text(),
        recommended_vm_size=st.none() | xml_text(),
        eula=st.none() | xml_text(),
        icon_uri=st.none() | xml_text(),
        small_icon_uri=st.none() | xml_text(),
        privacy_uri=st.none() | xml_text(),
        published_date=st.none() | _DATETIMES,
        show_in_gui=st.none() | st.booleans(),
    )


@cache
def update_os_disk_configuration_input(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.UpdateOSDiskConfigurationInput]:
    """`UpdateOSDiskConfigurationInput` instances.

    The operating system disk of update_vm_image.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UpdateOSDiskConfigurationInput,
        host_caching=st.none() | st.sampled_from(("None", "ReadOnly", "ReadWrite")),
    )


@cache
def update_data_disk_configuration_input(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.UpdateDataDiskConfigurationInput]:
    """`UpdateDataDiskConfigurationInput` instances.

    A data disk of update_vm_image, identified by its name.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UpdateDataDiskConfigurationInput,
        name=xml_text(),
        host_caching=st.none() | st.sampled_from(("None", "ReadOnly", "ReadWrite")),
        lun=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


@cache
def update_os_image_input(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.UpdateOSImageInput]:
    """`UpdateOSImageInput` instances.

    Body of update_os_image_from_image_reference: the elements of Update OS Image, in the order
    the legacy SDK writes them (the REST page's sample swaps PublishedDate/ShowInGui and
    IconUri/PrivacyUri). The label is required; what else is None is not sent.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UpdateOSImageInput,
        label=xml_text(),
        eula=st.none() | xml_text(),
        description=st.none() | xml_text(),
        image_family=st.none() | xml_text(),
        show_in_gui=st.none() | st.booleans(),
        published_date=st.none() | _DATETIMES,
        is_premium=st.none() | st.booleans(),
        icon_uri=st.none() | xml_text(),
        privacy_uri=st.none() | xml_text(),
        recommended_vm_size=st.none() | xml_text(),
        small_icon_uri=st.none() | xml_text(),
        language=st.none() | xml_text(),
    )


@cache
def load_balanced_endpoint_list(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.LoadBalancedEndpointList]:
    """`LoadBalancedEndpointList` instances.

    Request body of `update_load_balanced_endpoint_set`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.LoadBalancedEndpointList,
        load_balanced_endpoints=st.lists(
            load_balanced_endpoint(depth=depth - 1), max_size=_MAX_LIST
        )
        if depth > 0
        else st.just([]),
    )


@cache
def load_balanced_endpoint(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.LoadBalancedEndpoint]:
    """`LoadBalancedEndpoint` instances.

    The settings of a load-balanced endpoint set, in the order ASM reads them.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.LoadBalancedEndpoint,
        load_balanced_endpoint_set_name=xml_text(),
        local_port=st.none() | st.integers(_INT32[0], _INT32[1]),
        name=st.none() | xml_text(),
        port=st.none() | st.integers(_INT32[0], _INT32[1]),
        load_balancer_probe=st.none() | load_balancer_probe(depth=depth - 1)
        if depth > 0
        else st.none(),
        protocol=st.none() | xml_text(),
        vip=st.none() | xml_text(),
        enable_direct_server_return=st.none() | st.booleans(),
        endpoint_acl=st.none() | endpoint_acl(depth=depth - 1) if depth > 0 else st.none(),
        load_balancer_name=st.none() | xml_text(),
        idle_timeout_in_minutes=st.none() | st.integers(4, 30),
        load_balancer_distribution=st.none() | xml_text(),
        virtual_ip_name=st.none() | xml_text(),
    )


@cache
def location(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Location]:
    """`Location` instances.

    A data center location.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.Location,
        name=st.none() | xml_text(),
        display_name=st.none() | xml_text(),
        available_services=st.lists(xml_text(), max_size=_MAX_LIST),
        compute_capabilities=compute_capabilities(depth=depth - 1)
        if depth > 0
        else st.builds(_models.ComputeCapabilities),
        storage_capabilities=st.none() | storage_capabilities(depth=depth - 1)
        if depth > 0
        else st.none(),
    )


@cache
def storage_capabilities(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.StorageCapabilities]:
    """`StorageCapabilities` instances.

    Storage account types offered in a location.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.StorageCapabilities,
        storage_account_types=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
    )


@cache
def compute_capabilities(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ComputeCapabilities]:
    """`ComputeCapabilities` instances.

    Role sizes available in a location.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ComputeCapabilities,
        web_worker_role_sizes=st.lists(xml_text(), max_size=_MAX_LIST),
        virtual_machines_role_sizes=st.lists(xml_text(), max_size=_MAX_LIST),
    )


@cache
def deployment_network_resource(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.DeploymentNetworkResource]:
    """`DeploymentNetworkResource` instances.

    Where the virtual machines of a deployment go in Resource Manager (in ASM's order).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.DeploymentNetworkResource,
        resource_group_name=st.none() | xml_text(),
        virtual_network_name=st.none() | xml_text(),
        subnet_name=st.none() | xml_text(),
        destination_virtual_network=st.sampled_from(("New", "Existing")),
    )


@cache
def migration_validation_message(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.MigrationValidationMessage]:
    """`MigrationValidationMessage` instances.

    One problem (or note) found by a migration validation.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.MigrationValidationMessage,
        resource_type=st.none() | xml_text(),
        resource_name=st.none() | xml_text(),
        category=st.none() | xml_text(),
        message=st.none() | xml_text(),
        virtual_machine_name=st.none() | xml_text(),
    )


@cache
def ip_forwarding(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.IPForwarding]:
    """`IPForwarding` instances.

    Whether a virtual machine or network interface forwards traffic not addressed to it.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.IPForwarding,
        state=st.none() | xml_text(),
    )


@cache
def address_availability(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.AddressAvailability]:
    """`AddressAvailability` instances.

    Whether an address of a virtual network is free, with free ones suggested when not.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.AddressAvailability,
        is_available=st.none() | st.booleans(),
        available_addresses=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
    )


@cache
def network_migration_validation_message(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.NetworkMigrationValidationMessage]:
    """`NetworkMigrationValidationMessage` instances.

    A problem that keeps a network resource from migrating to Azure Resource Manager.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.NetworkMigrationValidationMessage,
        resource_type=st.none() | xml_text(),
        resource_name=st.none() | xml_text(),
        category=st.none() | xml_text(),
        message=st.none() | xml_text(),
        virtual_machine_name=st.none() | xml_text(),
    )


@cache
def network_security_group(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.NetworkSecurityGroup]:
    """`NetworkSecurityGroup` instances.

    A network security group. Also the body of create_network_security_group, which sends its
    name, label and location.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.NetworkSecurityGroup,
        name=st.none() | xml_text(),
        label=st.none() | xml_text(),
        location=st.none() | xml_text(),
        rules=st.none() | st.lists(network_security_rule(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
    )


@cache
def network_security_rule(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.NetworkSecurityRule]:
    """`NetworkSecurityRule` instances.

    A rule of a network security group. Also the body of set_network_security_group_rule, which
    sends every member from `type` to `protocol` (the name is in the path).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.NetworkSecurityRule,
        name=st.none() | xml_text(),
        type=st.none() | xml_text(),
        priority=st.none() | st.integers(_INT32[0], _INT32[1]),
        action=st.none() | xml_text(),
        source_address_prefix=st.none() | xml_text(),
        source_port_range=st.none() | xml_text(),
        destination_address_prefix=st.none() | xml_text(),
        destination_port_range=st.none() | xml_text(),
        protocol=st.none() | xml_text(),
        state=st.none() | xml_text(),
        is_default=st.none() | st.booleans(),
    )


@cache
def network_security_group_association(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.NetworkSecurityGroupAssociation]:
    """`NetworkSecurityGroupAssociation` instances.

    The network security group of a subnet, virtual machine or network interface. Also the body
    of the add_network_security_group_to_* operations, which send its name.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.NetworkSecurityGroupAssociation,
        network_security_group_name=st.none() | xml_text(),
        state=st.none() | xml_text(),
    )


@cache
def reserved_ip(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.ReservedIP]:
    """`ReservedIP` instances.

    A reserved public IP address. Also the body of create_reserved_ip_address, which sends its
    name, label and location and, to reserve a deployment's current address, the service,
    deployment and virtual IP names.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ReservedIP,
        name=st.none() | xml_text(),
        address=st.none() | xml_text(),
        id=st.none() | xml_text(),
        label=st.none() | xml_text(),
        affinity_group=st.none() | xml_text(),
        state=st.none() | xml_text(),
        in_use=st.none() | st.booleans(),
        service_name=st.none() | xml_text(),
        deployment_name=st.none() | xml_text(),
        location=st.none() | xml_text(),
        virtual_ip_name=st.none() | xml_text(),
    )


@cache
def reserved_ip_association(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ReservedIPAssociation]:
    """`ReservedIPAssociation` instances.

    Body of associate_reserved_ip_address and disassociate_reserved_ip_address.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ReservedIPAssociation,
        service_name=xml_text(),
        deployment_name=xml_text(),
        virtual_ip_name=st.none() | xml_text(),
    )


@cache
def virtual_network_site(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.VirtualNetworkSite]:
    """`VirtualNetworkSite` instances.

    A virtual network of the subscription, as list_virtual_network_sites reports it.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.VirtualNetworkSite,
        name=st.none() | xml_text(),
        label=st.none() | xml_text(),
        id=st.none() | xml_text(),
        affinity_group=st.none() | xml_text(),
        location=st.none() | xml_text(),
        state=st.none() | xml_text(),
        address_space=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        subnets=st.lists(subnet(depth=depth - 1), max_size=_MAX_LIST) if depth > 0 else st.just([]),
        dns_servers=st.none() | st.lists(dns_server(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        gateway=st.none() | virtual_network_gateway(depth=depth - 1) if depth > 0 else st.none(),
        in_use=st.none() | st.booleans(),
        migration_state=st.none() | xml_text(),
    )


@cache
def subnet(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Subnet]:
    """`Subnet` instances.

    A subnet of a virtual network.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.Subnet,
        name=st.none() | xml_text(),
        address_prefix=st.none() | xml_text(),
        network_security_group=st.none() | xml_text(),
    )


@cache
def virtual_network_gateway(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.VirtualNetworkGateway]:
    """`VirtualNetworkGateway` instances.

    The gateway of a virtual network, as list_virtual_network_sites reports it.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.VirtualNetworkGateway,
        profile=st.none() | xml_text(),
        sites=st.none() | st.lists(gateway_local_network_site(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        vpn_client_address_pool=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
    )


@cache
def gateway_local_network_site(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.GatewayLocalNetworkSite]:
    """`GatewayLocalNetworkSite` instances.

    A local network connected through a virtual network's gateway.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.GatewayLocalNetworkSite,
        name=st.none() | xml_text(),
        address_space=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        vpn_gateway_address=st.none() | xml_text(),
        connections=st.none() | st.lists(gateway_connection(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
    )


@cache
def gateway_connection(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.GatewayConnection]:
    """`GatewayConnection` instances.

    A connection between a gateway and a local network.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.GatewayConnection,
        type=st.none() | xml_text(),
    )


@cache
def network_configuration(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.NetworkConfiguration]:
    """`NetworkConfiguration` instances.

    The subscription's network configuration: its DNS servers, local (on-premises) networks and
    virtual networks. get_network_configuration returns it and set_network_configuration
    replaces it as a whole.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.NetworkConfiguration,
        dns_servers=st.none() | st.lists(network_dns_server(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        local_network_sites=st.none()
        | st.lists(local_network_site(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        virtual_network_sites=st.none()
        | st.lists(virtual_network_site_configuration(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
    )


@cache
def network_dns_server(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.NetworkDnsServer]:
    """`NetworkDnsServer` instances.

    A DNS server of the network configuration.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.NetworkDnsServer,
        name=xml_text(),
        ip_address=xml_text(),
    )


@cache
def local_network_site(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.LocalNetworkSite]:
    """`LocalNetworkSite` instances.

    An on-premises network of the network configuration.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.LocalNetworkSite,
        name=xml_text(),
        address_space=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        vpn_gateway_address=st.none() | xml_text(),
    )


@cache
def virtual_network_site_configuration(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.VirtualNetworkSiteConfiguration]:
    """`VirtualNetworkSiteConfiguration` instances.

    A virtual network of the network configuration, placed in a location (or, for old networks,
    an affinity group).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.VirtualNetworkSiteConfiguration,
        name=xml_text(),
        location=st.none() | xml_text(),
        affinity_group=st.none() | xml_text(),
        address_space=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        subnets=st.none() | st.lists(subnet_configuration(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        dns_servers_ref=st.none() | st.lists(dns_server_ref(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        gateway=st.none() | network_gateway(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def subnet_configuration(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.SubnetConfiguration]:
    """`SubnetConfiguration` instances.

    A subnet of a virtual network in the network configuration.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.SubnetConfiguration,
        name=xml_text(),
        address_prefix=st.none() | xml_text(),
    )


@cache
def dns_server_ref(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.DnsServerRef]:
    """`DnsServerRef` instances.

    A reference, by name, to a DNS server of the network configuration.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.DnsServerRef,
        name=xml_text(),
    )


@cache
def network_gateway(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.NetworkGateway]:
    """`NetworkGateway` instances.

    The gateway of a virtual network in the network configuration.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.NetworkGateway,
        profile=st.none() | xml_text(),
        vpn_client_address_pool=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        connections_to_local_network=st.none()
        | st.lists(local_network_site_ref(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
    )


@cache
def local_network_site_ref(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.LocalNetworkSiteRef]:
    """`LocalNetworkSiteRef` instances.

    A reference, by name, to a local network a gateway connects to.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.LocalNetworkSiteRef,
        name=xml_text(),
        connection=st.none() | local_network_connection(depth=depth - 1)
        if depth > 0
        else st.none(),
    )


@cache
def local_network_connection(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.LocalNetworkConnection]:
    """`LocalNetworkConnection` instances.

    The kind of connection to a local network.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.LocalNetworkConnection,
        type=st.none() | xml_text(),
    )


@cache
def operating_system(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.OperatingSystem]:
    """`OperatingSystem` instances.

    A guest operating system version. Inside an OperatingSystemFamily, ASM leaves out family and
    family_label.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.OperatingSystem,
        version=st.none() | xml_text(),
        label=st.none() | xml_text(),
        is_default=st.none() | st.booleans(),
        is_active=st.none() | st.booleans(),
        family=st.none() | st.integers(_INT32[0], _INT32[1]),
        family_label=st.none() | xml_text(),
    )


@cache
def operating_system_family(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.OperatingSystemFamily]:
    """`OperatingSystemFamily` instances.

    A guest operating system family and the versions it offers.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.OperatingSystemFamily,
        name=st.none() | xml_text(),
        label=st.none() | xml_text(),
        operating_systems=st.lists(operating_system(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
    )


@cache
def os_image(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.OSImage]:
    """`OSImage` instances.

    An operating system image of the image repository. Platform images carry publisher details
    (eula, icons, pricing); the subscription's own images carry a media link.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.OSImage,
        affinity_group=st.none() | xml_text(),
        category=st.none() | xml_text(),
        label=st.none() | xml_text(),
        location=st.none() | xml_text(),
        logical_size_in_gb=st.none() | st.integers(_INT32[0], _INT32[1]),
        media_link=st.none() | xml_text(),
        name=st.none() | xml_text(),
        os=st.none() | xml_text(),
        eula=st.none() | xml_text(),
        description=st.none() | xml_text(),
        image_family=st.none() | xml_text(),
        show_in_gui=st.none() | st.booleans(),
        published_date=st.none() | _DATETIMES,
        is_premium=st.none() | st.booleans(),
        icon_uri=st.none() | xml_text(),
        privacy_uri=st.none() | xml_text(),
        recommended_vm_size=st.none() | xml_text(),
        publisher_name=st.none() | xml_text(),
        pricing_detail_link=st.none() | xml_text(),
        small_icon_uri=st.none() | xml_text(),
        language=st.none() | xml_text(),
        os_state=st.none() | xml_text(),
        io_type=st.none() | xml_text(),
    )


@cache
def os_image_input(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.OSImageInput]:
    """`OSImageInput` instances.

    Body of add_os_image and update_os_image: the four elements the legacy SDK sends, then the
    descriptive elements of Add OS Image (add_os_image's keywords), in ASM's order; those are
    sent only when given. The label is plain text (unlike storage account labels).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.OSImageInput,
        label=xml_text(),
        media_link=xml_text(),
        name=xml_text(),
        os=st.sampled_from(("Linux", "Windows")),
        eula=st.none() | xml_text(),
        description=st.none() | xml_text(),
        image_family=st.none() | xml_text(),
        published_date=st.none() | _DATETIMES,
        is_premium=st.none() | st.booleans(),
        show_in_gui=st.none() | st.booleans(),
        privacy_uri=st.none() | xml_text(),
        icon_uri=st.none() | xml_text(),
        recommended_vm_size=st.none() | xml_text(),
        small_icon_uri=st.none() | xml_text(),
        language=st.none() | xml_text(),
    )


@cache
def resource_extension(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ResourceExtension]:
    """`ResourceExtension` instances.

    A VM extension (one version of it) that virtual machines can be given.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ResourceExtension,
        publisher=st.none() | xml_text(),
        name=st.none() | xml_text(),
        version=st.none() | xml_text(),
        label=st.none() | xml_text(),
        description=st.none() | xml_text(),
        public_configuration_schema=st.none() | xml_text(),
        private_configuration_schema=st.none() | xml_text(),
        sample_config=st.none() | xml_text(),
        replication_completed=st.none() | st.booleans(),
        eula=st.none() | xml_text(),
        privacy_uri=st.none() | xml_text(),
        homepage_uri=st.none() | xml_text(),
        is_json_extension=st.none() | st.booleans(),
        is_internal_extension=st.none() | st.booleans(),
        disallow_major_version_upgrade=st.none() | st.booleans(),
        company_name=st.none() | xml_text(),
        supported_os=st.none() | xml_text(),
        published_date=st.none() | _DATETIMES,
        regions=st.none() | xml_text(),
    )


@cache
def update_role(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.UpdateRole]:
    """`UpdateRole` instances.

    Request body of `update_role`: the role fields that can change, without provisioning set, VM
    image or media location. `<ConfigurationSets>` is only written with a network set.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UpdateRole,
        role_name=xml_text(),
        role_type=st.none() | xml_text(),
        network_config=st.none() | any_network_configuration_set(depth=depth - 1)
        if depth > 0
        else st.none(),
        resource_extension_references=st.none()
        | st.lists(resource_extension_reference(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        availability_set_name=st.none() | xml_text(),
        data_virtual_hard_disks=st.none()
        | st.lists(data_virtual_hard_disk(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        os_virtual_hard_disk=st.none() | os_virtual_hard_disk(depth=depth - 1)
        if depth > 0
        else st.none(),
        role_size=st.none() | xml_text(),
        provision_guest_agent=st.none() | st.booleans(),
    )


@cache
def capture_role_operation(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.CaptureRoleOperation]:
    """`CaptureRoleOperation` instances.

    Request body of `capture_role`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CaptureRoleOperation,
        post_capture_action=st.sampled_from(("Delete", "Reprovision")),
        provisioning_configuration=st.none() | provisioning_configuration_set(depth=depth - 1)
        if depth > 0
        else st.none(),
        target_image_label=xml_text(),
        target_image_name=xml_text(),
    )


@cache
def start_role_operation(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.StartRoleOperation]:
    """`StartRoleOperation` instances.

    Request body of `start_role`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.StartRoleOperation,
    )


@cache
def start_roles_operation(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.StartRolesOperation]:
    """`StartRolesOperation` instances.

    Request body of `start_roles`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.StartRolesOperation,
        role_names=st.lists(xml_text(), max_size=_MAX_LIST),
    )


@cache
def restart_role_operation(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.RestartRoleOperation]:
    """`RestartRoleOperation` instances.

    Request body of `restart_role`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RestartRoleOperation,
    )


@cache
def shutdown_role_operation(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ShutdownRoleOperation]:
    """`ShutdownRoleOperation` instances.

    Request body of `shutdown_role`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ShutdownRoleOperation,
        post_shutdown_action=st.none() | st.sampled_from(("Stopped", "StoppedDeallocated")),
    )


@cache
def shutdown_roles_operation(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ShutdownRolesOperation]:
    """`ShutdownRolesOperation` instances.

    Request body of `shutdown_roles`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ShutdownRolesOperation,
        role_names=st.lists(xml_text(), max_size=_MAX_LIST),
        post_shutdown_action=st.none() | st.sampled_from(("Stopped", "StoppedDeallocated")),
    )


@cache
def role_size(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.RoleSize]:
    """`RoleSize` instances.

    A size that roles and virtual machines can be deployed with.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RoleSize,
        name=st.none() | xml_text(),
        label=st.none() | xml_text(),
        cores=st.none() | st.integers(_INT32[0], _INT32[1]),
        memory_in_mb=st.none() | st.integers(_INT32[0], _INT32[1]),
        supported_by_web_worker_roles=st.none() | st.booleans(),
        supported_by_virtual_machines=st.none() | st.booleans(),
        max_data_disk_count=st.none() | st.integers(_INT32[0], _INT32[1]),
        web_worker_resource_disk_size_in_mb=st.none() | st.integers(_INT32[0], _INT32[1]),
        virtual_machine_resource_disk_size_in_mb=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


@cache
def role_definition(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.RoleDefinition]:
    """`RoleDefinition` instances.

    The fields that describe a new virtual machine, in the order ASM expects them. Written
    inside `<Role>` by `create_virtual_machine_deployment` and as `<PersistentVMRole>` by
    `add_role`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RoleDefinition,
        role_name=xml_text(),
        role_type=st.none() | xml_text(),
        configuration_sets=st.none()
        | st.lists(any_configuration_set(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        resource_extension_references=st.none()
        | st.lists(resource_extension_reference(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        vm_image_name=st.none() | xml_text(),
        media_location=st.none() | xml_text(),
        availability_set_name=st.none() | xml_text(),
        data_virtual_hard_disks=st.none()
        | st.lists(data_virtual_hard_disk(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        os_virtual_hard_disk=st.none() | os_virtual_hard_disk(depth=depth - 1)
        if depth > 0
        else st.none(),
        role_size=st.none() | xml_text(),
        provision_guest_agent=st.none() | st.booleans(),
    )


@cache
def add_role(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.AddRole]:
    """`AddRole` instances.

    Request body of `add_role`.

    ``depth`` bounds the nesting of models inside them.
    """
    return _with_groups(
        st.builds(
            _models.AddRole,
            role_name=xml_text(),
            role_type=st.none() | xml_text(),
            configuration_sets=st.none()
            | st.lists(any_configuration_set(depth=depth - 1), max_size=_MAX_LIST)
            if depth > 0
            else st.none(),
            resource_extension_references=st.none()
            | st.lists(resource_extension_reference(depth=depth - 1), max_size=_MAX_LIST)
            if depth > 0
            else st.none(),
            media_location=st.none() | xml_text(),
            availability_set_name=st.none() | xml_text(),
            data_virtual_hard_disks=st.none()
            | st.lists(data_virtual_hard_disk(depth=depth - 1), max_size=_MAX_LIST)
            if depth > 0
            else st.none(),
            role_size=st.none() | xml_text(),
            provision_guest_agent=st.none() | st.booleans(),
        ),
        exactly_one=[
            {
                "vm_image_name": xml_text(),
                "os_virtual_hard_disk": os_virtual_hard_disk(depth=depth - 1),
            },
        ],
    )


@cache
def capture_role_as_vm_image(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.CaptureRoleAsVMImage]:
    """`CaptureRoleAsVMImage` instances.

    What to capture a virtual machine as: `CaptureRoleAsVMImage('Specialized', 'myimage', 'My
    image', 'description', 'english', 'myfamily')`. Passed to `capture_vm_image`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CaptureRoleAsVMImage,
        os_state=st.sampled_from(("Generalized", "Specialized")),
        vm_image_name=xml_text(),
        vm_image_label=xml_text(),
        description=st.none() | xml_text(),
        language=st.none() | xml_text(),
        image_family=st.none() | xml_text(),
        recommended_vm_size=st.none() | xml_text(),
    )


@cache
def role(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Role]:
    """`Role` values: `PersistentVMRole` instances.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.one_of(
        persistent_vm_role(depth=depth),
    )


@cache
def persistent_vm_role(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.PersistentVMRole]:
    """`PersistentVMRole` instances.

    A virtual machine role, as returned by `get_role` and inside deployments.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.PersistentVMRole,
        role_name=st.none() | xml_text(),
        os_version=st.none() | xml_text(),
        role_type=st.none() | xml_text(),
        license_type=st.none() | xml_text(),
        configuration_sets=st.lists(any_configuration_set(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        resource_extension_references=st.lists(
            resource_extension_reference(depth=depth - 1), max_size=_MAX_LIST
        )
        if depth > 0
        else st.just([]),
        vm_image_name=st.none() | xml_text(),
        media_location=st.none() | xml_text(),
        availability_set_name=st.none() | xml_text(),
        data_virtual_hard_disks=st.lists(
            data_virtual_hard_disk(depth=depth - 1), max_size=_MAX_LIST
        )
        if depth > 0
        else st.just([]),
        os_virtual_hard_disk=os_virtual_hard_disk(depth=depth - 1)
        if depth > 0
        else st.builds(_models.OSVirtualHardDisk),
        role_size=st.none() | xml_text(),
        provision_guest_agent=st.none() | st.booleans(),
        default_win_rm_certificate_thumbprint=st.none() | xml_text(),
        migration_state=st.none() | xml_text(),
        label=st.none() | xml_text(),
        vm_image_input=st.none() | vm_image_input(depth=depth - 1) if depth > 0 else st.none(),
        debug_settings=st.none() | debug_settings(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def any_configuration_set(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.AnyConfigurationSet]:
    """`AnyConfigurationSet` values: `LinuxConfigurationSet`, `WindowsConfigurationSet`,
    `NetworkConfigurationSet` instances.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.one_of(
        linux_configuration_set(depth=depth),
        windows_configuration_set(depth=depth),
        network_configuration_set(depth=depth),
    )


@cache
def configuration_set(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.ConfigurationSet]:
    """`ConfigurationSet` instances.

    The reference package's general configuration set: its kind is the `configuration_set_type`
    attribute (`NetworkConfiguration`, `LinuxProvisioningConfiguration` or
    `WindowsProvisioningConfiguration`), set after construction. Accepted wherever a
    configuration set is, and sent as the set its type names, with the attributes that set has
    (`network.input_endpoints.append(...)`, `system.host_name = ...`); `LinuxConfigurationSet`
    and the other typed sets are the precise spelling.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ConfigurationSet,
        configuration_set_type=st.none() | xml_text(),
        role_type=st.none() | xml_text(),
        input_endpoints=st.lists(
            configuration_set_input_endpoint(depth=depth - 1), max_size=_MAX_LIST
        )
        if depth > 0
        else st.just([]),
        subnet_names=st.lists(xml_text(), max_size=_MAX_LIST),
        public_ips=st.lists(public_ip(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        static_virtual_network_ip_address=st.none() | xml_text(),
    )


@cache
def any_network_configuration_set(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.AnyNetworkConfigurationSet]:
    """`AnyNetworkConfigurationSet` values: `NetworkConfigurationSet` instances.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.one_of(
        network_configuration_set(depth=depth),
    )


@cache
def provisioning_configuration_set(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ProvisioningConfigurationSet]:
    """`ProvisioningConfigurationSet` values: `LinuxConfigurationSet`, `WindowsConfigurationSet`
    instances.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.one_of(
        linux_configuration_set(depth=depth),
        windows_configuration_set(depth=depth),
    )


@cache
def linux_configuration_set(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.LinuxConfigurationSet]:
    """`LinuxConfigurationSet` instances.

    First-boot settings of a Linux virtual machine: host name, the user to create, its password
    and/or SSH keys, and custom data.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.LinuxConfigurationSet,
        host_name=st.none() | xml_text(),
        user_name=st.none() | xml_text(),
        user_password=st.none() | xml_text(),
        disable_ssh_password_authentication=st.none() | st.booleans(),
        ssh=ssh(depth=depth - 1) if depth > 0 else st.builds(_models.SSH),
        custom_data=st.none() | xml_text(),
    )


@cache
def ssh(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.SSH]:
    """`SSH` instances.

    SSH keys to install on a Linux virtual machine, taken from certificates of the cloud
    service.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.SSH,
        public_keys=st.lists(public_key(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        key_pairs=st.lists(key_pair(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
    )


@cache
def public_key(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.PublicKey]:
    """`PublicKey` instances.

    An SSH public key, given by the fingerprint of a service certificate holding it.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.PublicKey,
        fingerprint=st.none() | xml_text(),
        path=st.none() | xml_text(),
    )


@cache
def key_pair(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.KeyPair]:
    """`KeyPair` instances.

    An SSH key pair, given by the fingerprint of a service certificate holding it.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.KeyPair,
        fingerprint=st.none() | xml_text(),
        path=st.none() | xml_text(),
    )


@cache
def windows_configuration_set(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.WindowsConfigurationSet]:
    """`WindowsConfigurationSet` instances.

    First-boot settings of a Windows virtual machine: computer name, administrator account,
    updates, time zone, domain join, certificates, WinRM listeners and unattend content.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.WindowsConfigurationSet,
        computer_name=st.none() | xml_text(),
        admin_password=st.none() | xml_text(),
        reset_password_on_first_logon=st.none() | st.booleans(),
        enable_automatic_updates=st.none() | st.booleans(),
        time_zone=st.none() | xml_text(),
        domain_join=domain_join(depth=depth - 1) if depth > 0 else st.builds(_models.DomainJoin),
        stored_certificate_settings=st.lists(
            certificate_setting(depth=depth - 1), max_size=_MAX_LIST
        )
        if depth > 0
        else st.just([]),
        win_rm=win_rm(depth=depth - 1) if depth > 0 else st.builds(_models.WinRM),
        admin_username=st.none() | xml_text(),
        custom_data=st.none() | xml_text(),
        additional_unattend_content=additional_unattend_content(depth=depth - 1)
        if depth > 0
        else st.builds(_models.AdditionalUnattendContent),
    )


@cache
def domain_join(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.DomainJoin]:
    """`DomainJoin` instances.

    An Active Directory domain for a Windows virtual machine to join.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.DomainJoin,
        credentials=credentials(depth=depth - 1) if depth > 0 else st.builds(_models.Credentials),
        join_domain=st.none() | xml_text(),
        machine_object_ou=st.none() | xml_text(),
        provisioning=domain_join_provisioning(depth=depth - 1)
        if depth > 0
        else st.builds(_models.DomainJoinProvisioning),
    )


@cache
def domain_join_provisioning(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.DomainJoinProvisioning]:
    """`DomainJoinProvisioning` instances.

    Offline domain join data of a Windows virtual machine.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.DomainJoinProvisioning,
        account_data=st.none() | xml_text(),
    )


@cache
def credentials(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Credentials]:
    """`Credentials` instances.

    Domain account used to join a Windows virtual machine to a domain.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.Credentials,
        domain=st.none() | xml_text(),
        username=st.none() | xml_text(),
        password=st.none() | xml_text(),
    )


@cache
def certificate_setting(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.CertificateSetting]:
    """`CertificateSetting` instances.

    A cloud service certificate to install in a certificate store of a Windows virtual machine.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CertificateSetting,
        store_location=st.none() | xml_text(),
        store_name=st.none() | xml_text(),
        thumbprint=st.none() | xml_text(),
    )


@cache
def win_rm(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.WinRM]:
    """`WinRM` instances.

    Windows Remote Management configuration of a Windows virtual machine.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.WinRM,
        listeners=st.lists(listener(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
    )


@cache
def listener(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Listener]:
    """`Listener` instances.

    A WinRM listener (HTTP, or HTTPS with a certificate).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.Listener,
        protocol=st.none() | st.sampled_from(("Http", "Https")),
        certificate_thumbprint=st.none() | xml_text(),
    )


@cache
def additional_unattend_content(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.AdditionalUnattendContent]:
    """`AdditionalUnattendContent` instances.

    Extra Unattend.xml content for Windows Setup, by setup pass.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.AdditionalUnattendContent,
        passes=st.lists(unattend_pass(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
    )


@cache
def unattend_pass(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.UnattendPass]:
    """`UnattendPass` instances.

    A Windows Setup pass and the unattend components to configure in it.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UnattendPass,
        pass_name=st.none() | xml_text(),
        components=st.lists(unattend_component(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
    )


@cache
def unattend_component(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.UnattendComponent]:
    """`UnattendComponent` instances.

    An Unattend.xml component and its settings.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UnattendComponent,
        component_name=st.none() | xml_text(),
        component_settings=st.lists(component_setting(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
    )


@cache
def component_setting(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.ComponentSetting]:
    """`ComponentSetting` instances.

    One setting of an Unattend.xml component.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ComponentSetting,
        setting_name=st.none() | xml_text(),
        content=st.none() | xml_text(),
    )


@cache
def network_configuration_set(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.NetworkConfigurationSet]:
    """`NetworkConfigurationSet` instances.

    Network settings of a virtual machine: its input endpoints, virtual network subnets, static
    internal IP address and instance-level public IPs.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.NetworkConfigurationSet,
        input_endpoints=st.lists(
            configuration_set_input_endpoint(depth=depth - 1), max_size=_MAX_LIST
        )
        if depth > 0
        else st.just([]),
        subnet_names=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        static_virtual_network_ip_address=st.none() | xml_text(),
        network_security_group=st.none() | xml_text(),
        public_ips=st.none() | st.lists(public_ip(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        network_interfaces=st.none()
        | st.lists(network_interface(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        ip_forwarding=st.none() | xml_text(),
    )


@cache
def configuration_set_input_endpoint(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ConfigurationSetInputEndpoint]:
    """`ConfigurationSetInputEndpoint` instances.

    An endpoint of a virtual machine: a public port of the cloud service forwarded to a local
    port, optionally load balanced over several machines with a probe.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ConfigurationSetInputEndpoint,
        load_balanced_endpoint_set_name=st.none() | xml_text(),
        local_port=st.none() | st.integers(_INT32[0], _INT32[1]),
        name=st.none() | xml_text(),
        port=st.none() | st.integers(_INT32[0], _INT32[1]),
        load_balancer_probe=load_balancer_probe(depth=depth - 1)
        if depth > 0
        else st.builds(_models.LoadBalancerProbe),
        protocol=st.none() | xml_text(),
        vip=st.none() | xml_text(),
        enable_direct_server_return=st.none() | st.booleans(),
        endpoint_acl=st.none() | endpoint_acl(depth=depth - 1) if depth > 0 else st.none(),
        load_balancer_name=st.none() | xml_text(),
        idle_timeout_in_minutes=st.none() | st.integers(4, 30),
        load_balancer_distribution=st.none() | xml_text(),
        virtual_ip_name=st.none() | xml_text(),
    )


@cache
def load_balancer_probe(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.LoadBalancerProbe]:
    """`LoadBalancerProbe` instances.

    Health probe that takes a machine out of a load-balanced set when it fails.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.LoadBalancerProbe,
        path=st.none() | xml_text(),
        port=st.none() | st.integers(_INT32[0], _INT32[1]),
        protocol=st.none() | xml_text(),
        interval_in_seconds=st.none() | st.integers(_INT32[0], _INT32[1]),
        timeout_in_seconds=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


@cache
def endpoint_acl(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.EndpointAcl]:
    """`EndpointAcl` instances.

    Access control list of an endpoint.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.EndpointAcl,
        rules=st.none() | st.lists(acl_rule(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
    )


@cache
def acl_rule(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.AclRule]:
    """`AclRule` instances.

    One access control rule of an endpoint.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.AclRule,
        order=st.none() | st.integers(_INT32[0], _INT32[1]),
        action=st.none() | xml_text(),
        remote_subnet=st.none() | xml_text(),
        description=st.none() | xml_text(),
    )


@cache
def public_ip(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.PublicIP]:
    """`PublicIP` instances.

    An instance-level public IP address of a virtual machine (requested in the network set,
    reported with its address on role instances).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.PublicIP,
        name=st.none() | xml_text(),
        address=st.none() | xml_text(),
        idle_timeout_in_minutes=st.none() | st.integers(4, 30),
        domain_name_label=st.none() | xml_text(),
        fqdns=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
    )


@cache
def network_interface(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.NetworkInterface]:
    """`NetworkInterface` instances.

    A secondary network interface of a virtual machine, as configured.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.NetworkInterface,
        name=st.none() | xml_text(),
        ip_configurations=st.none()
        | st.lists(network_interface_ip_configuration(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        network_security_group=st.none() | xml_text(),
        ip_forwarding=st.none() | xml_text(),
    )


@cache
def network_interface_ip_configuration(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.NetworkInterfaceIPConfiguration]:
    """`NetworkInterfaceIPConfiguration` instances.

    Subnet and static address of a secondary network interface.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.NetworkInterfaceIPConfiguration,
        subnet_name=st.none() | xml_text(),
        static_virtual_network_ip_address=st.none() | xml_text(),
    )


@cache
def os_virtual_hard_disk(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.OSVirtualHardDisk]:
    """`OSVirtualHardDisk` instances.

    The operating system disk of a virtual machine: created from an image (`source_image_name`
    or `remote_source_image_link`, VHD written to `media_link`) or an existing disk
    (`disk_name`).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.OSVirtualHardDisk,
        host_caching=st.none() | st.sampled_from(("None", "ReadOnly", "ReadWrite")),
        disk_label=st.none() | xml_text(),
        disk_name=st.none() | xml_text(),
        media_link=st.none() | xml_text(),
        source_image_name=st.none() | xml_text(),
        os=st.none() | xml_text(),
        remote_source_image_link=st.none() | xml_text(),
        resized_size_in_gb=st.none() | st.integers(_INT32[0], _INT32[1]),
        io_type=st.none() | xml_text(),
    )


@cache
def data_virtual_hard_disk(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.DataVirtualHardDisk]:
    """`DataVirtualHardDisk` instances.

    A data disk of a virtual machine: an existing disk (`disk_name`), an existing VHD
    (`source_media_link`) or a new empty disk (`logical_disk_size_in_gb`, VHD at `media_link`).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.DataVirtualHardDisk,
        host_caching=st.none() | st.sampled_from(("None", "ReadOnly", "ReadWrite")),
        disk_label=st.none() | xml_text(),
        disk_name=st.none() | xml_text(),
        lun=st.none() | st.integers(0, 31),
        logical_disk_size_in_gb=st.none() | st.integers(_INT32[0], _INT32[1]),
        media_link=st.none() | xml_text(),
        source_media_link=st.none() | xml_text(),
        io_type=st.none() | xml_text(),
    )


@cache
def resource_extension_reference(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ResourceExtensionReference]:
    """`ResourceExtensionReference` instances.

    A VM extension to install on a virtual machine, with its parameters.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ResourceExtensionReference,
        reference_name=st.none() | xml_text(),
        publisher=st.none() | xml_text(),
        name=st.none() | xml_text(),
        version=st.none() | xml_text(),
        resource_extension_parameter_values=st.lists(
            resource_extension_parameter_value(depth=depth - 1), max_size=_MAX_LIST
        )
        if depth > 0
        else st.just([]),
        state=st.none() | xml_text(),
        force_update=st.none() | st.booleans(),
        certificates=st.lists(resource_extension_certificate(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
    )


@cache
def resource_extension_parameter_value(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ResourceExtensionParameterValue]:
    """`ResourceExtensionParameterValue` instances.

    A configuration value of a VM extension.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ResourceExtensionParameterValue,
        key=st.none() | xml_text(),
        value=st.none() | xml_text(),
        type=st.none() | st.sampled_from(("Public", "Private")),
    )


@cache
def resource_extension_certificate(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ResourceExtensionCertificate]:
    """`ResourceExtensionCertificate` instances.

    A cloud service certificate used by a VM extension.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ResourceExtensionCertificate,
        thumbprint=st.none() | xml_text(),
        thumbprint_algorithm=st.none() | xml_text(),
    )


@cache
def vm_image_input(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.VMImageInput]:
    """`VMImageInput` instances.

    Disk sizes chosen for a machine created from a VM image.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.VMImageInput,
        os_disk_configuration=st.none() | vm_image_input_os_disk(depth=depth - 1)
        if depth > 0
        else st.none(),
        data_disk_configurations=st.none()
        | st.lists(vm_image_input_data_disk(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
    )


@cache
def vm_image_input_os_disk(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.VMImageInputOSDisk]:
    """`VMImageInputOSDisk` instances.

    The size chosen for the OS disk of a machine created from a VM image.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.VMImageInputOSDisk,
        resized_size_in_gb=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


@cache
def vm_image_input_data_disk(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.VMImageInputDataDisk]:
    """`VMImageInputDataDisk` instances.

    The size chosen for a data disk of a machine created from a VM image.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.VMImageInputDataDisk,
        name=st.none() | xml_text(),
        resized_size_in_gb=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


@cache
def debug_settings(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.DebugSettings]:
    """`DebugSettings` instances.

    Boot diagnostics of a virtual machine.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.DebugSettings,
        boot_diagnostics_enabled=st.none() | st.booleans(),
        console_screenshot_blob_uri=st.none() | xml_text(),
        serial_output_blob_uri=st.none() | xml_text(),
    )


@cache
def route_table(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.RouteTable]:
    """`RouteTable` instances.

    A route table. Also the body of create_route_table, which sends its name, label and
    location.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RouteTable,
        name=st.none() | xml_text(),
        label=st.none() | xml_text(),
        location=st.none() | xml_text(),
        route_table_state=st.none() | xml_text(),
        route_list=st.none() | st.lists(route(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
    )


@cache
def route(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Route]:
    """`Route` instances.

    A route of a route table. Also the body of set_route, which sends its name, address prefix
    and next hop.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.Route,
        name=st.none() | xml_text(),
        address_prefix=st.none() | xml_text(),
        next_hop_type=st.none() | xml_text(),
        next_hop_ip_address=st.none() | xml_text(),
        metric=st.none() | st.integers(_INT32[0], _INT32[1]),
        state=st.none() | xml_text(),
    )


@cache
def route_table_association(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.RouteTableAssociation]:
    """`RouteTableAssociation` instances.

    The route table of a subnet; also the body of add_route_table_to_subnet.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RouteTableAssociation,
        route_table_name=st.none() | xml_text(),
    )


@cache
def effective_route_table(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.EffectiveRouteTable]:
    """`EffectiveRouteTable` instances.

    The routes in effect for a role instance or one of its network interfaces.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.EffectiveRouteTable,
        effective_routes=st.none() | st.lists(effective_route(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
    )


@cache
def effective_route(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.EffectiveRoute]:
    """`EffectiveRoute` instances.

    A route in effect, and where it comes from.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.EffectiveRoute,
        name=st.none() | xml_text(),
        source=st.none() | xml_text(),
        status=st.none() | xml_text(),
        address_prefixes=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        next_hop_type=st.none() | xml_text(),
        next_hop_ip_addresses=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
    )


@cache
def create_cloud_service(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.CreateCloudService]:
    """`CreateCloudService` instances.

    The body of `create_cloud_service` (the label is plain text here, not base64).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CreateCloudService,
        label=xml_text(min_size=1, max_size=100),
        description=xml_text(max_size=1024),
        geo_region=xml_text(),
    )


@cache
def cloud_service(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.CloudService]:
    """`CloudService` instances.

    A cloud service of the resource-provider API and the resources (job collections) in it.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CloudService,
        name=st.none() | xml_text(),
        label=st.none() | xml_text(),
        description=st.none() | xml_text(),
        geo_region=st.none() | xml_text(),
        resources=st.lists(resource(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
    )


@cache
def resource(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Resource]:
    """`Resource` instances.

    A resource of a cloud service; for the Scheduler, a job collection (`Type`
    `jobcollections`).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.Resource,
        resource_provider_namespace=st.none() | xml_text(),
        type=st.none() | xml_text(),
        name=st.none() | xml_text(),
        label=st.none() | xml_text(),
        schema_version=st.none() | xml_text(),
        e_tag=st.none() | xml_text(),
        state=st.none() | xml_text(),
        sub_state=st.none() | xml_text(),
        intrinsic_settings=intrinsic_settings(depth=depth - 1)
        if depth > 0
        else st.builds(_models.IntrinsicSettings),
        operation_status=resource_operation_status(depth=depth - 1)
        if depth > 0
        else st.builds(_models.ResourceOperationStatus),
        cloud_service_settings=st.none() | cloud_service_settings(depth=depth - 1)
        if depth > 0
        else st.none(),
        promotion_code=st.none() | xml_text(),
        plan=st.none() | xml_text(),
        usage_meters=st.none() | st.lists(usage_meter(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        output_items=st.none() | st.lists(output_item(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
    )


@cache
def usage_meter(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.UsageMeter]:
    """`UsageMeter` instances.

    The usage of one allowance of a Store add-on's plan.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UsageMeter,
        name=st.none() | xml_text(),
        unit=st.none() | xml_text(),
        included=st.none() | xml_text(),
        used=st.none() | xml_text(),
    )


@cache
def output_item(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.OutputItem]:
    """`OutputItem` instances.

    A setting a Store add-on gives its users.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.OutputItem,
        key=st.none() | xml_text(),
        value=st.none() | xml_text(),
    )


@cache
def intrinsic_settings(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.IntrinsicSettings]:
    """`IntrinsicSettings` instances.

    The plan and quota of a job collection.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.IntrinsicSettings,
        plan=st.none() | xml_text(),
        quota=job_collection_quota(depth=depth - 1)
        if depth > 0
        else st.builds(_models.JobCollectionQuota),
    )


@cache
def job_collection_quota(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.JobCollectionQuota]:
    """`JobCollectionQuota` instances.

    The limits of a job collection.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.JobCollectionQuota,
        max_job_count=st.none() | st.integers(_INT32[0], _INT32[1]),
        max_job_occurrence=st.none() | st.integers(_INT32[0], _INT32[1]),
        max_recurrence=max_recurrence(depth=depth - 1)
        if depth > 0
        else st.builds(_models.MaxRecurrence),
    )


@cache
def max_recurrence(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.MaxRecurrence]:
    """`MaxRecurrence` instances.

    The most frequent recurrence allowed for the jobs of a collection.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.MaxRecurrence,
        frequency=st.none() | xml_text(),
        interval=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


@cache
def resource_operation_status(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ResourceOperationStatus]:
    """`ResourceOperationStatus` instances.

    The outcome of the last operation on a cloud service resource.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ResourceOperationStatus,
        type=st.none() | xml_text(),
        result=st.none() | xml_text(),
        error=st.none() | resource_operation_error(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def resource_operation_error(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ResourceOperationError]:
    """`ResourceOperationError` instances.

    The HTTP outcome of an operation on a cloud service resource (also sent on success).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ResourceOperationError,
        http_code=st.none() | st.integers(_INT32[0], _INT32[1]),
        message=st.none() | xml_text(),
    )


@cache
def cloud_service_settings(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.CloudServiceSettings]:
    """`CloudServiceSettings` instances.

    Settings a resource takes from its cloud service.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CloudServiceSettings,
        geo_region=st.none() | xml_text(),
    )


@cache
def create_job_collection(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.CreateJobCollection]:
    """`CreateJobCollection` instances.

    The body of `create_job_collection`: a `<Resource>` whose intrinsic settings hold the plan.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CreateJobCollection,
        plan=st.none() | st.sampled_from(("Free", "Standard")),
    )


@cache
def resource_name_availability_response(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ResourceNameAvailabilityResponse]:
    """`ResourceNameAvailabilityResponse` instances.

    Whether a job collection name is free in its cloud service.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ResourceNameAvailabilityResponse,
        result=st.none() | st.booleans(),
    )


@cache
def update_job_collection(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.UpdateJobCollection]:
    """`UpdateJobCollection` instances.

    The body of `update_job_collection`, in the order the Hydra-generated package writes it.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UpdateJobCollection,
        schema_version=st.none() | xml_text(),
        e_tag=st.none() | xml_text(),
        plan=st.none() | st.sampled_from(("Free", "Standard")),
        quota=st.none() | job_collection_quota(depth=depth - 1) if depth > 0 else st.none(),
        label=st.none() | xml_text(),
    )


@cache
def resource_provider_property(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ResourceProviderProperty]:
    """`ResourceProviderProperty` instances.

    A property of a resource provider.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ResourceProviderProperty,
        key=st.none() | xml_text(),
        value=st.none() | xml_text(),
    )


@cache
def entitle_resource(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.EntitleResource]:
    """`EntitleResource` instances.

    The body of `entitle_resource`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.EntitleResource,
        resource_provider_namespace=xml_text(),
        type=xml_text(),
        registration_date=_DATETIMES,
    )


@cache
def atom_author(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.AtomAuthor]:
    """`AtomAuthor` instances.

    The author of an Atom feed or entry (Service Bus puts the namespace name, or nothing).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.AtomAuthor,
        name=st.none() | xml_text(),
        uri=st.none() | xml_text(),
        email=st.none() | xml_text(),
    )


@cache
def atom_link(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.AtomLink]:
    """`AtomLink` instances.

    A link of an Atom feed or entry (`rel="self"` is the resource's own address).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.AtomLink,
        rel=st.none() | xml_text(),
        href=st.none() | xml_text(),
        type=st.none() | xml_text(),
    )


@cache
def create_namespace_entry(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.CreateNamespaceEntry]:
    """`CreateNamespaceEntry` instances.

    The Atom entry `create_namespace` sends: `<content type="application/xml">` holding a
    NamespaceDescription whose only child is the region. (The spec format cannot build a nested
    description from the `region` argument, so the description is written from a one-item list
    of region names.)

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CreateNamespaceEntry,
        namespace_description=st.lists(xml_text(), max_size=_MAX_LIST),
    )


@cache
def service_bus_region_feed(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ServiceBusRegionFeed]:
    """`ServiceBusRegionFeed` instances.

    The Atom feed `get_regions` answers; each entry describes one region.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ServiceBusRegionFeed,
        id=st.none() | xml_text(),
        title=st.none() | xml_text(),
        updated=st.none() | _DATETIMES,
        author=st.none() | atom_author(depth=depth - 1) if depth > 0 else st.none(),
        link=st.none() | atom_link(depth=depth - 1) if depth > 0 else st.none(),
        entries=st.lists(service_bus_region_entry(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
    )


@cache
def service_bus_namespace_feed(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ServiceBusNamespaceFeed]:
    """`ServiceBusNamespaceFeed` instances.

    The Atom feed `list_namespaces` answers; each entry describes one namespace.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ServiceBusNamespaceFeed,
        id=st.none() | xml_text(),
        title=st.none() | xml_text(),
        updated=st.none() | _DATETIMES,
        author=st.none() | atom_author(depth=depth - 1) if depth > 0 else st.none(),
        link=st.none() | atom_link(depth=depth - 1) if depth > 0 else st.none(),
        entries=st.lists(service_bus_namespace_entry(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
    )


@cache
def queue_feed(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.QueueFeed]:
    """`QueueFeed` instances.

    The Atom feed `list_queues` answers; each entry describes one queue.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.QueueFeed,
        id=st.none() | xml_text(),
        title=st.none() | xml_text(),
        updated=st.none() | _DATETIMES,
        author=st.none() | atom_author(depth=depth - 1) if depth > 0 else st.none(),
        link=st.none() | atom_link(depth=depth - 1) if depth > 0 else st.none(),
        entries=st.lists(queue_entry(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
    )


@cache
def topic_feed(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.TopicFeed]:
    """`TopicFeed` instances.

    The Atom feed `list_topics` answers; each entry describes one topic.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.TopicFeed,
        id=st.none() | xml_text(),
        title=st.none() | xml_text(),
        updated=st.none() | _DATETIMES,
        author=st.none() | atom_author(depth=depth - 1) if depth > 0 else st.none(),
        link=st.none() | atom_link(depth=depth - 1) if depth > 0 else st.none(),
        entries=st.lists(topic_entry(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
    )


@cache
def notification_hub_feed(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.NotificationHubFeed]:
    """`NotificationHubFeed` instances.

    The Atom feed `list_notification_hubs` answers; each entry describes one hub.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.NotificationHubFeed,
        id=st.none() | xml_text(),
        title=st.none() | xml_text(),
        updated=st.none() | _DATETIMES,
        author=st.none() | atom_author(depth=depth - 1) if depth > 0 else st.none(),
        link=st.none() | atom_link(depth=depth - 1) if depth > 0 else st.none(),
        entries=st.lists(notification_hub_entry(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
    )


@cache
def relay_feed(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.RelayFeed]:
    """`RelayFeed` instances.

    The Atom feed `list_relays` answers; each entry describes one relay.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RelayFeed,
        id=st.none() | xml_text(),
        title=st.none() | xml_text(),
        updated=st.none() | _DATETIMES,
        author=st.none() | atom_author(depth=depth - 1) if depth > 0 else st.none(),
        link=st.none() | atom_link(depth=depth - 1) if depth > 0 else st.none(),
        entries=st.lists(relay_entry(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
    )


@cache
def metric_properties_feed(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.MetricPropertiesFeed]:
    """`MetricPropertiesFeed` instances.

    The Atom feed `get_supported_metrics_*` answers; each entry describes one metric.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.MetricPropertiesFeed,
        id=st.none() | xml_text(),
        title=st.none() | xml_text(),
        updated=st.none() | _DATETIMES,
        author=st.none() | atom_author(depth=depth - 1) if depth > 0 else st.none(),
        link=st.none() | atom_link(depth=depth - 1) if depth > 0 else st.none(),
        entries=st.lists(metric_properties_entry(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
    )


@cache
def metric_values_feed(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.MetricValuesFeed]:
    """`MetricValuesFeed` instances.

    The Atom feed `get_metrics_data_*` answers; each entry is one aggregated value.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.MetricValuesFeed,
        id=st.none() | xml_text(),
        title=st.none() | xml_text(),
        updated=st.none() | _DATETIMES,
        author=st.none() | atom_author(depth=depth - 1) if depth > 0 else st.none(),
        link=st.none() | atom_link(depth=depth - 1) if depth > 0 else st.none(),
        entries=st.lists(metric_values_entry(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
    )


@cache
def metric_rollups_feed(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.MetricRollupsFeed]:
    """`MetricRollupsFeed` instances.

    The Atom feed `get_metrics_rollups_*` answers; each entry is one time grain.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.MetricRollupsFeed,
        id=st.none() | xml_text(),
        title=st.none() | xml_text(),
        updated=st.none() | _DATETIMES,
        author=st.none() | atom_author(depth=depth - 1) if depth > 0 else st.none(),
        link=st.none() | atom_link(depth=depth - 1) if depth > 0 else st.none(),
        entries=st.lists(metric_rollups_entry(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
    )


@cache
def service_bus_region_entry(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ServiceBusRegionEntry]:
    """`ServiceBusRegionEntry` instances.

    An Atom entry describing one Service Bus region.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ServiceBusRegionEntry,
        id=st.none() | xml_text(),
        title=st.none() | xml_text(),
        published=st.none() | _DATETIMES,
        updated=st.none() | _DATETIMES,
        author=st.none() | atom_author(depth=depth - 1) if depth > 0 else st.none(),
        links=st.lists(atom_link(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        content=st.none() | service_bus_region_content(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def service_bus_region_content(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ServiceBusRegionContent]:
    """`ServiceBusRegionContent` instances.

    The `<content>` of a region entry.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ServiceBusRegionContent,
        type=st.none() | xml_text(),
        region_code_description=st.none() | service_bus_region(depth=depth - 1)
        if depth > 0
        else st.none(),
    )


@cache
def service_bus_namespace_entry(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ServiceBusNamespaceEntry]:
    """`ServiceBusNamespaceEntry` instances.

    An Atom entry describing one Service Bus namespace.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ServiceBusNamespaceEntry,
        id=st.none() | xml_text(),
        title=st.none() | xml_text(),
        published=st.none() | _DATETIMES,
        updated=st.none() | _DATETIMES,
        author=st.none() | atom_author(depth=depth - 1) if depth > 0 else st.none(),
        links=st.lists(atom_link(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        content=st.none() | service_bus_namespace_content(depth=depth - 1)
        if depth > 0
        else st.none(),
    )


@cache
def service_bus_namespace_content(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ServiceBusNamespaceContent]:
    """`ServiceBusNamespaceContent` instances.

    The `<content>` of a namespace entry.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ServiceBusNamespaceContent,
        type=st.none() | xml_text(),
        namespace_description=st.none() | service_bus_namespace(depth=depth - 1)
        if depth > 0
        else st.none(),
    )


@cache
def namespace_availability_entry(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.NamespaceAvailabilityEntry]:
    """`NamespaceAvailabilityEntry` instances.

    The Atom entry `check_namespace_availability` answers.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.NamespaceAvailabilityEntry,
        id=st.none() | xml_text(),
        title=st.none() | xml_text(),
        published=st.none() | _DATETIMES,
        updated=st.none() | _DATETIMES,
        author=st.none() | atom_author(depth=depth - 1) if depth > 0 else st.none(),
        links=st.lists(atom_link(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        content=st.none() | namespace_availability_content(depth=depth - 1)
        if depth > 0
        else st.none(),
    )


@cache
def namespace_availability_content(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.NamespaceAvailabilityContent]:
    """`NamespaceAvailabilityContent` instances.

    The `<content>` of a namespace availability entry.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.NamespaceAvailabilityContent,
        type=st.none() | xml_text(),
        namespace_availability=st.none() | namespace_availability(depth=depth - 1)
        if depth > 0
        else st.none(),
    )


@cache
def queue_entry(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.QueueEntry]:
    """`QueueEntry` instances.

    An Atom entry describing one queue; its title is the queue name.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.QueueEntry,
        id=st.none() | xml_text(),
        title=st.none() | xml_text(),
        published=st.none() | _DATETIMES,
        updated=st.none() | _DATETIMES,
        author=st.none() | atom_author(depth=depth - 1) if depth > 0 else st.none(),
        links=st.lists(atom_link(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        content=st.none() | queue_content(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def queue_content(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.QueueContent]:
    """`QueueContent` instances.

    The `<content>` of a queue entry.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.QueueContent,
        type=st.none() | xml_text(),
        queue_description=st.none() | queue_description(depth=depth - 1)
        if depth > 0
        else st.none(),
    )


@cache
def topic_entry(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.TopicEntry]:
    """`TopicEntry` instances.

    An Atom entry describing one topic; its title is the topic name.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.TopicEntry,
        id=st.none() | xml_text(),
        title=st.none() | xml_text(),
        published=st.none() | _DATETIMES,
        updated=st.none() | _DATETIMES,
        author=st.none() | atom_author(depth=depth - 1) if depth > 0 else st.none(),
        links=st.lists(atom_link(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        content=st.none() | topic_content(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def topic_content(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.TopicContent]:
    """`TopicContent` instances.

    The `<content>` of a topic entry.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.TopicContent,
        type=st.none() | xml_text(),
        topic_description=st.none() | topic_description(depth=depth - 1)
        if depth > 0
        else st.none(),
    )


@cache
def notification_hub_entry(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.NotificationHubEntry]:
    """`NotificationHubEntry` instances.

    An Atom entry describing one notification hub; its title is the hub name.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.NotificationHubEntry,
        id=st.none() | xml_text(),
        title=st.none() | xml_text(),
        published=st.none() | _DATETIMES,
        updated=st.none() | _DATETIMES,
        author=st.none() | atom_author(depth=depth - 1) if depth > 0 else st.none(),
        links=st.lists(atom_link(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        content=st.none() | notification_hub_content(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def notification_hub_content(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.NotificationHubContent]:
    """`NotificationHubContent` instances.

    The `<content>` of a notification hub entry.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.NotificationHubContent,
        type=st.none() | xml_text(),
        notification_hub_description=st.none() | notification_hub_description(depth=depth - 1)
        if depth > 0
        else st.none(),
    )


@cache
def relay_entry(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.RelayEntry]:
    """`RelayEntry` instances.

    An Atom entry describing one relay; its title is the relay name.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RelayEntry,
        id=st.none() | xml_text(),
        title=st.none() | xml_text(),
        published=st.none() | _DATETIMES,
        updated=st.none() | _DATETIMES,
        author=st.none() | atom_author(depth=depth - 1) if depth > 0 else st.none(),
        links=st.lists(atom_link(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        content=st.none() | relay_content(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def relay_content(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.RelayContent]:
    """`RelayContent` instances.

    The `<content>` of a relay entry.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RelayContent,
        type=st.none() | xml_text(),
        relay_description=st.none() | relay_description(depth=depth - 1)
        if depth > 0
        else st.none(),
    )


@cache
def metric_properties_entry(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.MetricPropertiesEntry]:
    """`MetricPropertiesEntry` instances.

    An Atom entry describing one supported metric; its id is the metric's URL
    (`.../Metrics('incoming')`).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.MetricPropertiesEntry,
        id=st.none() | xml_text(),
        title=st.none() | xml_text(),
        published=st.none() | _DATETIMES,
        updated=st.none() | _DATETIMES,
        author=st.none() | atom_author(depth=depth - 1) if depth > 0 else st.none(),
        links=st.lists(atom_link(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        content=st.none() | metric_properties_content(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def metric_properties_content(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.MetricPropertiesContent]:
    """`MetricPropertiesContent` instances.

    The `<content>` of a supported-metric entry.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.MetricPropertiesContent,
        type=st.none() | xml_text(),
        properties=st.none() | metric_properties(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def metric_values_entry(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.MetricValuesEntry]:
    """`MetricValuesEntry` instances.

    An Atom entry holding one aggregated metric value.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.MetricValuesEntry,
        id=st.none() | xml_text(),
        title=st.none() | xml_text(),
        published=st.none() | _DATETIMES,
        updated=st.none() | _DATETIMES,
        author=st.none() | atom_author(depth=depth - 1) if depth > 0 else st.none(),
        links=st.lists(atom_link(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        content=st.none() | metric_values_content(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def metric_values_content(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.MetricValuesContent]:
    """`MetricValuesContent` instances.

    The `<content>` of a metric value entry.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.MetricValuesContent,
        type=st.none() | xml_text(),
        properties=st.none() | metric_values(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def metric_rollups_entry(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.MetricRollupsEntry]:
    """`MetricRollupsEntry` instances.

    An Atom entry describing one rollup (time grain) of a metric.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.MetricRollupsEntry,
        id=st.none() | xml_text(),
        title=st.none() | xml_text(),
        published=st.none() | _DATETIMES,
        updated=st.none() | _DATETIMES,
        author=st.none() | atom_author(depth=depth - 1) if depth > 0 else st.none(),
        links=st.lists(atom_link(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        content=st.none() | metric_rollups_content(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def metric_rollups_content(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.MetricRollupsContent]:
    """`MetricRollupsContent` instances.

    The `<content>` of a rollup entry.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.MetricRollupsContent,
        type=st.none() | xml_text(),
        properties=st.none() | metric_rollups(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def service_bus_region(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ServiceBusRegion]:
    """`ServiceBusRegion` instances.

    A region Service Bus namespaces can be created in.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ServiceBusRegion,
        code=st.none() | xml_text(),
        fullname=st.none() | xml_text(),
    )


@cache
def service_bus_namespace(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ServiceBusNamespace]:
    """`ServiceBusNamespace` instances.

    A Service Bus namespace (ASM's NamespaceDescription).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ServiceBusNamespace,
        name=st.none() | xml_text(),
        region=st.none() | xml_text(),
        default_key=st.none() | xml_text(),
        status=st.none() | xml_text(),
        created_at=st.none() | _DATETIMES,
        acs_management_endpoint=st.none() | xml_text(),
        servicebus_endpoint=st.none() | xml_text(),
        connection_string=st.none() | xml_text(),
        subscription_id=st.none() | xml_text(),
        enabled=st.none() | st.booleans(),
        critical=st.none() | st.booleans(),
        updated_at=st.none() | _DATETIMES,
        create_acs_namespace=st.none() | st.booleans(),
        event_hub_enabled=st.none() | st.booleans(),
        namespace_type=st.none() | xml_text(),
        resource_group=st.none() | xml_text(),
    )


@cache
def namespace_availability(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.NamespaceAvailability]:
    """`NamespaceAvailability` instances.

    Whether a Service Bus namespace name can be created.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.NamespaceAvailability,
        result=st.none() | st.booleans(),
        reason=st.none() | xml_text(),
        reason_detail=st.none() | xml_text(),
    )


@cache
def queue_description(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.QueueDescription]:
    """`QueueDescription` instances.

    The settings and counters of a Service Bus queue.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.QueueDescription,
        lock_duration=st.none() | xml_text(),
        max_size_in_megabytes=st.none() | st.integers(_INT32[0], _INT32[1]),
        requires_duplicate_detection=st.none() | st.booleans(),
        requires_session=st.none() | st.booleans(),
        default_message_time_to_live=st.none() | xml_text(),
        dead_lettering_on_message_expiration=st.none() | st.booleans(),
        duplicate_detection_history_time_window=st.none() | xml_text(),
        max_delivery_count=st.none() | st.integers(_INT32[0], _INT32[1]),
        enable_batched_operations=st.none() | st.booleans(),
        size_in_bytes=st.none() | st.integers(_INT64[0], _INT64[1]),
        message_count=st.none() | st.integers(_INT64[0], _INT64[1]),
        is_anonymous_accessible=st.none() | st.booleans(),
        authorization_rules=st.lists(authorization_rule(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        status=st.none() | xml_text(),
        forward_to=st.none() | xml_text(),
        created_at=st.none() | _DATETIMES,
        updated_at=st.none() | _DATETIMES,
        accessed_at=st.none() | _DATETIMES,
        support_ordering=st.none() | st.booleans(),
        count_details=count_details(depth=depth - 1)
        if depth > 0
        else st.builds(_models.CountDetails),
        auto_delete_on_idle=st.none() | xml_text(),
        enable_partitioning=st.none() | st.booleans(),
        entity_availability_status=st.none() | xml_text(),
        enable_express=st.none() | st.booleans(),
    )


@cache
def topic_description(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.TopicDescription]:
    """`TopicDescription` instances.

    The settings and counters of a Service Bus topic.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.TopicDescription,
        default_message_time_to_live=st.none() | xml_text(),
        max_size_in_megabytes=st.none() | st.integers(_INT32[0], _INT32[1]),
        requires_duplicate_detection=st.none() | st.booleans(),
        duplicate_detection_history_time_window=st.none() | xml_text(),
        enable_batched_operations=st.none() | st.booleans(),
        size_in_bytes=st.none() | st.integers(_INT64[0], _INT64[1]),
        filtering_messages_before_publishing=st.none() | st.booleans(),
        is_anonymous_accessible=st.none() | st.booleans(),
        authorization_rules=st.lists(authorization_rule(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        status=st.none() | xml_text(),
        created_at=st.none() | _DATETIMES,
        updated_at=st.none() | _DATETIMES,
        accessed_at=st.none() | _DATETIMES,
        support_ordering=st.none() | st.booleans(),
        count_details=count_details(depth=depth - 1)
        if depth > 0
        else st.builds(_models.CountDetails),
        subscription_count=st.none() | st.integers(_INT32[0], _INT32[1]),
        auto_delete_on_idle=st.none() | xml_text(),
        enable_partitioning=st.none() | st.booleans(),
        entity_availability_status=st.none() | xml_text(),
        enable_express=st.none() | st.booleans(),
    )


@cache
def notification_hub_description(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.NotificationHubDescription]:
    """`NotificationHubDescription` instances.

    The settings of a notification hub (platform credentials are not described here).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.NotificationHubDescription,
        registration_ttl=st.none() | xml_text(),
        authorization_rules=st.lists(authorization_rule(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
    )


@cache
def relay_description(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.RelayDescription]:
    """`RelayDescription` instances.

    The settings of a Service Bus relay.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RelayDescription,
        path=st.none() | xml_text(),
        listener_type=st.none() | xml_text(),
        listener_count=st.none() | st.integers(_INT32[0], _INT32[1]),
        relay_type=st.none() | xml_text(),
        requires_client_authorization=st.none() | st.booleans(),
        requires_transport_security=st.none() | st.booleans(),
        is_dynamic=st.none() | st.booleans(),
        authorization_rules=st.lists(authorization_rule(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        created_at=st.none() | _DATETIMES,
        updated_at=st.none() | _DATETIMES,
    )


@cache
def authorization_rule(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.AuthorizationRule]:
    """`AuthorizationRule` values: `SharedAccessAuthorizationRule`, `AllowRule` instances.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.one_of(
        shared_access_authorization_rule(depth=depth),
        allow_rule(depth=depth),
    )


@cache
def shared_access_authorization_rule(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.SharedAccessAuthorizationRule]:
    """`SharedAccessAuthorizationRule` instances.

    A shared access (SAS) rule: a named pair of keys granting some rights.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.SharedAccessAuthorizationRule,
        claim_type=st.none() | xml_text(),
        claim_value=st.none() | xml_text(),
        rights=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        created_time=st.none() | _DATETIMES,
        key_name=st.none() | xml_text(),
        modified_time=st.none() | _DATETIMES,
        primary_key=st.none() | xml_text(),
        secondary_key=st.none() | xml_text(),
    )


@cache
def allow_rule(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.AllowRule]:
    """`AllowRule` instances.

    A claim-based rule granting rights to callers presenting a claim from an issuer.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.AllowRule,
        issuer_name=st.none() | xml_text(),
        claim_type=st.none() | xml_text(),
        claim_value=st.none() | xml_text(),
        rights=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        created_time=st.none() | _DATETIMES,
        modified_time=st.none() | _DATETIMES,
    )


@cache
def count_details(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.CountDetails]:
    """`CountDetails` instances.

    Numbers of messages of a queue or topic by kind (the counters are in the 2011/06 Service Bus
    namespace).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CountDetails,
        active_message_count=st.none() | st.integers(_INT64[0], _INT64[1]),
        dead_letter_message_count=st.none() | st.integers(_INT64[0], _INT64[1]),
        scheduled_message_count=st.none() | st.integers(_INT64[0], _INT64[1]),
        transfer_dead_letter_message_count=st.none() | st.integers(_INT64[0], _INT64[1]),
        transfer_message_count=st.none() | st.integers(_INT64[0], _INT64[1]),
    )


@cache
def metric_properties(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.MetricProperties]:
    """`MetricProperties` instances.

    A metric Service Bus records for an entity (`m:properties` of a supported-metric entry).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.MetricProperties,
        name=st.none() | xml_text(),
        primary_aggregation=st.none() | xml_text(),
        unit=st.none() | xml_text(),
        display_name=st.none() | xml_text(),
    )


@cache
def metric_values(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.MetricValues]:
    """`MetricValues` instances.

    One aggregated value of a metric over a time grain (`m:properties` of a value entry).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.MetricValues,
        timestamp=st.none() | _DATETIMES,
        min=st.none() | st.integers(_INT64[0], _INT64[1]),
        max=st.none() | st.integers(_INT64[0], _INT64[1]),
        average=st.none() | st.floats(None, None, allow_nan=False, allow_infinity=False),
        total=st.none() | st.integers(_INT64[0], _INT64[1]),
    )


@cache
def metric_rollups(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.MetricRollups]:
    """`MetricRollups` instances.

    A time grain a metric is aggregated at (`m:properties` of a rollup entry).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.MetricRollups,
        time_grain=st.none() | xml_text(),
        retention=st.none() | xml_text(),
    )


@cache
def create_queue_entry(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.CreateQueueEntry]:
    """`CreateQueueEntry` instances.

    The Atom entry create_queue and update_queue send.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CreateQueueEntry,
        queue_description=queue_description(depth=depth - 1),
    )


@cache
def create_topic_entry(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.CreateTopicEntry]:
    """`CreateTopicEntry` instances.

    The Atom entry create_topic and update_topic send.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CreateTopicEntry,
        topic_description=topic_description(depth=depth - 1),
    )


@cache
def connection_detail_feed(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ConnectionDetailFeed]:
    """`ConnectionDetailFeed` instances.

    The Atom feed of connection details of a namespace or entity, one entry per rule.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ConnectionDetailFeed,
        id=st.none() | xml_text(),
        title=st.none() | xml_text(),
        updated=st.none() | _DATETIMES,
        author=st.none() | atom_author(depth=depth - 1) if depth > 0 else st.none(),
        link=st.none() | atom_link(depth=depth - 1) if depth > 0 else st.none(),
        entries=st.lists(connection_detail_entry(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
    )


@cache
def connection_detail_entry(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ConnectionDetailEntry]:
    """`ConnectionDetailEntry` instances.

    An Atom entry holding one connection detail.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ConnectionDetailEntry,
        id=st.none() | xml_text(),
        title=st.none() | xml_text(),
        published=st.none() | _DATETIMES,
        updated=st.none() | _DATETIMES,
        author=st.none() | atom_author(depth=depth - 1) if depth > 0 else st.none(),
        links=st.lists(atom_link(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        content=st.none() | connection_detail_content(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def connection_detail_content(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ConnectionDetailContent]:
    """`ConnectionDetailContent` instances.

    The `<content>` of a connection detail entry.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ConnectionDetailContent,
        type=st.none() | xml_text(),
        connection_detail=st.none() | connection_detail(depth=depth - 1)
        if depth > 0
        else st.none(),
    )


@cache
def connection_detail(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.ConnectionDetail]:
    """`ConnectionDetail` instances.

    How to connect to a namespace or entity with one shared access rule.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ConnectionDetail,
        key_name=st.none() | xml_text(),
        connection_string=st.none() | xml_text(),
        authorization_type=st.none() | xml_text(),
        rights=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        secondary_connection_string=st.none() | xml_text(),
    )


@cache
def namespace_authorization_rule_request(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.NamespaceAuthorizationRuleRequest]:
    """`NamespaceAuthorizationRuleRequest` instances.

    The Atom entry create_namespace_authorization_rule and update_namespace_authorization_rule
    send.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.NamespaceAuthorizationRuleRequest,
        rule=namespace_shared_access_rule(depth=depth - 1),
    )


@cache
def namespace_authorization_rule_feed(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.NamespaceAuthorizationRuleFeed]:
    """`NamespaceAuthorizationRuleFeed` instances.

    The Atom feed list_namespace_authorization_rules answers, one entry per rule.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.NamespaceAuthorizationRuleFeed,
        id=st.none() | xml_text(),
        title=st.none() | xml_text(),
        updated=st.none() | _DATETIMES,
        author=st.none() | atom_author(depth=depth - 1) if depth > 0 else st.none(),
        link=st.none() | atom_link(depth=depth - 1) if depth > 0 else st.none(),
        entries=st.lists(namespace_authorization_rule_entry(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
    )


@cache
def namespace_authorization_rule_entry(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.NamespaceAuthorizationRuleEntry]:
    """`NamespaceAuthorizationRuleEntry` instances.

    An Atom entry holding one shared access rule of a namespace.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.NamespaceAuthorizationRuleEntry,
        id=st.none() | xml_text(),
        title=st.none() | xml_text(),
        published=st.none() | _DATETIMES,
        updated=st.none() | _DATETIMES,
        author=st.none() | atom_author(depth=depth - 1) if depth > 0 else st.none(),
        links=st.lists(atom_link(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        content=st.none() | namespace_authorization_rule_content(depth=depth - 1)
        if depth > 0
        else st.none(),
    )


@cache
def namespace_authorization_rule_content(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.NamespaceAuthorizationRuleContent]:
    """`NamespaceAuthorizationRuleContent` instances.

    The `<content>` of a namespace rule entry.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.NamespaceAuthorizationRuleContent,
        type=st.none() | xml_text(),
        rule=st.none() | namespace_shared_access_rule(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def namespace_shared_access_rule(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.NamespaceSharedAccessRule]:
    """`NamespaceSharedAccessRule` instances.

    A shared access rule of a namespace: a key name, the rights it grants and its two keys. (The
    elements are in the order the Hydra-generated package writes them: `Revision` before
    `KeyName`.)

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.NamespaceSharedAccessRule,
        claim_type=st.none() | xml_text(),
        claim_value=st.none() | xml_text(),
        rights=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        created_time=st.none() | _DATETIMES,
        modified_time=st.none() | _DATETIMES,
        revision=st.none() | st.integers(_INT64[0], _INT64[1]),
        key_name=st.none() | xml_text(),
        primary_key=st.none() | xml_text(),
        secondary_key=st.none() | xml_text(),
    )


@cache
def service_extension_input(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ServiceExtensionInput]:
    """`ServiceExtensionInput` instances.

    Request body of `add_service_extension`, in ASM's order.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ServiceExtensionInput,
        provider_namespace=xml_text(),
        extension_type=xml_text(),
        extension_id=xml_text(),
        thumbprint=st.none() | xml_text(),
        thumbprint_algorithm=st.none() | xml_text(),
        public_configuration=st.none() | xml_text(),
        private_configuration=st.none() | xml_text(),
        version=st.none() | xml_text(),
    )


@cache
def service_extension(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.ServiceExtension]:
    """`ServiceExtension` instances.

    An extension of a cloud service.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ServiceExtension,
        provider_namespace=st.none() | xml_text(),
        type=st.none() | xml_text(),
        id=st.none() | xml_text(),
        version=st.none() | xml_text(),
        thumbprint=st.none() | xml_text(),
        thumbprint_algorithm=st.none() | xml_text(),
        public_configuration=st.none() | xml_text(),
    )


@cache
def extension_image(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.ExtensionImage]:
    """`ExtensionImage` instances.

    One version of an extension image cloud services can use, in ASM's order.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ExtensionImage,
        provider_namespace=xml_text(),
        type=xml_text(),
        version=xml_text(),
        label=st.none() | xml_text(),
        hosting_resources=st.none() | xml_text(),
        media_link=st.none() | xml_text(),
        certificate=st.none() | extension_certificate_configuration(depth=depth - 1)
        if depth > 0
        else st.none(),
        endpoints=st.none() | extension_endpoint_configuration(depth=depth - 1)
        if depth > 0
        else st.none(),
        public_configuration_schema=st.none() | xml_text(),
        private_configuration_schema=st.none() | xml_text(),
        description=st.none() | xml_text(),
        publisher_name=st.none() | xml_text(),
        published_date=st.none() | _DATETIMES,
        local_resources=st.none()
        | st.lists(extension_local_resource_configuration(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        block_role_upon_failure=st.none() | st.booleans(),
        is_internal_extension=st.none() | st.booleans(),
        sample_config=st.none() | xml_text(),
        replication_completed=st.none() | st.booleans(),
        eula=st.none() | xml_text(),
        privacy_uri=st.none() | xml_text(),
        homepage_uri=st.none() | xml_text(),
        is_json_extension=st.none() | st.booleans(),
        disallow_major_version_upgrade=st.none() | st.booleans(),
        supported_os=st.none() | xml_text(),
        company_name=st.none() | xml_text(),
        regions=st.none() | xml_text(),
    )


@cache
def extension_certificate_configuration(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ExtensionCertificateConfiguration]:
    """`ExtensionCertificateConfiguration` instances.

    The certificate an extension image needs.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ExtensionCertificateConfiguration,
        store_location=st.none() | xml_text(),
        store_name=st.none() | xml_text(),
        thumbprint_required=st.none() | st.booleans(),
        thumbprint_algorithm=st.none() | xml_text(),
    )


@cache
def extension_endpoint_configuration(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ExtensionEndpointConfiguration]:
    """`ExtensionEndpointConfiguration` instances.

    The endpoints an extension image opens on the roles that enable it.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ExtensionEndpointConfiguration,
        input_endpoints=st.none()
        | st.lists(extension_input_endpoint(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        internal_endpoints=st.none()
        | st.lists(extension_internal_endpoint(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        instance_input_endpoints=st.none()
        | st.lists(extension_instance_input_endpoint(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
    )


@cache
def extension_input_endpoint(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ExtensionInputEndpoint]:
    """`ExtensionInputEndpoint` instances.

    A load-balanced public endpoint of an extension image.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ExtensionInputEndpoint,
        name=st.none() | xml_text(),
        protocol=st.none() | xml_text(),
        port=st.none() | st.integers(_INT32[0], _INT32[1]),
        local_port=st.none() | xml_text(),
    )


@cache
def extension_internal_endpoint(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ExtensionInternalEndpoint]:
    """`ExtensionInternalEndpoint` instances.

    An endpoint of an extension image between the instances.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ExtensionInternalEndpoint,
        name=st.none() | xml_text(),
        protocol=st.none() | xml_text(),
        port=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


@cache
def extension_instance_input_endpoint(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ExtensionInstanceInputEndpoint]:
    """`ExtensionInstanceInputEndpoint` instances.

    A public endpoint of each instance, from a range of ports, of an extension image.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ExtensionInstanceInputEndpoint,
        name=st.none() | xml_text(),
        protocol=st.none() | xml_text(),
        local_port=st.none() | xml_text(),
        fixed_port_min=st.none() | st.integers(_INT32[0], _INT32[1]),
        fixed_port_max=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


@cache
def extension_local_resource_configuration(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ExtensionLocalResourceConfiguration]:
    """`ExtensionLocalResourceConfiguration` instances.

    Local storage an extension image needs on each instance.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ExtensionLocalResourceConfiguration,
        name=st.none() | xml_text(),
        size_in_mb=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


@cache
def database_copy_input(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.DatabaseCopyInput]:
    """`DatabaseCopyInput` instances.

    Body of create_database_copy.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.DatabaseCopyInput,
        partner_server=xml_text(),
        partner_database=xml_text(),
        is_continuous=st.none() | st.booleans(),
        is_offline_secondary=st.none() | st.booleans(),
    )


@cache
def database_copy_update_input(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.DatabaseCopyUpdateInput]:
    """`DatabaseCopyUpdateInput` instances.

    Body of update_database_copy.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.DatabaseCopyUpdateInput,
        is_forced_terminate=st.none() | st.booleans(),
    )


@cache
def database_copy(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.DatabaseCopy]:
    """`DatabaseCopy` instances.

    A database copy link between a source database and its copy on a partner server.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.DatabaseCopy,
        name=st.none() | xml_text(),
        type=st.none() | xml_text(),
        state=st.none() | xml_text(),
        self_link=st.none() | xml_text(),
        parent_link=st.none() | xml_text(),
        source_server_name=st.none() | xml_text(),
        source_database_name=st.none() | xml_text(),
        destination_server_name=st.none() | xml_text(),
        destination_database_name=st.none() | xml_text(),
        is_continuous=st.none() | st.booleans(),
        replication_state=st.none() | st.integers(_INT32[0], _INT32[1]),
        replication_state_description=st.none() | xml_text(),
        local_database_id=st.none() | st.integers(_INT32[0], _INT32[1]),
        is_local_database_replication_target=st.none() | st.booleans(),
        is_interlink_connected=st.none() | st.booleans(),
        start_date=st.none() | _DATETIMES,
        modify_date=st.none() | _DATETIMES,
        percent_complete=st.none() | st.floats(None, None, allow_nan=False, allow_infinity=False),
        is_offline_secondary=st.none() | st.booleans(),
        is_termination_allowed=st.none() | st.booleans(),
    )


@cache
def database_operation(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.DatabaseOperation]:
    """`DatabaseOperation` instances.

    An operation on a database of a server (create, copy, restore, ...) and its progress.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.DatabaseOperation,
        name=st.none() | xml_text(),
        type=st.none() | xml_text(),
        state=st.none() | xml_text(),
        self_link=st.none() | xml_text(),
        parent_link=st.none() | xml_text(),
        id=st.none() | xml_text(),
        state_id=st.none() | st.integers(_INT32[0], _INT32[1]),
        session_activity_id=st.none() | xml_text(),
        database_name=st.none() | xml_text(),
        percent_complete=st.none() | st.integers(_INT32[0], _INT32[1]),
        error_code=st.none() | st.integers(_INT32[0], _INT32[1]),
        error=st.none() | xml_text(),
        error_severity=st.none() | st.integers(_INT32[0], _INT32[1]),
        error_state=st.none() | st.integers(_INT32[0], _INT32[1]),
        start_time=st.none() | _DATETIMES,
        last_modify_time=st.none() | _DATETIMES,
    )


@cache
def restorable_dropped_database(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.RestorableDroppedDatabase]:
    """`RestorableDroppedDatabase` instances.

    A deleted database that can still be restored.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RestorableDroppedDatabase,
        name=st.none() | xml_text(),
        type=st.none() | xml_text(),
        state=st.none() | xml_text(),
        self_link=st.none() | xml_text(),
        parent_link=st.none() | xml_text(),
        entity_id=st.none() | xml_text(),
        server_name=st.none() | xml_text(),
        edition=st.none() | xml_text(),
        max_size_bytes=st.none() | st.integers(_INT64[0], _INT64[1]),
        creation_date=st.none() | _DATETIMES,
        deletion_date=st.none() | _DATETIMES,
        recovery_period_start_date=st.none() | _DATETIMES,
    )


@cache
def recoverable_database(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.RecoverableDatabase]:
    """`RecoverableDatabase` instances.

    A database that can be recovered from its geo-replicated backup.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RecoverableDatabase,
        name=st.none() | xml_text(),
        type=st.none() | xml_text(),
        state=st.none() | xml_text(),
        self_link=st.none() | xml_text(),
        parent_link=st.none() | xml_text(),
        entity_id=st.none() | xml_text(),
        server_name=st.none() | xml_text(),
        edition=st.none() | xml_text(),
        last_available_backup_date=st.none() | _DATETIMES,
    )


@cache
def restore_database_input(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.RestoreDatabaseInput]:
    """`RestoreDatabaseInput` instances.

    Body of restore_database.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RestoreDatabaseInput,
        source_database_name=xml_text(),
        source_database_deletion_date=st.none() | _DATETIMES,
        target_server_name=st.none() | xml_text(),
        target_database_name=xml_text(),
        target_utc_point_in_time=st.none() | _DATETIMES,
    )


@cache
def restore_database_operation(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.RestoreDatabaseOperation]:
    """`RestoreDatabaseOperation` instances.

    What restore_database answers.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RestoreDatabaseOperation,
        name=st.none() | xml_text(),
        type=st.none() | xml_text(),
        state=st.none() | xml_text(),
        request_id=st.none() | xml_text(),
        source_database_name=st.none() | xml_text(),
        source_database_deletion_date=st.none() | _DATETIMES,
        target_server_name=st.none() | xml_text(),
        target_database_name=st.none() | xml_text(),
        target_utc_point_in_time=st.none() | _DATETIMES,
    )


@cache
def recover_database_input(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.RecoverDatabaseInput]:
    """`RecoverDatabaseInput` instances.

    Body of recover_database.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RecoverDatabaseInput,
        source_database_name=xml_text(),
        target_server_name=st.none() | xml_text(),
        target_database_name=st.none() | xml_text(),
    )


@cache
def recover_database_operation(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.RecoverDatabaseOperation]:
    """`RecoverDatabaseOperation` instances.

    What recover_database answers.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RecoverDatabaseOperation,
        name=st.none() | xml_text(),
        type=st.none() | xml_text(),
        state=st.none() | xml_text(),
        request_id=st.none() | xml_text(),
        source_database_name=st.none() | xml_text(),
        target_server_name=st.none() | xml_text(),
        target_database_name=st.none() | xml_text(),
    )


@cache
def dac_blob_credentials(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.DacBlobCredentials]:
    """`DacBlobCredentials` values: `DacBlobStorageAccessKeyCredentials` instances.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.one_of(
        dac_blob_storage_access_key_credentials(depth=depth),
    )


@cache
def dac_blob_storage_access_key_credentials(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.DacBlobStorageAccessKeyCredentials]:
    """`DacBlobStorageAccessKeyCredentials` instances.

    A BACPAC blob given by its URL and the access key of its storage account.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.DacBlobStorageAccessKeyCredentials,
        uri=xml_text(),
        storage_access_key=xml_text(),
    )


@cache
def dac_connection_info(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.DacConnectionInfo]:
    """`DacConnectionInfo` instances.

    The database of a DAC request and the login used to reach it.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.DacConnectionInfo,
        database_name=xml_text(),
        password=xml_text(),
        server_name=xml_text(),
        user_name=xml_text(),
    )


@cache
def dac_export_input(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.DacExportInput]:
    """`DacExportInput` instances.

    Body of export_database.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.DacExportInput,
        blob_credentials=dac_blob_credentials(depth=depth - 1),
        connection_info=dac_connection_info(depth=depth - 1),
    )


@cache
def dac_import_input(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.DacImportInput]:
    """`DacImportInput` instances.

    Body of import_database.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.DacImportInput,
        azure_edition=st.none() | xml_text(),
        blob_credentials=dac_blob_credentials(depth=depth - 1),
        connection_info=dac_connection_info(depth=depth - 1),
        database_size_in_gb=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


@cache
def dac_status_input(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.DacStatusInput]:
    """`DacStatusInput` instances.

    Body of get_dac_status_post.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.DacStatusInput,
        password=xml_text(),
        request_id=xml_text(),
        fully_qualified_server_name=xml_text(),
        user_name=xml_text(),
    )


@cache
def dac_request_id(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.DacRequestId]:
    """`DacRequestId` instances.

    The id of a DAC import or export request: `<guid>` in the serialization namespace.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.DacRequestId,
        guid=st.none() | xml_text(min_size=1),
    )


@cache
def dac_status_info(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.DacStatusInfo]:
    """`DacStatusInfo` instances.

    The status of a DAC import or export request.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.DacStatusInfo,
        blob_uri=st.none() | xml_text(),
        database_name=st.none() | xml_text(),
        error_message=st.none() | xml_text(),
        last_modified_time=st.none() | _DATETIMES,
        queued_time=st.none() | _DATETIMES,
        request_id=st.none() | xml_text(),
        request_type=st.none() | xml_text(),
        server_name=st.none() | xml_text(),
        status=st.none() | xml_text(),
    )


@cache
def create_server_input(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.CreateServerInput]:
    """`CreateServerInput` instances.

    Body of create_server, in the SQL Azure namespace. ASM expects the elements in this order.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CreateServerInput,
        admin_login=xml_text(),
        admin_password=xml_text(),
        location=xml_text(),
    )


@cache
def server_admin_password_input(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ServerAdminPasswordInput]:
    """`ServerAdminPasswordInput` instances.

    Body of set_server_admin_password: an `<AdministratorLoginPassword>` element whose text is
    the new password (no child elements), in the SQL Azure namespace.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ServerAdminPasswordInput,
        admin_password=st.none() | xml_text(min_size=1),
    )


@cache
def firewall_rule_input(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.FirewallRuleInput]:
    """`FirewallRuleInput` instances.

    Body of create_firewall_rule and update_firewall_rule.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.FirewallRuleInput,
        name=xml_text(),
        start_ip_address=xml_text(),
        end_ip_address=xml_text(),
    )


@cache
def create_database_input(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.CreateDatabaseInput]:
    """`CreateDatabaseInput` instances.

    Body of create_database; optional elements are left out when not given.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CreateDatabaseInput,
        name=xml_text(),
        edition=st.none() | xml_text(),
        collation_name=st.none() | xml_text(),
        max_size_bytes=st.none() | st.integers(_INT64[0], _INT64[1]),
        service_objective_id=xml_text(),
    )


@cache
def update_database_input(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.UpdateDatabaseInput]:
    """`UpdateDatabaseInput` instances.

    Body of update_database; only the elements given are sent.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UpdateDatabaseInput,
        new_database_name=st.none() | xml_text(),
        edition=st.none() | xml_text(),
        max_size_bytes=st.none() | st.integers(_INT64[0], _INT64[1]),
        service_objective_id=st.none() | xml_text(),
    )


@cache
def create_server_response(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.CreateServerResponse]:
    """`CreateServerResponse` instances.

    What create_server answers: `<ServerName
    FullyQualifiedDomainName="x.database.windows.net">x</ServerName>`, the name ASM chose for
    the new server and its domain name.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CreateServerResponse,
        server_name=st.none() | xml_text(min_size=1),
        fully_qualified_domain_name=st.none() | xml_text(),
    )


@cache
def server(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Server]:
    """`Server` instances.

    A SQL Database server of the subscription.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.Server,
        name=st.none() | xml_text(),
        administrator_login=st.none() | xml_text(),
        location=st.none() | xml_text(),
        geo_paired_region=st.none() | xml_text(),
        fully_qualified_domain_name=st.none() | xml_text(),
        version=st.none() | xml_text(),
        state=st.none() | xml_text(),
    )


@cache
def server_quota(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.ServerQuota]:
    """`ServerQuota` instances.

    A quota of a server, as list_quotas returns it.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ServerQuota,
        name=st.none() | xml_text(),
        type=st.none() | xml_text(),
        state=st.none() | xml_text(),
        self_link=st.none() | xml_text(),
        parent_link=st.none() | xml_text(),
        value=st.none() | st.integers(_INT64[0], _INT64[1]),
    )


@cache
def event_log(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.EventLog]:
    """`EventLog` instances.

    Events of one kind on one database of a server during one interval, as get_server_event_logs
    returns them.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.EventLog,
        name=st.none() | xml_text(),
        type=st.none() | xml_text(),
        state=st.none() | xml_text(),
        self_link=st.none() | xml_text(),
        parent_link=st.none() | xml_text(),
        database_name=st.none() | xml_text(),
        start_time_utc=st.none() | _DATETIMES,
        interval_size_in_minutes=st.none() | st.integers(_INT32[0], _INT32[1]),
        event_category=st.none() | xml_text(),
        event_type=st.none() | xml_text(),
        event_subtype=st.none() | st.integers(_INT32[0], _INT32[1]),
        event_subtype_description=st.none() | xml_text(),
        number_of_events=st.none() | st.integers(_INT32[0], _INT32[1]),
        severity=st.none() | st.integers(_INT32[0], _INT32[1]),
        description=st.none() | xml_text(),
        additional_data=st.none() | xml_text(),
    )


@cache
def firewall_rule(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.FirewallRule]:
    """`FirewallRule` instances.

    A server-level firewall rule.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.FirewallRule,
        name=st.none() | xml_text(),
        type=st.none() | xml_text(),
        state=st.none() | xml_text(),
        self_link=st.none() | xml_text(),
        parent_link=st.none() | xml_text(),
        start_ip_address=st.none() | xml_text(),
        end_ip_address=st.none() | xml_text(),
    )


@cache
def service_objective(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.ServiceObjective]:
    """`ServiceObjective` instances.

    A service level objective (performance level) databases of a server can be given.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ServiceObjective,
        name=st.none() | xml_text(),
        type=st.none() | xml_text(),
        state=st.none() | xml_text(),
        self_link=st.none() | xml_text(),
        parent_link=st.none() | xml_text(),
        id=st.none() | xml_text(),
        is_default=st.none() | st.booleans(),
        is_system=st.none() | st.booleans(),
        description=st.none() | xml_text(),
        enabled=st.none() | st.booleans(),
        dimension_settings=st.none()
        | st.lists(service_objective_dimension_setting(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
    )


@cache
def service_objective_dimension_setting(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ServiceObjectiveDimensionSetting]:
    """`ServiceObjectiveDimensionSetting` instances.

    One setting of a service level objective (e.g. the `Standard` edition at ordinal 2).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ServiceObjectiveDimensionSetting,
        name=st.none() | xml_text(),
        type=st.none() | xml_text(),
        state=st.none() | xml_text(),
        self_link=st.none() | xml_text(),
        parent_link=st.none() | xml_text(),
        id=st.none() | xml_text(),
        description=st.none() | xml_text(),
        ordinal=st.none() | st.integers(_INT32[0], _INT32[1]),
        is_default=st.none() | st.booleans(),
    )


@cache
def database(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Database]:
    """`Database` instances.

    A database of a SQL Database server (list_databases, create_database, update_database).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.Database,
        name=st.none() | xml_text(),
        type=st.none() | xml_text(),
        state=st.none() | xml_text(),
        self_link=st.none() | xml_text(),
        parent_link=st.none() | xml_text(),
        id=st.none() | st.integers(_INT32[0], _INT32[1]),
        edition=st.none() | xml_text(),
        max_size_gb=st.none() | st.integers(_INT32[0], _INT32[1]),
        collation_name=st.none() | xml_text(),
        creation_date=st.none() | _DATETIMES,
        is_federation_root=st.none() | st.booleans(),
        is_system_object=st.none() | st.booleans(),
        size_mb=st.none() | st.floats(None, None, allow_nan=False, allow_infinity=False),
        max_size_bytes=st.none() | st.integers(_INT64[0], _INT64[1]),
        service_objective_id=st.none() | xml_text(),
        assigned_service_objective_id=st.none() | xml_text(),
        service_objective_assignment_state=st.none() | st.integers(_INT32[0], _INT32[1]),
        service_objective_assignment_state_description=st.none() | xml_text(),
        service_objective_assignment_error_code=st.none() | st.integers(_INT32[0], _INT32[1]),
        service_objective_assignment_error_description=st.none() | xml_text(),
        service_objective_assignment_success_date=st.none() | _DATETIMES,
        recovery_period_start_date=st.none() | _DATETIMES,
        is_suspended=st.none() | st.booleans(),
    )


@cache
def regenerate_keys(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.RegenerateKeys]:
    """`RegenerateKeys` instances.

    Body of regenerate_storage_account_keys.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RegenerateKeys,
        key_type=st.sampled_from(("Primary", "Secondary")),
    )


@cache
def storage_service(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.StorageService]:
    """`StorageService` instances.

    A classic storage account. list_storage_accounts and get_storage_account_properties fill in
    its properties; get_storage_account_keys fills in its keys.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.StorageService,
        url=st.none() | xml_text(),
        service_name=st.none() | xml_text(),
        storage_service_properties=storage_account_properties(depth=depth - 1)
        if depth > 0
        else st.builds(_models.StorageAccountProperties),
        storage_service_keys=storage_service_keys(depth=depth - 1)
        if depth > 0
        else st.builds(_models.StorageServiceKeys),
        extended_properties=_MAPS,
        capabilities=st.lists(xml_text(), max_size=_MAX_LIST),
        migration_state=st.none() | xml_text(),
    )


@cache
def storage_account_properties(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.StorageAccountProperties]:
    """`StorageAccountProperties` instances.

    Properties of a classic storage account, in the order ASM sends them.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.StorageAccountProperties,
        description=st.none() | xml_text(),
        affinity_group=st.none() | xml_text(),
        location=st.none() | xml_text(),
        label=st.none() | xml_text(),
        status=st.none() | xml_text(),
        endpoints=st.lists(xml_text(), max_size=_MAX_LIST),
        geo_replication_enabled=st.none() | st.booleans(),
        geo_primary_region=st.none() | xml_text(),
        status_of_primary=st.none() | xml_text(),
        last_geo_failover_time=st.none() | _DATETIMES,
        geo_secondary_region=st.none() | xml_text(),
        status_of_secondary=st.none() | xml_text(),
        creation_time=st.none() | _DATETIMES,
        custom_domains=st.none() | st.lists(custom_domain(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        secondary_read_enabled=st.none() | st.booleans(),
        secondary_endpoints=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        account_type=st.none() | xml_text(),
    )


@cache
def custom_domain(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.CustomDomain]:
    """`CustomDomain` instances.

    A custom domain name mapped to the blob endpoint of a storage account.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CustomDomain,
        name=st.none() | xml_text(),
        use_sub_domain_name=st.none() | st.booleans(),
    )


@cache
def storage_service_keys(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.StorageServiceKeys]:
    """`StorageServiceKeys` instances.

    The two access keys of a storage account; either one signs storage requests.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.StorageServiceKeys,
        primary=st.none() | xml_text(),
        secondary=st.none() | xml_text(),
    )


@cache
def create_storage_service_input(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.CreateStorageServiceInput]:
    """`CreateStorageServiceInput` instances.

    Body of create_storage_account. ASM expects the elements in this order.

    ``depth`` bounds the nesting of models inside them.
    """
    return _with_groups(
        st.builds(
            _models.CreateStorageServiceInput,
            service_name=_pattern("^[a-z0-9]{3,24}$"),
            description=st.none() | xml_text(max_size=1024),
            label=xml_text(max_size=100),
            extended_properties=st.none() | _MAPS,
            account_type=st.none()
            | st.sampled_from(
                ("Standard_LRS", "Standard_ZRS", "Standard_GRS", "Standard_RAGRS", "Premium_LRS")
            ),
        ),
        exactly_one=[
            {
                "affinity_group": xml_text(),
                "location": xml_text(),
            },
        ],
    )


@cache
def update_storage_service_input(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.UpdateStorageServiceInput]:
    """`UpdateStorageServiceInput` instances.

    Body of update_storage_account. Elements left at None are not sent, and the account keeps
    those values.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UpdateStorageServiceInput,
        description=st.none() | xml_text(max_size=1024),
        label=st.none() | xml_text(max_size=100),
        extended_properties=st.none() | _MAPS,
        account_type=st.none()
        | st.sampled_from(
            ("Standard_LRS", "Standard_ZRS", "Standard_GRS", "Standard_RAGRS", "Premium_LRS")
        ),
    )


@cache
def store_add_on_input(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.StoreAddOnInput]:
    """`StoreAddOnInput` instances.

    The body of create_store_add_on and update_store_add_on.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.StoreAddOnInput,
        type=xml_text(),
        plan=xml_text(),
        promotion_code=st.none() | xml_text(),
    )


@cache
def subscription(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Subscription]:
    """`Subscription` instances.

    A subscription with its quotas and how much of them is in use.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.Subscription,
        subscription_id=st.none() | xml_text(),
        subscription_name=st.none() | xml_text(),
        subscription_status=st.none() | xml_text(),
        account_admin_live_email_id=st.none() | xml_text(),
        service_admin_live_email_id=st.none() | xml_text(),
        max_core_count=st.none() | st.integers(_INT32[0], _INT32[1]),
        max_storage_accounts=st.none() | st.integers(_INT32[0], _INT32[1]),
        max_hosted_services=st.none() | st.integers(_INT32[0], _INT32[1]),
        current_core_count=st.none() | st.integers(_INT32[0], _INT32[1]),
        current_hosted_services=st.none() | st.integers(_INT32[0], _INT32[1]),
        current_storage_accounts=st.none() | st.integers(_INT32[0], _INT32[1]),
        max_virtual_network_sites=st.none() | st.integers(_INT32[0], _INT32[1]),
        current_virtual_network_sites=st.none() | st.integers(_INT32[0], _INT32[1]),
        max_local_network_sites=st.none() | st.integers(_INT32[0], _INT32[1]),
        max_dns_servers=st.none() | st.integers(_INT32[0], _INT32[1]),
        current_local_network_sites=st.none() | st.integers(_INT32[0], _INT32[1]),
        current_dns_servers=st.none() | st.integers(_INT32[0], _INT32[1]),
        offer_categories=st.none() | xml_text(),
        aad_tenant_id=st.none() | xml_text(),
        created_time=st.none() | _DATETIMES,
        max_reserved_ips=st.none() | st.integers(_INT32[0], _INT32[1]),
        current_reserved_ips=st.none() | st.integers(_INT32[0], _INT32[1]),
        max_public_ip_count=st.none() | st.integers(_INT32[0], _INT32[1]),
        current_network_security_groups=st.none() | st.integers(_INT32[0], _INT32[1]),
        max_network_security_groups=st.none() | st.integers(_INT32[0], _INT32[1]),
        max_network_security_rules_per_group=st.none() | st.integers(_INT32[0], _INT32[1]),
        max_route_tables=st.none() | st.integers(_INT32[0], _INT32[1]),
        max_routes_per_route_table=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


@cache
def subscription_operation_collection(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.SubscriptionOperationCollection]:
    """`SubscriptionOperationCollection` instances.

    One page of the subscription's operation log.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.SubscriptionOperationCollection,
        subscription_operations=st.lists(
            subscription_operation(depth=depth - 1), max_size=_MAX_LIST
        )
        if depth > 0
        else st.just([]),
        continuation_token=st.none() | xml_text(),
    )


@cache
def subscription_operation(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.SubscriptionOperation]:
    """`SubscriptionOperation` instances.

    One write operation performed on the subscription.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.SubscriptionOperation,
        operation_id=st.none() | xml_text(),
        operation_object_id=st.none() | xml_text(),
        operation_name=st.none() | xml_text(),
        operation_parameters=st.lists(operation_parameter(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        operation_caller=operation_caller(depth=depth - 1)
        if depth > 0
        else st.builds(_models.OperationCaller),
        operation_status=subscription_operation_status(depth=depth - 1)
        if depth > 0
        else st.builds(_models.SubscriptionOperationStatus),
        operation_started_time=st.none() | _DATETIMES,
        operation_completed_time=st.none() | _DATETIMES,
        operation_kind=st.none() | xml_text(),
    )


@cache
def operation_parameter(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.OperationParameter]:
    """`OperationParameter` instances.

    A name/value parameter of a logged operation. The two children are in the WCF data contract
    namespace, unlike the element itself.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.OperationParameter,
        name=st.none() | xml_text(),
        value=st.none() | xml_text(),
    )


@cache
def operation_caller(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.OperationCaller]:
    """`OperationCaller` instances.

    Who started a logged operation.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.OperationCaller,
        used_service_management_api=st.none() | st.booleans(),
        user_email_address=st.none() | xml_text(),
        subscription_certificate_thumbprint=st.none() | xml_text(),
        client_ip=st.none() | xml_text(),
    )


@cache
def subscription_operation_status(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.SubscriptionOperationStatus]:
    """`SubscriptionOperationStatus` instances.

    Outcome of a logged operation.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.SubscriptionOperationStatus,
        status_id=st.none() | xml_text(),
        status=st.none() | xml_text(),
        http_status_code=st.none() | st.integers(_INT32[0], _INT32[1]),
        error=st.none() | operation_error(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def traffic_manager_dns_prefix_availability(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.TrafficManagerDnsPrefixAvailability]:
    """`TrafficManagerDnsPrefixAvailability` instances.

    Whether a Traffic Manager domain name is free.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.TrafficManagerDnsPrefixAvailability,
        result=st.none() | st.booleans(),
    )


@cache
def create_traffic_manager_profile(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.CreateTrafficManagerProfile]:
    """`CreateTrafficManagerProfile` instances.

    The body of create_traffic_manager_profile.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CreateTrafficManagerProfile,
        domain_name=xml_text(),
        name=xml_text(min_size=1, max_size=256),
    )


@cache
def update_traffic_manager_profile(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.UpdateTrafficManagerProfile]:
    """`UpdateTrafficManagerProfile` instances.

    The body of update_traffic_manager_profile.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UpdateTrafficManagerProfile,
        status=st.sampled_from(("Enabled", "Disabled")),
        enabled_version=st.integers(1, _INT32[1]),
    )


@cache
def traffic_manager_profile(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.TrafficManagerProfile]:
    """`TrafficManagerProfile` instances.

    A Traffic Manager profile.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.TrafficManagerProfile,
        domain_name=st.none() | xml_text(),
        name=st.none() | xml_text(),
        status=st.none() | xml_text(),
        status_details=st.none() | traffic_manager_profile_status_details(depth=depth - 1)
        if depth > 0
        else st.none(),
        definitions=st.none()
        | st.lists(traffic_manager_definition_summary(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
    )


@cache
def traffic_manager_profile_status_details(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.TrafficManagerProfileStatusDetails]:
    """`TrafficManagerProfileStatusDetails` instances.

    The definition a profile uses.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.TrafficManagerProfileStatusDetails,
        enabled_version=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


@cache
def traffic_manager_definition_summary(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.TrafficManagerDefinitionSummary]:
    """`TrafficManagerDefinitionSummary` instances.

    A definition as a profile lists it.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.TrafficManagerDefinitionSummary,
        status=st.none() | xml_text(),
        version=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


@cache
def traffic_manager_definition(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.TrafficManagerDefinition]:
    """`TrafficManagerDefinition` instances.

    The definition of a profile: what create_traffic_manager_definition sends (DNS options,
    monitors, policy) and what ASM answers with it (status, version, monitoring status).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.TrafficManagerDefinition,
        dns_options=traffic_manager_dns_options(depth=depth - 1),
        status=st.none() | xml_text(),
        version=st.none() | st.integers(_INT32[0], _INT32[1]),
        monitors=st.lists(traffic_manager_monitor(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        policy=traffic_manager_policy(depth=depth - 1),
    )


@cache
def traffic_manager_dns_options(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.TrafficManagerDnsOptions]:
    """`TrafficManagerDnsOptions` instances.

    DNS options of a Traffic Manager definition.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.TrafficManagerDnsOptions,
        time_to_live_in_seconds=st.integers(30, 999999),
    )


@cache
def traffic_manager_monitor(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.TrafficManagerMonitor]:
    """`TrafficManagerMonitor` instances.

    How Traffic Manager probes each endpoint of a profile.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.TrafficManagerMonitor,
        interval_in_seconds=st.integers(_INT32[0], _INT32[1]),
        timeout_in_seconds=st.integers(_INT32[0], _INT32[1]),
        tolerated_number_of_failures=st.integers(_INT32[0], _INT32[1]),
        protocol=st.sampled_from(("HTTP", "HTTPS", "Http", "Https")),
        port=st.integers(1, 65535),
        http_options=traffic_manager_http_options(depth=depth - 1),
    )


@cache
def traffic_manager_http_options(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.TrafficManagerHttpOptions]:
    """`TrafficManagerHttpOptions` instances.

    The HTTP request a monitor sends.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.TrafficManagerHttpOptions,
        verb=st.none() | st.sampled_from(("GET",)),
        relative_path=st.none() | xml_text(),
        expected_status_code=st.none() | st.integers(200, 200),
    )


@cache
def traffic_manager_policy(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.TrafficManagerPolicy]:
    """`TrafficManagerPolicy` instances.

    The load-balancing policy of a definition and its endpoints.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.TrafficManagerPolicy,
        load_balancing_method=st.sampled_from(("Performance", "Failover", "RoundRobin")),
        endpoints=st.lists(traffic_manager_endpoint(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        monitor_status=st.none() | xml_text(),
    )


@cache
def traffic_manager_endpoint(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.TrafficManagerEndpoint]:
    """`TrafficManagerEndpoint` instances.

    An endpoint of a Traffic Manager policy.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.TrafficManagerEndpoint,
        domain_name=xml_text(),
        status=st.sampled_from(("Enabled", "Disabled")),
        type=st.none() | st.sampled_from(("CloudService", "AzureWebsite", "Any", "TrafficManager")),
        location=st.none() | xml_text(),
        monitor_status=st.none() | xml_text(),
        weight=st.none() | st.integers(1, 1000),
        min_child_endpoints=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


@cache
def bgp_settings(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.BgpSettings]:
    """`BgpSettings` instances.

    BGP settings of a gateway.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.BgpSettings,
        asn=st.none() | st.integers(_INT64[0], _INT64[1]),
        bgp_peering_address=st.none() | xml_text(),
        peer_weight=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


@cache
def create_local_network_gateway_parameters(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.CreateLocalNetworkGatewayParameters]:
    """`CreateLocalNetworkGatewayParameters` instances.

    Body of create_local_network_gateway.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CreateLocalNetworkGatewayParameters,
        address_space=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        gateway_name=st.none() | xml_text(),
        ip_address=st.none() | xml_text(),
        bgp_settings=st.none() | bgp_settings(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def local_network_gateway(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.LocalNetworkGateway]:
    """`LocalNetworkGateway` instances.

    A local network gateway (an on-premises VPN device).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.LocalNetworkGateway,
        id=st.none() | xml_text(),
        gateway_name=st.none() | xml_text(),
        ip_address=st.none() | xml_text(),
        address_space=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        bgp_settings=st.none() | bgp_settings(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def create_virtual_network_gateway_parameters(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.CreateVirtualNetworkGatewayParameters]:
    """`CreateVirtualNetworkGatewayParameters` instances.

    Body of create_virtual_network_gateway.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CreateVirtualNetworkGatewayParameters,
        gateway_name=st.none() | xml_text(),
        gateway_size=st.none() | xml_text(),
        gateway_type=st.none() | xml_text(),
        location=st.none() | xml_text(),
        vnet_id=st.none() | xml_text(),
        bgp_settings=st.none() | bgp_settings(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def virtual_network_gateway_details(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.VirtualNetworkGatewayDetails]:
    """`VirtualNetworkGatewayDetails` instances.

    A virtual network gateway addressed by id.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.VirtualNetworkGatewayDetails,
        gateway_id=st.none() | xml_text(),
        last_event=st.none() | gateway_event(depth=depth - 1) if depth > 0 else st.none(),
        gateway_name=st.none() | xml_text(),
        gateway_type=st.none() | xml_text(),
        gateway_size=st.none() | xml_text(),
        state=st.none() | xml_text(),
        vip_address=st.none() | xml_text(),
        location=st.none() | xml_text(),
        vnet_id=st.none() | xml_text(),
        subnet_id=st.none() | xml_text(),
        default_sites=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        enable_bgp=st.none() | st.booleans(),
        bgp_settings=st.none() | bgp_settings(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def create_gateway_connection_parameters(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.CreateGatewayConnectionParameters]:
    """`CreateGatewayConnectionParameters` instances.

    Body of create_virtual_network_gateway_connection.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CreateGatewayConnectionParameters,
        connected_entity_id=st.none() | xml_text(),
        gateway_connection_name=st.none() | xml_text(),
        gateway_connection_type=st.none() | xml_text(),
        virtual_network_gateway_id=st.none() | xml_text(),
        routing_weight=st.none() | st.integers(_INT32[0], _INT32[1]),
        shared_key=st.none() | xml_text(),
        enable_bgp=st.none() | st.booleans(),
    )


@cache
def gateway_connection_details(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.GatewayConnectionDetails]:
    """`GatewayConnectionDetails` instances.

    A connection between a virtual network gateway and a connected entity.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.GatewayConnectionDetails,
        gateway_connection_name=st.none() | xml_text(),
        virtual_network_gateway_id=st.none() | xml_text(),
        connected_entity_id=st.none() | xml_text(),
        gateway_connection_type=st.none() | xml_text(),
        routing_weight=st.none() | st.integers(_INT32[0], _INT32[1]),
        shared_key=st.none() | xml_text(),
        enable_bgp=st.none() | st.booleans(),
    )


@cache
def update_local_network_gateway_parameters(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.UpdateLocalNetworkGatewayParameters]:
    """`UpdateLocalNetworkGatewayParameters` instances.

    Body of update_local_network_gateway.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UpdateLocalNetworkGatewayParameters,
        address_space=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        bgp_settings=st.none() | bgp_settings(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def update_gateway_connection_parameters(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.UpdateGatewayConnectionParameters]:
    """`UpdateGatewayConnectionParameters` instances.

    Body of update_virtual_network_gateway_connection.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UpdateGatewayConnectionParameters,
        routing_weight=st.none() | st.integers(_INT32[0], _INT32[1]),
        shared_key=st.none() | xml_text(),
        enable_bgp=st.none() | st.booleans(),
    )


@cache
def redeploy_role_operation(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.RedeployRoleOperation]:
    """`RedeployRoleOperation` instances.

    Request body of `redeploy_role`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RedeployRoleOperation,
    )


@cache
def perform_maintenance_on_role_operation(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.PerformMaintenanceOnRoleOperation]:
    """`PerformMaintenanceOnRoleOperation` instances.

    Request body of `perform_role_maintenance`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.PerformMaintenanceOnRoleOperation,
    )


@cache
def vm_image_details(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.VMImageDetails]:
    """`VMImageDetails` instances.

    A VM image with the state of its publishing.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.VMImageDetails,
        name=st.none() | xml_text(),
        label=st.none() | xml_text(),
        category=st.none() | xml_text(),
        description=st.none() | xml_text(),
        os_disk_configuration=os_disk_configuration(depth=depth - 1)
        if depth > 0
        else st.builds(_models.OSDiskConfiguration),
        data_disk_configurations=st.lists(
            data_disk_configuration(depth=depth - 1), max_size=_MAX_LIST
        )
        if depth > 0
        else st.just([]),
        service_name=st.none() | xml_text(),
        deployment_name=st.none() | xml_text(),
        role_name=st.none() | xml_text(),
        affinity_group=st.none() | xml_text(),
        location=st.none() | xml_text(),
        created_time=st.none() | _DATETIMES,
        modified_time=st.none() | _DATETIMES,
        language=st.none() | xml_text(),
        image_family=st.none() | xml_text(),
        recommended_vm_size=st.none() | xml_text(),
        is_premium=st.none() | st.booleans(),
        eula=st.none() | xml_text(),
        icon_uri=st.none() | xml_text(),
        small_icon_uri=st.none() | xml_text(),
        privacy_uri=st.none() | xml_text(),
        publisher_name=st.none() | xml_text(),
        pricing_detail_link=st.none() | xml_text(),
        published_date=st.none() | _DATETIMES,
        show_in_gui=st.none() | st.booleans(),
        vm_image_state=st.none() | xml_text(),
        role_state_on_capture=st.none() | xml_text(),
        role_size_on_capture=st.none() | xml_text(),
        is_corrupted=st.none() | st.booleans(),
        published_name=st.none() | xml_text(),
        sharing_status=st.none() | xml_text(),
        replication_progress=st.none()
        | st.lists(replication_progress_element(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        compute_image_attributes=st.none() | compute_image_attributes(depth=depth - 1)
        if depth > 0
        else st.none(),
        marketplace_image_attributes=st.none() | marketplace_image_attributes(depth=depth - 1)
        if depth > 0
        else st.none(),
    )


@cache
def compute_image_attributes(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.ComputeImageAttributes]:
    """`ComputeImageAttributes` instances.

    The offer, SKU and version an image is published as.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ComputeImageAttributes,
        offer=st.none() | xml_text(),
        sku=st.none() | xml_text(),
        version=st.none() | xml_text(),
    )


@cache
def marketplace_image_attributes(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.MarketplaceImageAttributes]:
    """`MarketplaceImageAttributes` instances.

    The Marketplace plan of a published image.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.MarketplaceImageAttributes,
        publisher_id=st.none() | xml_text(),
        plan=st.none() | marketplace_plan(depth=depth - 1) if depth > 0 else st.none(),
    )


@cache
def marketplace_plan(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.MarketplacePlan]:
    """`MarketplacePlan` instances.

    A Marketplace plan.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.MarketplacePlan,
        name=st.none() | xml_text(),
        publisher=st.none() | xml_text(),
        product=st.none() | xml_text(),
    )


@cache
def vm_image(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.VMImage]:
    """`VMImage` instances.

    A VM image, as listed by `list_vm_images`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.VMImage,
        name=st.none() | xml_text(),
        label=st.none() | xml_text(),
        category=st.none() | xml_text(),
        description=st.none() | xml_text(),
        os_disk_configuration=os_disk_configuration(depth=depth - 1)
        if depth > 0
        else st.builds(_models.OSDiskConfiguration),
        data_disk_configurations=st.lists(
            data_disk_configuration(depth=depth - 1), max_size=_MAX_LIST
        )
        if depth > 0
        else st.just([]),
        service_name=st.none() | xml_text(),
        deployment_name=st.none() | xml_text(),
        role_name=st.none() | xml_text(),
        affinity_group=st.none() | xml_text(),
        location=st.none() | xml_text(),
        created_time=st.none() | _DATETIMES,
        modified_time=st.none() | _DATETIMES,
        language=st.none() | xml_text(),
        image_family=st.none() | xml_text(),
        recommended_vm_size=st.none() | xml_text(),
        is_premium=st.none() | st.booleans(),
        eula=st.none() | xml_text(),
        icon_uri=st.none() | xml_text(),
        small_icon_uri=st.none() | xml_text(),
        privacy_uri=st.none() | xml_text(),
        publisher_name=st.none() | xml_text(),
        pricing_detail_link=st.none() | xml_text(),
        published_date=st.none() | _DATETIMES,
        show_in_gui=st.none() | st.booleans(),
        vm_image_state=st.none() | xml_text(),
        role_state_on_capture=st.none() | xml_text(),
        role_size_on_capture=st.none() | xml_text(),
        is_corrupted=st.none() | st.booleans(),
    )


@cache
def os_disk_configuration(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.OSDiskConfiguration]:
    """`OSDiskConfiguration` instances.

    The operating system disk of a VM image.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.OSDiskConfiguration,
        name=st.none() | xml_text(),
        host_caching=st.none() | xml_text(),
        os_state=st.none() | xml_text(),
        os=st.none() | xml_text(),
        media_link=st.none() | xml_text(),
        logical_disk_size_in_gb=st.none() | st.integers(_INT32[0], _INT32[1]),
        io_type=st.none() | xml_text(),
    )


@cache
def data_disk_configuration(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.DataDiskConfiguration]:
    """`DataDiskConfiguration` instances.

    A data disk of a VM image.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.DataDiskConfiguration,
        name=st.none() | xml_text(),
        host_caching=st.none() | xml_text(),
        lun=st.none() | st.integers(_INT32[0], _INT32[1]),
        media_link=st.none() | xml_text(),
        logical_disk_size_in_gb=st.none() | st.integers(_INT32[0], _INT32[1]),
        io_type=st.none() | xml_text(),
    )


@cache
def backup_request(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.BackupRequest]:
    """`BackupRequest` instances.

    A backup to make, or the scheduled backup configuration of a site.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.BackupRequest,
        backup_schedule=st.none() | backup_schedule(depth=depth - 1) if depth > 0 else st.none(),
        databases=st.none() | st.lists(database_backup_setting(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        enabled=st.none() | st.booleans(),
        name=st.none() | xml_text(),
        storage_account_url=xml_text(),
    )


@cache
def backup_schedule(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.BackupSchedule]:
    """`BackupSchedule` instances.

    When a site is backed up and how long its backups are kept.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.BackupSchedule,
        frequency_interval=st.none() | st.integers(_INT32[0], _INT32[1]),
        frequency_unit=st.none() | st.sampled_from(("Day", "Hour")),
        keep_at_least_one_backup=st.none() | st.booleans(),
        last_execution_time=st.none() | _DATETIMES,
        retention_period_in_days=st.none() | st.integers(_INT32[0], _INT32[1]),
        start_time=st.none() | _DATETIMES,
    )


@cache
def database_backup_setting(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.DatabaseBackupSetting]:
    """`DatabaseBackupSetting` instances.

    A database backed up (or restored) with a site.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.DatabaseBackupSetting,
        connection_string=st.none() | xml_text(),
        connection_string_name=st.none() | xml_text(),
        database_type=st.none() | xml_text(),
        name=st.none() | xml_text(),
    )


@cache
def backup_item(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.BackupItem]:
    """`BackupItem` instances.

    A backup of a site.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.BackupItem,
        storage_account_url=st.none() | xml_text(),
        blob_name=st.none() | xml_text(),
        name=st.none() | xml_text(),
        status=st.none() | xml_text(),
        size_in_bytes=st.none() | st.integers(_INT64[0], _INT64[1]),
        created=st.none() | _DATETIMES,
        log=st.none() | xml_text(),
        databases=st.none() | st.lists(database_backup_setting(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        scheduled=st.none() | st.booleans(),
        last_restore_time_stamp=st.none() | _DATETIMES,
        finished_time_stamp=st.none() | _DATETIMES,
        correlation_id=st.none() | xml_text(),
    )


@cache
def restore_request(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.RestoreRequest]:
    """`RestoreRequest` instances.

    A restore of a site from a backup blob (or what discover_site_backup found in one).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RestoreRequest,
        adjust_connection_strings=st.none() | st.booleans(),
        blob_name=xml_text(),
        databases=st.none() | st.lists(database_backup_setting(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        ignore_conflicting_host_names=st.none() | st.booleans(),
        overwrite=st.none() | st.booleans(),
        storage_account_url=xml_text(),
    )


@cache
def restore_response(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.RestoreResponse]:
    """`RestoreResponse` instances.

    What restore_site answers.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RestoreResponse,
        operation_id=st.none() | xml_text(),
    )


@cache
def relay_service_connection_entity(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.RelayServiceConnectionEntity]:
    """`RelayServiceConnectionEntity` instances.

    A hybrid connection of a site (a BizTalk relay to a host and port).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RelayServiceConnectionEntity,
        biztalk_uri=st.none() | xml_text(),
        entity_connection_string=st.none() | xml_text(),
        entity_name=xml_text(),
        hostname=xml_text(),
        port=st.integers(1, 65535),
        resource_connection_string=xml_text(),
        resource_type=xml_text(),
    )


@cache
def repository_uri(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.RepositoryUri]:
    """`RepositoryUri` instances.

    The URI of a site's deployment repository (`<anyURI>`).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.RepositoryUri,
        uri=st.none() | xml_text(min_size=1),
    )


@cache
def instance_ids(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.InstanceIds]:
    """`InstanceIds` instances.

    The instance ids of a site (`<ArrayOfstring>`).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.InstanceIds,
        instance_ids=st.lists(xml_text(), max_size=_MAX_LIST),
    )


@cache
def site_usage(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.SiteUsage]:
    """`SiteUsage` instances.

    The use of one quota by a site.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.SiteUsage,
        compute_mode=st.none() | xml_text(),
        current_value=st.none() | st.integers(_INT64[0], _INT64[1]),
        display_name=st.none() | xml_text(),
        limit=st.none() | st.integers(_INT64[0], _INT64[1]),
        name=st.none() | xml_text(),
        next_reset_time=st.none() | _DATETIMES,
        resource_name=st.none() | xml_text(),
        site_mode=st.none() | xml_text(),
        unit=st.none() | xml_text(),
    )


@cache
def site_operation(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.SiteOperation]:
    """`SiteOperation` instances.

    A Websites operation of a site (a slot swap) and how it went.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.SiteOperation,
        created_time=st.none() | _DATETIMES,
        errors=st.none() | st.lists(site_operation_error(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        expiration_time=st.none() | _DATETIMES,
        geo_master_operation_id=st.none() | xml_text(),
        id=st.none() | xml_text(),
        modified_time=st.none() | _DATETIMES,
        name=st.none() | xml_text(),
        status=st.none() | xml_text(),
    )


@cache
def site_operation_error(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.SiteOperationError]:
    """`SiteOperationError` instances.

    An error of a Websites operation.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.SiteOperationError,
        code=st.none() | xml_text(),
        message=st.none() | xml_text(),
        extended_code=st.none() | xml_text(),
        message_template=st.none() | xml_text(),
        parameters=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        inner_errors=st.none() | xml_text(),
    )


@cache
def create_site_input(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.CreateSiteInput]:
    """`CreateSiteInput` instances.

    Body of create_site. ASM expects the elements in this order.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.CreateSiteInput,
        host_names=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        website_name=xml_text(),
        compute_mode=st.none() | xml_text(),
        server_farm=st.none() | xml_text(),
        site_mode=st.none() | xml_text(),
        geo_region=xml_text(),
        webspace_name=xml_text(),
        plan=st.none() | xml_text(),
    )


@cache
def update_site_input(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.UpdateSiteInput]:
    """`UpdateSiteInput` instances.

    Body of update_site, in the order azure-asm-website (2014-04-01) writes it; the reference
    package sent State only.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UpdateSiteInput,
        host_name_ssl_states=st.none()
        | st.lists(update_host_name_ssl_state(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        host_names=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        server_farm=st.none() | xml_text(),
        state=st.none() | xml_text(),
    )


@cache
def update_host_name_ssl_state(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.UpdateHostNameSslState]:
    """`UpdateHostNameSslState` instances.

    A TLS binding of one host name to change (update_site).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UpdateHostNameSslState,
        name=xml_text(),
        ssl_state=st.none() | st.sampled_from(("Disabled", "SniEnabled", "IpBasedEnabled")),
        thumbprint=st.none() | xml_text(),
        to_update=st.none() | st.booleans(),
    )


@cache
def web_space(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.WebSpace]:
    """`WebSpace` instances.

    A webspace, the container of a subscription's sites in one region.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.WebSpace,
        availability_state=st.none() | xml_text(),
        compute_mode=st.none() | xml_text(),
        current_number_of_workers=st.none() | st.integers(_INT32[0], _INT32[1]),
        current_worker_size=st.none() | xml_text(),
        geo_location=st.none() | xml_text(),
        geo_region=st.none() | xml_text(),
        hosting_environment=st.none() | xml_text(),
        name=st.none() | xml_text(),
        number_of_workers=st.none() | st.integers(_INT32[0], _INT32[1]),
        plan=st.none() | xml_text(),
        status=st.none() | xml_text(),
        subscription=st.none() | xml_text(),
        worker_size=st.none() | xml_text(),
    )


@cache
def site(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Site]:
    """`Site` instances.

    A site (web app) of a webspace.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.Site,
        admin_enabled=st.none() | st.booleans(),
        availability_state=st.none() | xml_text(),
        cers=st.none() | st.lists(site_certificate(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        client_affinity_enabled=st.none() | st.booleans(),
        client_cert_enabled=st.none() | st.booleans(),
        cloning_info=st.none() | site_cloning_info(depth=depth - 1) if depth > 0 else st.none(),
        compute_mode=st.none() | xml_text(),
        content_availability_state=st.none() | xml_text(),
        csrs=st.none() | st.lists(site_csr(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        deployment_id=st.none() | xml_text(),
        enabled=st.none() | st.booleans(),
        enabled_host_names=st.lists(xml_text(), max_size=_MAX_LIST),
        gateway_site_name=st.none() | xml_text(),
        host_name_ssl_states=st.lists(host_name_ssl_state(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        host_names=st.lists(xml_text(), max_size=_MAX_LIST),
        hosting_environment=st.none() | xml_text(),
        hosting_environment_id=st.none() | xml_text(),
        kind=st.none() | xml_text(),
        last_modified_time_utc=st.none() | _DATETIMES,
        micro_service=st.none() | xml_text(),
        name=st.none() | xml_text(),
        outbound_ip_addresses=st.none() | xml_text(),
        owner=st.none() | xml_text(),
        premium_app_deployed=st.none() | st.booleans(),
        repository_site_name=st.none() | xml_text(),
        runtime_availability_state=st.none() | xml_text(),
        sku=st.none() | xml_text(),
        ssl_certificates=st.none() | st.lists(site_certificate(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        scm_site_also_stopped=st.none() | st.booleans(),
        self_link=st.none() | xml_text(),
        server_farm=st.none() | xml_text(),
        server_farm_id=st.none() | xml_text(),
        site_config=st.none() | site_config(depth=depth - 1) if depth > 0 else st.none(),
        site_mode=st.none() | xml_text(),
        site_properties=st.none() | site_properties(depth=depth - 1) if depth > 0 else st.none(),
        state=st.none() | xml_text(),
        storage_recovery_default_state=st.none() | xml_text(),
        target_swap_slot=st.none() | xml_text(),
        traffic_manager_host_names=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        usage_state=st.none() | xml_text(),
        web_space=st.none() | xml_text(),
    )


@cache
def site_certificate(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.SiteCertificate]:
    """`SiteCertificate` instances.

    A certificate of a site (Site/Cers and Site/SSLCertificates items, `<Certificate>`), with
    the members of the Websites Certificate contract, in the service's (alphabetical) order.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.SiteCertificate,
        cer_blob=st.none() | st.binary(max_size=_MAX_BYTES),
        expiration_date=st.none() | _DATETIMES,
        friendly_name=st.none() | xml_text(),
        host_names=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        issue_date=st.none() | _DATETIMES,
        issuer=st.none() | xml_text(),
        password=st.none() | xml_text(),
        pfx_blob=st.none() | st.binary(max_size=_MAX_BYTES),
        public_key_hash=st.none() | xml_text(),
        self_link=st.none() | xml_text(),
        site_name=st.none() | xml_text(),
        subject_name=st.none() | xml_text(),
        thumbprint=st.none() | xml_text(),
        to_delete=st.none() | st.booleans(),
        valid=st.none() | st.booleans(),
    )


@cache
def site_csr(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.SiteCsr]:
    """`SiteCsr` instances.

    A certificate signing request of a site (Site/Csrs item, `<Csr>`). The recorded service only
    sent an empty `<Csrs/>`; the members are those of the App Service Csr contract.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.SiteCsr,
        csr_string=st.none() | xml_text(),
        distinguished_name=st.none() | xml_text(),
        hosting_environment=st.none() | xml_text(),
        name=st.none() | xml_text(),
        password=st.none() | xml_text(),
        pfx_blob=st.none() | st.binary(max_size=_MAX_BYTES),
        public_key_hash=st.none() | xml_text(),
    )


@cache
def site_cloning_info(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.SiteCloningInfo]:
    """`SiteCloningInfo` instances.

    How a site was cloned from another (Site/CloningInfo). The recorded service only sent
    `i:nil`; the members are the scalar ones of the App Service CloningInfo contract
    (AppSettingsOverrides, a dictionary, is not described).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.SiteCloningInfo,
        clone_custom_host_names=st.none() | st.booleans(),
        clone_source_control=st.none() | st.booleans(),
        configure_load_balancing=st.none() | st.booleans(),
        correlation_id=st.none() | xml_text(),
        hosting_environment=st.none() | xml_text(),
        overwrite=st.none() | st.booleans(),
        source_web_app_id=st.none() | xml_text(),
        traffic_manager_profile_id=st.none() | xml_text(),
        traffic_manager_profile_name=st.none() | xml_text(),
    )


@cache
def site_config(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.SiteConfig]:
    """`SiteConfig` instances.

    Configuration of a site (Site/SiteConfig; the Websites "Get or Set Config Details for a
    Site" contract), in the service's (alphabetical) order. RoutingRules (polymorphic ramp-up
    rules) is not described.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.SiteConfig,
        app_settings=st.none() | _MAPS,
        connection_strings=st.none()
        | st.lists(conn_string_info(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        default_documents=st.none() | st.lists(xml_text(), max_size=_MAX_LIST),
        detailed_error_logging_enabled=st.none() | st.booleans(),
        document_root=st.none() | xml_text(),
        handler_mappings=st.none() | st.lists(handler_mapping(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
        http_logging_enabled=st.none() | st.booleans(),
        logs_directory_size_limit=st.none() | st.integers(_INT32[0], _INT32[1]),
        managed_pipeline_mode=st.none() | xml_text(),
        metadata=st.none() | _MAPS,
        net_framework_version=st.none() | xml_text(),
        number_of_workers=st.none() | st.integers(_INT32[0], _INT32[1]),
        php_version=st.none() | xml_text(),
        publishing_password=st.none() | xml_text(),
        publishing_username=st.none() | xml_text(),
        remote_debugging_enabled=st.none() | st.booleans(),
        remote_debugging_version=st.none() | xml_text(),
        request_tracing_enabled=st.none() | st.booleans(),
        request_tracing_expiration_time=st.none() | _DATETIMES,
        scm_type=st.none() | xml_text(),
        use32_bit_worker_process=st.none() | st.booleans(),
        web_sockets_enabled=st.none() | st.booleans(),
    )


@cache
def conn_string_info(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.ConnStringInfo]:
    """`ConnStringInfo` instances.

    A connection string of a site's configuration.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ConnStringInfo,
        connection_string=st.none() | xml_text(),
        name=st.none() | xml_text(),
        type=st.none() | xml_text(),
    )


@cache
def handler_mapping(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.HandlerMapping]:
    """`HandlerMapping` instances.

    A program handling requests for one file extension.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.HandlerMapping,
        arguments=st.none() | xml_text(),
        extension=st.none() | xml_text(),
        script_processor=st.none() | xml_text(),
    )


@cache
def site_properties(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.SiteProperties]:
    """`SiteProperties` instances.

    Name/value settings of a site.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.SiteProperties,
        app_settings=st.none() | _MAPS,
        metadata=st.none() | _MAPS,
        properties=st.none() | _MAPS,
    )


@cache
def host_name_ssl_state(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.HostNameSslState]:
    """`HostNameSslState` instances.

    The TLS state of one host name of a site.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.HostNameSslState,
        host_type=st.none() | xml_text(),
        ip_based_ssl_state=st.none() | xml_text(),
        ip_based_ssl_result=st.none() | xml_text(),
        name=st.none() | xml_text(),
        ssl_state=st.none() | xml_text(),
        thumbprint=st.none() | xml_text(),
        to_update=st.none() | st.booleans(),
        to_update_ip_based_ssl=st.none() | st.booleans(),
        virtual_ip=st.none() | xml_text(),
    )


@cache
def metric_response(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.MetricResponse]:
    """`MetricResponse` instances.

    The samples of one metric of a site (or why they could not be returned).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.MetricResponse,
        code=st.none() | xml_text(),
        data=data(depth=depth - 1) if depth > 0 else st.builds(_models.Data),
        message=st.none() | xml_text(),
    )


@cache
def data(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.Data]:
    """`Data` instances.

    One metric of a site over a time range, with its samples.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.Data,
        display_name=st.none() | xml_text(),
        end_time=st.none() | _DATETIMES,
        name=st.none() | xml_text(),
        primary_aggregation_type=st.none() | xml_text(),
        start_time=st.none() | _DATETIMES,
        time_grain=st.none() | xml_text(),
        unit=st.none() | xml_text(),
        values=st.lists(metric_sample(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
    )


@cache
def metric_sample(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.MetricSample]:
    """`MetricSample` instances.

    One sample of a site metric.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.MetricSample,
        count=st.none() | st.integers(_INT32[0], _INT32[1]),
        instance_name=st.none() | xml_text(),
        maximum=st.none() | st.integers(_INT64[0], _INT64[1]),
        minimum=st.none() | st.integers(_INT64[0], _INT64[1]),
        time_created=st.none() | _DATETIMES,
        total=st.none() | st.integers(_INT64[0], _INT64[1]),
    )


@cache
def metric_definition(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.MetricDefinition]:
    """`MetricDefinition` instances.

    A metric available for a site.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.MetricDefinition,
        display_name=st.none() | xml_text(),
        metric_availabilities=st.lists(metric_availability(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
        name=st.none() | xml_text(),
        primary_aggregation_type=st.none() | xml_text(),
        unit=st.none() | xml_text(),
    )


@cache
def metric_availability(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.MetricAvailability]:
    """`MetricAvailability` instances.

    A rollup kept for a metric. The service names the element `<MetricAvailabilily>` (sic).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.MetricAvailability,
        retention=st.none() | xml_text(),
        time_grain=st.none() | xml_text(),
    )


@cache
def publish_data(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.PublishData]:
    """`PublishData` instances.

    The publish profiles of a site (get_publish_profile), a document in no namespace.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.PublishData,
        publish_profiles=st.lists(publish_profile(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.just([]),
    )


@cache
def publish_profile(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.PublishProfile]:
    """`PublishProfile` instances.

    How to publish to a site with one method; every field is an attribute of `<publishProfile>`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.PublishProfile,
        profile_name=st.none() | xml_text(),
        publish_method=st.none() | xml_text(),
        publish_url=st.none() | xml_text(),
        msdeploysite=st.none() | xml_text(),
        ftp_passive_mode=st.none() | st.booleans(),
        user_name=st.none() | xml_text(),
        user_pwd=st.none() | xml_text(),
        destination_app_url=st.none() | xml_text(),
        sql_server_db_connection_string=st.none() | xml_text(),
        my_sqldb_connection_string=st.none() | xml_text(),
        hosting_provider_forum_link=st.none() | xml_text(),
        control_panel_link=st.none() | xml_text(),
        web_system=st.none() | xml_text(),
        databases=st.none() | st.lists(publish_database(depth=depth - 1), max_size=_MAX_LIST)
        if depth > 0
        else st.none(),
    )


@cache
def publish_database(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.PublishDatabase]:
    """`PublishDatabase` instances.

    A database linked to a site in its publish profile (an `<add>` element with attributes).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.PublishDatabase,
        name=st.none() | xml_text(),
        connection_string=st.none() | xml_text(),
        provider_name=st.none() | xml_text(),
        type=st.none() | xml_text(),
    )


@cache
def server_farm(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.ServerFarm]:
    """`ServerFarm` instances.

    A web hosting plan (server farm) of a webspace.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.ServerFarm,
        name=st.none() | xml_text(),
        number_of_workers=st.none() | st.integers(_INT32[0], _INT32[1]),
        sku=st.none() | xml_text(),
        worker_size=st.none() | xml_text(),
        admin_site_name=st.none() | xml_text(),
    )


@cache
def update_server_farm(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.UpdateServerFarm]:
    """`UpdateServerFarm` instances.

    The body of update_hosting_plan (the name is in the path).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.UpdateServerFarm,
        number_of_workers=st.none() | st.integers(1, 10),
        sku=st.none() | xml_text(),
        worker_size=st.none() | xml_text(),
        admin_site_name=st.none() | xml_text(),
    )


@cache
def publishing_users(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.PublishingUsers]:
    """`PublishingUsers` instances.

    The publishing user names of a subscription (a data-contract string array).

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.PublishingUsers,
        names=st.lists(xml_text(), max_size=_MAX_LIST),
    )


@cache
def publishing_user(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.PublishingUser]:
    """`PublishingUser` instances.

    The publishing (deployment) user of a subscription.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.PublishingUser,
        name=st.none() | xml_text(),
        publishing_password=st.none() | xml_text(),
        publishing_user_name=st.none() | xml_text(),
    )


@cache
def dns_suffix(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.DnsSuffix]:
    """`DnsSuffix` instances.

    The DNS suffix of a subscription's sites: a data-contract `<string>`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.DnsSuffix,
        value=st.none() | xml_text(min_size=1),
    )


@cache
def hostname_availability(
    *, depth: int = DEFAULT_DEPTH
) -> st.SearchStrategy[_models.HostnameAvailability]:
    """`HostnameAvailability` instances.

    Whether a site name is free: a data-contract `<boolean>`.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.HostnameAvailability,
        value=st.none() | xml_text(min_size=1),
    )


@cache
def geo_region(*, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[_models.GeoRegion]:
    """`GeoRegion` instances.

    A region sites can be created in.

    ``depth`` bounds the nesting of models inside them.
    """
    return st.builds(
        _models.GeoRegion,
        description=st.none() | xml_text(),
        name=st.none() | xml_text(),
        sort_order=st.none() | st.integers(_INT32[0], _INT32[1]),
    )


#: The strategy function of every model class and union, by name.
STRATEGIES: Mapping[str, Callable[..., st.SearchStrategy[Any]]] = {
    "AffinityGroup": affinity_group,
    "CreateAffinityGroup": create_affinity_group,
    "UpdateAffinityGroup": update_affinity_group,
    "CreateApplicationGatewayParameters": create_application_gateway_parameters,
    "UpdateApplicationGatewayParameters": update_application_gateway_parameters,
    "ApplicationGateway": application_gateway,
    "ApplicationGatewayOperation": application_gateway_operation,
    "ApplicationGatewayCertificateFile": application_gateway_certificate_file,
    "ApplicationGatewayCertificate": application_gateway_certificate,
    "ApplicationGatewayConfiguration": application_gateway_configuration,
    "ApplicationGatewayFrontendIP": application_gateway_frontend_ip,
    "ApplicationGatewayFrontendPort": application_gateway_frontend_port,
    "ApplicationGatewayProbe": application_gateway_probe,
    "ApplicationGatewayBackendAddressPool": application_gateway_backend_address_pool,
    "ApplicationGatewayBackendHttpSettings": application_gateway_backend_http_settings,
    "ApplicationGatewayHttpListener": application_gateway_http_listener,
    "ApplicationGatewayHttpLoadBalancingRule": application_gateway_http_load_balancing_rule,
    "Certificate": certificate,
    "CertificateFile": certificate_file,
    "SubscriptionCertificate": subscription_certificate,
    "SubscriptionCertificateInput": subscription_certificate_input,
    "Operation": operation,
    "OperationError": operation_error,
    "UpdateDataDisk": update_data_disk,
    "CreateDeployment": create_deployment,
    "SwapDeployment": swap_deployment,
    "ChangeConfiguration": change_configuration,
    "UpdateDeploymentStatus": update_deployment_status,
    "UpgradeDeployment": upgrade_deployment,
    "WalkUpgradeDomain": walk_upgrade_domain,
    "RollbackUpdateOrUpgrade": rollback_update_or_upgrade,
    "DeleteRoleInstances": delete_role_instances,
    "DnsServerInput": dns_server_input,
    "DeploymentEventCollection": deployment_event_collection,
    "RebootEvent": reboot_event,
    "CreateVirtualMachineDeployment": create_virtual_machine_deployment,
    "Deployment": deployment,
    "RoleInstance": role_instance,
    "InstanceEndpoint": instance_endpoint,
    "GuestAgentStatus": guest_agent_status,
    "StatusMessage": status_message,
    "MaintenanceStatus": maintenance_status,
    "FormattedMessage": formatted_message,
    "ResourceExtensionStatus": resource_extension_status,
    "ExtensionSettingStatus": extension_setting_status,
    "SubStatus": sub_status,
    "RoleInstanceNetworkInterface": role_instance_network_interface,
    "RoleInstanceIPConfiguration": role_instance_ip_configuration,
    "UpgradeStatus": upgrade_status,
    "InputEndpoint": input_endpoint,
    "PersistentVMDowntimeInfo": persistent_vm_downtime_info,
    "VirtualIP": virtual_ip,
    "LoadBalancer": load_balancer,
    "FrontendIpConfiguration": frontend_ip_configuration,
    "DnsServer": dns_server,
    "ExtensionConfiguration": extension_configuration,
    "RoleExtensions": role_extensions,
    "Extension": extension,
    "AddDisk": add_disk,
    "UpdateDisk": update_disk,
    "Disk": disk,
    "AttachedTo": attached_to,
    "CreateGatewayParameters": create_gateway_parameters,
    "Gateway": gateway,
    "GatewayEvent": gateway_event,
    "GatewayConnectionStatus": gateway_connection_status,
    "UpdateGatewayConnection": update_gateway_connection,
    "GatewaySharedKey": gateway_shared_key,
    "ResetGatewaySharedKey": reset_gateway_shared_key,
    "IPsecParameters": i_psec_parameters,
    "StartGatewayPublicDiagnostics": start_gateway_public_diagnostics,
    "StopGatewayPublicDiagnostics": stop_gateway_public_diagnostics,
    "GatewayPublicDiagnosticsStatus": gateway_public_diagnostics_status,
    "GatewayOperation": gateway_operation,
    "GatewayOperationError": gateway_operation_error,
    "GatewayDefaultSites": gateway_default_sites,
    "VpnClientParameters": vpn_client_parameters,
    "VpnDeviceList": vpn_device_list,
    "VpnDeviceVendor": vpn_device_vendor,
    "VpnDevicePlatform": vpn_device_platform,
    "VpnDeviceOSFamily": vpn_device_os_family,
    "ResetGatewayParameters": reset_gateway_parameters,
    "ResizeGatewayParameters": resize_gateway_parameters,
    "ClientRootCertificate": client_root_certificate,
    "HostedService": hosted_service,
    "HostedServiceProperties": hosted_service_properties,
    "HostedServiceComputeCapabilities": hosted_service_compute_capabilities,
    "CreateHostedService": create_hosted_service,
    "UpdateHostedService": update_hosted_service,
    "AvailabilityResponse": availability_response,
    "ReplicationInput": replication_input,
    "OSImageDetails": os_image_details,
    "ReplicationProgressElement": replication_progress_element,
    "CreateVMImageInput": create_vm_image_input,
    "CreateOSDiskConfigurationInput": create_os_disk_configuration_input,
    "CreateDataDiskConfigurationInput": create_data_disk_configuration_input,
    "UpdateVMImageInput": update_vm_image_input,
    "UpdateOSDiskConfigurationInput": update_os_disk_configuration_input,
    "UpdateDataDiskConfigurationInput": update_data_disk_configuration_input,
    "UpdateOSImageInput": update_os_image_input,
    "LoadBalancedEndpointList": load_balanced_endpoint_list,
    "LoadBalancedEndpoint": load_balanced_endpoint,
    "Location": location,
    "StorageCapabilities": storage_capabilities,
    "ComputeCapabilities": compute_capabilities,
    "DeploymentNetworkResource": deployment_network_resource,
    "MigrationValidationMessage": migration_validation_message,
    "IPForwarding": ip_forwarding,
    "AddressAvailability": address_availability,
    "NetworkMigrationValidationMessage": network_migration_validation_message,
    "NetworkSecurityGroup": network_security_group,
    "NetworkSecurityRule": network_security_rule,
    "NetworkSecurityGroupAssociation": network_security_group_association,
    "ReservedIP": reserved_ip,
    "ReservedIPAssociation": reserved_ip_association,
    "VirtualNetworkSite": virtual_network_site,
    "Subnet": subnet,
    "VirtualNetworkGateway": virtual_network_gateway,
    "GatewayLocalNetworkSite": gateway_local_network_site,
    "GatewayConnection": gateway_connection,
    "NetworkConfiguration": network_configuration,
    "NetworkDnsServer": network_dns_server,
    "LocalNetworkSite": local_network_site,
    "VirtualNetworkSiteConfiguration": virtual_network_site_configuration,
    "SubnetConfiguration": subnet_configuration,
    "DnsServerRef": dns_server_ref,
    "NetworkGateway": network_gateway,
    "LocalNetworkSiteRef": local_network_site_ref,
    "LocalNetworkConnection": local_network_connection,
    "OperatingSystem": operating_system,
    "OperatingSystemFamily": operating_system_family,
    "OSImage": os_image,
    "OSImageInput": os_image_input,
    "ResourceExtension": resource_extension,
    "UpdateRole": update_role,
    "CaptureRoleOperation": capture_role_operation,
    "StartRoleOperation": start_role_operation,
    "StartRolesOperation": start_roles_operation,
    "RestartRoleOperation": restart_role_operation,
    "ShutdownRoleOperation": shutdown_role_operation,
    "ShutdownRolesOperation": shutdown_roles_operation,
    "RoleSize": role_size,
    "RoleDefinition": role_definition,
    "AddRole": add_role,
    "CaptureRoleAsVMImage": capture_role_as_vm_image,
    "Role": role,
    "PersistentVMRole": persistent_vm_role,
    "AnyConfigurationSet": any_configuration_set,
    "ConfigurationSet": configuration_set,
    "AnyNetworkConfigurationSet": any_network_configuration_set,
    "ProvisioningConfigurationSet": provisioning_configuration_set,
    "LinuxConfigurationSet": linux_configuration_set,
    "SSH": ssh,
    "PublicKey": public_key,
    "KeyPair": key_pair,
    "WindowsConfigurationSet": windows_configuration_set,
    "DomainJoin": domain_join,
    "DomainJoinProvisioning": domain_join_provisioning,
    "Credentials": credentials,
    "CertificateSetting": certificate_setting,
    "WinRM": win_rm,
    "Listener": listener,
    "AdditionalUnattendContent": additional_unattend_content,
    "UnattendPass": unattend_pass,
    "UnattendComponent": unattend_component,
    "ComponentSetting": component_setting,
    "NetworkConfigurationSet": network_configuration_set,
    "ConfigurationSetInputEndpoint": configuration_set_input_endpoint,
    "LoadBalancerProbe": load_balancer_probe,
    "EndpointAcl": endpoint_acl,
    "AclRule": acl_rule,
    "PublicIP": public_ip,
    "NetworkInterface": network_interface,
    "NetworkInterfaceIPConfiguration": network_interface_ip_configuration,
    "OSVirtualHardDisk": os_virtual_hard_disk,
    "DataVirtualHardDisk": data_virtual_hard_disk,
    "ResourceExtensionReference": resource_extension_reference,
    "ResourceExtensionParameterValue": resource_extension_parameter_value,
    "ResourceExtensionCertificate": resource_extension_certificate,
    "VMImageInput": vm_image_input,
    "VMImageInputOSDisk": vm_image_input_os_disk,
    "VMImageInputDataDisk": vm_image_input_data_disk,
    "DebugSettings": debug_settings,
    "RouteTable": route_table,
    "Route": route,
    "RouteTableAssociation": route_table_association,
    "EffectiveRouteTable": effective_route_table,
    "EffectiveRoute": effective_route,
    "CreateCloudService": create_cloud_service,
    "CloudService": cloud_service,
    "Resource": resource,
    "UsageMeter": usage_meter,
    "OutputItem": output_item,
    "IntrinsicSettings": intrinsic_settings,
    "JobCollectionQuota": job_collection_quota,
    "MaxRecurrence": max_recurrence,
    "ResourceOperationStatus": resource_operation_status,
    "ResourceOperationError": resource_operation_error,
    "CloudServiceSettings": cloud_service_settings,
    "CreateJobCollection": create_job_collection,
    "ResourceNameAvailabilityResponse": resource_name_availability_response,
    "UpdateJobCollection": update_job_collection,
    "ResourceProviderProperty": resource_provider_property,
    "EntitleResource": entitle_resource,
    "AtomAuthor": atom_author,
    "AtomLink": atom_link,
    "CreateNamespaceEntry": create_namespace_entry,
    "ServiceBusRegionFeed": service_bus_region_feed,
    "ServiceBusNamespaceFeed": service_bus_namespace_feed,
    "QueueFeed": queue_feed,
    "TopicFeed": topic_feed,
    "NotificationHubFeed": notification_hub_feed,
    "RelayFeed": relay_feed,
    "MetricPropertiesFeed": metric_properties_feed,
    "MetricValuesFeed": metric_values_feed,
    "MetricRollupsFeed": metric_rollups_feed,
    "ServiceBusRegionEntry": service_bus_region_entry,
    "ServiceBusRegionContent": service_bus_region_content,
    "ServiceBusNamespaceEntry": service_bus_namespace_entry,
    "ServiceBusNamespaceContent": service_bus_namespace_content,
    "NamespaceAvailabilityEntry": namespace_availability_entry,
    "NamespaceAvailabilityContent": namespace_availability_content,
    "QueueEntry": queue_entry,
    "QueueContent": queue_content,
    "TopicEntry": topic_entry,
    "TopicContent": topic_content,
    "NotificationHubEntry": notification_hub_entry,
    "NotificationHubContent": notification_hub_content,
    "RelayEntry": relay_entry,
    "RelayContent": relay_content,
    "MetricPropertiesEntry": metric_properties_entry,
    "MetricPropertiesContent": metric_properties_content,
    "MetricValuesEntry": metric_values_entry,
    "MetricValuesContent": metric_values_content,
    "MetricRollupsEntry": metric_rollups_entry,
    "MetricRollupsContent": metric_rollups_content,
    "ServiceBusRegion": service_bus_region,
    "ServiceBusNamespace": service_bus_namespace,
    "NamespaceAvailability": namespace_availability,
    "QueueDescription": queue_description,
    "TopicDescription": topic_description,
    "NotificationHubDescription": notification_hub_description,
    "RelayDescription": relay_description,
    "AuthorizationRule": authorization_rule,
    "SharedAccessAuthorizationRule": shared_access_authorization_rule,
    "AllowRule": allow_rule,
    "CountDetails": count_details,
    "MetricProperties": metric_properties,
    "MetricValues": metric_values,
    "MetricRollups": metric_rollups,
    "CreateQueueEntry": create_queue_entry,
    "CreateTopicEntry": create_topic_entry,
    "ConnectionDetailFeed": connection_detail_feed,
    "ConnectionDetailEntry": connection_detail_entry,
    "ConnectionDetailContent": connection_detail_content,
    "ConnectionDetail": connection_detail,
    "NamespaceAuthorizationRuleRequest": namespace_authorization_rule_request,
    "NamespaceAuthorizationRuleFeed": namespace_authorization_rule_feed,
    "NamespaceAuthorizationRuleEntry": namespace_authorization_rule_entry,
    "NamespaceAuthorizationRuleContent": namespace_authorization_rule_content,
    "NamespaceSharedAccessRule": namespace_shared_access_rule,
    "ServiceExtensionInput": service_extension_input,
    "ServiceExtension": service_extension,
    "ExtensionImage": extension_image,
    "ExtensionCertificateConfiguration": extension_certificate_configuration,
    "ExtensionEndpointConfiguration": extension_endpoint_configuration,
    "ExtensionInputEndpoint": extension_input_endpoint,
    "ExtensionInternalEndpoint": extension_internal_endpoint,
    "ExtensionInstanceInputEndpoint": extension_instance_input_endpoint,
    "ExtensionLocalResourceConfiguration": extension_local_resource_configuration,
    "DatabaseCopyInput": database_copy_input,
    "DatabaseCopyUpdateInput": database_copy_update_input,
    "DatabaseCopy": database_copy,
    "DatabaseOperation": database_operation,
    "RestorableDroppedDatabase": restorable_dropped_database,
    "RecoverableDatabase": recoverable_database,
    "RestoreDatabaseInput": restore_database_input,
    "RestoreDatabaseOperation": restore_database_operation,
    "RecoverDatabaseInput": recover_database_input,
    "RecoverDatabaseOperation": recover_database_operation,
    "DacBlobCredentials": dac_blob_credentials,
    "DacBlobStorageAccessKeyCredentials": dac_blob_storage_access_key_credentials,
    "DacConnectionInfo": dac_connection_info,
    "DacExportInput": dac_export_input,
    "DacImportInput": dac_import_input,
    "DacStatusInput": dac_status_input,
    "DacRequestId": dac_request_id,
    "DacStatusInfo": dac_status_info,
    "CreateServerInput": create_server_input,
    "ServerAdminPasswordInput": server_admin_password_input,
    "FirewallRuleInput": firewall_rule_input,
    "CreateDatabaseInput": create_database_input,
    "UpdateDatabaseInput": update_database_input,
    "CreateServerResponse": create_server_response,
    "Server": server,
    "ServerQuota": server_quota,
    "EventLog": event_log,
    "FirewallRule": firewall_rule,
    "ServiceObjective": service_objective,
    "ServiceObjectiveDimensionSetting": service_objective_dimension_setting,
    "Database": database,
    "RegenerateKeys": regenerate_keys,
    "StorageService": storage_service,
    "StorageAccountProperties": storage_account_properties,
    "CustomDomain": custom_domain,
    "StorageServiceKeys": storage_service_keys,
    "CreateStorageServiceInput": create_storage_service_input,
    "UpdateStorageServiceInput": update_storage_service_input,
    "StoreAddOnInput": store_add_on_input,
    "Subscription": subscription,
    "SubscriptionOperationCollection": subscription_operation_collection,
    "SubscriptionOperation": subscription_operation,
    "OperationParameter": operation_parameter,
    "OperationCaller": operation_caller,
    "SubscriptionOperationStatus": subscription_operation_status,
    "TrafficManagerDnsPrefixAvailability": traffic_manager_dns_prefix_availability,
    "CreateTrafficManagerProfile": create_traffic_manager_profile,
    "UpdateTrafficManagerProfile": update_traffic_manager_profile,
    "TrafficManagerProfile": traffic_manager_profile,
    "TrafficManagerProfileStatusDetails": traffic_manager_profile_status_details,
    "TrafficManagerDefinitionSummary": traffic_manager_definition_summary,
    "TrafficManagerDefinition": traffic_manager_definition,
    "TrafficManagerDnsOptions": traffic_manager_dns_options,
    "TrafficManagerMonitor": traffic_manager_monitor,
    "TrafficManagerHttpOptions": traffic_manager_http_options,
    "TrafficManagerPolicy": traffic_manager_policy,
    "TrafficManagerEndpoint": traffic_manager_endpoint,
    "BgpSettings": bgp_settings,
    "CreateLocalNetworkGatewayParameters": create_local_network_gateway_parameters,
    "LocalNetworkGateway": local_network_gateway,
    "CreateVirtualNetworkGatewayParameters": create_virtual_network_gateway_parameters,
    "VirtualNetworkGatewayDetails": virtual_network_gateway_details,
    "CreateGatewayConnectionParameters": create_gateway_connection_parameters,
    "GatewayConnectionDetails": gateway_connection_details,
    "UpdateLocalNetworkGatewayParameters": update_local_network_gateway_parameters,
    "UpdateGatewayConnectionParameters": update_gateway_connection_parameters,
    "RedeployRoleOperation": redeploy_role_operation,
    "PerformMaintenanceOnRoleOperation": perform_maintenance_on_role_operation,
    "VMImageDetails": vm_image_details,
    "ComputeImageAttributes": compute_image_attributes,
    "MarketplaceImageAttributes": marketplace_image_attributes,
    "MarketplacePlan": marketplace_plan,
    "VMImage": vm_image,
    "OSDiskConfiguration": os_disk_configuration,
    "DataDiskConfiguration": data_disk_configuration,
    "BackupRequest": backup_request,
    "BackupSchedule": backup_schedule,
    "DatabaseBackupSetting": database_backup_setting,
    "BackupItem": backup_item,
    "RestoreRequest": restore_request,
    "RestoreResponse": restore_response,
    "RelayServiceConnectionEntity": relay_service_connection_entity,
    "RepositoryUri": repository_uri,
    "InstanceIds": instance_ids,
    "SiteUsage": site_usage,
    "SiteOperation": site_operation,
    "SiteOperationError": site_operation_error,
    "CreateSiteInput": create_site_input,
    "UpdateSiteInput": update_site_input,
    "UpdateHostNameSslState": update_host_name_ssl_state,
    "WebSpace": web_space,
    "Site": site,
    "SiteCertificate": site_certificate,
    "SiteCsr": site_csr,
    "SiteCloningInfo": site_cloning_info,
    "SiteConfig": site_config,
    "ConnStringInfo": conn_string_info,
    "HandlerMapping": handler_mapping,
    "SiteProperties": site_properties,
    "HostNameSslState": host_name_ssl_state,
    "MetricResponse": metric_response,
    "Data": data,
    "MetricSample": metric_sample,
    "MetricDefinition": metric_definition,
    "MetricAvailability": metric_availability,
    "PublishData": publish_data,
    "PublishProfile": publish_profile,
    "PublishDatabase": publish_database,
    "ServerFarm": server_farm,
    "UpdateServerFarm": update_server_farm,
    "PublishingUsers": publishing_users,
    "PublishingUser": publishing_user,
    "DnsSuffix": dns_suffix,
    "HostnameAvailability": hostname_availability,
    "GeoRegion": geo_region,
}


def for_model(model: type[Any] | str, *, depth: int = DEFAULT_DEPTH) -> st.SearchStrategy[Any]:
    """The strategy of a model class (or of a model or union name)."""
    name = model if isinstance(model, str) else model.__name__
    try:
        factory = STRATEGIES[name]
    except KeyError:
        raise KeyError(f"{name!r} is not a model of azure_asm.models") from None
    return factory(depth=depth)


def register_type_strategies() -> None:
    """Make ``st.from_type(Model)`` (and ``@given(x=...)`` inference) draw these strategies."""
    for name, factory in STRATEGIES.items():
        model = getattr(_models, name)
        if isinstance(model, type):
            st.register_type_strategy(model, factory())

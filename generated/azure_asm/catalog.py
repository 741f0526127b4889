"""The operation table: what each operation sends and answers, for routing and tooling.

Generated from `spec/` by `python -m codegen`: do not edit, change the spec and run
`make generate`.
"""

from __future__ import annotations

from collections.abc import Mapping

from azure_asm_runtime.catalog import OperationInfo, ParamInfo

OPERATIONS: Mapping[str, OperationInfo] = {
    "list_affinity_groups": OperationInfo(
        name="list_affinity_groups",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/affinitygroups",
        query=(),
        params=(),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the affinity groups of the subscription (without their services).",
        param_info=(),
        cli_group="affinity-group",
        cli_command="list",
        response_shape="AffinityGroup",
        response_is_list=True,
    ),
    "get_affinity_group_properties": OperationInfo(
        name="get_affinity_group_properties",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/affinitygroups/{affinity_group_name}",
        query=(),
        params=("affinity_group_name",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns an affinity group with the cloud services and "
        "storage accounts placed in it and the capabilities and role "
        "sizes of its location.",
        param_info=(
            ParamInfo(
                name="affinity_group_name",
                type="string",
                required=True,
                doc="Name of the affinity group.",
                in_path=True,
            ),
        ),
        cli_group="affinity-group",
        cli_command="get-properties",
        response_shape="AffinityGroup",
    ),
    "create_affinity_group": OperationInfo(
        name="create_affinity_group",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/affinitygroups",
        query=(),
        params=(
            "name",
            "label",
            "location",
            "description",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Creates an affinity group in a location. Synchronous; returns None.",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the new affinity group, unique in the subscription "
                "(up to 64 characters).",
            ),
            ParamInfo(
                name="label",
                type="base64text",
                required=True,
                doc="Friendly name of the group, up to 100 characters; sent base64-encoded.",
            ),
            ParamInfo(
                name="location",
                type="string",
                required=True,
                doc="Data center location of the group, e.g. `West US` (see list_locations).",
            ),
            ParamInfo(
                name="description",
                type="string",
                doc="Description of the group, up to 1024 characters.",
            ),
        ),
        cli_group="affinity-group",
        cli_command="create",
        request_shape="CreateAffinityGroup",
        request_root="CreateAffinityGroup",
    ),
    "update_affinity_group": OperationInfo(
        name="update_affinity_group",
        client="ServiceManagementService",
        method="PUT",
        path="/{subscription_id}/affinitygroups/{affinity_group_name}",
        query=(),
        params=(
            "affinity_group_name",
            "label",
            "description",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Changes the label and description of an affinity group. Synchronous; returns None.",
        param_info=(
            ParamInfo(
                name="affinity_group_name",
                type="string",
                required=True,
                doc="Name of the affinity group.",
                in_path=True,
            ),
            ParamInfo(
                name="label",
                type="base64text",
                required=True,
                doc="New friendly name, up to 100 characters; sent base64-encoded.",
            ),
            ParamInfo(
                name="description",
                type="string",
                doc="New description, up to 1024 characters; None leaves it unchanged.",
            ),
        ),
        cli_group="affinity-group",
        cli_command="update",
        request_shape="UpdateAffinityGroup",
        request_root="UpdateAffinityGroup",
    ),
    "delete_affinity_group": OperationInfo(
        name="delete_affinity_group",
        client="ServiceManagementService",
        method="DELETE",
        path="/{subscription_id}/affinitygroups/{affinity_group_name}",
        query=(),
        params=("affinity_group_name",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Deletes an affinity group. ASM refuses while cloud "
        "services, storage accounts or virtual networks are still "
        "placed in it. Synchronous; returns None.",
        param_info=(
            ParamInfo(
                name="affinity_group_name",
                type="string",
                required=True,
                doc="Name of the affinity group.",
                in_path=True,
            ),
        ),
        cli_group="affinity-group",
        cli_command="delete",
    ),
    "list_service_certificates": OperationInfo(
        name="list_service_certificates",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/hostedservices/{service_name}/certificates",
        query=(),
        params=("service_name",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the certificates of a cloud service. Only the public "
        "part of each certificate is returned, as `.cer` data.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
        ),
        cli_group="service-certificate",
        cli_command="list",
        response_shape="Certificate",
        response_is_list=True,
    ),
    "get_service_certificate": OperationInfo(
        name="get_service_certificate",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "certificates/{thumbalgorithm}-{thumbprint}",
        query=(),
        params=(
            "service_name",
            "thumbalgorithm",
            "thumbprint",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns the public part of one certificate of a cloud service.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="thumbalgorithm",
                type="string",
                required=True,
                doc="Algorithm of the thumbprint, normally `sha1`.",
                in_path=True,
            ),
            ParamInfo(
                name="thumbprint",
                type="string",
                required=True,
                doc="Thumbprint of the certificate (hexadecimal).",
                in_path=True,
            ),
        ),
        cli_group="service-certificate",
        cli_command="get",
        response_shape="Certificate",
    ),
    "add_service_certificate": OperationInfo(
        name="add_service_certificate",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/certificates",
        query=(),
        params=(
            "service_name",
            "data",
            "certificate_format",
            "password",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Uploads a certificate to a cloud service, so that its roles "
        "(and virtual machines, through their provisioning settings) "
        "can have it installed. A `.pfx` file carries the private "
        "key and needs its password; a `.cer` file has neither. "
        "Returns an AsyncOperation.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="data",
                type="string",
                required=True,
                doc="The `.pfx` or `.cer` file, base64-encoded by the caller.",
                secret=True,
            ),
            ParamInfo(
                name="certificate_format",
                type="string",
                required=True,
                doc="Format of `data`: pfx or cer.",
                enum=(
                    "pfx",
                    "cer",
                ),
            ),
            ParamInfo(
                name="password",
                type="string",
                doc="Password protecting the `.pfx` file; leave None for a "
                "`.cer` file (nothing is sent).",
                secret=True,
            ),
        ),
        cli_group="service-certificate",
        cli_command="add",
        request_shape="CertificateFile",
        request_root="CertificateFile",
    ),
    "delete_service_certificate": OperationInfo(
        name="delete_service_certificate",
        client="ServiceManagementService",
        method="DELETE",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "certificates/{thumbalgorithm}-{thumbprint}",
        query=(),
        params=(
            "service_name",
            "thumbalgorithm",
            "thumbprint",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Removes a certificate from a cloud service. Returns an AsyncOperation.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="thumbalgorithm",
                type="string",
                required=True,
                doc="Algorithm of the thumbprint, normally `sha1`.",
                in_path=True,
            ),
            ParamInfo(
                name="thumbprint",
                type="string",
                required=True,
                doc="Thumbprint of the certificate (hexadecimal).",
                in_path=True,
            ),
        ),
        cli_group="service-certificate",
        cli_command="delete",
    ),
    "list_management_certificates": OperationInfo(
        name="list_management_certificates",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/certificates",
        query=(),
        params=(),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the management certificates of the subscription (the "
        "certificates ASM accepts from clients).",
        param_info=(),
        cli_group="management-certificate",
        cli_command="list",
        response_shape="SubscriptionCertificate",
        response_is_list=True,
    ),
    "get_management_certificate": OperationInfo(
        name="get_management_certificate",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/certificates/{thumbprint}",
        query=(),
        params=("thumbprint",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns one management certificate of the subscription.",
        param_info=(
            ParamInfo(
                name="thumbprint",
                type="string",
                required=True,
                doc="SHA-1 thumbprint of the certificate (40 hexadecimal digits).",
                in_path=True,
            ),
        ),
        cli_group="management-certificate",
        cli_command="get",
        response_shape="SubscriptionCertificate",
    ),
    "add_management_certificate": OperationInfo(
        name="add_management_certificate",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/certificates",
        query=(),
        params=(
            "public_key",
            "thumbprint",
            "data",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Adds a management certificate to the subscription: from "
        "then on ASM accepts requests signed with it (client "
        "certificate authentication). Synchronous; returns None.",
        param_info=(
            ParamInfo(
                name="public_key",
                type="string",
                required=True,
                doc="The certificate's public key, base64-encoded by the caller.",
            ),
            ParamInfo(
                name="thumbprint",
                type="string",
                required=True,
                doc="SHA-1 thumbprint of the certificate (40 hexadecimal digits).",
            ),
            ParamInfo(
                name="data",
                type="string",
                required=True,
                doc="The certificate (`.cer`, DER), base64-encoded by the caller.",
                secret=True,
            ),
        ),
        cli_group="management-certificate",
        cli_command="add",
        request_shape="SubscriptionCertificateInput",
        request_root="SubscriptionCertificate",
    ),
    "delete_management_certificate": OperationInfo(
        name="delete_management_certificate",
        client="ServiceManagementService",
        method="DELETE",
        path="/{subscription_id}/certificates/{thumbprint}",
        query=(),
        params=("thumbprint",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Removes a management certificate from the subscription; "
        "requests signed with it are refused from then on (403). "
        "Synchronous; returns None.",
        param_info=(
            ParamInfo(
                name="thumbprint",
                type="string",
                required=True,
                doc="SHA-1 thumbprint of the certificate (40 hexadecimal digits).",
                in_path=True,
            ),
        ),
        cli_group="management-certificate",
        cli_command="delete",
    ),
    "get_operation_status": OperationInfo(
        name="get_operation_status",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/operations/{request_id}",
        query=(),
        params=("request_id",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns the status of an asynchronous operation, given the "
        "request id that started it (the `x-ms-request-id` header, "
        "kept as `request_id` on the returned AsyncOperation).",
        param_info=(
            ParamInfo(
                name="request_id",
                type="string",
                required=True,
                doc="The request id of the asynchronous operation.",
                in_path=True,
            ),
        ),
        cli_group="operation-status",
        cli_command="get",
        response_shape="Operation",
    ),
    "get_data_disk": OperationInfo(
        name="get_data_disk",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/roles/{role_name}/DataDisks/"
        "{lun}",
        query=(),
        params=(
            "service_name",
            "deployment_name",
            "role_name",
            "lun",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns the data disk attached to a virtual machine at a LUN.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="role_name",
                type="string",
                required=True,
                doc="Name of the virtual machine.",
                in_path=True,
            ),
            ParamInfo(
                name="lun",
                type="int",
                required=True,
                doc="LUN of the data disk, 0 to 31.",
                in_path=True,
            ),
        ),
        cli_group="data-disk",
        cli_command="get",
        response_shape="DataVirtualHardDisk",
    ),
    "add_data_disk": OperationInfo(
        name="add_data_disk",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/roles/{role_name}/DataDisks",
        query=(),
        params=(
            "service_name",
            "deployment_name",
            "role_name",
            "lun",
            "host_caching",
            "media_link",
            "disk_label",
            "disk_name",
            "logical_disk_size_in_gb",
            "source_media_link",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Attaches a data disk to a virtual machine at a free LUN: an "
        "existing free data disk (`disk_name`), an existing VHD blob "
        "registered as a disk on the way (`source_media_link`), or a "
        "new empty disk (`logical_disk_size_in_gb`, VHD written to "
        "`media_link`).",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="role_name",
                type="string",
                required=True,
                doc="Name of the virtual machine.",
                in_path=True,
            ),
            ParamInfo(
                name="lun",
                type="int",
                required=True,
                doc="Free LUN to attach the disk at, 0 to 31.",
            ),
            ParamInfo(
                name="host_caching",
                type="string",
                doc="Disk caching: None, ReadOnly or ReadWrite.",
                enum=(
                    "None",
                    "ReadOnly",
                    "ReadWrite",
                ),
            ),
            ParamInfo(
                name="media_link",
                type="string",
                doc="Blob URL where the VHD of a new empty disk is written.",
            ),
            ParamInfo(
                name="disk_label",
                type="string",
                doc="Label of a new disk.",
            ),
            ParamInfo(
                name="disk_name",
                type="string",
                doc="Name of an existing free data disk to attach.",
            ),
            ParamInfo(
                name="logical_disk_size_in_gb",
                type="int",
                doc="Size of a new empty disk, in GB (1 to 1023).",
            ),
            ParamInfo(
                name="source_media_link",
                type="string",
                doc="Blob URL of an existing VHD to register as a disk and attach.",
            ),
        ),
        cli_group="data-disk",
        cli_command="add",
        request_shape="DataVirtualHardDisk",
        request_root="DataVirtualHardDisk",
    ),
    "update_data_disk": OperationInfo(
        name="update_data_disk",
        client="ServiceManagementService",
        method="PUT",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/roles/{role_name}/DataDisks/"
        "{lun}",
        query=(),
        params=(
            "service_name",
            "deployment_name",
            "role_name",
            "lun",
            "host_caching",
            "media_link",
            "updated_lun",
            "disk_label",
            "disk_name",
            "logical_disk_size_in_gb",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Changes the data disk at a LUN of a virtual machine: its "
        "caching, its label, its LUN (`updated_lun`) or its size "
        "(grow only). Elements left None are not sent.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="role_name",
                type="string",
                required=True,
                doc="Name of the virtual machine.",
                in_path=True,
            ),
            ParamInfo(
                name="lun",
                type="int",
                required=True,
                doc="Current LUN of the data disk, 0 to 31.",
                in_path=True,
            ),
            ParamInfo(
                name="host_caching",
                type="string",
                doc="New disk caching: None, ReadOnly or ReadWrite.",
                enum=(
                    "None",
                    "ReadOnly",
                    "ReadWrite",
                ),
            ),
            ParamInfo(
                name="media_link",
                type="string",
                doc="Blob URL of the disk's VHD (it cannot change).",
            ),
            ParamInfo(
                name="updated_lun",
                type="int",
                doc="New LUN of the disk, 0 to 31; None keeps it.",
            ),
            ParamInfo(
                name="disk_label",
                type="string",
                doc="New label of the disk.",
            ),
            ParamInfo(
                name="disk_name",
                type="string",
                doc="Name of the disk (it cannot change).",
            ),
            ParamInfo(
                name="logical_disk_size_in_gb",
                type="int",
                doc="New, larger size of the disk, in GB (up to 1023).",
            ),
        ),
        cli_group="data-disk",
        cli_command="update",
        request_shape="UpdateDataDisk",
        request_root="DataVirtualHardDisk",
    ),
    "delete_data_disk": OperationInfo(
        name="delete_data_disk",
        client="ServiceManagementService",
        method="DELETE",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/roles/{role_name}/DataDisks/"
        "{lun}",
        query=("comp",),
        params=(
            "service_name",
            "deployment_name",
            "role_name",
            "lun",
            "delete_vhd",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Detaches the data disk at a LUN from a virtual machine. The "
        "disk stays in the image repository unless "
        "`delete_vhd=True`, which deletes it and its VHD blob.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="role_name",
                type="string",
                required=True,
                doc="Name of the virtual machine.",
                in_path=True,
            ),
            ParamInfo(
                name="lun",
                type="int",
                required=True,
                doc="LUN of the data disk, 0 to 31.",
                in_path=True,
            ),
            ParamInfo(
                name="delete_vhd",
                type="bool",
                default=False,
                doc="Also delete the disk and its VHD blob (`comp=media`).",
            ),
        ),
        cli_group="data-disk",
        cli_command="delete",
    ),
    "create_deployment": OperationInfo(
        name="create_deployment",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deploymentslots/{deployment_slot}",
        query=(),
        params=(
            "service_name",
            "deployment_slot",
            "name",
            "package_url",
            "label",
            "configuration",
            "start_deployment",
            "treat_warnings_as_error",
            "extended_properties",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Creates a cloud service (web/worker role) deployment from a "
        "service package and its configuration, in the production or "
        "staging slot. With `start_deployment=False` the deployment "
        "is created Suspended; start it with "
        "`update_deployment_status`.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_slot",
                type="string",
                required=True,
                doc="Slot to deploy to: production or staging (any case).",
                in_path=True,
            ),
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the new deployment, unique within the cloud service.",
            ),
            ParamInfo(
                name="package_url",
                type="string",
                required=True,
                doc="Blob URL (or SAS URL) of the service package (.cspkg).",
            ),
            ParamInfo(
                name="label",
                type="string",
                required=True,
                doc="Label of the deployment, up to 100 characters (sent base64-encoded).",
            ),
            ParamInfo(
                name="configuration",
                type="string",
                required=True,
                doc="The service configuration (.cscfg), base64-encoded by the "
                "caller; it may hold credentials.",
                secret=True,
            ),
            ParamInfo(
                name="start_deployment",
                type="bool",
                default=False,
                doc="Start the roles once deployed; otherwise the deployment stays Suspended.",
            ),
            ParamInfo(
                name="treat_warnings_as_error",
                type="bool",
                default=False,
                doc="Fail the deployment when the package validation reports warnings.",
            ),
            ParamInfo(
                name="extended_properties",
                type="map",
                doc="Name/value pairs stored with the deployment (at most 50).",
                kind="map",
            ),
        ),
        cli_group="deployment",
        cli_command="create",
        request_shape="CreateDeployment",
        request_root="CreateDeployment",
    ),
    "swap_deployment": OperationInfo(
        name="swap_deployment",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}",
        query=(),
        params=(
            "service_name",
            "production",
            "source_deployment",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Swaps the deployments of the production and staging slots "
        "of a cloud service (a VIP swap): the staging deployment "
        "goes live and the production one moves to staging.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="production",
                type="string",
                required=True,
                doc="Name of the deployment now in the production slot.",
            ),
            ParamInfo(
                name="source_deployment",
                type="string",
                required=True,
                doc="Name of the deployment now in the staging slot, which goes to production.",
            ),
        ),
        cli_group="deployment",
        cli_command="swap",
        request_shape="SwapDeployment",
        request_root="Swap",
    ),
    "change_deployment_configuration": OperationInfo(
        name="change_deployment_configuration",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/",
        query=("comp",),
        fixed_query=(("comp", "config"),),
        params=(
            "service_name",
            "deployment_name",
            "configuration",
            "treat_warnings_as_error",
            "mode",
            "extended_properties",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Replaces the service configuration (.cscfg) of a "
        "deployment: settings, instance counts, certificates. With "
        "`mode='Manual'` the change is applied one upgrade domain at "
        "a time with `walk_upgrade_domain`.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="configuration",
                type="string",
                required=True,
                doc="The new service configuration (.cscfg), base64-encoded by the caller.",
                secret=True,
            ),
            ParamInfo(
                name="treat_warnings_as_error",
                type="bool",
                default=False,
                doc="Fail the change when the configuration validation reports warnings.",
            ),
            ParamInfo(
                name="mode",
                type="string",
                default="Auto",
                doc="Auto (all upgrade domains in turn), Manual (walk them "
                "yourself) or Simultaneous (all at once).",
                enum=(
                    "Auto",
                    "Manual",
                    "Simultaneous",
                ),
            ),
            ParamInfo(
                name="extended_properties",
                type="map",
                doc="Name/value pairs to store with the deployment.",
                kind="map",
            ),
        ),
        cli_group="deployment",
        cli_command="change-configuration",
        request_shape="ChangeConfiguration",
        request_root="ChangeConfiguration",
    ),
    "update_deployment_status": OperationInfo(
        name="update_deployment_status",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/",
        query=("comp",),
        fixed_query=(("comp", "status"),),
        params=(
            "service_name",
            "deployment_name",
            "status",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Starts (Running) or stops (Suspended) the role instances of "
        "a cloud service deployment.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="status",
                type="string",
                required=True,
                doc="Running or Suspended.",
                enum=(
                    "Running",
                    "Suspended",
                ),
            ),
        ),
        cli_group="deployment",
        cli_command="update-status",
        request_shape="UpdateDeploymentStatus",
        request_root="UpdateDeploymentStatus",
    ),
    "upgrade_deployment": OperationInfo(
        name="upgrade_deployment",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/",
        query=("comp",),
        fixed_query=(("comp", "upgrade"),),
        params=(
            "service_name",
            "deployment_name",
            "mode",
            "package_url",
            "configuration",
            "label",
            "force",
            "role_to_upgrade",
            "extended_properties",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Upgrades a deployment in place to a new service package and "
        "configuration, all roles or one (`role_to_upgrade`). With "
        "`mode='Manual'` the upgrade waits for `walk_upgrade_domain` "
        "to move from one upgrade domain to the next.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="mode",
                type="string",
                required=True,
                doc="Auto (all upgrade domains in turn), Manual (walk them "
                "yourself) or Simultaneous (all at once).",
                enum=(
                    "Auto",
                    "Manual",
                    "Simultaneous",
                ),
            ),
            ParamInfo(
                name="package_url",
                type="string",
                required=True,
                doc="Blob URL (or SAS URL) of the new service package (.cspkg).",
            ),
            ParamInfo(
                name="configuration",
                type="string",
                required=True,
                doc="The new service configuration (.cscfg), base64-encoded by the caller.",
                secret=True,
            ),
            ParamInfo(
                name="label",
                type="string",
                required=True,
                doc="New label of the deployment, up to 100 characters (sent base64-encoded).",
            ),
            ParamInfo(
                name="force",
                type="bool",
                required=True,
                doc="Go on even when the upgrade loses local data of some role instances.",
            ),
            ParamInfo(
                name="role_to_upgrade",
                type="string",
                doc="Upgrade only this role; all roles when None.",
            ),
            ParamInfo(
                name="extended_properties",
                type="map",
                doc="Name/value pairs to store with the deployment.",
                kind="map",
            ),
        ),
        cli_group="deployment",
        cli_command="upgrade",
        request_shape="UpgradeDeployment",
        request_root="UpgradeDeployment",
    ),
    "walk_upgrade_domain": OperationInfo(
        name="walk_upgrade_domain",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/",
        query=("comp",),
        fixed_query=(("comp", "walkupgradedomain"),),
        params=(
            "service_name",
            "deployment_name",
            "upgrade_domain",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Applies a Manual upgrade or configuration change (or "
        "roll-back) to the next upgrade domain. Domains are walked "
        "in order, from 0.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="upgrade_domain",
                type="int",
                required=True,
                doc="The upgrade domain to walk now (counted from 0; the "
                "deployment's current one).",
            ),
        ),
        cli_group="upgrade-domain",
        cli_command="walk",
        request_shape="WalkUpgradeDomain",
        request_root="WalkUpgradeDomain",
    ),
    "rollback_update_or_upgrade": OperationInfo(
        name="rollback_update_or_upgrade",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/",
        query=("comp",),
        fixed_query=(("comp", "rollback"),),
        params=(
            "service_name",
            "deployment_name",
            "mode",
            "force",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Cancels an upgrade or configuration change under way and "
        "returns the deployment to the package and configuration it "
        "had before. Only possible while `rollback_allowed` is true.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="mode",
                type="string",
                required=True,
                doc="Auto (roll back every domain) or Manual (walk the domains "
                "with `walk_upgrade_domain`).",
                enum=(
                    "Auto",
                    "Manual",
                ),
            ),
            ParamInfo(
                name="force",
                type="bool",
                required=True,
                doc="Go on even when the roll-back loses local data of some role instances.",
            ),
        ),
        cli_group="update-or-upgrade",
        cli_command="rollback",
        request_shape="RollbackUpdateOrUpgrade",
        request_root="RollbackUpdateOrUpgrade",
    ),
    "reboot_role_instance": OperationInfo(
        name="reboot_role_instance",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/roleinstances/"
        "{role_instance_name}",
        query=("comp",),
        fixed_query=(("comp", "reboot"),),
        params=(
            "service_name",
            "deployment_name",
            "role_instance_name",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Restarts one role instance (a web/worker role instance or a virtual machine).",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="role_instance_name",
                type="string",
                required=True,
                doc="Name of the role instance, e.g. WebRole1_IN_0.",
                in_path=True,
            ),
        ),
        cli_group="role-instance",
        cli_command="reboot",
    ),
    "reimage_role_instance": OperationInfo(
        name="reimage_role_instance",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/roleinstances/"
        "{role_instance_name}",
        query=("comp",),
        fixed_query=(("comp", "reimage"),),
        params=(
            "service_name",
            "deployment_name",
            "role_instance_name",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Reinstalls the operating system of a web/worker role "
        "instance, keeping its local storage resources (use "
        "`rebuild_role_instance` to wipe them too).",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="role_instance_name",
                type="string",
                required=True,
                doc="Name of the role instance, e.g. WebRole1_IN_0.",
                in_path=True,
            ),
        ),
        cli_group="role-instance",
        cli_command="reimage",
    ),
    "rebuild_role_instance": OperationInfo(
        name="rebuild_role_instance",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/roleinstances/"
        "{role_instance_name}",
        query=(
            "comp",
            "resources",
        ),
        fixed_query=(
            ("comp", "rebuild"),
            ("resources", "allLocalDrives"),
        ),
        params=(
            "service_name",
            "deployment_name",
            "role_instance_name",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Reinstalls the operating system of a web/worker role "
        "instance and initializes its local storage resources (all "
        "local drives).",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="role_instance_name",
                type="string",
                required=True,
                doc="Name of the role instance, e.g. WebRole1_IN_0.",
                in_path=True,
            ),
        ),
        cli_group="role-instance",
        cli_command="rebuild",
    ),
    "delete_role_instances": OperationInfo(
        name="delete_role_instances",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/roleinstances/",
        query=("comp",),
        fixed_query=(("comp", "delete"),),
        params=(
            "service_name",
            "deployment_name",
            "role_instance_names",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Deletes role instances of a deployment: web/worker role "
        "instances (lowering the role's instance count) or virtual "
        "machines. At least one instance of the deployment must stay.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="role_instance_names",
                type="list",
                required=True,
                doc="Names of the role instances to delete.",
                kind="list",
                item="string",
            ),
        ),
        cli_group="role-instance",
        cli_command="delete-many",
        request_shape="DeleteRoleInstances",
        request_root="RoleInstances",
    ),
    "add_dns_server": OperationInfo(
        name="add_dns_server",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/dnsservers",
        query=(),
        params=(
            "service_name",
            "deployment_name",
            "dns_server_name",
            "address",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Adds a DNS server to the deployment; its virtual machines use it after a restart.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="dns_server_name",
                type="string",
                required=True,
                doc="Name of the DNS server, unique within the deployment.",
            ),
            ParamInfo(
                name="address",
                type="string",
                required=True,
                doc="IPv4 address of the DNS server.",
            ),
        ),
        cli_group="dns-server",
        cli_command="add",
        request_shape="DnsServerInput",
        request_root="DnsServer",
    ),
    "update_dns_server": OperationInfo(
        name="update_dns_server",
        client="ServiceManagementService",
        method="PUT",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/dnsservers/{dns_server_name}",
        query=(),
        params=(
            "service_name",
            "deployment_name",
            "dns_server_name",
            "address",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Changes the address of a DNS server of the deployment.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="dns_server_name",
                type="string",
                required=True,
                doc="Name of the DNS server.",
                in_path=True,
            ),
            ParamInfo(
                name="address",
                type="string",
                required=True,
                doc="New IPv4 address of the DNS server.",
            ),
        ),
        cli_group="dns-server",
        cli_command="update",
        request_shape="DnsServerInput",
        request_root="DnsServer",
    ),
    "delete_dns_server": OperationInfo(
        name="delete_dns_server",
        client="ServiceManagementService",
        method="DELETE",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/dnsservers/{dns_server_name}",
        query=(),
        params=(
            "service_name",
            "deployment_name",
            "dns_server_name",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Removes a DNS server from the deployment.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="dns_server_name",
                type="string",
                required=True,
                doc="Name of the DNS server.",
                in_path=True,
            ),
        ),
        cli_group="dns-server",
        cli_command="delete",
    ),
    "delete_deployment_by_slot": OperationInfo(
        name="delete_deployment_by_slot",
        client="ServiceManagementService",
        method="DELETE",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deploymentslots/{deployment_slot}",
        query=("comp",),
        params=(
            "service_name",
            "deployment_slot",
            "delete_vhd",
        ),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="As `delete_deployment`, for the deployment in a slot rather "
        "than by name. Deletes a deployment and all its roles. With "
        "`delete_vhd=True` the disks of its virtual machines and "
        "their VHD blobs are deleted too.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_slot",
                type="string",
                required=True,
                doc="Slot of the deployment: production or staging.",
                in_path=True,
            ),
            ParamInfo(
                name="delete_vhd",
                type="bool",
                default=False,
                doc="Also delete the disks and VHD blobs of the virtual machines (`comp=media`).",
            ),
        ),
        cli_group="deployment",
        cli_command="delete-by-slot",
    ),
    "change_deployment_configuration_by_slot": OperationInfo(
        name="change_deployment_configuration_by_slot",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deploymentslots/{deployment_slot}/",
        query=("comp",),
        fixed_query=(("comp", "config"),),
        params=(
            "service_name",
            "deployment_slot",
            "configuration",
            "treat_warnings_as_error",
            "mode",
            "extended_properties",
        ),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="As `change_deployment_configuration`, for the deployment in "
        "a slot rather than by name. Replaces the service "
        "configuration (.cscfg) of a deployment: settings, instance "
        "counts, certificates. With `mode='Manual'` the change is "
        "applied one upgrade domain at a time with "
        "`walk_upgrade_domain`.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_slot",
                type="string",
                required=True,
                doc="Slot of the deployment: production or staging.",
                in_path=True,
            ),
            ParamInfo(
                name="configuration",
                type="string",
                required=True,
                doc="The new service configuration (.cscfg), base64-encoded by the caller.",
                secret=True,
            ),
            ParamInfo(
                name="treat_warnings_as_error",
                type="bool",
                default=False,
                doc="Fail the change when the configuration validation reports warnings.",
            ),
            ParamInfo(
                name="mode",
                type="string",
                default="Auto",
                doc="Auto (all upgrade domains in turn), Manual (walk them "
                "yourself) or Simultaneous (all at once).",
                enum=(
                    "Auto",
                    "Manual",
                    "Simultaneous",
                ),
            ),
            ParamInfo(
                name="extended_properties",
                type="map",
                doc="Name/value pairs to store with the deployment.",
                kind="map",
            ),
        ),
        cli_group="deployment",
        cli_command="change-configuration-by-slot",
        request_shape="ChangeConfiguration",
        request_root="ChangeConfiguration",
    ),
    "update_deployment_status_by_slot": OperationInfo(
        name="update_deployment_status_by_slot",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deploymentslots/{deployment_slot}/",
        query=("comp",),
        fixed_query=(("comp", "status"),),
        params=(
            "service_name",
            "deployment_slot",
            "status",
        ),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="As `update_deployment_status`, for the deployment in a slot "
        "rather than by name. Starts (Running) or stops (Suspended) "
        "the role instances of a cloud service deployment.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_slot",
                type="string",
                required=True,
                doc="Slot of the deployment: production or staging.",
                in_path=True,
            ),
            ParamInfo(
                name="status",
                type="string",
                required=True,
                doc="Running or Suspended.",
                enum=(
                    "Running",
                    "Suspended",
                ),
            ),
        ),
        cli_group="deployment",
        cli_command="update-status-by-slot",
        request_shape="UpdateDeploymentStatus",
        request_root="UpdateDeploymentStatus",
    ),
    "upgrade_deployment_by_slot": OperationInfo(
        name="upgrade_deployment_by_slot",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deploymentslots/{deployment_slot}/",
        query=("comp",),
        fixed_query=(("comp", "upgrade"),),
        params=(
            "service_name",
            "deployment_slot",
            "mode",
            "package_url",
            "configuration",
            "label",
            "force",
            "role_to_upgrade",
            "extended_properties",
        ),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="As `upgrade_deployment`, for the deployment in a slot "
        "rather than by name. Upgrades a deployment in place to a "
        "new service package and configuration, all roles or one "
        "(`role_to_upgrade`). With `mode='Manual'` the upgrade waits "
        "for `walk_upgrade_domain` to move from one upgrade domain "
        "to the next.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_slot",
                type="string",
                required=True,
                doc="Slot of the deployment: production or staging.",
                in_path=True,
            ),
            ParamInfo(
                name="mode",
                type="string",
                required=True,
                doc="Auto (all upgrade domains in turn), Manual (walk them "
                "yourself) or Simultaneous (all at once).",
                enum=(
                    "Auto",
                    "Manual",
                    "Simultaneous",
                ),
            ),
            ParamInfo(
                name="package_url",
                type="string",
                required=True,
                doc="Blob URL (or SAS URL) of the new service package (.cspkg).",
            ),
            ParamInfo(
                name="configuration",
                type="string",
                required=True,
                doc="The new service configuration (.cscfg), base64-encoded by the caller.",
                secret=True,
            ),
            ParamInfo(
                name="label",
                type="string",
                required=True,
                doc="New label of the deployment, up to 100 characters (sent base64-encoded).",
            ),
            ParamInfo(
                name="force",
                type="bool",
                required=True,
                doc="Go on even when the upgrade loses local data of some role instances.",
            ),
            ParamInfo(
                name="role_to_upgrade",
                type="string",
                doc="Upgrade only this role; all roles when None.",
            ),
            ParamInfo(
                name="extended_properties",
                type="map",
                doc="Name/value pairs to store with the deployment.",
                kind="map",
            ),
        ),
        cli_group="deployment",
        cli_command="upgrade-by-slot",
        request_shape="UpgradeDeployment",
        request_root="UpgradeDeployment",
    ),
    "walk_upgrade_domain_by_slot": OperationInfo(
        name="walk_upgrade_domain_by_slot",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deploymentslots/{deployment_slot}/",
        query=("comp",),
        fixed_query=(("comp", "walkupgradedomain"),),
        params=(
            "service_name",
            "deployment_slot",
            "upgrade_domain",
        ),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="As `walk_upgrade_domain`, for the deployment in a slot "
        "rather than by name. Applies a Manual upgrade or "
        "configuration change (or roll-back) to the next upgrade "
        "domain. Domains are walked in order, from 0.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_slot",
                type="string",
                required=True,
                doc="Slot of the deployment: production or staging.",
                in_path=True,
            ),
            ParamInfo(
                name="upgrade_domain",
                type="int",
                required=True,
                doc="The upgrade domain to walk now (counted from 0; the "
                "deployment's current one).",
            ),
        ),
        cli_group="upgrade-domain",
        cli_command="walk-by-slot",
        request_shape="WalkUpgradeDomain",
        request_root="WalkUpgradeDomain",
    ),
    "rollback_update_or_upgrade_by_slot": OperationInfo(
        name="rollback_update_or_upgrade_by_slot",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deploymentslots/{deployment_slot}/",
        query=("comp",),
        fixed_query=(("comp", "rollback"),),
        params=(
            "service_name",
            "deployment_slot",
            "mode",
            "force",
        ),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="As `rollback_update_or_upgrade`, for the deployment in a "
        "slot rather than by name. Cancels an upgrade or "
        "configuration change under way and returns the deployment "
        "to the package and configuration it had before. Only "
        "possible while `rollback_allowed` is true.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_slot",
                type="string",
                required=True,
                doc="Slot of the deployment: production or staging.",
                in_path=True,
            ),
            ParamInfo(
                name="mode",
                type="string",
                required=True,
                doc="Auto (roll back every domain) or Manual (walk the domains "
                "with `walk_upgrade_domain`).",
                enum=(
                    "Auto",
                    "Manual",
                ),
            ),
            ParamInfo(
                name="force",
                type="bool",
                required=True,
                doc="Go on even when the roll-back loses local data of some role instances.",
            ),
        ),
        cli_group="update-or-upgrade",
        cli_command="rollback-by-slot",
        request_shape="RollbackUpdateOrUpgrade",
        request_root="RollbackUpdateOrUpgrade",
    ),
    "reboot_role_instance_by_slot": OperationInfo(
        name="reboot_role_instance_by_slot",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deploymentslots/{deployment_slot}/roleinstances/"
        "{role_instance_name}",
        query=("comp",),
        fixed_query=(("comp", "reboot"),),
        params=(
            "service_name",
            "deployment_slot",
            "role_instance_name",
        ),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="As `reboot_role_instance`, for the deployment in a slot "
        "rather than by name. Restarts one role instance (a web/"
        "worker role instance or a virtual machine).",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_slot",
                type="string",
                required=True,
                doc="Slot of the deployment: production or staging.",
                in_path=True,
            ),
            ParamInfo(
                name="role_instance_name",
                type="string",
                required=True,
                doc="Name of the role instance, e.g. WebRole1_IN_0.",
                in_path=True,
            ),
        ),
        cli_group="role-instance",
        cli_command="reboot-by-slot",
    ),
    "reimage_role_instance_by_slot": OperationInfo(
        name="reimage_role_instance_by_slot",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deploymentslots/{deployment_slot}/roleinstances/"
        "{role_instance_name}",
        query=("comp",),
        fixed_query=(("comp", "reimage"),),
        params=(
            "service_name",
            "deployment_slot",
            "role_instance_name",
        ),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="As `reimage_role_instance`, for the deployment in a slot "
        "rather than by name. Reinstalls the operating system of a "
        "web/worker role instance, keeping its local storage "
        "resources (use `rebuild_role_instance` to wipe them too).",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_slot",
                type="string",
                required=True,
                doc="Slot of the deployment: production or staging.",
                in_path=True,
            ),
            ParamInfo(
                name="role_instance_name",
                type="string",
                required=True,
                doc="Name of the role instance, e.g. WebRole1_IN_0.",
                in_path=True,
            ),
        ),
        cli_group="role-instance",
        cli_command="reimage-by-slot",
    ),
    "rebuild_role_instance_by_slot": OperationInfo(
        name="rebuild_role_instance_by_slot",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deploymentslots/{deployment_slot}/roleinstances/"
        "{role_instance_name}",
        query=(
            "comp",
            "resources",
        ),
        fixed_query=(
            ("comp", "rebuild"),
            ("resources", "allLocalDrives"),
        ),
        params=(
            "service_name",
            "deployment_slot",
            "role_instance_name",
        ),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="As `rebuild_role_instance`, for the deployment in a slot "
        "rather than by name. Reinstalls the operating system of a "
        "web/worker role instance and initializes its local storage "
        "resources (all local drives).",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_slot",
                type="string",
                required=True,
                doc="Slot of the deployment: production or staging.",
                in_path=True,
            ),
            ParamInfo(
                name="role_instance_name",
                type="string",
                required=True,
                doc="Name of the role instance, e.g. WebRole1_IN_0.",
                in_path=True,
            ),
        ),
        cli_group="role-instance",
        cli_command="rebuild-by-slot",
    ),
    "delete_role_instances_by_slot": OperationInfo(
        name="delete_role_instances_by_slot",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deploymentslots/{deployment_slot}/roleinstances/",
        query=("comp",),
        fixed_query=(("comp", "delete"),),
        params=(
            "service_name",
            "deployment_slot",
            "role_instance_names",
        ),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="As `delete_role_instances`, for the deployment in a slot "
        "rather than by name. Deletes role instances of a "
        "deployment: web/worker role instances (lowering the role's "
        "instance count) or virtual machines. At least one instance "
        "of the deployment must stay.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_slot",
                type="string",
                required=True,
                doc="Slot of the deployment: production or staging.",
                in_path=True,
            ),
            ParamInfo(
                name="role_instance_names",
                type="list",
                required=True,
                doc="Names of the role instances to delete.",
                kind="list",
                item="string",
            ),
        ),
        cli_group="role-instance",
        cli_command="delete-many-by-slot",
        request_shape="DeleteRoleInstances",
        request_root="RoleInstances",
    ),
    "get_deployment_package": OperationInfo(
        name="get_deployment_package",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/package",
        query=(
            "containerUri",
            "overwriteExisting",
        ),
        params=(
            "service_name",
            "deployment_name",
            "container_uri",
            "overwrite_existing",
        ),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="Copies the service package (.cspkg) and configuration "
        "(.cscfg) of a web/worker role deployment into a blob "
        "container of a storage account of the subscription "
        "(`<container>/<time stamp>_<deployment id>.cspkg` and "
        "`.cscfg`). Long-running; refused for deployments of virtual "
        "machines.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="container_uri",
                type="string",
                required=True,
                doc="URL of the blob container to write to (`https://"
                "<account>.blob.core.windows.net/<container>`).",
            ),
            ParamInfo(
                name="overwrite_existing",
                type="bool",
                doc="Whether blobs of the same name may be replaced (ASM refuses otherwise).",
            ),
        ),
        cli_group="deployment",
        cli_command="get-package",
    ),
    "get_deployment_package_by_slot": OperationInfo(
        name="get_deployment_package_by_slot",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deploymentslots/{deployment_slot}/package",
        query=(
            "containerUri",
            "overwriteExisting",
        ),
        params=(
            "service_name",
            "deployment_slot",
            "container_uri",
            "overwrite_existing",
        ),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="Copies the service package (.cspkg) and configuration "
        "(.cscfg) of a web/worker role deployment in a slot into a "
        "blob container of a storage account of the subscription "
        "(`<container>/<time stamp>_<deployment id>.cspkg` and "
        "`.cscfg`). Long-running; refused for deployments of virtual "
        "machines.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_slot",
                type="string",
                required=True,
                doc="Slot of the deployment: production or staging.",
                in_path=True,
            ),
            ParamInfo(
                name="container_uri",
                type="string",
                required=True,
                doc="URL of the blob container to write to (`https://"
                "<account>.blob.core.windows.net/<container>`).",
            ),
            ParamInfo(
                name="overwrite_existing",
                type="bool",
                doc="Whether blobs of the same name may be replaced (ASM refuses otherwise).",
            ),
        ),
        cli_group="deployment",
        cli_command="get-package-by-slot",
    ),
    "list_deployment_events": OperationInfo(
        name="list_deployment_events",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/events",
        query=(
            "starttime",
            "endtime",
        ),
        params=(
            "service_name",
            "deployment_name",
            "start_time",
            "end_time",
        ),
        x_ms_version="2017-01-01",
        is_async=False,
        doc="Lists the events of a deployment between two moments: the "
        "reboots of its role instances that the platform made "
        "(maintenance), with their reasons and start times.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="start_time",
                type="string",
                required=True,
                doc="Start of the window, UTC, ISO 8601 (`2017-01-01T00:00:00.000Z`).",
            ),
            ParamInfo(
                name="end_time",
                type="string",
                required=True,
                doc="End of the window, in the same format as start_time.",
            ),
        ),
        cli_group="deployment-event",
        cli_command="list",
        response_shape="DeploymentEventCollection",
    ),
    "list_deployment_events_by_slot": OperationInfo(
        name="list_deployment_events_by_slot",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deploymentslots/{deployment_slot}/events",
        query=(
            "starttime",
            "endtime",
        ),
        params=(
            "service_name",
            "deployment_slot",
            "start_time",
            "end_time",
        ),
        x_ms_version="2017-01-01",
        is_async=False,
        doc="Lists the events of a deployment in a slot between two "
        "moments: the reboots of its role instances that the "
        "platform made (maintenance), with their reasons and start "
        "times.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_slot",
                type="string",
                required=True,
                doc="Slot of the deployment: production or staging.",
                in_path=True,
            ),
            ParamInfo(
                name="start_time",
                type="string",
                required=True,
                doc="Start of the window, UTC, ISO 8601 (`2017-01-01T00:00:00.000Z`).",
            ),
            ParamInfo(
                name="end_time",
                type="string",
                required=True,
                doc="End of the window, in the same format as start_time.",
            ),
        ),
        cli_group="deployment-event",
        cli_command="list-by-slot",
        response_shape="DeploymentEventCollection",
    ),
    "get_deployment_by_slot": OperationInfo(
        name="get_deployment_by_slot",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deploymentslots/{deployment_slot}",
        query=(),
        params=(
            "service_name",
            "deployment_slot",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns the deployment running in the production or staging slot of a cloud service.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_slot",
                type="string",
                required=True,
                doc="production or staging.",
                in_path=True,
            ),
        ),
        cli_group="deployment",
        cli_command="get-by-slot",
        response_shape="Deployment",
    ),
    "get_deployment_by_name": OperationInfo(
        name="get_deployment_by_name",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}",
        query=(),
        params=(
            "service_name",
            "deployment_name",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns a deployment of a cloud service by its name.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
        ),
        cli_group="deployment",
        cli_command="get-by-name",
        response_shape="Deployment",
    ),
    "delete_deployment": OperationInfo(
        name="delete_deployment",
        client="ServiceManagementService",
        method="DELETE",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}",
        query=("comp",),
        params=(
            "service_name",
            "deployment_name",
            "delete_vhd",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Deletes a deployment and all its roles. With "
        "`delete_vhd=True` the disks of its virtual machines and "
        "their VHD blobs are deleted too.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="delete_vhd",
                type="bool",
                default=False,
                doc="Also delete the disks and VHD blobs of the virtual machines (`comp=media`).",
            ),
        ),
        cli_group="deployment",
        cli_command="delete",
    ),
    "create_virtual_machine_deployment": OperationInfo(
        name="create_virtual_machine_deployment",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/deployments",
        query=(),
        params=(
            "service_name",
            "deployment_name",
            "deployment_slot",
            "label",
            "role_name",
            "system_config",
            "os_virtual_hard_disk",
            "network_config",
            "availability_set_name",
            "data_virtual_hard_disks",
            "role_size",
            "role_type",
            "virtual_network_name",
            "resource_extension_references",
            "provision_guest_agent",
            "vm_image_name",
            "media_location",
            "dns_servers",
            "reserved_ip_name",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Creates a virtual machine deployment in a cloud service, "
        "with its first virtual machine. Add more machines with "
        "`add_role`. Give an OS disk or `vm_image_name`, and a Linux "
        "or Windows provisioning set when the OS disk comes from a "
        "generalized image.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the new deployment, unique within the cloud service.",
            ),
            ParamInfo(
                name="deployment_slot",
                type="string",
                required=True,
                doc="Slot of the deployment (production or staging, in any "
                "case); virtual machines only run in production.",
            ),
            ParamInfo(
                name="label",
                type="string",
                required=True,
                doc="Label of the deployment, up to 100 characters (sent as plain text).",
            ),
            ParamInfo(
                name="role_name",
                type="string",
                required=True,
                doc="Name of the first virtual machine.",
            ),
            ParamInfo(
                name="system_config",
                type="ProvisioningConfigurationSet",
                doc="Linux or Windows provisioning set (host name, user, "
                "password, keys...); None when the OS disk is already "
                "provisioned.",
                kind="shape",
            ),
            ParamInfo(
                name="os_virtual_hard_disk",
                type="OSVirtualHardDisk",
                doc="The operating system disk; None when `vm_image_name` is given.",
                kind="shape",
            ),
            ParamInfo(
                name="network_config",
                type="AnyNetworkConfigurationSet",
                doc="Endpoints, subnets and public IPs of the machine.",
                kind="shape",
            ),
            ParamInfo(
                name="availability_set_name",
                type="string",
                doc="Availability set to put the machine in.",
            ),
            ParamInfo(
                name="data_virtual_hard_disks",
                type="list",
                doc="Data disks to attach or create with the machine.",
                kind="list",
                item="DataVirtualHardDisk",
            ),
            ParamInfo(
                name="role_size",
                type="string",
                doc="Size of the machine (see `list_role_sizes`); ASM uses Small when omitted.",
            ),
            ParamInfo(
                name="role_type",
                type="string",
                default="PersistentVMRole",
                doc="Role type; always PersistentVMRole for virtual machines.",
            ),
            ParamInfo(
                name="virtual_network_name",
                type="string",
                doc="Virtual network the deployment joins.",
            ),
            ParamInfo(
                name="resource_extension_references",
                type="list",
                doc="VM extensions to install (needs the guest agent).",
                kind="list",
                item="ResourceExtensionReference",
            ),
            ParamInfo(
                name="provision_guest_agent",
                type="bool",
                doc="Install the VM agent, needed by extensions.",
            ),
            ParamInfo(
                name="vm_image_name",
                type="string",
                doc="Create the machine from this VM image (OS and data disks) "
                "instead of an OS disk.",
            ),
            ParamInfo(
                name="media_location",
                type="string",
                doc="Blob URL for the VHDs when `vm_image_name` is a published "
                "(platform) VM image.",
            ),
            ParamInfo(
                name="dns_servers",
                type="list",
                doc="DNS servers for the machines of the deployment (in a virtual network).",
                kind="list",
                item="DnsServer",
            ),
            ParamInfo(
                name="reserved_ip_name",
                type="string",
                doc="Reserved IP address to use as the deployment's virtual IP.",
            ),
        ),
        cli_group="virtual-machine-deployment",
        cli_command="create",
        request_shape="CreateVirtualMachineDeployment",
        request_root="Deployment",
    ),
    "add_disk": OperationInfo(
        name="add_disk",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/disks",
        query=(),
        params=(
            "has_operating_system",
            "label",
            "media_link",
            "name",
            "os",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Registers a VHD blob of one of the subscription's storage "
        "accounts as a disk of the image repository: an operating "
        "system disk when `os` is given, a data disk when it is None.",
        param_info=(
            ParamInfo(
                name="has_operating_system",
                type="bool",
                required=True,
                doc="Kept for compatibility and not sent: ASM tells OS disks by "
                "`os` (give None for a data disk).",
            ),
            ParamInfo(
                name="label",
                type="string",
                required=True,
                doc="Label of the disk (plain text).",
            ),
            ParamInfo(
                name="media_link",
                type="string",
                required=True,
                doc="Blob URL of the VHD, e.g. https://"
                "account.blob.core.windows.net/vhds/disk.vhd.",
            ),
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the disk, unique in the subscription.",
            ),
            ParamInfo(
                name="os",
                type="string",
                doc="Linux or Windows for an OS disk; None for a data disk.",
                enum=(
                    "Linux",
                    "Windows",
                ),
            ),
        ),
        cli_group="disk",
        cli_command="add",
        request_shape="AddDisk",
        request_root="Disk",
    ),
    "update_disk": OperationInfo(
        name="update_disk",
        client="ServiceManagementService",
        method="PUT",
        path="/{subscription_id}/services/disks/{disk_name}",
        query=(),
        params=(
            "disk_name",
            "has_operating_system",
            "label",
            "media_link",
            "name",
            "os",
            "resized_size_in_gb",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Changes the label of a disk of the image repository, or "
        "grows its VHD (`resized_size_in_gb`). The name, media link "
        "and operating system of a disk cannot change.",
        param_info=(
            ParamInfo(
                name="disk_name",
                type="string",
                required=True,
                doc="Name of the disk to change (also sent as `<Name>`, which identifies it).",
                in_path=True,
            ),
            ParamInfo(
                name="has_operating_system",
                type="bool",
                doc="Kept for compatibility; not sent (it cannot change).",
            ),
            ParamInfo(
                name="label",
                type="string",
                doc="New label of the disk (plain text).",
            ),
            ParamInfo(
                name="media_link",
                type="string",
                doc="Kept for compatibility; not sent (it cannot change).",
            ),
            ParamInfo(
                name="name",
                type="string",
                doc="Kept for compatibility; not sent (a disk cannot be renamed).",
            ),
            ParamInfo(
                name="os",
                type="string",
                doc="Kept for compatibility; not sent (it cannot change).",
            ),
            ParamInfo(
                name="resized_size_in_gb",
                type="int",
                doc="Grow the VHD to this size, in GB (larger than now, at most 1023).",
            ),
        ),
        cli_group="disk",
        cli_command="update",
        request_shape="UpdateDisk",
        request_root="Disk",
    ),
    "list_disks": OperationInfo(
        name="list_disks",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/disks",
        query=(),
        params=(),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the disks of the subscription's image repository, "
        "attached to a virtual machine or not.",
        param_info=(),
        cli_group="disk",
        cli_command="list",
        response_shape="Disk",
        response_is_list=True,
    ),
    "get_disk": OperationInfo(
        name="get_disk",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/disks/{disk_name}",
        query=(),
        params=("disk_name",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns one disk of the image repository.",
        param_info=(
            ParamInfo(
                name="disk_name",
                type="string",
                required=True,
                doc="Name of the disk.",
                in_path=True,
            ),
        ),
        cli_group="disk",
        cli_command="get",
        response_shape="Disk",
    ),
    "delete_disk": OperationInfo(
        name="delete_disk",
        client="ServiceManagementService",
        method="DELETE",
        path="/{subscription_id}/services/disks/{disk_name}",
        query=("comp",),
        params=(
            "disk_name",
            "delete_vhd",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Removes a disk from the image repository, and with "
        "delete_vhd also deletes its VHD blob. The disk must not be "
        "attached to a virtual machine. Synchronous: returns None.",
        param_info=(
            ParamInfo(
                name="disk_name",
                type="string",
                required=True,
                doc="Name of the disk to delete.",
                in_path=True,
            ),
            ParamInfo(
                name="delete_vhd",
                type="bool",
                default=False,
                doc="Also delete the VHD blob behind the disk (sends comp=media).",
            ),
        ),
        cli_group="disk",
        cli_command="delete",
    ),
    "list_hosted_services": OperationInfo(
        name="list_hosted_services",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/hostedservices",
        query=(),
        params=(),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the cloud services of the subscription, with their properties (no deployments).",
        param_info=(),
        cli_group="hosted-service",
        cli_command="list",
        response_shape="HostedService",
        response_is_list=True,
    ),
    "get_hosted_service_properties": OperationInfo(
        name="get_hosted_service_properties",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/hostedservices/{service_name}",
        query=("embed-detail",),
        params=(
            "service_name",
            "embed_detail",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns the properties of a cloud service. With "
        "`embed_detail=True` the answer also holds every deployment "
        "of the service (roles, role instances, endpoints, ...).",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="embed_detail",
                type="bool",
                default=False,
                doc="Also return the deployments of the service. Always sent "
                "(`embed-detail=true|false`).",
            ),
        ),
        cli_group="hosted-service",
        cli_command="get-properties",
        response_shape="HostedService",
    ),
    "create_hosted_service": OperationInfo(
        name="create_hosted_service",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices",
        query=(),
        params=(
            "service_name",
            "label",
            "description",
            "location",
            "affinity_group",
            "extended_properties",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Creates a cloud service, in a location or in an affinity "
        "group (exactly one of the two). The service name becomes "
        "the DNS prefix `<service_name>.cloudapp.net`; check it "
        "first with `check_hosted_service_name_availability`.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name (and DNS prefix) of the new service: letters, digits "
                "and hyphens, 1 to 63 characters, not starting or ending "
                "with a hyphen.",
            ),
            ParamInfo(
                name="label",
                type="string",
                required=True,
                doc="Label for your own tracking, up to 100 characters (sent base64-encoded).",
            ),
            ParamInfo(
                name="description",
                type="string",
                doc="Free-text description, up to 1024 characters.",
            ),
            ParamInfo(
                name="location",
                type="string",
                doc="Data center location (see `list_locations`). Give this or `affinity_group`.",
            ),
            ParamInfo(
                name="affinity_group",
                type="string",
                doc="Affinity group to place the service in. Give this or `location`.",
            ),
            ParamInfo(
                name="extended_properties",
                type="map",
                doc="Name/value pairs stored with the service (at most 50).",
                kind="map",
            ),
        ),
        cli_group="hosted-service",
        cli_command="create",
        request_shape="CreateHostedService",
        request_root="CreateHostedService",
    ),
    "update_hosted_service": OperationInfo(
        name="update_hosted_service",
        client="ServiceManagementService",
        method="PUT",
        path="/{subscription_id}/services/hostedservices/{service_name}",
        query=(),
        params=(
            "service_name",
            "label",
            "description",
            "extended_properties",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Changes the label, description or extended properties of a "
        "cloud service. Only the values given are sent. Synchronous: "
        "the service answers once the change is made.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="label",
                type="string",
                doc="New label, up to 100 characters (sent base64-encoded).",
            ),
            ParamInfo(
                name="description",
                type="string",
                doc="New description, up to 1024 characters.",
            ),
            ParamInfo(
                name="extended_properties",
                type="map",
                doc="Extended properties to set or replace.",
                kind="map",
            ),
        ),
        cli_group="hosted-service",
        cli_command="update",
        request_shape="UpdateHostedService",
        request_root="UpdateHostedService",
    ),
    "delete_hosted_service": OperationInfo(
        name="delete_hosted_service",
        client="ServiceManagementService",
        method="DELETE",
        path="/{subscription_id}/services/hostedservices/{service_name}",
        query=("comp",),
        params=(
            "service_name",
            "complete",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Deletes a cloud service. The service must have no "
        "deployments left. With `complete=True` its deployments, "
        "roles and the disks and VHD blobs they used are deleted as "
        "well.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="complete",
                type="bool",
                default=False,
                doc="Also delete all deployments, disks and their VHD blobs (`comp=media`).",
            ),
        ),
        cli_group="hosted-service",
        cli_command="delete",
    ),
    "check_hosted_service_name_availability": OperationInfo(
        name="check_hosted_service_name_availability",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/hostedservices/operations/isavailable/{service_name}",
        query=(),
        params=("service_name",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Tells whether a cloud service name is still free to use, "
        "and why not when it is taken.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="The name to check.",
                in_path=True,
            ),
        ),
        cli_group="hosted-service",
        cli_command="check-name-availability",
        response_shape="AvailabilityResponse",
    ),
    "replicate_vm_image": OperationInfo(
        name="replicate_vm_image",
        client="ServiceManagementService",
        method="PUT",
        path="/{subscription_id}/services/images/{vm_image_name}/replicate",
        query=(),
        params=(
            "vm_image_name",
            "regions",
            "offer",
            "sku",
            "version",
        ),
        x_ms_version="2015-04-01",
        is_async=True,
        doc="Replicates one of your images to other regions, as a "
        "version of an offer and SKU (the first step of publishing "
        "it). Follow the progress with get_os_image_details. Returns "
        "an AsyncOperation.",
        param_info=(
            ParamInfo(
                name="vm_image_name",
                type="string",
                required=True,
                doc="Name of the image to replicate.",
                in_path=True,
            ),
            ParamInfo(
                name="regions",
                type="list",
                required=True,
                doc="Locations to replicate the image to, e.g. `['West US', 'East US']`.",
                kind="list",
                item="string",
            ),
            ParamInfo(
                name="offer",
                type="string",
                required=True,
                doc="Publisher offer the image belongs to.",
            ),
            ParamInfo(
                name="sku",
                type="string",
                required=True,
                doc="SKU of the offer the image belongs to.",
            ),
            ParamInfo(
                name="version",
                type="string",
                required=True,
                doc="Version of the image within the SKU, as `major.minor.patch`.",
            ),
        ),
        cli_group="vm-image",
        cli_command="replicate",
        request_shape="ReplicationInput",
        request_root="ReplicationInput",
    ),
    "unreplicate_vm_image": OperationInfo(
        name="unreplicate_vm_image",
        client="ServiceManagementService",
        method="PUT",
        path="/{subscription_id}/services/images/{vm_image_name}/unreplicate",
        query=(),
        params=("vm_image_name",),
        x_ms_version="2015-04-01",
        is_async=True,
        doc="Removes the replicas of one of your images from every "
        "region except the one it was created in. Returns an "
        "AsyncOperation.",
        param_info=(
            ParamInfo(
                name="vm_image_name",
                type="string",
                required=True,
                doc="Name of the replicated image.",
                in_path=True,
            ),
        ),
        cli_group="vm-image",
        cli_command="unreplicate",
    ),
    "share_vm_image": OperationInfo(
        name="share_vm_image",
        client="ServiceManagementService",
        method="PUT",
        path="/{subscription_id}/services/images/{vm_image_name}/shareasync",
        query=("permission",),
        params=(
            "vm_image_name",
            "permission",
        ),
        x_ms_version="2015-04-01",
        is_async=True,
        doc="Shares one of your replicated images: Public (every "
        "subscription), MSDN (MSDN subscriptions) or Private (only "
        "yours again). Returns an AsyncOperation.",
        param_info=(
            ParamInfo(
                name="vm_image_name",
                type="string",
                required=True,
                doc="Name of the image to share.",
                in_path=True,
            ),
            ParamInfo(
                name="permission",
                type="string",
                required=True,
                doc="Public, Private or MSDN.",
                enum=(
                    "Public",
                    "Private",
                    "MSDN",
                ),
            ),
        ),
        cli_group="vm-image",
        cli_command="share",
    ),
    "create_vm_image": OperationInfo(
        name="create_vm_image",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/vmimages",
        query=(),
        params=("vm_image",),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Creates a VM image from VHDs already uploaded to a storage "
        "account of the subscription: an OS disk and optionally data "
        "disks. The body holds what Create VM Image takes: the name, "
        "label and description, the OS disk (host caching, OS state, "
        "OS, media link), the data disks (host caching, LUN, media "
        "link, size) and the optional descriptive fields. Returns an "
        "AsyncOperation.",
        param_info=(
            ParamInfo(
                name="vm_image",
                type="CreateVMImageInput",
                required=True,
                doc="The image to create.",
                kind="shape",
            ),
        ),
        cli_group="vm-image",
        cli_command="create",
        request_shape="CreateVMImageInput",
        request_root="VMImage",
    ),
    "update_vm_image": OperationInfo(
        name="update_vm_image",
        client="ServiceManagementService",
        method="PUT",
        path="/{subscription_id}/services/vmimages/{vm_image_name}",
        query=(),
        params=(
            "vm_image_name",
            "vm_image",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Changes the label, description, disk host caching and "
        "descriptive fields of one of your VM images: the elements "
        "Update VM Image takes. Set only what should change; "
        "everything set is sent, nothing else. Returns an "
        "AsyncOperation.",
        param_info=(
            ParamInfo(
                name="vm_image_name",
                type="string",
                required=True,
                doc="Name of the VM image to change.",
                in_path=True,
            ),
            ParamInfo(
                name="vm_image",
                type="UpdateVMImageInput",
                required=True,
                doc="The new values.",
                kind="shape",
            ),
        ),
        cli_group="vm-image",
        cli_command="update",
        request_shape="UpdateVMImageInput",
        request_root="VMImage",
    ),
    "get_os_image_details": OperationInfo(
        name="get_os_image_details",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/images/{image_name}/details",
        query=(),
        params=("image_name",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns an operating system image with the replication "
        "progress of each region it is being replicated to (see "
        "replicate_vm_image).",
        param_info=(
            ParamInfo(
                name="image_name",
                type="string",
                required=True,
                doc="Name of the image.",
                in_path=True,
            ),
        ),
        cli_group="os-image",
        cli_command="get-details",
        response_shape="OSImageDetails",
    ),
    "update_os_image_from_image_reference": OperationInfo(
        name="update_os_image_from_image_reference",
        client="ServiceManagementService",
        method="PUT",
        path="/{subscription_id}/services/images/{image_name}",
        query=(),
        params=(
            "image_name",
            "os_image",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Changes the label and descriptive fields of one of your "
        "operating system images (eula, description, image family, "
        "show in GUI, published date, icon and privacy URIs, "
        "recommended size, small icon, language): the elements "
        "Update OS Image takes. Everything set in `os_image` is "
        "sent, nothing else. Returns an AsyncOperation.",
        param_info=(
            ParamInfo(
                name="image_name",
                type="string",
                required=True,
                doc="Name of the image to change.",
                in_path=True,
            ),
            ParamInfo(
                name="os_image",
                type="UpdateOSImageInput",
                required=True,
                doc="The new values; the label is required.",
                kind="shape",
            ),
        ),
        cli_group="os-image",
        cli_command="update-from-image-reference",
        request_shape="UpdateOSImageInput",
        request_root="OSImage",
    ),
    "create_load_balancer": OperationInfo(
        name="create_load_balancer",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/loadbalancers",
        query=(),
        params=(
            "service_name",
            "deployment_name",
            "name",
            "frontend_ip_configuration",
        ),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="Adds an internal load balancer to a deployment of virtual "
        "machines: a private address (in a subnet of the "
        "deployment's virtual network, optionally a fixed one) that "
        "load-balanced endpoints naming it (`load_balancer_name`) "
        "listen on.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the load balancer.",
            ),
            ParamInfo(
                name="frontend_ip_configuration",
                type="FrontendIpConfiguration",
                doc="Its address: Type `Private`, the subnet and optionally a fixed address.",
                kind="shape",
            ),
        ),
        cli_group="load-balancer",
        cli_command="create",
        request_shape="LoadBalancer",
        request_root="LoadBalancer",
    ),
    "update_load_balancer": OperationInfo(
        name="update_load_balancer",
        client="ServiceManagementService",
        method="PUT",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/loadbalancers/"
        "{load_balancer_name}",
        query=(),
        params=(
            "service_name",
            "deployment_name",
            "load_balancer_name",
            "name",
            "frontend_ip_configuration",
        ),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="Changes the address configuration of an internal load balancer of a deployment.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="load_balancer_name",
                type="string",
                required=True,
                doc="The load balancer to change.",
                in_path=True,
            ),
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the load balancer (the same).",
            ),
            ParamInfo(
                name="frontend_ip_configuration",
                type="FrontendIpConfiguration",
                doc="Its new address.",
                kind="shape",
            ),
        ),
        cli_group="load-balancer",
        cli_command="update",
        request_shape="LoadBalancer",
        request_root="LoadBalancer",
    ),
    "delete_load_balancer": OperationInfo(
        name="delete_load_balancer",
        client="ServiceManagementService",
        method="DELETE",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/loadbalancers/"
        "{load_balancer_name}",
        query=(),
        params=(
            "service_name",
            "deployment_name",
            "load_balancer_name",
        ),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="Removes an internal load balancer from a deployment; ASM "
        "refuses while endpoints of its virtual machines still use "
        "it.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="load_balancer_name",
                type="string",
                required=True,
                doc="The load balancer to remove.",
                in_path=True,
            ),
        ),
        cli_group="load-balancer",
        cli_command="delete",
    ),
    "update_load_balanced_endpoint_set": OperationInfo(
        name="update_load_balanced_endpoint_set",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}",
        query=("comp",),
        fixed_query=(("comp", "UpdateLbSet"),),
        params=(
            "service_name",
            "deployment_name",
            "load_balanced_endpoints",
        ),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="Changes load-balanced endpoint sets on every virtual "
        "machine of a deployment at once: each endpoint given names "
        "a set (`load_balanced_endpoint_set_name`) whose endpoints "
        "take its port, protocol, probe, access rules and options; "
        "an endpoint giving only the set's name removes that set's "
        "endpoints from the machines.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="load_balanced_endpoints",
                type="list",
                required=True,
                doc="The new settings, one endpoint per set.",
                kind="list",
                item="LoadBalancedEndpoint",
            ),
        ),
        cli_group="load-balanced-endpoint-set",
        cli_command="update",
        request_shape="LoadBalancedEndpointList",
        request_root="LoadBalancedEndpointList",
    ),
    "list_locations": OperationInfo(
        name="list_locations",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/locations",
        query=(),
        params=(),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the data center locations that are valid for the subscription.",
        param_info=(),
        cli_group="location",
        cli_command="list",
        response_shape="Location",
        response_is_list=True,
    ),
    "validate_deployment_migration": OperationInfo(
        name="validate_deployment_migration",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/migration",
        query=("comp",),
        fixed_query=(("comp", "validate"),),
        params=(
            "service_name",
            "deployment_name",
            "destination_virtual_network",
            "resource_group_name",
            "virtual_network_name",
            "subnet_name",
        ),
        x_ms_version="2017-01-01",
        is_async=False,
        doc="Checks whether the virtual machines of a deployment can be "
        "migrated to Azure Resource Manager, without changing "
        "anything; returns the problems found (an empty list when "
        "there is none; messages of category `Error` block "
        "`prepare_deployment_migration`).",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="destination_virtual_network",
                type="string",
                required=True,
                doc="`New`: the machines get a new Resource Manager virtual "
                "network (a deployment outside any virtual network); "
                "`Existing`: they move into the Resource Manager virtual "
                "network named by `resource_group_name`, "
                "`virtual_network_name` and `subnet_name`.",
                enum=(
                    "New",
                    "Existing",
                ),
            ),
            ParamInfo(
                name="resource_group_name",
                type="string",
                doc="Resource group of the existing Resource Manager virtual "
                "network (with `Existing`).",
            ),
            ParamInfo(
                name="virtual_network_name",
                type="string",
                doc="Name of the existing Resource Manager virtual network (with `Existing`).",
            ),
            ParamInfo(
                name="subnet_name",
                type="string",
                doc="Subnet of that virtual network the machines move into (with `Existing`).",
            ),
        ),
        cli_group="deployment",
        cli_command="validate-migration",
        request_shape="DeploymentNetworkResource",
        request_root="DeploymentNetworkResource",
        response_shape="MigrationValidationMessage",
        response_is_list=True,
    ),
    "prepare_deployment_migration": OperationInfo(
        name="prepare_deployment_migration",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/migration",
        query=("comp",),
        fixed_query=(("comp", "prepare"),),
        params=(
            "service_name",
            "deployment_name",
            "destination_virtual_network",
            "resource_group_name",
            "virtual_network_name",
            "subnet_name",
        ),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="Prepares the virtual machines of a deployment for migration "
        "to Azure Resource Manager: ASM validates them, then makes "
        "their Resource Manager copies; the classic deployment stays "
        "and its roles show `migration_state` `Prepared` until "
        "`commit_deployment_migration` or "
        "`abort_deployment_migration`.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="destination_virtual_network",
                type="string",
                required=True,
                doc="`New`: the machines get a new Resource Manager virtual "
                "network (a deployment outside any virtual network); "
                "`Existing`: they move into the Resource Manager virtual "
                "network named by `resource_group_name`, "
                "`virtual_network_name` and `subnet_name`.",
                enum=(
                    "New",
                    "Existing",
                ),
            ),
            ParamInfo(
                name="resource_group_name",
                type="string",
                doc="Resource group of the existing Resource Manager virtual "
                "network (with `Existing`).",
            ),
            ParamInfo(
                name="virtual_network_name",
                type="string",
                doc="Name of the existing Resource Manager virtual network (with `Existing`).",
            ),
            ParamInfo(
                name="subnet_name",
                type="string",
                doc="Subnet of that virtual network the machines move into (with `Existing`).",
            ),
        ),
        cli_group="deployment",
        cli_command="prepare-migration",
        request_shape="DeploymentNetworkResource",
        request_root="DeploymentNetworkResource",
    ),
    "commit_deployment_migration": OperationInfo(
        name="commit_deployment_migration",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/migration",
        query=("comp",),
        fixed_query=(("comp", "commit"),),
        params=(
            "service_name",
            "deployment_name",
        ),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="Completes the migration of a prepared deployment: its "
        "virtual machines (and their disks) now live in Azure "
        "Resource Manager only; the classic deployment is gone, and "
        "the cloud service with it when it has no other deployment.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
        ),
        cli_group="deployment",
        cli_command="commit-migration",
    ),
    "abort_deployment_migration": OperationInfo(
        name="abort_deployment_migration",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/migration",
        query=("comp",),
        fixed_query=(("comp", "abort"),),
        params=(
            "service_name",
            "deployment_name",
        ),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="Cancels the migration of a prepared deployment: the "
        "Resource Manager copies are removed and the deployment is a "
        "plain classic deployment again.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
        ),
        cli_group="deployment",
        cli_command="abort-migration",
    ),
    "validate_storage_account_migration": OperationInfo(
        name="validate_storage_account_migration",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/storageservices/{service_name}/migration",
        query=("comp",),
        fixed_query=(("comp", "validate"),),
        params=("service_name",),
        x_ms_version="2016-03-01",
        is_async=False,
        doc="Checks whether a storage account can be migrated to Azure "
        "Resource Manager, without changing anything; returns the "
        "problems found (an empty list when there is none; messages "
        "of category `Error`, such as disks still used by classic "
        "virtual machines, block "
        "`prepare_storage_account_migration`).",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the storage account.",
                in_path=True,
            ),
        ),
        cli_group="storage-account",
        cli_command="validate-migration",
        response_shape="MigrationValidationMessage",
        response_is_list=True,
    ),
    "prepare_storage_account_migration": OperationInfo(
        name="prepare_storage_account_migration",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/storageservices/{service_name}/migration",
        query=("comp",),
        fixed_query=(("comp", "prepare"),),
        params=("service_name",),
        x_ms_version="2016-03-01",
        is_async=True,
        doc="Prepares a storage account for migration to Azure Resource "
        "Manager; until `commit_storage_account_migration` or "
        "`abort_storage_account_migration` its `migration_state` is "
        "`Prepared`.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the storage account.",
                in_path=True,
            ),
        ),
        cli_group="storage-account",
        cli_command="prepare-migration",
    ),
    "commit_storage_account_migration": OperationInfo(
        name="commit_storage_account_migration",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/storageservices/{service_name}/migration",
        query=("comp",),
        fixed_query=(("comp", "commit"),),
        params=("service_name",),
        x_ms_version="2016-03-01",
        is_async=True,
        doc="Completes the migration of a prepared storage account: it "
        "is a Resource Manager account from then on, and the classic "
        "API no longer lists it.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the storage account.",
                in_path=True,
            ),
        ),
        cli_group="storage-account",
        cli_command="commit-migration",
    ),
    "abort_storage_account_migration": OperationInfo(
        name="abort_storage_account_migration",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/storageservices/{service_name}/migration",
        query=("comp",),
        fixed_query=(("comp", "abort"),),
        params=("service_name",),
        x_ms_version="2016-03-01",
        is_async=True,
        doc="Cancels the migration of a prepared storage account; it is "
        "a plain classic account again.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the storage account.",
                in_path=True,
            ),
        ),
        cli_group="storage-account",
        cli_command="abort-migration",
    ),
    "create_reserved_ip_address": OperationInfo(
        name="create_reserved_ip_address",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/networking/reservedips",
        query=(),
        params=(
            "name",
            "label",
            "location",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Reserves a public IP address in a location, to be given to "
        "a deployment (at its creation with `reserved_ip_name`, or "
        "later with associate_reserved_ip_address). Returns an "
        "AsyncOperation.",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the reserved IP, unique in the subscription.",
            ),
            ParamInfo(
                name="label",
                type="string",
                doc="Friendly name of the reserved IP (plain text), up to 100 characters.",
            ),
            ParamInfo(
                name="location",
                type="string",
                doc="Location to reserve the address in, e.g. `West US` (ASM requires it).",
            ),
        ),
        cli_group="reserved-ip-address",
        cli_command="create",
        request_shape="ReservedIP",
        request_root="ReservedIP",
    ),
    "delete_reserved_ip_address": OperationInfo(
        name="delete_reserved_ip_address",
        client="ServiceManagementService",
        method="DELETE",
        path="/{subscription_id}/services/networking/reservedips/{name}",
        query=(),
        params=("name",),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Releases a reserved IP address. ASM refuses while a "
        "deployment uses it. Returns an AsyncOperation.",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the reserved IP.",
                in_path=True,
            ),
        ),
        cli_group="reserved-ip-address",
        cli_command="delete",
    ),
    "associate_reserved_ip_address": OperationInfo(
        name="associate_reserved_ip_address",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/networking/reservedips/{name}/operations/associate",
        query=(),
        params=(
            "name",
            "service_name",
            "deployment_name",
            "virtual_ip_name",
        ),
        x_ms_version="2015-02-01",
        is_async=True,
        doc="Gives a reserved IP address to an existing deployment (its "
        "default virtual IP, or the one named). Needs x-ms-version "
        "2015-02-01. Returns an AsyncOperation.",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the reserved IP.",
                in_path=True,
            ),
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Cloud service of the deployment.",
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
            ),
            ParamInfo(
                name="virtual_ip_name",
                type="string",
                doc="Virtual IP of a deployment that has several; None means its "
                "default virtual IP.",
            ),
        ),
        cli_group="reserved-ip-address",
        cli_command="associate",
        request_shape="ReservedIPAssociation",
        request_root="ReservedIPAssociation",
    ),
    "disassociate_reserved_ip_address": OperationInfo(
        name="disassociate_reserved_ip_address",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/networking/reservedips/{name}/operations/disassociate",
        query=(),
        params=(
            "name",
            "service_name",
            "deployment_name",
            "virtual_ip_name",
        ),
        x_ms_version="2015-02-01",
        is_async=True,
        doc="Takes a reserved IP address back from the deployment using "
        "it (the deployment gets a dynamic address); the reservation "
        "is kept. Needs x-ms-version 2015-02-01. Returns an "
        "AsyncOperation.",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the reserved IP.",
                in_path=True,
            ),
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Cloud service of the deployment.",
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
            ),
            ParamInfo(
                name="virtual_ip_name",
                type="string",
                doc="Virtual IP of a deployment that has several; None means its "
                "default virtual IP.",
            ),
        ),
        cli_group="reserved-ip-address",
        cli_command="disassociate",
        request_shape="ReservedIPAssociation",
        request_root="ReservedIPAssociation",
    ),
    "get_reserved_ip_address": OperationInfo(
        name="get_reserved_ip_address",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/networking/reservedips/{name}",
        query=(),
        params=("name",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns a reserved IP address, with the deployment using it, if any.",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the reserved IP.",
                in_path=True,
            ),
        ),
        cli_group="reserved-ip-address",
        cli_command="get",
        response_shape="ReservedIP",
    ),
    "list_reserved_ip_addresses": OperationInfo(
        name="list_reserved_ip_addresses",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/networking/reservedips",
        query=(),
        params=(),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the reserved IP addresses of the subscription.",
        param_info=(),
        cli_group="reserved-ip-address",
        cli_command="list",
        response_shape="ReservedIP",
        response_is_list=True,
    ),
    "list_virtual_network_sites": OperationInfo(
        name="list_virtual_network_sites",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/networking/virtualnetwork",
        query=(),
        params=(),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the virtual networks of the subscription, as defined "
        "by its network configuration (see "
        "set_network_configuration), with their address spaces, "
        "subnets, DNS servers and gateway.",
        param_info=(),
        cli_group="virtual-network-site",
        cli_command="list",
        response_shape="VirtualNetworkSite",
        response_is_list=True,
    ),
    "get_network_configuration": OperationInfo(
        name="get_network_configuration",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/networking/media",
        query=(),
        params=(),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns the subscription's network configuration document "
        "(the `.netcfg` file): DNS servers, local networks and "
        "virtual networks. ASM answers 404 when none was ever set.",
        param_info=(),
        cli_group="network-configuration",
        cli_command="get",
        response_shape="NetworkConfiguration",
    ),
    "set_network_configuration": OperationInfo(
        name="set_network_configuration",
        client="ServiceManagementService",
        method="PUT",
        path="/{subscription_id}/services/networking/media",
        query=(),
        params=("network_configuration",),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Replaces the subscription's network configuration document: "
        "virtual networks, subnets, DNS servers and local networks "
        "are created, changed or removed to match it. A virtual "
        "network that is in use cannot be removed or have its used "
        "subnets changed. Returns an AsyncOperation.",
        param_info=(
            ParamInfo(
                name="network_configuration",
                type="NetworkConfiguration",
                required=True,
                doc="The complete new configuration (what is left out is removed).",
                kind="shape",
            ),
        ),
        cli_group="network-configuration",
        cli_command="set",
        request_shape="NetworkConfiguration",
        request_root="NetworkConfiguration",
    ),
    "list_operating_systems": OperationInfo(
        name="list_operating_systems",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/operatingsystems",
        query=(),
        params=(),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the guest operating system versions that cloud "
        "service roles can run, with the family each belongs to and "
        "whether it is still active or the default.",
        param_info=(),
        cli_group="operating-system",
        cli_command="list",
        response_shape="OperatingSystem",
        response_is_list=True,
    ),
    "list_operating_system_families": OperationInfo(
        name="list_operating_system_families",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/operatingsystemfamilies",
        query=(),
        params=(),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the guest operating system families (each one matches "
        "a Windows Server release) with the versions each family "
        "offers.",
        param_info=(),
        cli_group="operating-system-family",
        cli_command="list",
        response_shape="OperatingSystemFamily",
        response_is_list=True,
    ),
    "list_os_images": OperationInfo(
        name="list_os_images",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/images",
        query=(),
        params=(),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the operating system images available to the "
        "subscription: the platform images and the subscription's "
        "own images (category User).",
        param_info=(),
        cli_group="os-image",
        cli_command="list",
        response_shape="OSImage",
        response_is_list=True,
    ),
    "get_os_image": OperationInfo(
        name="get_os_image",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/images/{image_name}",
        query=(),
        params=("image_name",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns one operating system image of the image repository.",
        param_info=(
            ParamInfo(
                name="image_name",
                type="string",
                required=True,
                doc="Name of the image.",
                in_path=True,
            ),
        ),
        cli_group="os-image",
        cli_command="get",
        response_shape="OSImage",
    ),
    "add_os_image": OperationInfo(
        name="add_os_image",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/images",
        query=(),
        params=(
            "label",
            "media_link",
            "name",
            "os",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Registers a generalized operating system VHD, already "
        "uploaded as a page blob to a storage account of the "
        "subscription, as an image that virtual machines can be "
        "created from. Returns an AsyncOperation.",
        param_info=(
            ParamInfo(
                name="label",
                type="string",
                required=True,
                doc="Friendly name of the image (plain text, not base64).",
            ),
            ParamInfo(
                name="media_link",
                type="string",
                required=True,
                doc="URL of the VHD blob, e.g. `https://"
                "account.blob.core.windows.net/vhds/image.vhd`.",
            ),
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name that identifies the image when virtual machines are created from it.",
            ),
            ParamInfo(
                name="os",
                type="string",
                required=True,
                doc="Operating system on the VHD: Linux or Windows.",
                enum=(
                    "Linux",
                    "Windows",
                ),
            ),
        ),
        cli_group="os-image",
        cli_command="add",
        request_shape="OSImageInput",
        request_root="OSImage",
    ),
    "update_os_image": OperationInfo(
        name="update_os_image",
        client="ServiceManagementService",
        method="PUT",
        path="/{subscription_id}/services/images/{image_name}",
        query=(),
        params=(
            "image_name",
            "label",
            "media_link",
            "name",
            "os",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Changes the label of one of the subscription's own images "
        "(platform images cannot be changed). The body also repeats "
        "the image's media link, name and OS, as the legacy SDK "
        "sends them. Returns an AsyncOperation.",
        param_info=(
            ParamInfo(
                name="image_name",
                type="string",
                required=True,
                doc="Name of the image to change.",
                in_path=True,
            ),
            ParamInfo(
                name="label",
                type="string",
                required=True,
                doc="New friendly name of the image (plain text).",
            ),
            ParamInfo(
                name="media_link",
                type="string",
                required=True,
                doc="URL of the image's VHD blob, as registered.",
            ),
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the image, as registered.",
            ),
            ParamInfo(
                name="os",
                type="string",
                required=True,
                doc="Operating system of the image: Linux or Windows.",
                enum=(
                    "Linux",
                    "Windows",
                ),
            ),
        ),
        cli_group="os-image",
        cli_command="update",
        request_shape="OSImageInput",
        request_root="OSImage",
    ),
    "delete_os_image": OperationInfo(
        name="delete_os_image",
        client="ServiceManagementService",
        method="DELETE",
        path="/{subscription_id}/services/images/{image_name}",
        query=("comp",),
        params=(
            "image_name",
            "delete_vhd",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Removes one of the subscription's own images from the image "
        "repository, and with delete_vhd also deletes its VHD blob. "
        "Returns an AsyncOperation.",
        param_info=(
            ParamInfo(
                name="image_name",
                type="string",
                required=True,
                doc="Name of the image to delete.",
                in_path=True,
            ),
            ParamInfo(
                name="delete_vhd",
                type="bool",
                default=False,
                doc="Also delete the VHD blob behind the image (sends comp=media).",
            ),
        ),
        cli_group="os-image",
        cli_command="delete",
    ),
    "list_resource_extensions": OperationInfo(
        name="list_resource_extensions",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/resourceextensions",
        query=(),
        params=(),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the VM extensions available to virtual machines, in their latest versions.",
        param_info=(),
        cli_group="resource-extension",
        cli_command="list",
        response_shape="ResourceExtension",
        response_is_list=True,
    ),
    "list_resource_extension_versions": OperationInfo(
        name="list_resource_extension_versions",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/resourceextensions/{publisher_name}/{extension_name}",
        query=(),
        params=(
            "publisher_name",
            "extension_name",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists every available version of one VM extension.",
        param_info=(
            ParamInfo(
                name="publisher_name",
                type="string",
                required=True,
                doc="Publisher of the extension, e.g. `Microsoft.Compute`.",
                in_path=True,
            ),
            ParamInfo(
                name="extension_name",
                type="string",
                required=True,
                doc="Name of the extension, e.g. `CustomScriptExtension`.",
                in_path=True,
            ),
        ),
        cli_group="resource-extension-version",
        cli_command="list",
        response_shape="ResourceExtension",
        response_is_list=True,
    ),
    "register_resource_provider": OperationInfo(
        name="register_resource_provider",
        client="ServiceManagementService",
        method="PUT",
        path="/{subscription_id}/services",
        query=(
            "service",
            "action",
        ),
        fixed_query=(("action", "register"),),
        params=("resource_name",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Registers the subscription with a resource provider (such "
        "as `scheduler.JobCollections`) so that it may create that "
        "provider's resources. ASM refuses a provider already "
        "registered (409).",
        param_info=(
            ParamInfo(
                name="resource_name",
                type="string",
                required=True,
                doc="Name of the resource provider, e.g. `scheduler.JobCollections`.",
            ),
        ),
        cli_group="resource-provider",
        cli_command="register",
    ),
    "unregister_resource_provider": OperationInfo(
        name="unregister_resource_provider",
        client="ServiceManagementService",
        method="PUT",
        path="/{subscription_id}/services",
        query=(
            "service",
            "action",
        ),
        fixed_query=(("action", "unregister"),),
        params=("resource_name",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Unregisters the subscription from a resource provider it "
        "was registered with (404 otherwise).",
        param_info=(
            ParamInfo(
                name="resource_name",
                type="string",
                required=True,
                doc="Name of the resource provider, e.g. `scheduler.JobCollections`.",
            ),
        ),
        cli_group="resource-provider",
        cli_command="unregister",
    ),
    "update_role": OperationInfo(
        name="update_role",
        client="ServiceManagementService",
        method="PUT",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/roles/{role_name}",
        query=(),
        params=(
            "service_name",
            "deployment_name",
            "role_name",
            "os_virtual_hard_disk",
            "network_config",
            "availability_set_name",
            "data_virtual_hard_disks",
            "role_size",
            "role_type",
            "resource_extension_references",
            "provision_guest_agent",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Changes the settings of a virtual machine: size, "
        "availability set, endpoints (network set), disk caching, VM "
        "extensions. Elements left None are not sent and keep their "
        "value. Provisioning settings cannot be changed once the "
        "machine exists.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="role_name",
                type="string",
                required=True,
                doc="Name of the virtual machine.",
                in_path=True,
            ),
            ParamInfo(
                name="os_virtual_hard_disk",
                type="OSVirtualHardDisk",
                doc="The OS disk as it is, with the settings to change (host caching).",
                kind="shape",
            ),
            ParamInfo(
                name="network_config",
                type="AnyNetworkConfigurationSet",
                doc="The complete new network set (endpoints, subnets, public "
                "IPs); None keeps the current one.",
                kind="shape",
            ),
            ParamInfo(
                name="availability_set_name",
                type="string",
                doc="Availability set to move the machine to.",
            ),
            ParamInfo(
                name="data_virtual_hard_disks",
                type="list",
                doc="Attached data disks (by LUN) with the settings to change (host caching).",
                kind="list",
                item="DataVirtualHardDisk",
            ),
            ParamInfo(
                name="role_size",
                type="string",
                doc="New size of the machine (see `list_role_sizes`).",
            ),
            ParamInfo(
                name="role_type",
                type="string",
                default="PersistentVMRole",
                doc="Role type; always PersistentVMRole for virtual machines.",
            ),
            ParamInfo(
                name="resource_extension_references",
                type="list",
                doc="VM extensions the machine should have (needs the guest agent).",
                kind="list",
                item="ResourceExtensionReference",
            ),
            ParamInfo(
                name="provision_guest_agent",
                type="bool",
                doc="Whether the VM agent is installed.",
            ),
        ),
        cli_group="role",
        cli_command="update",
        request_shape="UpdateRole",
        request_root="PersistentVMRole",
    ),
    "capture_role": OperationInfo(
        name="capture_role",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/roleinstances/{role_name}/"
        "Operations",
        query=(),
        params=(
            "service_name",
            "deployment_name",
            "role_name",
            "post_capture_action",
            "target_image_name",
            "target_image_label",
            "provisioning_configuration",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Captures a stopped virtual machine's OS disk as an OS image "
        "of the subscription. The machine is deleted afterwards "
        "(`post_capture_action='Delete'`) or provisioned again with "
        "`provisioning_configuration` (`'Reprovision'`). Use "
        "`capture_vm_image` to capture data disks too.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="role_name",
                type="string",
                required=True,
                doc="Name of the virtual machine to capture.",
                in_path=True,
            ),
            ParamInfo(
                name="post_capture_action",
                type="string",
                required=True,
                doc="Delete (remove the machine) or Reprovision (provision it again).",
                enum=(
                    "Delete",
                    "Reprovision",
                ),
            ),
            ParamInfo(
                name="target_image_name",
                type="string",
                required=True,
                doc="Name of the new OS image.",
            ),
            ParamInfo(
                name="target_image_label",
                type="string",
                required=True,
                doc="Label of the new OS image (plain text).",
            ),
            ParamInfo(
                name="provisioning_configuration",
                type="ProvisioningConfigurationSet",
                doc="Linux or Windows provisioning set for Reprovision.",
                kind="shape",
            ),
        ),
        cli_group="role",
        cli_command="capture",
        request_shape="CaptureRoleOperation",
        request_root="CaptureRoleOperation",
    ),
    "start_role": OperationInfo(
        name="start_role",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/roleinstances/{role_name}/"
        "Operations",
        query=(),
        params=(
            "service_name",
            "deployment_name",
            "role_name",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Starts a stopped virtual machine.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="role_name",
                type="string",
                required=True,
                doc="Name of the virtual machine.",
                in_path=True,
            ),
        ),
        cli_group="role",
        cli_command="start",
        request_shape="StartRoleOperation",
        request_root="StartRoleOperation",
    ),
    "start_roles": OperationInfo(
        name="start_roles",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/roles/Operations",
        query=(),
        params=(
            "service_name",
            "deployment_name",
            "role_names",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Starts several stopped virtual machines of a deployment in one operation.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="role_names",
                type="list",
                required=True,
                doc="Names of the virtual machines to start.",
                kind="list",
                item="string",
            ),
        ),
        cli_group="role",
        cli_command="start-many",
        request_shape="StartRolesOperation",
        request_root="StartRolesOperation",
    ),
    "restart_role": OperationInfo(
        name="restart_role",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/roleinstances/{role_name}/"
        "Operations",
        query=(),
        params=(
            "service_name",
            "deployment_name",
            "role_name",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Restarts a running virtual machine.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="role_name",
                type="string",
                required=True,
                doc="Name of the virtual machine.",
                in_path=True,
            ),
        ),
        cli_group="role",
        cli_command="restart",
        request_shape="RestartRoleOperation",
        request_root="RestartRoleOperation",
    ),
    "shutdown_role": OperationInfo(
        name="shutdown_role",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/roleinstances/{role_name}/"
        "Operations",
        query=(),
        params=(
            "service_name",
            "deployment_name",
            "role_name",
            "post_shutdown_action",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Shuts a virtual machine down. `Stopped` keeps its compute "
        "resources (and billing); `StoppedDeallocated` releases them "
        "(and its dynamic addresses).",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="role_name",
                type="string",
                required=True,
                doc="Name of the virtual machine.",
                in_path=True,
            ),
            ParamInfo(
                name="post_shutdown_action",
                type="string",
                default="Stopped",
                doc="Stopped (keep the resources) or StoppedDeallocated (release them).",
                enum=(
                    "Stopped",
                    "StoppedDeallocated",
                ),
            ),
        ),
        cli_group="role",
        cli_command="shutdown",
        request_shape="ShutdownRoleOperation",
        request_root="ShutdownRoleOperation",
    ),
    "shutdown_roles": OperationInfo(
        name="shutdown_roles",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/roles/Operations",
        query=(),
        params=(
            "service_name",
            "deployment_name",
            "role_names",
            "post_shutdown_action",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Shuts several virtual machines of a deployment down in one operation.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="role_names",
                type="list",
                required=True,
                doc="Names of the virtual machines to shut down.",
                kind="list",
                item="string",
            ),
            ParamInfo(
                name="post_shutdown_action",
                type="string",
                default="Stopped",
                doc="Stopped (keep the resources) or StoppedDeallocated (release them).",
                enum=(
                    "Stopped",
                    "StoppedDeallocated",
                ),
            ),
        ),
        cli_group="role",
        cli_command="shutdown-many",
        request_shape="ShutdownRolesOperation",
        request_root="ShutdownRolesOperation",
    ),
    "list_role_sizes": OperationInfo(
        name="list_role_sizes",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/rolesizes",
        query=(),
        params=(),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the role sizes (virtual machine sizes) the "
        "subscription can use, with their cores, memory, data disk "
        "limit and resource disk sizes.",
        param_info=(),
        cli_group="role-size",
        cli_command="list",
        response_shape="RoleSize",
        response_is_list=True,
    ),
    "get_role": OperationInfo(
        name="get_role",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/roles/{role_name}",
        query=(),
        params=(
            "service_name",
            "deployment_name",
            "role_name",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns the configuration of a virtual machine (role) of a deployment.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="role_name",
                type="string",
                required=True,
                doc="Name of the virtual machine.",
                in_path=True,
            ),
        ),
        cli_group="role",
        cli_command="get",
        response_shape="PersistentVMRole",
    ),
    "add_role": OperationInfo(
        name="add_role",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/roles",
        query=(),
        params=(
            "service_name",
            "deployment_name",
            "role_name",
            "system_config",
            "os_virtual_hard_disk",
            "network_config",
            "availability_set_name",
            "data_virtual_hard_disks",
            "role_size",
            "role_type",
            "resource_extension_references",
            "provision_guest_agent",
            "vm_image_name",
            "media_location",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Adds a virtual machine to an existing virtual machine "
        "deployment. Give an OS disk (from a platform or user image, "
        "an existing disk or a remote image) or `vm_image_name`, "
        "plus a Linux or Windows provisioning set when the OS disk "
        "comes from a generalized image.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="role_name",
                type="string",
                required=True,
                doc="Name of the new virtual machine.",
            ),
            ParamInfo(
                name="system_config",
                type="ProvisioningConfigurationSet",
                doc="Linux or Windows provisioning set (host name, user, "
                "password, keys...); None when the OS disk is already "
                "provisioned.",
                kind="shape",
            ),
            ParamInfo(
                name="os_virtual_hard_disk",
                type="OSVirtualHardDisk",
                doc="The operating system disk; None when `vm_image_name` is given.",
                kind="shape",
            ),
            ParamInfo(
                name="network_config",
                type="AnyNetworkConfigurationSet",
                doc="Endpoints, subnets and public IPs of the machine.",
                kind="shape",
            ),
            ParamInfo(
                name="availability_set_name",
                type="string",
                doc="Availability set to put the machine in (machines of one set "
                "are spread over fault domains).",
            ),
            ParamInfo(
                name="data_virtual_hard_disks",
                type="list",
                doc="Data disks to attach or create with the machine.",
                kind="list",
                item="DataVirtualHardDisk",
            ),
            ParamInfo(
                name="role_size",
                type="string",
                doc="Size of the machine (see `list_role_sizes`); ASM uses Small when omitted.",
            ),
            ParamInfo(
                name="role_type",
                type="string",
                default="PersistentVMRole",
                doc="Role type; always PersistentVMRole for virtual machines.",
            ),
            ParamInfo(
                name="resource_extension_references",
                type="list",
                doc="VM extensions to install (needs the guest agent).",
                kind="list",
                item="ResourceExtensionReference",
            ),
            ParamInfo(
                name="provision_guest_agent",
                type="bool",
                doc="Install the VM agent, needed by extensions.",
            ),
            ParamInfo(
                name="vm_image_name",
                type="string",
                doc="Create the machine from this VM image (OS and data disks) "
                "instead of an OS disk.",
            ),
            ParamInfo(
                name="media_location",
                type="string",
                doc="Blob URL for the VHDs when `vm_image_name` is a published "
                "(platform) VM image.",
            ),
        ),
        cli_group="role",
        cli_command="add",
        request_shape="AddRole",
        request_root="PersistentVMRole",
    ),
    "delete_role": OperationInfo(
        name="delete_role",
        client="ServiceManagementService",
        method="DELETE",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/roles/{role_name}",
        query=("comp",),
        params=(
            "service_name",
            "deployment_name",
            "role_name",
            "complete",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Deletes a virtual machine from a deployment (not the last "
        "one: delete the deployment instead). With `complete=True` "
        "its disks and their VHD blobs are deleted too.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="role_name",
                type="string",
                required=True,
                doc="Name of the virtual machine.",
                in_path=True,
            ),
            ParamInfo(
                name="complete",
                type="bool",
                default=False,
                doc="Also delete the machine's disks and VHD blobs (`comp=media`).",
            ),
        ),
        cli_group="role",
        cli_command="delete",
    ),
    "capture_vm_image": OperationInfo(
        name="capture_vm_image",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/roleinstances/{role_name}/"
        "Operations",
        query=(),
        params=(
            "service_name",
            "deployment_name",
            "role_name",
            "options",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Captures a virtual machine (OS and data disks) as a VM "
        "image. A Generalized capture needs a machine prepared with "
        "sysprep/waagent and deletes it; a Specialized capture keeps "
        "it.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="role_name",
                type="string",
                required=True,
                doc="Name of the virtual machine to capture.",
                in_path=True,
            ),
            ParamInfo(
                name="options",
                type="CaptureRoleAsVMImage",
                required=True,
                doc="OS state, name, label and descriptive fields of the new VM image.",
                kind="shape",
            ),
        ),
        cli_group="vm-image",
        cli_command="capture",
        request_shape="CaptureRoleAsVMImage",
        request_root="CaptureRoleAsVMImageOperation",
    ),
    "get_scheduler_operation_status": OperationInfo(
        name="get_scheduler_operation_status",
        client="SchedulerManagementService",
        method="GET",
        path="/{subscription_id}/operations/{request_id}",
        query=(),
        params=("request_id",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns the status of an asynchronous Scheduler operation, "
        "given the request id that started it (the `request_id` of "
        "the returned AsyncOperation).",
        param_info=(
            ParamInfo(
                name="request_id",
                type="string",
                required=True,
                doc="The request id of the asynchronous operation.",
                in_path=True,
            ),
        ),
        cli_group="scheduler-operation-status",
        cli_command="get",
        response_shape="Operation",
    ),
    "list_cloud_services": OperationInfo(
        name="list_cloud_services",
        client="SchedulerManagementService",
        method="GET",
        path="/{subscription_id}/cloudservices",
        query=(),
        params=(),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the cloud services of the subscription with the "
        "resources (job collections) in them.",
        param_info=(),
        cli_group="cloud-service",
        cli_command="list",
        response_shape="CloudService",
        response_is_list=True,
    ),
    "create_cloud_service": OperationInfo(
        name="create_cloud_service",
        client="SchedulerManagementService",
        method="PUT",
        path="/{subscription_id}/cloudservices/{cloud_service_id}",
        query=(),
        params=(
            "cloud_service_id",
            "label",
            "description",
            "geo_region",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Creates a cloud service, the container job collections are "
        "created in, in a geographic region.",
        param_info=(
            ParamInfo(
                name="cloud_service_id",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="label",
                type="string",
                required=True,
                doc="Label of the cloud service (plain text, at most 100 characters).",
            ),
            ParamInfo(
                name="description",
                type="string",
                required=True,
                doc="Description of the cloud service (at most 1024 characters).",
            ),
            ParamInfo(
                name="geo_region",
                type="string",
                required=True,
                doc="Region the cloud service's resources run in (`West Europe`).",
            ),
        ),
        cli_group="cloud-service",
        cli_command="create",
        request_shape="CreateCloudService",
        request_root="CloudService",
    ),
    "get_cloud_service": OperationInfo(
        name="get_cloud_service",
        client="SchedulerManagementService",
        method="GET",
        path="/{subscription_id}/cloudservices/{cloud_service_id}",
        query=(),
        params=("cloud_service_id",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns a cloud service with the resources (job collections) in it.",
        param_info=(
            ParamInfo(
                name="cloud_service_id",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
        ),
        cli_group="cloud-service",
        cli_command="get",
        response_shape="CloudService",
    ),
    "delete_cloud_service": OperationInfo(
        name="delete_cloud_service",
        client="SchedulerManagementService",
        method="DELETE",
        path="/{subscription_id}/cloudservices/{cloud_service_id}",
        query=(),
        params=("cloud_service_id",),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Deletes a cloud service and the job collections in it.",
        param_info=(
            ParamInfo(
                name="cloud_service_id",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
        ),
        cli_group="cloud-service",
        cli_command="delete",
    ),
    "check_job_collection_name": OperationInfo(
        name="check_job_collection_name",
        client="SchedulerManagementService",
        method="POST",
        path="/{subscription_id}/cloudservices/{cloud_service_id}/"
        "resources/scheduler/jobCollections",
        query=(
            "op",
            "resourceName",
        ),
        fixed_query=(("op", "checknameavailability"),),
        params=(
            "cloud_service_id",
            "job_collection_id",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Tells whether a job collection name is free in a cloud "
        "service (names are unique within their cloud service).",
        param_info=(
            ParamInfo(
                name="cloud_service_id",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="job_collection_id",
                type="string",
                required=True,
                doc="The job collection name to check.",
            ),
        ),
        cli_group="job-collection",
        cli_command="check-name",
        response_shape="ResourceNameAvailabilityResponse",
    ),
    "create_job_collection": OperationInfo(
        name="create_job_collection",
        client="SchedulerManagementService",
        method="PUT",
        path="/{subscription_id}/cloudservices/{cloud_service_id}/"
        "resources/scheduler/jobCollections/{job_collection_id}",
        query=(),
        params=(
            "cloud_service_id",
            "job_collection_id",
            "plan",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Creates a Scheduler job collection in a cloud service, on the Free or Standard plan.",
        param_info=(
            ParamInfo(
                name="cloud_service_id",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="job_collection_id",
                type="string",
                required=True,
                doc="Name of the new job collection (at most 100 characters).",
                in_path=True,
            ),
            ParamInfo(
                name="plan",
                type="string",
                default="Standard",
                doc="Plan of the collection: `Free` or `Standard`.",
                enum=(
                    "Free",
                    "Standard",
                ),
            ),
        ),
        cli_group="job-collection",
        cli_command="create",
        request_shape="CreateJobCollection",
        request_root="Resource",
    ),
    "delete_job_collection": OperationInfo(
        name="delete_job_collection",
        client="SchedulerManagementService",
        method="DELETE",
        path="/{subscription_id}/cloudservices/{cloud_service_id}/"
        "resources/scheduler/jobCollections/{job_collection_id}",
        query=(),
        params=(
            "cloud_service_id",
            "job_collection_id",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Deletes a job collection and its jobs.",
        param_info=(
            ParamInfo(
                name="cloud_service_id",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="job_collection_id",
                type="string",
                required=True,
                doc="Name of the job collection.",
                in_path=True,
            ),
        ),
        cli_group="job-collection",
        cli_command="delete",
    ),
    "get_job_collection": OperationInfo(
        name="get_job_collection",
        client="SchedulerManagementService",
        method="GET",
        path="/{subscription_id}/cloudservices/{cloud_service_id}/"
        "resources/scheduler/~/jobCollections/{job_collection_id}",
        query=("api-version",),
        fixed_query=(("api-version", "2014-04-01"),),
        params=(
            "cloud_service_id",
            "job_collection_id",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns a job collection with its plan, quota, state and "
        "the status of its last change.",
        param_info=(
            ParamInfo(
                name="cloud_service_id",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="job_collection_id",
                type="string",
                required=True,
                doc="Name of the job collection.",
                in_path=True,
            ),
        ),
        cli_group="job-collection",
        cli_command="get",
        response_shape="Resource",
    ),
    "create_job": OperationInfo(
        name="create_job",
        client="SchedulerManagementService",
        method="PUT",
        path="/{subscription_id}/cloudservices/{cloud_service_id}/"
        "resources/scheduler/~/jobCollections/{job_collection_id}/"
        "jobs/{job_id}",
        query=("api-version",),
        fixed_query=(("api-version", "2014-04-01"),),
        params=(
            "cloud_service_id",
            "job_collection_id",
            "job_id",
            "job",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Creates (or replaces) a job from its JSON definition: "
        "`startTime`, `action` (`type` `http`/`https`/`storageQueue` "
        "and its `request` or `queueMessage`), `recurrence`, "
        "`state`, ... Datetimes in the dictionary are sent as ISO "
        "8601 text.",
        param_info=(
            ParamInfo(
                name="cloud_service_id",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="job_collection_id",
                type="string",
                required=True,
                doc="Name of the job collection.",
                in_path=True,
            ),
            ParamInfo(
                name="job_id",
                type="string",
                required=True,
                doc="Name of the job.",
                in_path=True,
            ),
            ParamInfo(
                name="job",
                type="json",
                required=True,
                doc="The job definition: a JSON-encodable dictionary (see the "
                "Scheduler REST reference).",
                kind="json",
            ),
        ),
        cli_group="job",
        cli_command="create",
    ),
    "delete_job": OperationInfo(
        name="delete_job",
        client="SchedulerManagementService",
        method="DELETE",
        path="/{subscription_id}/cloudservices/{cloud_service_id}/"
        "resources/scheduler/~/jobCollections/{job_collection_id}/"
        "jobs/{job_id}",
        query=("api-version",),
        fixed_query=(("api-version", "2014-04-01"),),
        params=(
            "cloud_service_id",
            "job_collection_id",
            "job_id",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Deletes a job from its job collection.",
        param_info=(
            ParamInfo(
                name="cloud_service_id",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="job_collection_id",
                type="string",
                required=True,
                doc="Name of the job collection.",
                in_path=True,
            ),
            ParamInfo(
                name="job_id",
                type="string",
                required=True,
                doc="Name of the job.",
                in_path=True,
            ),
        ),
        cli_group="job",
        cli_command="delete",
    ),
    "get_job": OperationInfo(
        name="get_job",
        client="SchedulerManagementService",
        method="GET",
        path="/{subscription_id}/cloudservices/{cloud_service_id}/"
        "resources/scheduler/~/jobCollections/{job_collection_id}/"
        "jobs/{job_id}",
        query=("api-version",),
        fixed_query=(("api-version", "2014-04-01"),),
        params=(
            "cloud_service_id",
            "job_collection_id",
            "job_id",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns a job as decoded JSON: its definition plus `id` and "
        "`status` (next execution time, execution and failure "
        "counts).",
        param_info=(
            ParamInfo(
                name="cloud_service_id",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="job_collection_id",
                type="string",
                required=True,
                doc="Name of the job collection.",
                in_path=True,
            ),
            ParamInfo(
                name="job_id",
                type="string",
                required=True,
                doc="Name of the job.",
                in_path=True,
            ),
        ),
        cli_group="job",
        cli_command="get",
    ),
    "get_all_jobs": OperationInfo(
        name="get_all_jobs",
        client="SchedulerManagementService",
        method="GET",
        path="/{subscription_id}/cloudservices/{cloud_service_id}/"
        "resources/scheduler/~/jobCollections/{job_collection_id}/"
        "jobs",
        query=("api-version",),
        fixed_query=(("api-version", "2014-04-01"),),
        params=(
            "cloud_service_id",
            "job_collection_id",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns every job of a job collection as decoded JSON (a list of job objects).",
        param_info=(
            ParamInfo(
                name="cloud_service_id",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="job_collection_id",
                type="string",
                required=True,
                doc="Name of the job collection.",
                in_path=True,
            ),
        ),
        cli_group="job",
        cli_command="get-all",
    ),
    "get_servicebus_operation_status": OperationInfo(
        name="get_servicebus_operation_status",
        client="ServiceBusManagementService",
        method="GET",
        path="/{subscription_id}/operations/{request_id}",
        query=(),
        params=("request_id",),
        x_ms_version="2012-03-01",
        is_async=False,
        doc="Returns the status of an asynchronous operation, given its "
        "request id. No Service Bus call is asynchronous; the "
        "request is the subscription's Get Operation Status, which "
        "the reference package offered on every client (the client's "
        "`get_operation_status`).",
        param_info=(
            ParamInfo(
                name="request_id",
                type="string",
                required=True,
                doc="The request id of the asynchronous operation.",
                in_path=True,
            ),
        ),
        cli_group="servicebus-operation-status",
        cli_command="get",
        response_shape="Operation",
    ),
    "get_regions": OperationInfo(
        name="get_regions",
        client="ServiceBusManagementService",
        method="GET",
        path="/{subscription_id}/services/serviceBus/Regions/",
        query=(),
        params=(),
        x_ms_version="2012-03-01",
        is_async=False,
        doc="Lists the regions Service Bus namespaces can be created in.",
        param_info=(),
        cli_group="region",
        cli_command="get",
        response_shape="ServiceBusRegionFeed",
    ),
    "list_namespaces": OperationInfo(
        name="list_namespaces",
        client="ServiceBusManagementService",
        method="GET",
        path="/{subscription_id}/services/serviceBus/Namespaces/",
        query=(),
        params=(),
        x_ms_version="2012-03-01",
        is_async=False,
        doc="Lists the Service Bus namespaces of the subscription.",
        param_info=(),
        cli_group="namespace",
        cli_command="list",
        response_shape="ServiceBusNamespaceFeed",
    ),
    "get_namespace": OperationInfo(
        name="get_namespace",
        client="ServiceBusManagementService",
        method="GET",
        path="/{subscription_id}/services/serviceBus/Namespaces/{name}",
        query=(),
        params=("name",),
        x_ms_version="2012-03-01",
        is_async=False,
        doc="Returns one Service Bus namespace: its region, status, "
        "endpoints and, once it is active, its default key and "
        "connection string.",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the Service Bus namespace.",
                in_path=True,
            ),
        ),
        cli_group="namespace",
        cli_command="get",
        response_shape="ServiceBusNamespaceEntry",
    ),
    "create_namespace": OperationInfo(
        name="create_namespace",
        client="ServiceBusManagementService",
        method="PUT",
        path="/{subscription_id}/services/serviceBus/Namespaces/{name}",
        query=(),
        params=(
            "name",
            "region",
        ),
        x_ms_version="2012-03-01",
        is_async=False,
        doc="Creates a Service Bus namespace in a region. The call is "
        "synchronous; the namespace answered is usually still "
        "`Activating` and turns `Active` a little later (poll "
        "`get_namespace`). Namespace names are global: 6 to 50 "
        "letters, digits and hyphens, starting with a letter and not "
        "ending with `-`, `-sb` or `-mgmt`.",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the namespace to create.",
                in_path=True,
            ),
            ParamInfo(
                name="region",
                type="string",
                required=True,
                doc="Region to create the namespace in, as `get_regions` names it (`West US`).",
            ),
        ),
        cli_group="namespace",
        cli_command="create",
        request_shape="CreateNamespaceEntry",
        request_root="entry",
        response_shape="ServiceBusNamespaceEntry",
    ),
    "delete_namespace": OperationInfo(
        name="delete_namespace",
        client="ServiceBusManagementService",
        method="DELETE",
        path="/{subscription_id}/services/serviceBus/Namespaces/{name}",
        query=(),
        params=("name",),
        x_ms_version="2012-03-01",
        is_async=False,
        doc="Deletes a Service Bus namespace and everything in it. The "
        "call is synchronous; the namespace shows as `Removing` "
        "until the service has finished.",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the Service Bus namespace.",
                in_path=True,
            ),
        ),
        cli_group="namespace",
        cli_command="delete",
    ),
    "check_namespace_availability": OperationInfo(
        name="check_namespace_availability",
        client="ServiceBusManagementService",
        method="GET",
        path="/{subscription_id}/services/serviceBus/CheckNamespaceAvailability/",
        query=("namespace",),
        params=("name",),
        x_ms_version="2012-03-01",
        is_async=False,
        doc="Tells whether a namespace name is free to be created (names are global to Azure).",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="The namespace name to check.",
            ),
        ),
        cli_group="namespace",
        cli_command="check-availability",
        response_shape="NamespaceAvailabilityEntry",
    ),
    "list_queues": OperationInfo(
        name="list_queues",
        client="ServiceBusManagementService",
        method="GET",
        path="/{subscription_id}/services/serviceBus/Namespaces/{name}/Queues",
        query=(),
        params=("name",),
        x_ms_version="2012-03-01",
        is_async=False,
        doc="Lists the queues of a Service Bus namespace.",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the Service Bus namespace.",
                in_path=True,
            ),
        ),
        cli_group="queue",
        cli_command="list",
        response_shape="QueueFeed",
    ),
    "list_topics": OperationInfo(
        name="list_topics",
        client="ServiceBusManagementService",
        method="GET",
        path="/{subscription_id}/services/serviceBus/Namespaces/{name}/Topics",
        query=(),
        params=("name",),
        x_ms_version="2012-03-01",
        is_async=False,
        doc="Lists the topics of a Service Bus namespace.",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the Service Bus namespace.",
                in_path=True,
            ),
        ),
        cli_group="topic",
        cli_command="list",
        response_shape="TopicFeed",
    ),
    "list_notification_hubs": OperationInfo(
        name="list_notification_hubs",
        client="ServiceBusManagementService",
        method="GET",
        path="/{subscription_id}/services/serviceBus/Namespaces/{name}/NotificationHubs",
        query=(),
        params=("name",),
        x_ms_version="2012-03-01",
        is_async=False,
        doc="Lists the notification hubs of a Service Bus namespace.",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the Service Bus namespace.",
                in_path=True,
            ),
        ),
        cli_group="notification-hub",
        cli_command="list",
        response_shape="NotificationHubFeed",
    ),
    "list_relays": OperationInfo(
        name="list_relays",
        client="ServiceBusManagementService",
        method="GET",
        path="/{subscription_id}/services/serviceBus/Namespaces/{name}/Relays",
        query=(),
        params=("name",),
        x_ms_version="2012-03-01",
        is_async=False,
        doc="Lists the relays of a Service Bus namespace.",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the Service Bus namespace.",
                in_path=True,
            ),
        ),
        cli_group="relay",
        cli_command="list",
        response_shape="RelayFeed",
    ),
    "get_supported_metrics_queue": OperationInfo(
        name="get_supported_metrics_queue",
        client="ServiceBusManagementService",
        method="GET",
        path="/{subscription_id}/services/serviceBus/Namespaces/{name}/Queues/{queue_name}/Metrics",
        query=(),
        params=(
            "name",
            "queue_name",
        ),
        x_ms_version="2012-03-01",
        is_async=False,
        doc="Lists the metrics Service Bus records for a queue (name, unit, aggregation).",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the Service Bus namespace.",
                in_path=True,
            ),
            ParamInfo(
                name="queue_name",
                type="string",
                required=True,
                doc="Name of the queue.",
                in_path=True,
            ),
        ),
        cli_group="queue",
        cli_command="get-supported-metrics",
        response_shape="MetricPropertiesFeed",
    ),
    "get_supported_metrics_topic": OperationInfo(
        name="get_supported_metrics_topic",
        client="ServiceBusManagementService",
        method="GET",
        path="/{subscription_id}/services/serviceBus/Namespaces/{name}/Topics/{topic_name}/Metrics",
        query=(),
        params=(
            "name",
            "topic_name",
        ),
        x_ms_version="2012-03-01",
        is_async=False,
        doc="Lists the metrics Service Bus records for a topic (name, unit, aggregation).",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the Service Bus namespace.",
                in_path=True,
            ),
            ParamInfo(
                name="topic_name",
                type="string",
                required=True,
                doc="Name of the topic.",
                in_path=True,
            ),
        ),
        cli_group="topic",
        cli_command="get-supported-metrics",
        response_shape="MetricPropertiesFeed",
    ),
    "get_supported_metrics_notification_hub": OperationInfo(
        name="get_supported_metrics_notification_hub",
        client="ServiceBusManagementService",
        method="GET",
        path="/{subscription_id}/services/serviceBus/Namespaces/{name}/"
        "NotificationHubs/{hub_name}/Metrics",
        query=(),
        params=(
            "name",
            "hub_name",
        ),
        x_ms_version="2012-03-01",
        is_async=False,
        doc="Lists the metrics Service Bus records for a notification "
        "hub (name, unit, aggregation).",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the Service Bus namespace.",
                in_path=True,
            ),
            ParamInfo(
                name="hub_name",
                type="string",
                required=True,
                doc="Name of the notification hub.",
                in_path=True,
            ),
        ),
        cli_group="notification-hub",
        cli_command="get-supported-metrics",
        response_shape="MetricPropertiesFeed",
    ),
    "get_supported_metrics_relay": OperationInfo(
        name="get_supported_metrics_relay",
        client="ServiceBusManagementService",
        method="GET",
        path="/{subscription_id}/services/serviceBus/Namespaces/{name}/Relays/{relay_name}/Metrics",
        query=(),
        params=(
            "name",
            "relay_name",
        ),
        x_ms_version="2012-03-01",
        is_async=False,
        doc="Lists the metrics Service Bus records for a relay (name, unit, aggregation).",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the Service Bus namespace.",
                in_path=True,
            ),
            ParamInfo(
                name="relay_name",
                type="string",
                required=True,
                doc="Name of the relay.",
                in_path=True,
            ),
        ),
        cli_group="relay",
        cli_command="get-supported-metrics",
        response_shape="MetricPropertiesFeed",
    ),
    "get_metrics_data_queue": OperationInfo(
        name="get_metrics_data_queue",
        client="ServiceBusManagementService",
        method="GET",
        path="/{subscription_id}/services/serviceBus/Namespaces/{name}/"
        "Queues/{queue_name}/Metrics/{metric}/Rollups/{rollup}/Values",
        query=("$filter",),
        params=(
            "name",
            "queue_name",
            "metric",
            "rollup",
            "filter_expresssion",
        ),
        x_ms_version="2012-03-01",
        is_async=False,
        doc="Returns the values of one metric of a queue at one rollup "
        "(time grain), filtered by an OData expression on their "
        "timestamps.",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the Service Bus namespace.",
                in_path=True,
            ),
            ParamInfo(
                name="queue_name",
                type="string",
                required=True,
                doc="Name of the queue.",
                in_path=True,
            ),
            ParamInfo(
                name="metric",
                type="string",
                required=True,
                doc="Name of the metric, as `get_supported_metrics_*` lists it (`incoming`).",
                in_path=True,
            ),
            ParamInfo(
                name="rollup",
                type="string",
                required=True,
                doc="Time grain of the values, as `get_metrics_rollups_*` lists it (`PT5M`).",
                in_path=True,
            ),
            ParamInfo(
                name="filter_expresssion",
                type="string",
                required=True,
                doc="OData filter on the values, sent as the `$filter` query "
                "parameter: the expression only, e.g. `Timestamp gt "
                "datetime'2014-10-01T00:00:00Z'` (the reference package took "
                "a whole query string starting `$filter=`; that form is "
                "refused). The parameter name keeps the reference's spelling.",
            ),
        ),
        cli_group="queue",
        cli_command="get-metrics-data",
        response_shape="MetricValuesFeed",
    ),
    "get_metrics_data_topic": OperationInfo(
        name="get_metrics_data_topic",
        client="ServiceBusManagementService",
        method="GET",
        path="/{subscription_id}/services/serviceBus/Namespaces/{name}/"
        "Topics/{topic_name}/Metrics/{metric}/Rollups/{rollup}/Values",
        query=("$filter",),
        params=(
            "name",
            "topic_name",
            "metric",
            "rollup",
            "filter_expresssion",
        ),
        x_ms_version="2012-03-01",
        is_async=False,
        doc="Returns the values of one metric of a topic at one rollup "
        "(time grain), filtered by an OData expression on their "
        "timestamps.",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the Service Bus namespace.",
                in_path=True,
            ),
            ParamInfo(
                name="topic_name",
                type="string",
                required=True,
                doc="Name of the topic.",
                in_path=True,
            ),
            ParamInfo(
                name="metric",
                type="string",
                required=True,
                doc="Name of the metric, as `get_supported_metrics_*` lists it (`incoming`).",
                in_path=True,
            ),
            ParamInfo(
                name="rollup",
                type="string",
                required=True,
                doc="Time grain of the values, as `get_metrics_rollups_*` lists it (`PT5M`).",
                in_path=True,
            ),
            ParamInfo(
                name="filter_expresssion",
                type="string",
                required=True,
                doc="OData filter on the values, sent as the `$filter` query "
                "parameter: the expression only, e.g. `Timestamp gt "
                "datetime'2014-10-01T00:00:00Z'` (the reference package took "
                "a whole query string starting `$filter=`; that form is "
                "refused). The parameter name keeps the reference's spelling.",
            ),
        ),
        cli_group="topic",
        cli_command="get-metrics-data",
        response_shape="MetricValuesFeed",
    ),
    "get_metrics_data_notification_hub": OperationInfo(
        name="get_metrics_data_notification_hub",
        client="ServiceBusManagementService",
        method="GET",
        path="/{subscription_id}/services/serviceBus/Namespaces/{name}/"
        "NotificationHubs/{hub_name}/Metrics/{metric}/Rollups/"
        "{rollup}/Values",
        query=("$filter",),
        params=(
            "name",
            "hub_name",
            "metric",
            "rollup",
            "filter_expresssion",
        ),
        x_ms_version="2012-03-01",
        is_async=False,
        doc="Returns the values of one metric of a notification hub at "
        "one rollup (time grain), filtered by an OData expression on "
        "their timestamps.",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the Service Bus namespace.",
                in_path=True,
            ),
            ParamInfo(
                name="hub_name",
                type="string",
                required=True,
                doc="Name of the notification hub.",
                in_path=True,
            ),
            ParamInfo(
                name="metric",
                type="string",
                required=True,
                doc="Name of the metric, as `get_supported_metrics_*` lists it (`incoming`).",
                in_path=True,
            ),
            ParamInfo(
                name="rollup",
                type="string",
                required=True,
                doc="Time grain of the values, as `get_metrics_rollups_*` lists it (`PT5M`).",
                in_path=True,
            ),
            ParamInfo(
                name="filter_expresssion",
                type="string",
                required=True,
                doc="OData filter on the values, sent as the `$filter` query "
                "parameter: the expression only, e.g. `Timestamp gt "
                "datetime'2014-10-01T00:00:00Z'` (the reference package took "
                "a whole query string starting `$filter=`; that form is "
                "refused). The parameter name keeps the reference's spelling.",
            ),
        ),
        cli_group="notification-hub",
        cli_command="get-metrics-data",
        response_shape="MetricValuesFeed",
    ),
    "get_metrics_data_relay": OperationInfo(
        name="get_metrics_data_relay",
        client="ServiceBusManagementService",
        method="GET",
        path="/{subscription_id}/services/serviceBus/Namespaces/{name}/"
        "Relays/{relay_name}/Metrics/{metric}/Rollups/{rollup}/Values",
        query=("$filter",),
        params=(
            "name",
            "relay_name",
            "metric",
            "rollup",
            "filter_expresssion",
        ),
        x_ms_version="2012-03-01",
        is_async=False,
        doc="Returns the values of one metric of a relay at one rollup "
        "(time grain), filtered by an OData expression on their "
        "timestamps.",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the Service Bus namespace.",
                in_path=True,
            ),
            ParamInfo(
                name="relay_name",
                type="string",
                required=True,
                doc="Name of the relay.",
                in_path=True,
            ),
            ParamInfo(
                name="metric",
                type="string",
                required=True,
                doc="Name of the metric, as `get_supported_metrics_*` lists it (`incoming`).",
                in_path=True,
            ),
            ParamInfo(
                name="rollup",
                type="string",
                required=True,
                doc="Time grain of the values, as `get_metrics_rollups_*` lists it (`PT5M`).",
                in_path=True,
            ),
            ParamInfo(
                name="filter_expresssion",
                type="string",
                required=True,
                doc="OData filter on the values, sent as the `$filter` query "
                "parameter: the expression only, e.g. `Timestamp gt "
                "datetime'2014-10-01T00:00:00Z'` (the reference package took "
                "a whole query string starting `$filter=`; that form is "
                "refused). The parameter name keeps the reference's spelling.",
            ),
        ),
        cli_group="relay",
        cli_command="get-metrics-data",
        response_shape="MetricValuesFeed",
    ),
    "get_metrics_rollups_queue": OperationInfo(
        name="get_metrics_rollups_queue",
        client="ServiceBusManagementService",
        method="GET",
        path="/{subscription_id}/services/serviceBus/Namespaces/{name}/"
        "Queues/{queue_name}/Metrics/{metric}/Rollups",
        query=(),
        params=(
            "name",
            "queue_name",
            "metric",
        ),
        x_ms_version="2012-03-01",
        is_async=False,
        doc="Lists the time grains one metric of a queue is kept at, with how long each is kept.",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the Service Bus namespace.",
                in_path=True,
            ),
            ParamInfo(
                name="queue_name",
                type="string",
                required=True,
                doc="Name of the queue.",
                in_path=True,
            ),
            ParamInfo(
                name="metric",
                type="string",
                required=True,
                doc="Name of the metric, as `get_supported_metrics_*` lists it (`incoming`).",
                in_path=True,
            ),
        ),
        cli_group="queue",
        cli_command="get-metrics-rollups",
        response_shape="MetricRollupsFeed",
    ),
    "get_metrics_rollups_topic": OperationInfo(
        name="get_metrics_rollups_topic",
        client="ServiceBusManagementService",
        method="GET",
        path="/{subscription_id}/services/serviceBus/Namespaces/{name}/"
        "Topics/{topic_name}/Metrics/{metric}/Rollups",
        query=(),
        params=(
            "name",
            "topic_name",
            "metric",
        ),
        x_ms_version="2012-03-01",
        is_async=False,
        doc="Lists the time grains one metric of a topic is kept at, with how long each is kept.",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the Service Bus namespace.",
                in_path=True,
            ),
            ParamInfo(
                name="topic_name",
                type="string",
                required=True,
                doc="Name of the topic.",
                in_path=True,
            ),
            ParamInfo(
                name="metric",
                type="string",
                required=True,
                doc="Name of the metric, as `get_supported_metrics_*` lists it (`incoming`).",
                in_path=True,
            ),
        ),
        cli_group="topic",
        cli_command="get-metrics-rollups",
        response_shape="MetricRollupsFeed",
    ),
    "get_metrics_rollups_notification_hub": OperationInfo(
        name="get_metrics_rollups_notification_hub",
        client="ServiceBusManagementService",
        method="GET",
        path="/{subscription_id}/services/serviceBus/Namespaces/{name}/"
        "NotificationHubs/{hub_name}/Metrics/{metric}/Rollups",
        query=(),
        params=(
            "name",
            "hub_name",
            "metric",
        ),
        x_ms_version="2012-03-01",
        is_async=False,
        doc="Lists the time grains one metric of a notification hub is "
        "kept at, with how long each is kept.",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the Service Bus namespace.",
                in_path=True,
            ),
            ParamInfo(
                name="hub_name",
                type="string",
                required=True,
                doc="Name of the notification hub.",
                in_path=True,
            ),
            ParamInfo(
                name="metric",
                type="string",
                required=True,
                doc="Name of the metric, as `get_supported_metrics_*` lists it (`incoming`).",
                in_path=True,
            ),
        ),
        cli_group="notification-hub",
        cli_command="get-metrics-rollups",
        response_shape="MetricRollupsFeed",
    ),
    "get_metrics_rollups_relay": OperationInfo(
        name="get_metrics_rollups_relay",
        client="ServiceBusManagementService",
        method="GET",
        path="/{subscription_id}/services/serviceBus/Namespaces/{name}/"
        "Relays/{relay_name}/Metrics/{metric}/Rollups",
        query=(),
        params=(
            "name",
            "relay_name",
            "metric",
        ),
        x_ms_version="2012-03-01",
        is_async=False,
        doc="Lists the time grains one metric of a relay is kept at, with how long each is kept.",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the Service Bus namespace.",
                in_path=True,
            ),
            ParamInfo(
                name="relay_name",
                type="string",
                required=True,
                doc="Name of the relay.",
                in_path=True,
            ),
            ParamInfo(
                name="metric",
                type="string",
                required=True,
                doc="Name of the metric, as `get_supported_metrics_*` lists it (`incoming`).",
                in_path=True,
            ),
        ),
        cli_group="relay",
        cli_command="get-metrics-rollups",
        response_shape="MetricRollupsFeed",
    ),
    "add_service_extension": OperationInfo(
        name="add_service_extension",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/extensions",
        query=(),
        params=(
            "service_name",
            "provider_namespace",
            "extension_type",
            "extension_id",
            "thumbprint",
            "thumbprint_algorithm",
            "public_configuration",
            "private_configuration",
            "version",
        ),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="Adds an extension to a cloud service, where its deployments "
        "can then enable it for some or all of their roles. The "
        "extension image (`provider_namespace` and `extension_type`) "
        "must be available to the subscription; `extension_id` names "
        "the extension within the service.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="provider_namespace",
                type="string",
                required=True,
                doc="Namespace of the extension's provider, e.g. "
                "`Microsoft.Windows.Azure.Extensions`.",
            ),
            ParamInfo(
                name="extension_type",
                type="string",
                required=True,
                doc="Type of the extension, e.g. `RDP`.",
            ),
            ParamInfo(
                name="extension_id",
                type="string",
                required=True,
                doc="Identifier of the extension in the service, e.g. `RDP-1` "
                "(unique per service).",
            ),
            ParamInfo(
                name="thumbprint",
                type="string",
                doc="Thumbprint of the service certificate that encrypts the "
                "private configuration.",
            ),
            ParamInfo(
                name="thumbprint_algorithm",
                type="string",
                doc="Algorithm of that thumbprint, e.g. `sha1`.",
            ),
            ParamInfo(
                name="public_configuration",
                type="base64text",
                doc="Public configuration of the extension (XML or JSON text; "
                "sent base64-encoded).",
            ),
            ParamInfo(
                name="private_configuration",
                type="base64text",
                doc="Private configuration (passwords, keys; sent base64-encoded, never returned).",
                secret=True,
            ),
            ParamInfo(
                name="version",
                type="string",
                doc="Version of the extension image, e.g. `1.*`; the latest when None.",
            ),
        ),
        cli_group="service-extension",
        cli_command="add",
        request_shape="ServiceExtensionInput",
        request_root="Extension",
    ),
    "get_service_extension": OperationInfo(
        name="get_service_extension",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/hostedservices/{service_name}/extensions/{extension_id}",
        query=(),
        params=(
            "service_name",
            "extension_id",
        ),
        x_ms_version="2017-01-01",
        is_async=False,
        doc="Returns an extension of a cloud service (without its private configuration).",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="extension_id",
                type="string",
                required=True,
                doc="Identifier of the extension in the service.",
                in_path=True,
            ),
        ),
        cli_group="service-extension",
        cli_command="get",
        response_shape="ServiceExtension",
    ),
    "list_service_extensions": OperationInfo(
        name="list_service_extensions",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/hostedservices/{service_name}/extensions",
        query=(),
        params=("service_name",),
        x_ms_version="2017-01-01",
        is_async=False,
        doc="Lists the extensions added to a cloud service.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
        ),
        cli_group="service-extension",
        cli_command="list",
        response_shape="ServiceExtension",
        response_is_list=True,
    ),
    "delete_service_extension": OperationInfo(
        name="delete_service_extension",
        client="ServiceManagementService",
        method="DELETE",
        path="/{subscription_id}/services/hostedservices/{service_name}/extensions/{extension_id}",
        query=(),
        params=(
            "service_name",
            "extension_id",
        ),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="Removes an extension from a cloud service.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="extension_id",
                type="string",
                required=True,
                doc="Identifier of the extension in the service.",
                in_path=True,
            ),
        ),
        cli_group="service-extension",
        cli_command="delete",
    ),
    "list_available_extensions": OperationInfo(
        name="list_available_extensions",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/extensions",
        query=(),
        params=(),
        x_ms_version="2017-01-01",
        is_async=False,
        doc="Lists the extension images cloud services can use, each in its latest version.",
        param_info=(),
        cli_group="available-extension",
        cli_command="list",
        response_shape="ExtensionImage",
        response_is_list=True,
    ),
    "list_extension_versions": OperationInfo(
        name="list_extension_versions",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/extensions/{provider_namespace}/{extension_type}",
        query=(),
        params=(
            "provider_namespace",
            "extension_type",
        ),
        x_ms_version="2017-01-01",
        is_async=False,
        doc="Lists every version of one extension image (an empty list for an unknown one).",
        param_info=(
            ParamInfo(
                name="provider_namespace",
                type="string",
                required=True,
                doc="Namespace of the extension's provider, e.g. "
                "`Microsoft.Windows.Azure.Extensions`.",
                in_path=True,
            ),
            ParamInfo(
                name="extension_type",
                type="string",
                required=True,
                doc="Type of the extension, e.g. `RDP`.",
                in_path=True,
            ),
        ),
        cli_group="extension-version",
        cli_command="list",
        response_shape="ExtensionImage",
        response_is_list=True,
    ),
    "list_publisher_extensions": OperationInfo(
        name="list_publisher_extensions",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/publisherextensions",
        query=(),
        params=(),
        x_ms_version="2017-01-01",
        is_async=False,
        doc="Lists the extension images the subscription has registered as their publisher.",
        param_info=(),
        cli_group="publisher-extension",
        cli_command="list",
        response_shape="ExtensionImage",
        response_is_list=True,
    ),
    "register_extension_image": OperationInfo(
        name="register_extension_image",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/extensions",
        query=(),
        params=("extension_image",),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="Registers a new extension image (one version of it), "
        "published by the subscription; it is listed by "
        "`list_publisher_extensions` and, unless internal, offered "
        "to every cloud service once registered.",
        param_info=(
            ParamInfo(
                name="extension_image",
                type="ExtensionImage",
                required=True,
                doc="The image: namespace, type and version, and what it needs and offers.",
                kind="shape",
            ),
        ),
        cli_group="extension-image",
        cli_command="register",
        request_shape="ExtensionImage",
        request_root="ExtensionImage",
    ),
    "update_extension_image": OperationInfo(
        name="update_extension_image",
        client="ServiceManagementService",
        method="PUT",
        path="/{subscription_id}/services/extensions",
        query=("action",),
        fixed_query=(("action", "update"),),
        params=("extension_image",),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="Replaces the description of a version of an extension image "
        "the subscription registered.",
        param_info=(
            ParamInfo(
                name="extension_image",
                type="ExtensionImage",
                required=True,
                doc="The image with its new description (namespace, type and version name it).",
                kind="shape",
            ),
        ),
        cli_group="extension-image",
        cli_command="update",
        request_shape="ExtensionImage",
        request_root="ExtensionImage",
    ),
    "unregister_extension_image": OperationInfo(
        name="unregister_extension_image",
        client="ServiceManagementService",
        method="DELETE",
        path="/{subscription_id}/services/extensions/{provider_namespace}/"
        "{extension_type}/{version}",
        query=(),
        params=(
            "provider_namespace",
            "extension_type",
            "version",
        ),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="Unregisters a version of an extension image the subscription registered.",
        param_info=(
            ParamInfo(
                name="provider_namespace",
                type="string",
                required=True,
                doc="Namespace of the extension's provider.",
                in_path=True,
            ),
            ParamInfo(
                name="extension_type",
                type="string",
                required=True,
                doc="Type of the extension.",
                in_path=True,
            ),
            ParamInfo(
                name="version",
                type="string",
                required=True,
                doc="The version to unregister.",
                in_path=True,
            ),
        ),
        cli_group="extension-image",
        cli_command="unregister",
    ),
    "get_sql_operation_status": OperationInfo(
        name="get_sql_operation_status",
        client="SqlDatabaseManagementService",
        method="GET",
        path="/{subscription_id}/operations/{request_id}",
        query=(),
        params=("request_id",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns the status of an asynchronous operation, given its "
        "request id. No SQL Database call is asynchronous; the "
        "request is the subscription's Get Operation Status, which "
        "the reference package offered on every client (the client's "
        "`get_operation_status`).",
        param_info=(
            ParamInfo(
                name="request_id",
                type="string",
                required=True,
                doc="The request id of the asynchronous operation.",
                in_path=True,
            ),
        ),
        cli_group="sql-operation-status",
        cli_command="get",
        response_shape="Operation",
    ),
    "create_server": OperationInfo(
        name="create_server",
        client="SqlDatabaseManagementService",
        method="POST",
        path="/{subscription_id}/services/sqlservers/servers",
        query=(),
        params=(
            "admin_login",
            "admin_password",
            "location",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Creates a new SQL Database server in a region. ASM chooses "
        "the server's name (ten lowercase letters and digits); it is "
        "returned with the server's fully qualified domain name "
        "(`<name>.database.windows.net`). The server is ready when "
        "the call returns.",
        param_info=(
            ParamInfo(
                name="admin_login",
                type="string",
                required=True,
                doc="Login name of the server administrator (1 to 128 "
                "characters; names such as `sa`, `admin`, `root` or `dbo` "
                "are refused by the service).",
            ),
            ParamInfo(
                name="admin_password",
                type="string",
                required=True,
                doc="Password of the server administrator: at least 8 characters "
                "holding characters of three of four kinds (uppercase, "
                "lowercase, digits, symbols), not containing the login name.",
                secret=True,
            ),
            ParamInfo(
                name="location",
                type="string",
                required=True,
                doc="Region of the new server (a location name such as `West "
                "US`, see list_locations).",
            ),
        ),
        cli_group="server",
        cli_command="create",
        request_shape="CreateServerInput",
        request_root="Server",
        response_shape="CreateServerResponse",
    ),
    "set_server_admin_password": OperationInfo(
        name="set_server_admin_password",
        client="SqlDatabaseManagementService",
        method="POST",
        path="/{subscription_id}/services/sqlservers/servers/{server_name}",
        query=("op",),
        fixed_query=(("op", "ResetPassword"),),
        params=(
            "server_name",
            "admin_password",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Replaces the administrator password of a server. The new "
        "password must meet the same complexity rules as at "
        "creation. Returns None once the password is changed.",
        param_info=(
            ParamInfo(
                name="server_name",
                type="string",
                required=True,
                doc="Name of the server.",
                in_path=True,
            ),
            ParamInfo(
                name="admin_password",
                type="string",
                required=True,
                doc="The new administrator password (at least 8 characters, "
                "three of the four kinds: uppercase, lowercase, digits, "
                "symbols).",
                secret=True,
            ),
        ),
        cli_group="server",
        cli_command="set-admin-password",
        request_shape="ServerAdminPasswordInput",
        request_root="AdministratorLoginPassword",
    ),
    "delete_server": OperationInfo(
        name="delete_server",
        client="SqlDatabaseManagementService",
        method="DELETE",
        path="/{subscription_id}/services/sqlservers/servers/{server_name}",
        query=(),
        params=("server_name",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Deletes a SQL Database server together with all its "
        "databases and firewall rules. The databases cannot be "
        "recovered afterwards. Returns None.",
        param_info=(
            ParamInfo(
                name="server_name",
                type="string",
                required=True,
                doc="Name of the server to delete.",
                in_path=True,
            ),
        ),
        cli_group="server",
        cli_command="delete",
    ),
    "list_servers": OperationInfo(
        name="list_servers",
        client="SqlDatabaseManagementService",
        method="GET",
        path="/{subscription_id}/services/sqlservers/servers",
        query=(),
        params=(),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the SQL Database servers of the subscription, with "
        "their login, region and domain name.",
        param_info=(),
        cli_group="server",
        cli_command="list",
        response_shape="Server",
        response_is_list=True,
    ),
    "list_quotas": OperationInfo(
        name="list_quotas",
        client="SqlDatabaseManagementService",
        method="GET",
        path="/{subscription_id}/services/sqlservers/servers/{server_name}/serverquotas",
        query=(),
        params=("server_name",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the quotas of a server (e.g. `server_dtu_quota`, the "
        "database throughput units the server's databases may use in "
        "total), each with its current value.",
        param_info=(
            ParamInfo(
                name="server_name",
                type="string",
                required=True,
                doc="Name of the server.",
                in_path=True,
            ),
        ),
        cli_group="server",
        cli_command="list-quotas",
        response_shape="ServerQuota",
        response_is_list=True,
    ),
    "get_server_event_logs": OperationInfo(
        name="get_server_event_logs",
        client="SqlDatabaseManagementService",
        method="GET",
        path="/{subscription_id}/services/sqlservers/servers/{server_name}/events",
        query=(
            "startDate",
            "intervalSizeInMinutes",
            "eventTypes",
        ),
        params=(
            "server_name",
            "start_date",
            "interval_size_in_minutes",
            "event_types",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns the event logs of a server (connections, deadlocks, "
        "throttling) for one interval starting at `start_date`, "
        "aggregated per database, event type and interval.",
        param_info=(
            ParamInfo(
                name="server_name",
                type="string",
                required=True,
                doc="Name of the server.",
                in_path=True,
            ),
            ParamInfo(
                name="start_date",
                type="string",
                required=True,
                doc="Start of the interval, in UTC, written `YYYY-MM-DD "
                "hh:mm:ss` (e.g. `2011-09-28 16:05:00`; the ISO 8601 `T` "
                "separator is accepted too).",
            ),
            ParamInfo(
                name="interval_size_in_minutes",
                type="int",
                required=True,
                doc="Length of the interval in minutes: 5, 60 or 1440.",
            ),
            ParamInfo(
                name="event_types",
                type="string",
                default="",
                doc="Kind of events to return: connection_successful, "
                "connection_failed, connection_terminated, deadlock, "
                "throttling or throttling_long_transaction; the empty string "
                "(the default) returns every kind.",
            ),
        ),
        cli_group="server",
        cli_command="get-event-logs",
        response_shape="EventLog",
        response_is_list=True,
    ),
    "create_firewall_rule": OperationInfo(
        name="create_firewall_rule",
        client="SqlDatabaseManagementService",
        method="POST",
        path="/{subscription_id}/services/sqlservers/servers/{server_name}/firewallrules",
        query=(),
        params=(
            "server_name",
            "name",
            "start_ip_address",
            "end_ip_address",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Creates a server-level firewall rule allowing connections "
        "from a range of IPv4 addresses (0.0.0.0 to 0.0.0.0 allows "
        "Azure services). Returns the new rule.",
        param_info=(
            ParamInfo(
                name="server_name",
                type="string",
                required=True,
                doc="Name of the server.",
                in_path=True,
            ),
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the new rule (unique on the server, up to 128 characters).",
            ),
            ParamInfo(
                name="start_ip_address",
                type="string",
                required=True,
                doc="First IPv4 address of the allowed range (`0.0.0.0` is the lowest).",
            ),
            ParamInfo(
                name="end_ip_address",
                type="string",
                required=True,
                doc="Last IPv4 address of the allowed range, not below the first "
                "(`255.255.255.255` is the highest).",
            ),
        ),
        cli_group="firewall-rule",
        cli_command="create",
        request_shape="FirewallRuleInput",
        request_root="ServiceResource",
        response_shape="FirewallRule",
    ),
    "update_firewall_rule": OperationInfo(
        name="update_firewall_rule",
        client="SqlDatabaseManagementService",
        method="PUT",
        path="/{subscription_id}/services/sqlservers/servers/{server_name}/firewallrules/{name}",
        query=(),
        params=(
            "server_name",
            "name",
            "start_ip_address",
            "end_ip_address",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Changes the address range of an existing server-level "
        "firewall rule. Returns the updated rule.",
        param_info=(
            ParamInfo(
                name="server_name",
                type="string",
                required=True,
                doc="Name of the server.",
                in_path=True,
            ),
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the rule to change.",
                in_path=True,
            ),
            ParamInfo(
                name="start_ip_address",
                type="string",
                required=True,
                doc="New first IPv4 address of the allowed range.",
            ),
            ParamInfo(
                name="end_ip_address",
                type="string",
                required=True,
                doc="New last IPv4 address of the allowed range.",
            ),
        ),
        cli_group="firewall-rule",
        cli_command="update",
        request_shape="FirewallRuleInput",
        request_root="ServiceResource",
        response_shape="FirewallRule",
    ),
    "delete_firewall_rule": OperationInfo(
        name="delete_firewall_rule",
        client="SqlDatabaseManagementService",
        method="DELETE",
        path="/{subscription_id}/services/sqlservers/servers/{server_name}/firewallrules/{name}",
        query=(),
        params=(
            "server_name",
            "name",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Deletes a server-level firewall rule. Returns None.",
        param_info=(
            ParamInfo(
                name="server_name",
                type="string",
                required=True,
                doc="Name of the server.",
                in_path=True,
            ),
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the rule to delete.",
                in_path=True,
            ),
        ),
        cli_group="firewall-rule",
        cli_command="delete",
    ),
    "list_firewall_rules": OperationInfo(
        name="list_firewall_rules",
        client="SqlDatabaseManagementService",
        method="GET",
        path="/{subscription_id}/services/sqlservers/servers/{server_name}/firewallrules",
        query=(),
        params=("server_name",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the server-level firewall rules of a server.",
        param_info=(
            ParamInfo(
                name="server_name",
                type="string",
                required=True,
                doc="Name of the server.",
                in_path=True,
            ),
        ),
        cli_group="firewall-rule",
        cli_command="list",
        response_shape="FirewallRule",
        response_is_list=True,
    ),
    "list_service_level_objectives": OperationInfo(
        name="list_service_level_objectives",
        client="SqlDatabaseManagementService",
        method="GET",
        path="/{subscription_id}/services/sqlservers/servers/{server_name}/serviceobjectives",
        query=(),
        params=("server_name",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the service level objectives (performance levels such "
        "as Basic, S0, S1, P1) a database of the server can be "
        "given; their `id` is what create_database and "
        "update_database take as `service_objective_id`.",
        param_info=(
            ParamInfo(
                name="server_name",
                type="string",
                required=True,
                doc="Name of the server.",
                in_path=True,
            ),
        ),
        cli_group="service-level-objective",
        cli_command="list",
        response_shape="ServiceObjective",
        response_is_list=True,
    ),
    "create_database": OperationInfo(
        name="create_database",
        client="SqlDatabaseManagementService",
        method="POST",
        path="/{subscription_id}/services/sqlservers/servers/{server_name}/databases",
        query=(),
        params=(
            "server_name",
            "name",
            "service_objective_id",
            "edition",
            "collation_name",
            "max_size_bytes",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Creates a database on a server with a service level "
        "objective and, optionally, an edition, a collation and a "
        "maximum size. Returns the new database.",
        param_info=(
            ParamInfo(
                name="server_name",
                type="string",
                required=True,
                doc="Name of the server.",
                in_path=True,
            ),
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the new database (up to 128 characters, unique on the server).",
            ),
            ParamInfo(
                name="service_objective_id",
                type="string",
                required=True,
                doc="Id (a GUID) of the performance level of the database, from "
                "list_service_level_objectives.",
            ),
            ParamInfo(
                name="edition",
                type="string",
                doc="Edition of the database: Basic, Standard or Premium (Web "
                "and Business are retired editions). None lets the service "
                "choose.",
                enum=(
                    "Web",
                    "Business",
                    "Basic",
                    "Standard",
                    "Premium",
                ),
            ),
            ParamInfo(
                name="collation_name",
                type="string",
                doc="Collation of the database (e.g. `SQL_Latin1_General_CP1_CI_AS`, the default).",
            ),
            ParamInfo(
                name="max_size_bytes",
                type="long",
                doc="Maximum size of the database in bytes, one of the sizes its "
                "edition allows (e.g. 2147483648 for 2 GB). None means the "
                "edition's default.",
            ),
        ),
        cli_group="database",
        cli_command="create",
        request_shape="CreateDatabaseInput",
        request_root="ServiceResource",
        response_shape="Database",
    ),
    "update_database": OperationInfo(
        name="update_database",
        client="SqlDatabaseManagementService",
        method="PUT",
        path="/{subscription_id}/services/sqlservers/servers/{server_name}/databases/{name}",
        query=(),
        params=(
            "server_name",
            "name",
            "new_database_name",
            "service_objective_id",
            "edition",
            "max_size_bytes",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Changes a database: renames it, or changes its edition, "
        "maximum size or service level objective. Arguments left "
        "None are not changed. Returns the updated database.",
        param_info=(
            ParamInfo(
                name="server_name",
                type="string",
                required=True,
                doc="Name of the server.",
                in_path=True,
            ),
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Current name of the database.",
                in_path=True,
            ),
            ParamInfo(
                name="new_database_name",
                type="string",
                doc="New name of the database; None keeps the current one.",
            ),
            ParamInfo(
                name="service_objective_id",
                type="string",
                doc="Id (a GUID) of the new performance level, from list_service_level_objectives.",
            ),
            ParamInfo(
                name="edition",
                type="string",
                doc="New edition: Basic, Standard or Premium (Web and Business are retired).",
                enum=(
                    "Web",
                    "Business",
                    "Basic",
                    "Standard",
                    "Premium",
                ),
            ),
            ParamInfo(
                name="max_size_bytes",
                type="long",
                doc="New maximum size in bytes, one of the sizes the edition allows.",
            ),
        ),
        cli_group="database",
        cli_command="update",
        request_shape="UpdateDatabaseInput",
        request_root="ServiceResource",
        response_shape="Database",
    ),
    "delete_database": OperationInfo(
        name="delete_database",
        client="SqlDatabaseManagementService",
        method="DELETE",
        path="/{subscription_id}/services/sqlservers/servers/{server_name}/databases/{name}",
        query=(),
        params=(
            "server_name",
            "name",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Deletes a database of a server. The `master` database "
        "cannot be deleted. Returns None.",
        param_info=(
            ParamInfo(
                name="server_name",
                type="string",
                required=True,
                doc="Name of the server.",
                in_path=True,
            ),
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the database to delete.",
                in_path=True,
            ),
        ),
        cli_group="database",
        cli_command="delete",
    ),
    "list_databases": OperationInfo(
        name="list_databases",
        client="SqlDatabaseManagementService",
        method="GET",
        path="/{subscription_id}/services/sqlservers/servers/{name}/databases",
        query=("contentview",),
        fixed_query=(("contentview", "generic"),),
        params=("name",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the databases of a server, including the `master` "
        "system database. (The argument is the server's name; it is "
        "called `name` as in the reference package.)",
        param_info=(
            ParamInfo(
                name="name",
                type="string",
                required=True,
                doc="Name of the server whose databases are listed.",
                in_path=True,
            ),
        ),
        cli_group="database",
        cli_command="list",
        response_shape="Database",
        response_is_list=True,
    ),
    "regenerate_storage_account_keys": OperationInfo(
        name="regenerate_storage_account_keys",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/storageservices/{service_name}/keys",
        query=("action",),
        fixed_query=(("action", "regenerate"),),
        params=(
            "service_name",
            "key_type",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Replaces the primary or the secondary access key of a "
        "storage account with a new random one and returns both keys "
        "(in `storage_service_keys`). Requests signed with the old "
        "key fail from then on. Synchronous.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the storage account.",
                in_path=True,
            ),
            ParamInfo(
                name="key_type",
                type="string",
                required=True,
                doc="Which key to replace: Primary or Secondary.",
                enum=(
                    "Primary",
                    "Secondary",
                ),
            ),
        ),
        cli_group="storage-account",
        cli_command="regenerate-keys",
        request_shape="RegenerateKeys",
        request_root="RegenerateKeys",
        response_shape="StorageService",
    ),
    "list_storage_accounts": OperationInfo(
        name="list_storage_accounts",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/storageservices",
        query=(),
        params=(),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the classic storage accounts of the subscription, "
        "with their properties but without their keys.",
        param_info=(),
        cli_group="storage-account",
        cli_command="list",
        response_shape="StorageService",
        response_is_list=True,
    ),
    "get_storage_account_properties": OperationInfo(
        name="get_storage_account_properties",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/storageservices/{service_name}",
        query=(),
        params=("service_name",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns the properties of one storage account (status, "
        "endpoints, replication, location or affinity group, label, "
        "extended properties). The access keys are not included; use "
        "get_storage_account_keys for them.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the storage account.",
                in_path=True,
            ),
        ),
        cli_group="storage-account",
        cli_command="get-properties",
        response_shape="StorageService",
    ),
    "get_storage_account_keys": OperationInfo(
        name="get_storage_account_keys",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/storageservices/{service_name}/keys",
        query=(),
        params=("service_name",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns the primary and secondary access keys of a storage "
        "account, in `storage_service_keys` of the returned "
        "StorageService (its properties blank).",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the storage account.",
                in_path=True,
            ),
        ),
        cli_group="storage-account",
        cli_command="get-keys",
        response_shape="StorageService",
    ),
    "create_storage_account": OperationInfo(
        name="create_storage_account",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/storageservices",
        query=(),
        params=(
            "service_name",
            "description",
            "label",
            "affinity_group",
            "location",
            "geo_replication_enabled",
            "extended_properties",
            "account_type",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Creates a classic storage account, placed either in a "
        "location or in an affinity group (exactly one of the two "
        "must be given). Returns an AsyncOperation; the account is "
        "usable once the operation has succeeded.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the new account: 3 to 24 lowercase letters and "
                "digits, unique across Azure (it becomes the host name "
                "`<name>.blob.core.windows.net`).",
            ),
            ParamInfo(
                name="description",
                type="string",
                required=True,
                doc="Free-text description of the account, up to 1024 characters "
                "(an empty string for none).",
            ),
            ParamInfo(
                name="label",
                type="base64text",
                required=True,
                doc="A friendly name for the account, up to 100 characters; sent base64-encoded.",
            ),
            ParamInfo(
                name="affinity_group",
                type="string",
                doc="Name of the affinity group to place the account in. Give "
                "either this or location.",
            ),
            ParamInfo(
                name="location",
                type="string",
                doc="Data center location of the account (e.g. `West US`, see "
                "list_locations). Give either this or affinity_group.",
            ),
            ParamInfo(
                name="geo_replication_enabled",
                type="bool",
                doc="Legacy switch kept working: False means account_type "
                "Standard_LRS (no geo-replication). ASM replaced the "
                "GeoReplicationEnabled element by AccountType (x-ms-version "
                "2014-06-01 and later), so prefer account_type.",
            ),
            ParamInfo(
                name="extended_properties",
                type="map",
                doc="Up to 50 custom name/value pairs stored with the account "
                "(names up to 64 characters, values up to 255).",
                kind="map",
            ),
            ParamInfo(
                name="account_type",
                type="string",
                default="Standard_GRS",
                doc="Redundancy of the account: Standard_LRS (locally "
                "redundant), Standard_ZRS (zone redundant), Standard_GRS "
                "(geo-redundant, the default), Standard_RAGRS (geo-redundant "
                "with read access to the secondary copy) or Premium_LRS "
                "(premium, locally redundant).",
                enum=(
                    "Standard_LRS",
                    "Standard_ZRS",
                    "Standard_GRS",
                    "Standard_RAGRS",
                    "Premium_LRS",
                ),
            ),
        ),
        cli_group="storage-account",
        cli_command="create",
        request_shape="CreateStorageServiceInput",
        request_root="CreateStorageServiceInput",
    ),
    "update_storage_account": OperationInfo(
        name="update_storage_account",
        client="ServiceManagementService",
        method="PUT",
        path="/{subscription_id}/services/storageservices/{service_name}",
        query=(),
        params=(
            "service_name",
            "description",
            "label",
            "geo_replication_enabled",
            "extended_properties",
            "account_type",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Changes the description, label, extended properties or "
        "account type of a storage account. Synchronous: returns "
        "None once the change is made. AccountType is sent only when "
        "given (the legacy SDK always sent Standard_GRS, silently "
        "converting accounts on a label change).",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the storage account.",
                in_path=True,
            ),
            ParamInfo(
                name="description",
                type="string",
                doc="New description, up to 1024 characters; None leaves it unchanged.",
            ),
            ParamInfo(
                name="label",
                type="base64text",
                doc="New friendly name, up to 100 characters (sent "
                "base64-encoded); None leaves it unchanged.",
            ),
            ParamInfo(
                name="geo_replication_enabled",
                type="bool",
                doc="Legacy switch kept working: False means account_type "
                "Standard_LRS (no geo-replication); prefer account_type.",
            ),
            ParamInfo(
                name="extended_properties",
                type="map",
                doc="Custom name/value pairs to add or change; pairs not named here are kept.",
                kind="map",
            ),
            ParamInfo(
                name="account_type",
                type="string",
                doc="Redundancy to give the account: Standard_LRS, Standard_GRS "
                "or Standard_RAGRS (zone redundant and premium accounts "
                "cannot be converted). None leaves it unchanged.",
                enum=(
                    "Standard_LRS",
                    "Standard_ZRS",
                    "Standard_GRS",
                    "Standard_RAGRS",
                    "Premium_LRS",
                ),
            ),
        ),
        cli_group="storage-account",
        cli_command="update",
        request_shape="UpdateStorageServiceInput",
        request_root="UpdateStorageServiceInput",
    ),
    "delete_storage_account": OperationInfo(
        name="delete_storage_account",
        client="ServiceManagementService",
        method="DELETE",
        path="/{subscription_id}/services/storageservices/{service_name}",
        query=(),
        params=("service_name",),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Deletes a storage account and all the data it holds. ASM "
        "refuses to delete an account whose blobs are still "
        "registered as disks or images. Returns an AsyncOperation.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the storage account to delete.",
                in_path=True,
            ),
        ),
        cli_group="storage-account",
        cli_command="delete",
    ),
    "check_storage_account_name_availability": OperationInfo(
        name="check_storage_account_name_availability",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/storageservices/operations/isavailable/{service_name}",
        query=(),
        params=("service_name",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Tells whether a storage account name is still free (the "
        "names are global across Azure): `result` is True when the "
        "name can be used, otherwise `reason` says why it cannot.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="The storage account name to check.",
                in_path=True,
            ),
        ),
        cli_group="storage-account",
        cli_command="check-name-availability",
        response_shape="AvailabilityResponse",
    ),
    "list_subscriptions": OperationInfo(
        name="list_subscriptions",
        client="ServiceManagementService",
        method="GET",
        path="/subscriptions",
        query=(),
        params=(),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the subscriptions that the client certificate is a "
        "management certificate of, with their quotas and current "
        "usage. The client's own subscription id is not used.",
        param_info=(),
        cli_group="subscription",
        cli_command="list",
        response_shape="Subscription",
        response_is_list=True,
    ),
    "get_subscription": OperationInfo(
        name="get_subscription",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}",
        query=(),
        params=(),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns the client's subscription: its name, status, "
        "administrators, quotas (cores, cloud services, storage "
        "accounts, virtual networks, reserved IPs) and how much of "
        "them is used.",
        param_info=(),
        cli_group="subscription",
        cli_command="get",
        response_shape="Subscription",
    ),
    "list_subscription_operations": OperationInfo(
        name="list_subscription_operations",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/operations",
        query=(
            "StartTime",
            "EndTime",
            "ObjectIdFilter",
            "OperationResultFilter",
            "ContinuationToken",
        ),
        params=(
            "start_time",
            "end_time",
            "object_id_filter",
            "operation_result_filter",
            "continuation_token",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the create, update and delete operations performed on "
        "the subscription during a time window (at most 90 days "
        "back), optionally only those on one object or with one "
        "outcome. ASM answers one page at a time: when "
        "`continuation_token` of the answer is set, pass it back to "
        "get the next page, or use `iter_subscription_operations`, "
        "which does so.",
        param_info=(
            ParamInfo(
                name="start_time",
                type="string",
                doc="Start of the window, UTC, as `2015-03-01` or "
                "`2015-03-01T16:30:00Z` (optionally with up to 7 digits of "
                "fraction). ASM requires it.",
            ),
            ParamInfo(
                name="end_time",
                type="string",
                doc="End of the window, in the same format as start_time. ASM requires it.",
            ),
            ParamInfo(
                name="object_id_filter",
                type="string",
                doc="Only operations on this object, given as its management "
                "path without the host, e.g. `/<subscription-id>/services/"
                "hostedservices/myservice`.",
            ),
            ParamInfo(
                name="operation_result_filter",
                type="string",
                doc="Only operations with this outcome: Succeeded, Failed or InProgress.",
                enum=(
                    "Succeeded",
                    "Failed",
                    "InProgress",
                ),
            ),
            ParamInfo(
                name="continuation_token",
                type="string",
                doc="The continuation_token of the previous page, to get the next one.",
            ),
        ),
        cli_group="subscription-operation",
        cli_command="list",
        response_shape="SubscriptionOperationCollection",
    ),
    "get_remote_desktop_file": OperationInfo(
        name="get_remote_desktop_file",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/roleinstances/"
        "{role_instance_name}/ModelFile",
        query=(),
        params=(
            "service_name",
            "deployment_name",
            "role_instance_name",
        ),
        x_ms_version="2017-01-01",
        is_async=False,
        doc="Returns the Remote Desktop (.rdp) file of a Windows virtual "
        "machine: its cloud service's address and the public port of "
        "its Remote Desktop endpoint (local port 3389).",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="role_instance_name",
                type="string",
                required=True,
                doc="Name of the virtual machine's instance.",
                in_path=True,
            ),
        ),
        cli_group="remote-desktop-file",
        cli_command="get",
    ),
    "redeploy_role": OperationInfo(
        name="redeploy_role",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/roleinstances/{role_name}/"
        "Operations",
        query=(),
        params=(
            "service_name",
            "deployment_name",
            "role_name",
        ),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="Moves a virtual machine to another host of the data center "
        "(for example when it cannot be reached), keeping its disks "
        "and configuration; it restarts there.",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="role_name",
                type="string",
                required=True,
                doc="Name of the virtual machine.",
                in_path=True,
            ),
        ),
        cli_group="role",
        cli_command="redeploy",
        request_shape="RedeployRoleOperation",
        request_root="RedeployRoleOperation",
    ),
    "perform_role_maintenance": OperationInfo(
        name="perform_role_maintenance",
        client="ServiceManagementService",
        method="POST",
        path="/{subscription_id}/services/hostedservices/{service_name}/"
        "deployments/{deployment_name}/roleinstances/{role_name}/"
        "Operations",
        query=(),
        params=(
            "service_name",
            "deployment_name",
            "role_name",
        ),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="Starts, ahead of schedule, the platform maintenance planned "
        "for a virtual machine (allowed only in the window its "
        "instance's maintenance status announces).",
        param_info=(
            ParamInfo(
                name="service_name",
                type="string",
                required=True,
                doc="Name of the cloud service.",
                in_path=True,
            ),
            ParamInfo(
                name="deployment_name",
                type="string",
                required=True,
                doc="Name of the deployment.",
                in_path=True,
            ),
            ParamInfo(
                name="role_name",
                type="string",
                required=True,
                doc="Name of the virtual machine.",
                in_path=True,
            ),
        ),
        cli_group="role",
        cli_command="perform-maintenance",
        request_shape="PerformMaintenanceOnRoleOperation",
        request_root="PerformMaintenanceOnRoleOperation",
    ),
    "replicate_vmimage": OperationInfo(
        name="replicate_vmimage",
        client="ServiceManagementService",
        method="PUT",
        path="/{subscription_id}/services/vmimages/{vm_image_name}/replicate",
        query=(),
        params=(
            "vm_image_name",
            "regions",
            "offer",
            "sku",
            "version",
        ),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="Replicates one of your VM images to other regions, as a "
        "version of an offer and SKU (the first step of publishing "
        "it), through `/services/vmimages`. Follow the progress with "
        "`get_vm_image_details`. Returns an AsyncOperation.",
        param_info=(
            ParamInfo(
                name="vm_image_name",
                type="string",
                required=True,
                doc="Name of the VM image to replicate.",
                in_path=True,
            ),
            ParamInfo(
                name="regions",
                type="list",
                required=True,
                doc="Locations to replicate the image to, e.g. `['West US', 'East US']`.",
                kind="list",
                item="string",
            ),
            ParamInfo(
                name="offer",
                type="string",
                required=True,
                doc="Publisher offer the image belongs to.",
            ),
            ParamInfo(
                name="sku",
                type="string",
                required=True,
                doc="SKU of the offer the image belongs to.",
            ),
            ParamInfo(
                name="version",
                type="string",
                required=True,
                doc="Version of the image within the SKU, as `major.minor.patch`.",
            ),
        ),
        cli_group="vmimage",
        cli_command="replicate",
        request_shape="ReplicationInput",
        request_root="ReplicationInput",
    ),
    "unreplicate_vmimage": OperationInfo(
        name="unreplicate_vmimage",
        client="ServiceManagementService",
        method="PUT",
        path="/{subscription_id}/services/vmimages/{vm_image_name}/unreplicate",
        query=(),
        params=("vm_image_name",),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="Removes the replicas of one of your VM images from every "
        "region except the one it was created in, through `/services/"
        "vmimages`. Returns an AsyncOperation.",
        param_info=(
            ParamInfo(
                name="vm_image_name",
                type="string",
                required=True,
                doc="Name of the replicated VM image.",
                in_path=True,
            ),
        ),
        cli_group="vmimage",
        cli_command="unreplicate",
    ),
    "share_vmimage": OperationInfo(
        name="share_vmimage",
        client="ServiceManagementService",
        method="PUT",
        path="/{subscription_id}/services/vmimages/{vm_image_name}/shareasync",
        query=("permission",),
        params=(
            "vm_image_name",
            "permission",
        ),
        x_ms_version="2017-01-01",
        is_async=True,
        doc="Shares one of your replicated VM images through `/services/"
        "vmimages`: Public (every subscription), MSDN (MSDN "
        "subscriptions) or Private (only yours again). Returns an "
        "AsyncOperation.",
        param_info=(
            ParamInfo(
                name="vm_image_name",
                type="string",
                required=True,
                doc="Name of the VM image to share.",
                in_path=True,
            ),
            ParamInfo(
                name="permission",
                type="string",
                required=True,
                doc="Public, Private or MSDN.",
                enum=(
                    "Public",
                    "Private",
                    "MSDN",
                ),
            ),
        ),
        cli_group="vmimage",
        cli_command="share",
    ),
    "get_vm_image_details": OperationInfo(
        name="get_vm_image_details",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/vmimages/{vm_image_name}/details",
        query=(),
        params=("vm_image_name",),
        x_ms_version="2017-01-01",
        is_async=False,
        doc="Returns a VM image with what publishing it involves: the "
        "progress of its replication per region, its sharing status "
        "and the offer, SKU and version it was replicated as.",
        param_info=(
            ParamInfo(
                name="vm_image_name",
                type="string",
                required=True,
                doc="Name of the VM image.",
                in_path=True,
            ),
        ),
        cli_group="vm-image",
        cli_command="get-details",
        response_shape="VMImageDetails",
    ),
    "list_vm_images": OperationInfo(
        name="list_vm_images",
        client="ServiceManagementService",
        method="GET",
        path="/{subscription_id}/services/vmimages",
        query=(
            "location",
            "publisher",
            "category",
        ),
        params=(
            "location",
            "publisher",
            "category",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the VM images available to the subscription (your "
        "captured images and published ones), optionally only those "
        "of a location, publisher or category.",
        param_info=(
            ParamInfo(
                name="location",
                type="string",
                doc="Only images available in this location, e.g. West US.",
            ),
            ParamInfo(
                name="publisher",
                type="string",
                doc="Only images of this publisher.",
            ),
            ParamInfo(
                name="category",
                type="string",
                doc="Only images of this category, e.g. User or Public.",
            ),
        ),
        cli_group="vm-image",
        cli_command="list",
        response_shape="VMImage",
        response_is_list=True,
    ),
    "delete_vm_image": OperationInfo(
        name="delete_vm_image",
        client="ServiceManagementService",
        method="DELETE",
        path="/{subscription_id}/services/vmimages/{vm_image_name}",
        query=("comp",),
        params=(
            "vm_image_name",
            "delete_vhd",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Deletes one of your VM images. With `delete_vhd=True` the "
        "VHD blobs of its disks are deleted as well.",
        param_info=(
            ParamInfo(
                name="vm_image_name",
                type="string",
                required=True,
                doc="Name of the VM image.",
                in_path=True,
            ),
            ParamInfo(
                name="delete_vhd",
                type="bool",
                default=False,
                doc="Also delete the VHD blobs of the image's disks (`comp=media`).",
            ),
        ),
        cli_group="vm-image",
        cli_command="delete",
    ),
    "get_website_operation_status": OperationInfo(
        name="get_website_operation_status",
        client="WebsiteManagementService",
        method="GET",
        path="/{subscription_id}/operations/{request_id}",
        query=(),
        params=("request_id",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns the status of an asynchronous Websites operation "
        "(update_site, restart_site), given the request id that "
        "started it. Same request as ServiceManagementService's "
        "get_operation_status.",
        param_info=(
            ParamInfo(
                name="request_id",
                type="string",
                required=True,
                doc="The request id of the asynchronous operation.",
                in_path=True,
            ),
        ),
        cli_group="website-operation-status",
        cli_command="get",
        response_shape="Operation",
    ),
    "list_webspaces": OperationInfo(
        name="list_webspaces",
        client="WebsiteManagementService",
        method="GET",
        path="/{subscription_id}/services/webspaces",
        query=(),
        params=(),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the webspaces of the subscription (one per region that holds sites).",
        param_info=(),
        cli_group="webspace",
        cli_command="list",
        response_shape="WebSpace",
        response_is_list=True,
    ),
    "get_webspace": OperationInfo(
        name="get_webspace",
        client="WebsiteManagementService",
        method="GET",
        path="/{subscription_id}/services/webspaces/{webspace_name}",
        query=(),
        params=("webspace_name",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns one webspace (its region, plan and status).",
        param_info=(
            ParamInfo(
                name="webspace_name",
                type="string",
                required=True,
                doc="Name of the webspace (e.g. `eastuswebspace`).",
                in_path=True,
            ),
        ),
        cli_group="webspace",
        cli_command="get",
        response_shape="WebSpace",
    ),
    "list_sites": OperationInfo(
        name="list_sites",
        client="WebsiteManagementService",
        method="GET",
        path="/{subscription_id}/services/webspaces/{webspace_name}/sites",
        query=(),
        params=("webspace_name",),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the sites of a webspace.",
        param_info=(
            ParamInfo(
                name="webspace_name",
                type="string",
                required=True,
                doc="Name of the webspace.",
                in_path=True,
            ),
        ),
        cli_group="site",
        cli_command="list",
        response_shape="Site",
        response_is_list=True,
    ),
    "get_site": OperationInfo(
        name="get_site",
        client="WebsiteManagementService",
        method="GET",
        path="/{subscription_id}/services/webspaces/{webspace_name}/sites/{website_name}",
        query=(),
        params=(
            "webspace_name",
            "website_name",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns one site with its host names, state and configuration summary.",
        param_info=(
            ParamInfo(
                name="webspace_name",
                type="string",
                required=True,
                doc="Name of the webspace.",
                in_path=True,
            ),
            ParamInfo(
                name="website_name",
                type="string",
                required=True,
                doc="Name of the site.",
                in_path=True,
            ),
        ),
        cli_group="site",
        cli_command="get",
        response_shape="Site",
    ),
    "create_site": OperationInfo(
        name="create_site",
        client="WebsiteManagementService",
        method="POST",
        path="/{subscription_id}/services/webspaces/{webspace_name}/sites",
        query=(),
        params=(
            "webspace_name",
            "website_name",
            "geo_region",
            "host_names",
            "plan",
            "compute_mode",
            "server_farm",
            "site_mode",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Creates a site, and its webspace when the region has none "
        "yet. Site names are global (they become "
        "`<name>.azurewebsites.net`). Synchronous: returns the new "
        "site.",
        param_info=(
            ParamInfo(
                name="webspace_name",
                type="string",
                required=True,
                doc="Name of the webspace to create the site in (e.g. "
                "`eastuswebspace`); created if missing.",
                in_path=True,
            ),
            ParamInfo(
                name="website_name",
                type="string",
                required=True,
                doc="Name of the new site: 2 to 60 letters, digits and hyphens, "
                "not starting or ending with a hyphen, unique across Azure.",
            ),
            ParamInfo(
                name="geo_region",
                type="string",
                required=True,
                doc="Region of the webspace that is created when missing (e.g. `East US`).",
            ),
            ParamInfo(
                name="host_names",
                type="list",
                required=True,
                doc="Host names of the site: `<website_name>.azurewebsites.net`, "
                "and custom domains for Shared and Standard sites.",
                kind="list",
                item="string",
            ),
            ParamInfo(
                name="plan",
                type="string",
                default="VirtualDedicatedPlan",
                doc="Plan of the webspace; the only value the service accepts is "
                "VirtualDedicatedPlan.",
                enum=("VirtualDedicatedPlan",),
            ),
            ParamInfo(
                name="compute_mode",
                type="string",
                default="Shared",
                doc="`Shared` (Free and Shared offerings) or `Dedicated` "
                "(Standard offering, which needs server_farm).",
                enum=(
                    "Shared",
                    "Dedicated",
                ),
            ),
            ParamInfo(
                name="server_farm",
                type="string",
                doc="Name of the server farm of a Dedicated site.",
            ),
            ParamInfo(
                name="site_mode",
                type="string",
                doc="`Limited` (Free offering) or `Basic` (Shared offering); "
                "None for Standard sites.",
                enum=(
                    "Limited",
                    "Basic",
                ),
            ),
        ),
        cli_group="site",
        cli_command="create",
        request_shape="CreateSiteInput",
        request_root="Site",
        response_shape="Site",
    ),
    "delete_site": OperationInfo(
        name="delete_site",
        client="WebsiteManagementService",
        method="DELETE",
        path="/{subscription_id}/services/webspaces/{webspace_name}/sites/{website_name}",
        query=(
            "deleteEmptyServerFarm",
            "deleteMetrics",
        ),
        params=(
            "webspace_name",
            "website_name",
            "delete_empty_server_farm",
            "delete_metrics",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Deletes a site. Synchronous: returns None once it is gone.",
        param_info=(
            ParamInfo(
                name="webspace_name",
                type="string",
                required=True,
                doc="Name of the webspace.",
                in_path=True,
            ),
            ParamInfo(
                name="website_name",
                type="string",
                required=True,
                doc="Name of the site to delete.",
                in_path=True,
            ),
            ParamInfo(
                name="delete_empty_server_farm",
                type="bool",
                default=False,
                doc="Also delete the site's server farm when this was its last site.",
            ),
            ParamInfo(
                name="delete_metrics",
                type="bool",
                default=False,
                doc="Also delete the site's usage metrics.",
            ),
        ),
        cli_group="site",
        cli_command="delete",
    ),
    "update_site": OperationInfo(
        name="update_site",
        client="WebsiteManagementService",
        method="PUT",
        path="/{subscription_id}/services/webspaces/{webspace_name}/sites/{website_name}",
        query=(),
        params=(
            "webspace_name",
            "website_name",
            "state",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Starts or stops a site by setting its state. Returns an "
        "AsyncOperation (the service answers with a request id to "
        "poll).",
        param_info=(
            ParamInfo(
                name="webspace_name",
                type="string",
                required=True,
                doc="Name of the webspace.",
                in_path=True,
            ),
            ParamInfo(
                name="website_name",
                type="string",
                required=True,
                doc="Name of the site.",
                in_path=True,
            ),
            ParamInfo(
                name="state",
                type="string",
                doc="The wanted state: `Running` or `Stopped`; None changes nothing.",
                enum=(
                    "Running",
                    "Stopped",
                ),
            ),
        ),
        cli_group="site",
        cli_command="update",
        request_shape="UpdateSiteInput",
        request_root="Site",
    ),
    "restart_site": OperationInfo(
        name="restart_site",
        client="WebsiteManagementService",
        method="POST",
        path="/{subscription_id}/services/webspaces/{webspace_name}/sites/{website_name}/restart/",
        query=(),
        params=(
            "webspace_name",
            "website_name",
        ),
        x_ms_version="2014-10-01",
        is_async=True,
        doc="Restarts a site. Returns an AsyncOperation.",
        param_info=(
            ParamInfo(
                name="webspace_name",
                type="string",
                required=True,
                doc="Name of the webspace.",
                in_path=True,
            ),
            ParamInfo(
                name="website_name",
                type="string",
                required=True,
                doc="Name of the site to restart.",
                in_path=True,
            ),
        ),
        cli_group="site",
        cli_command="restart",
    ),
    "get_historical_usage_metrics": OperationInfo(
        name="get_historical_usage_metrics",
        client="WebsiteManagementService",
        method="GET",
        path="/{subscription_id}/services/webspaces/{webspace_name}/sites/{website_name}/metrics/",
        query=(
            "names",
            "StartTime",
            "EndTime",
            "TimeGrain",
        ),
        params=(
            "webspace_name",
            "website_name",
            "metrics",
            "start_time",
            "end_time",
            "time_grain",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns usage metrics of a site (CPU time, requests, bytes "
        "sent, HTTP status counts, ...) over a time range, one "
        "MetricResponse per metric.",
        param_info=(
            ParamInfo(
                name="webspace_name",
                type="string",
                required=True,
                doc="Name of the webspace.",
                in_path=True,
            ),
            ParamInfo(
                name="website_name",
                type="string",
                required=True,
                doc="Name of the site.",
                in_path=True,
            ),
            ParamInfo(
                name="metrics",
                type="string",
                doc="Comma-separated names of the metrics to return (e.g. "
                "`CpuTime,Requests`; see get_metric_definitions); None "
                "returns every metric.",
            ),
            ParamInfo(
                name="start_time",
                type="string",
                doc="Start of the range, ISO 8601 (e.g. `2015-07-01T00:00:00Z`); "
                "None means the start of the current hour.",
            ),
            ParamInfo(
                name="end_time",
                type="string",
                doc="End of the range, ISO 8601; None means now.",
            ),
            ParamInfo(
                name="time_grain",
                type="string",
                doc="Rollup of the samples, an ISO 8601 duration (`PT1M`, "
                "`PT1H`, `P1D`); None means the metric's default.",
            ),
        ),
        cli_group="site",
        cli_command="get-historical-usage-metrics",
        response_shape="MetricResponse",
        response_is_list=True,
    ),
    "get_metric_definitions": OperationInfo(
        name="get_metric_definitions",
        client="WebsiteManagementService",
        method="GET",
        path="/{subscription_id}/services/webspaces/{webspace_name}/sites/"
        "{website_name}/metricdefinitions/",
        query=(),
        params=(
            "webspace_name",
            "website_name",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Lists the metrics available for a site, with their unit and "
        "the rollups kept for each.",
        param_info=(
            ParamInfo(
                name="webspace_name",
                type="string",
                required=True,
                doc="Name of the webspace.",
                in_path=True,
            ),
            ParamInfo(
                name="website_name",
                type="string",
                required=True,
                doc="Name of the site.",
                in_path=True,
            ),
        ),
        cli_group="site",
        cli_command="get-metric-definitions",
        response_shape="MetricDefinition",
        response_is_list=True,
    ),
    "get_publish_profile_xml": OperationInfo(
        name="get_publish_profile_xml",
        client="WebsiteManagementService",
        method="GET",
        path="/{subscription_id}/services/webspaces/{webspace_name}/sites/"
        "{website_name}/publishxml/",
        query=(),
        params=(
            "webspace_name",
            "website_name",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns the publish profile document of a site "
        "(`<publishData>`, the file Visual Studio and WebDeploy "
        "import) as text. It holds deployment passwords: keep it "
        "secret.",
        param_info=(
            ParamInfo(
                name="webspace_name",
                type="string",
                required=True,
                doc="Name of the webspace.",
                in_path=True,
            ),
            ParamInfo(
                name="website_name",
                type="string",
                required=True,
                doc="Name of the site.",
                in_path=True,
            ),
        ),
        cli_group="site",
        cli_command="get-publish-profile-xml",
    ),
    "get_publish_profile": OperationInfo(
        name="get_publish_profile",
        client="WebsiteManagementService",
        method="GET",
        path="/{subscription_id}/services/webspaces/{webspace_name}/sites/"
        "{website_name}/publishxml/",
        query=(),
        params=(
            "webspace_name",
            "website_name",
        ),
        x_ms_version="2014-10-01",
        is_async=False,
        doc="Returns the publish profiles of a site (Web Deploy and FTP "
        "endpoints with their credentials) read into PublishData. "
        "The passwords are secret fields.",
        param_info=(
            ParamInfo(
                name="webspace_name",
                type="string",
                required=True,
                doc="Name of the webspace.",
                in_path=True,
            ),
            ParamInfo(
                name="website_name",
                type="string",
                required=True,
                doc="Name of the site.",
                in_path=True,
            ),
        ),
        cli_group="site",
        cli_command="get-publish-profile",
        response_shape="PublishData",
    ),
}

#: (parent element, element) local names of the spec's secret members (passwords, keys,
#: certificate data): what a tool keeping XML documents must blank out. ``@Name`` is an
#: attribute of the parent, ``#text`` its text.
SECRET_ELEMENTS: frozenset[tuple[str, str]] = frozenset(
    {
        ("AdministratorLoginPassword", "#text"),
        ("AuthorizationRule", "PrimaryKey"),
        ("AuthorizationRule", "SecondaryKey"),
        ("Certificate", "Data"),
        ("Certificate", "Password"),
        ("Certificate", "PfxBlob"),
        ("CertificateFile", "Data"),
        ("CertificateFile", "Password"),
        ("ChangeConfiguration", "Configuration"),
        ("ComponentSetting", "Content"),
        ("ConfigurationSet", "AdminPassword"),
        ("ConfigurationSet", "CustomData"),
        ("ConfigurationSet", "UserPassword"),
        ("ConnStringInfo", "ConnectionString"),
        ("CreateDeployment", "Configuration"),
        ("Credentials", "Password"),
        ("Csr", "Password"),
        ("Csr", "PfxBlob"),
        ("Deployment", "Configuration"),
        ("Extension", "PrivateConfiguration"),
        ("NamespaceDescription", "ConnectionString"),
        ("NamespaceDescription", "DefaultKey"),
        ("ProvisioningConfiguration", "AdminPassword"),
        ("ProvisioningConfiguration", "CustomData"),
        ("ProvisioningConfiguration", "UserPassword"),
        ("ResourceExtensionParameterValue", "Value"),
        ("Server", "AdministratorLoginPassword"),
        ("SiteConfig", "PublishingPassword"),
        ("StorageServiceKeys", "Primary"),
        ("StorageServiceKeys", "Secondary"),
        ("SubscriptionCertificate", "SubscriptionCertificateData"),
        ("UpgradeDeployment", "Configuration"),
        ("add", "@connectionString"),
        ("publishProfile", "@SQLServerDBConnectionString"),
        ("publishProfile", "@mySQLDBConnectionString"),
        ("publishProfile", "@userPWD"),
    }
)

#: Default columns of the ``asm`` command line's tables, by shape name: attribute paths of the
#: shape's models (``a.b`` is attribute ``b`` of attribute ``a``), from the spec's ``columns``.
TABLE_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "AffinityGroup": (
        "name",
        "label",
        "location",
        "created_time",
    ),
    "Certificate": (
        "thumbprint",
        "thumbprint_algorithm",
        "certificate_url",
    ),
    "SubscriptionCertificate": (
        "subscription_certificate_thumbprint",
        "created",
    ),
    "RebootEvent": (
        "role_name",
        "instance_name",
        "reboot_reason",
        "reboot_start_time",
    ),
    "Disk": (
        "name",
        "os",
        "logical_disk_size_in_gb",
        "location",
        "attached_to.hosted_service_name",
        "attached_to.role_name",
        "media_link",
    ),
    "HostedService": (
        "service_name",
        "hosted_service_properties.label",
        "hosted_service_properties.location",
        "hosted_service_properties.affinity_group",
        "hosted_service_properties.status",
    ),
    "Location": (
        "name",
        "display_name",
        "available_services",
    ),
    "MigrationValidationMessage": (
        "category",
        "resource_type",
        "resource_name",
        "message",
    ),
    "ReservedIP": (
        "name",
        "address",
        "location",
        "state",
        "in_use",
        "service_name",
    ),
    "VirtualNetworkSite": (
        "name",
        "location",
        "affinity_group",
        "state",
        "in_use",
    ),
    "OperatingSystem": (
        "version",
        "family",
        "family_label",
        "is_default",
        "is_active",
    ),
    "OperatingSystemFamily": (
        "name",
        "label",
    ),
    "OSImage": (
        "name",
        "os",
        "category",
        "label",
        "logical_size_in_gb",
        "published_date",
    ),
    "ResourceExtension": (
        "publisher",
        "name",
        "version",
        "label",
    ),
    "RoleSize": (
        "name",
        "label",
        "cores",
        "memory_in_mb",
        "max_data_disk_count",
    ),
    "CloudService": (
        "name",
        "label",
        "geo_region",
    ),
    "ServiceBusNamespaceEntry": (
        "content.namespace_description.name",
        "content.namespace_description.region",
        "content.namespace_description.status",
        "content.namespace_description.created_at",
    ),
    "QueueEntry": (
        "title",
        "content.queue_description.status",
        "content.queue_description.message_count",
        "content.queue_description.size_in_bytes",
        "content.queue_description.max_size_in_megabytes",
    ),
    "TopicEntry": (
        "title",
        "content.topic_description.status",
        "content.topic_description.subscription_count",
        "content.topic_description.size_in_bytes",
        "content.topic_description.max_size_in_megabytes",
    ),
    "NotificationHubEntry": (
        "title",
        "content.notification_hub_description.registration_ttl",
    ),
    "RelayEntry": (
        "title",
        "content.relay_description.relay_type",
        "content.relay_description.listener_count",
        "content.relay_description.created_at",
    ),
    "ServiceBusNamespace": (
        "name",
        "region",
        "status",
        "created_at",
    ),
    "QueueDescription": (
        "name",
        "status",
        "message_count",
        "size_in_bytes",
        "max_size_in_megabytes",
    ),
    "TopicDescription": (
        "name",
        "status",
        "subscription_count",
        "size_in_bytes",
        "max_size_in_megabytes",
    ),
    "NotificationHubDescription": (
        "name",
        "registration_ttl",
    ),
    "RelayDescription": (
        "name",
        "relay_type",
        "listener_count",
        "created_at",
    ),
    "ServiceExtension": (
        "id",
        "provider_namespace",
        "type",
        "version",
    ),
    "ExtensionImage": (
        "provider_namespace",
        "type",
        "version",
        "label",
    ),
    "Server": (
        "name",
        "location",
        "administrator_login",
        "fully_qualified_domain_name",
        "version",
        "state",
    ),
    "ServerQuota": (
        "name",
        "value",
        "state",
    ),
    "EventLog": (
        "start_time_utc",
        "database_name",
        "event_category",
        "event_type",
        "severity",
        "number_of_events",
        "description",
    ),
    "FirewallRule": (
        "name",
        "start_ip_address",
        "end_ip_address",
    ),
    "ServiceObjective": (
        "name",
        "id",
        "is_default",
        "enabled",
        "description",
    ),
    "Database": (
        "name",
        "edition",
        "max_size_gb",
        "collation_name",
        "creation_date",
        "state",
    ),
    "StorageService": (
        "service_name",
        "storage_service_properties.label",
        "storage_service_properties.location",
        "storage_service_properties.account_type",
        "storage_service_properties.status",
    ),
    "Subscription": (
        "subscription_id",
        "subscription_name",
        "subscription_status",
        "current_core_count",
        "max_core_count",
    ),
    "SubscriptionOperation": (
        "operation_id",
        "operation_name",
        "operation_status.status",
        "operation_started_time",
        "operation_completed_time",
        "operation_object_id",
    ),
    "VMImage": (
        "name",
        "category",
        "location",
        "os_disk_configuration.os",
        "created_time",
    ),
    "WebSpace": (
        "name",
        "geo_region",
        "plan",
        "status",
        "worker_size",
        "number_of_workers",
    ),
    "Site": (
        "name",
        "state",
        "host_names",
        "usage_state",
        "web_space",
    ),
    "MetricDefinition": (
        "name",
        "display_name",
        "unit",
        "primary_aggregation_type",
    ),
}

"""The server's codecs of each operation, by name.

Generated from `spec/` by `python -m codegen`: do not edit, change the spec and run
`make generate`.
"""

from __future__ import annotations

from collections.abc import Mapping

from azure_asm_emulator_codecs import deserializers, serializers
from azure_asm_runtime.catalog import ServerCodecs

#: The server's side of every operation of `azure_asm.catalog.OPERATIONS`, by name: the reader
#: of its XML request body and the writer of its XML response (None where there is none).
CODECS: Mapping[str, ServerCodecs] = {
    "list_widgets": ServerCodecs(
        write_response=serializers.serialize_widgets,
    ),
    "create_widget": ServerCodecs(
        read_request=deserializers.deserialize_create_widget,
    ),
    "list_events": ServerCodecs(
        write_response=serializers.serialize_event_page,
    ),
    "list_gadgets": ServerCodecs(
        write_response=serializers.serialize_gadget_feed,
    ),
    "get_gadget": ServerCodecs(
        write_response=serializers.serialize_gadget_entry,
    ),
    "list_quotas": ServerCodecs(
        write_response=serializers.serialize_service_resources_of_quota,
    ),
    "list_rules": ServerCodecs(
        write_response=serializers.serialize_service_resources_of_rule,
    ),
    "create_server": ServerCodecs(
        read_request=deserializers.deserialize_new_server,
        write_response=serializers.serialize_server_name,
    ),
    "put_job": ServerCodecs(),
    "get_profile_text": ServerCodecs(),
}

"""`Model.as_dict()` / `Model.from_dict()` (`azure_asm_runtime.modeldict`) on the generated models.

For every model shape, what `azure_asm.strategies` draws goes to JSON-ready data and back
unchanged; the cases below pin the data's form (None left out, datetimes, bytes, union
discriminators, secrets) and `from_dict`'s refusals.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

import azure_asm.models
from azure_asm import strategies
from azure_asm.models import (
    ConfigurationSet,
    ConfigurationSetInputEndpoint,
    CreateDeployment,
    LinuxConfigurationSet,
    NetworkConfigurationSet,
    PersistentVMRole,
    SubscriptionCertificate,
    WindowsConfigurationSet,
)
from tests.unit.strategies import STRUCTURES

FEW = settings(
    max_examples=10,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.mark.parametrize("shape", STRUCTURES, ids=lambda shape: shape.name)
def test_every_model_round_trips_through_json_ready_data(shape: Any) -> None:
    cls = getattr(azure_asm.models, shape.name)

    @FEW
    @given(strategies.for_model(cls))
    def check(value: Any) -> None:
        data = value.as_dict()
        assert cls.from_dict(json.loads(json.dumps(data))) == value
        assert cls.from_dict(value.as_dict(keep_none=True)) == value

    check()


def test_the_data_is_json_ready_and_leaves_none_out() -> None:
    when = datetime(2024, 5, 1, 12, 30, tzinfo=UTC)
    certificate = SubscriptionCertificate(subscription_certificate_thumbprint="AB12", created=when)
    assert certificate.as_dict() == {
        "subscription_certificate_thumbprint": "AB12",
        "created": "2024-05-01T12:30:00+00:00",
    }
    assert certificate.as_dict(keep_none=True) == {
        "subscription_certificate_public_key": None,
        "subscription_certificate_thumbprint": "AB12",
        "subscription_certificate_data": None,
        "created": "2024-05-01T12:30:00+00:00",
    }
    assert SubscriptionCertificate.from_dict(certificate.as_dict()).created == when


def test_a_none_the_constructor_would_not_give_back_is_kept() -> None:
    # start_deployment defaults to False: leaving None out would read back as False.
    deployment = CreateDeployment(name="d", start_deployment=None)
    assert deployment.as_dict()["start_deployment"] is None
    assert CreateDeployment.from_dict(deployment.as_dict()) == deployment
    assert CreateDeployment.from_dict({"name": "d"}).start_deployment is False


def test_secret_members_are_included() -> None:
    system = LinuxConfigurationSet(host_name="vm1", user_name="azure", user_password="s3cret!")
    assert system.as_dict()["user_password"] == "s3cret!"


def test_union_members_carry_and_are_read_by_their_discriminator() -> None:
    role = PersistentVMRole(
        role_name="vm1",
        configuration_sets=[
            LinuxConfigurationSet(host_name="vm1", user_name="azure"),
            NetworkConfigurationSet(
                input_endpoints=[ConfigurationSetInputEndpoint(name="ssh", protocol="tcp", port=22)]
            ),
        ],
    )
    data = role.as_dict()
    kinds = [item["configuration_set_type"] for item in data["configuration_sets"]]
    assert kinds == ["LinuxProvisioningConfiguration", "NetworkConfiguration"]
    assert data["configuration_sets"][1]["input_endpoints"][0]["port"] == 22

    back = PersistentVMRole.from_dict(data)
    assert back == role
    assert [type(item) for item in back.configuration_sets or []] == [
        LinuxConfigurationSet,
        NetworkConfigurationSet,
    ]

    data["configuration_sets"][0] = {
        "configuration_set_type": "WindowsProvisioningConfiguration",
        "admin_username": "azure",
    }
    windows = PersistentVMRole.from_dict(data).configuration_sets
    assert windows is not None and type(windows[0]) is WindowsConfigurationSet


def test_a_general_configuration_set_reads_back_as_the_set_it_names() -> None:
    general = ConfigurationSet()
    general.configuration_set_type = "NetworkConfiguration"
    assert ConfigurationSet.from_dict(general.as_dict()) == general
    role = PersistentVMRole.from_dict({"configuration_sets": [general.as_dict()]})
    assert role.configuration_sets is not None
    assert type(role.configuration_sets[0]) is NetworkConfigurationSet


def test_from_dict_refuses_unknown_keys_and_bad_values() -> None:
    with pytest.raises(ValueError, match="'colour'"):
        CreateDeployment.from_dict({"name": "d", "colour": "blue"})
    with pytest.raises(
        ValueError,
        match=r"configuration_sets\[0\]: LinuxConfigurationSet has no attribute 'hostname'",
    ):
        PersistentVMRole.from_dict(
            {
                "configuration_sets": [
                    {"configuration_set_type": "LinuxProvisioningConfiguration", "hostname": "x"}
                ]
            }
        )
    with pytest.raises(ValueError, match="'Nope' is not one of"):
        PersistentVMRole.from_dict({"configuration_sets": [{"configuration_set_type": "Nope"}]})
    with pytest.raises(ValueError, match="is not LinuxConfigurationSet's"):
        LinuxConfigurationSet.from_dict({"configuration_set_type": "NetworkConfiguration"})
    with pytest.raises(ValueError, match="ISO 8601"):
        SubscriptionCertificate.from_dict({"created": "yesterday"})
    with pytest.raises(ValueError, match="expected int"):
        ConfigurationSetInputEndpoint.from_dict({"port": "22"})

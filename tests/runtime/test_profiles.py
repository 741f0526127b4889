"""Credentials and settings from a profile of the config file, for the SDK's clients.

Precedence: an explicit argument, then the environment, then the profile (``profile=``, else
``AZURE_ASM_PROFILE``, else ``default``). The command line reads the same file through the
same module (`azure_asm_runtime.profiles`).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from azure_asm import SchedulerManagementService, ServiceManagementService
from azure_asm_cli import config as cli_config
from azure_asm_emulator.testing import AsmEmulator
from azure_asm_runtime import profiles
from azure_asm_runtime.client import DEFAULT_HOST
from azure_asm_runtime.http import HttpRequest, HttpResponse
from azure_asm_runtime.profiles import ProfileError

SUB_DEFAULT = "11111111-1111-1111-1111-111111111111"
SUB_WORK = "22222222-2222-2222-2222-222222222222"


class NullTransport:
    def send(self, request: HttpRequest, timeout: float | None = None) -> HttpResponse:
        raise AssertionError("nothing is sent in these tests")


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No setting from the machine running the tests; the config file is in tmp_path."""
    for name in list(os.environ):
        if name.startswith(("AZURE_ASM_", "AZURE_MANAGEMENT_")):
            monkeypatch.delenv(name)
    path = tmp_path / "config"
    monkeypatch.setenv("AZURE_ASM_CONFIG_FILE", str(path))
    return path


def write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


PROFILES = f"""\
[default]
subscription_id = {SUB_DEFAULT}
host = default.example:8443
max_attempts = 2

[profile work]
subscription_id = {SUB_WORK}
host = work.example:9443
ca_bundle = /etc/work-ca.pem
max_attempts = 4
"""


def test_the_default_profile_fills_in_what_is_not_given(clean_environment: Path) -> None:
    write(clean_environment, PROFILES)
    sms = ServiceManagementService(transport=NullTransport())
    assert (sms.subscription_id, sms.host) == (SUB_DEFAULT, "default.example:8443")
    assert sms.retry.max_attempts == 2


def test_a_named_profile_by_argument_or_environment(
    clean_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(clean_environment, PROFILES)
    sms = ServiceManagementService(transport=NullTransport(), profile="work")
    assert (sms.subscription_id, sms.host, sms.retry.max_attempts) == (
        SUB_WORK,
        "work.example:9443",
        4,
    )
    monkeypatch.setenv("AZURE_ASM_PROFILE", "work")
    other = SchedulerManagementService(transport=NullTransport())  # every client
    assert (other.subscription_id, other.host) == (SUB_WORK, "work.example:9443")
    # profile= wins over AZURE_ASM_PROFILE
    assert ServiceManagementService(transport=NullTransport(), profile="default").host == (
        "default.example:8443"
    )


def test_explicit_arguments_then_environment_then_profile(
    clean_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(clean_environment, PROFILES)
    from azure_asm import RetryPolicy

    explicit = ServiceManagementService(
        "33333333-3333-3333-3333-333333333333",
        host="explicit.example",
        transport=NullTransport(),
        retry=RetryPolicy(max_attempts=7),
    )
    assert (explicit.subscription_id, explicit.host, explicit.retry.max_attempts) == (
        "33333333-3333-3333-3333-333333333333",
        "explicit.example",
        7,
    )
    monkeypatch.setenv("AZURE_ASM_HOST", "env.example")
    monkeypatch.setenv("AZURE_MANAGEMENT_SUBSCRIPTIONID", "44444444-4444-4444-4444-444444444444")
    monkeypatch.setenv("AZURE_ASM_MAX_ATTEMPTS", "3")
    from_env = ServiceManagementService(transport=NullTransport())
    assert (from_env.subscription_id, from_env.host, from_env.retry.max_attempts) == (
        "44444444-4444-4444-4444-444444444444",
        "env.example",
        3,
    )
    assert ServiceManagementService(host="arg.example", transport=NullTransport()).host == (
        "arg.example"
    )


def test_certificate_and_endpoint_from_a_profile_reach_the_emulator(
    asm_emulator_server: AsmEmulator, clean_environment: Path
) -> None:
    host = asm_emulator_server.environment()["AZURE_ASM_HOST"]
    write(
        clean_environment,
        f"""\
[profile emulator]
subscription_id = {asm_emulator_server.subscription_id}
cert_file = {asm_emulator_server.cert_path}
host = {host}
ca_bundle = {asm_emulator_server.ca_bundle}
max_attempts = 1
""",
    )
    sms = ServiceManagementService(profile="emulator")
    try:
        assert sms.cert_file == str(asm_emulator_server.cert_path)
        assert [location.name for location in sms.list_locations()]
    finally:
        sms.close()


def test_a_missing_named_profile_is_an_error_naming_the_file(
    clean_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(clean_environment, PROFILES)
    with pytest.raises(ProfileError, match=r"profile 'nope' is not in .*config"):
        ServiceManagementService(SUB_WORK, transport=NullTransport(), profile="nope")
    monkeypatch.setenv("AZURE_ASM_PROFILE", "nope")
    with pytest.raises(ProfileError, match="'nope'"):
        ServiceManagementService(SUB_WORK, transport=NullTransport())


def test_no_file_and_no_default_profile_is_no_setting(clean_environment: Path) -> None:
    with pytest.raises(ValueError, match="subscription_id: is required.*profile"):
        ServiceManagementService(transport=NullTransport())
    assert ServiceManagementService(SUB_WORK, transport=NullTransport()).host == DEFAULT_HOST
    write(clean_environment, "[profile other]\nhost = x\n")
    assert ServiceManagementService(SUB_WORK, transport=NullTransport()).host == DEFAULT_HOST


def test_invalid_profiles_are_errors_that_show_no_secret(clean_environment: Path) -> None:
    write(clean_environment, "[default]\nsubscription_id = x\ncert_password = hunter2\n")
    with pytest.raises(ProfileError) as caught:
        ServiceManagementService(transport=NullTransport())
    assert "unknown key cert_password" in str(caught.value)
    assert "AZURE_ASM_CERT_PASSWORD" in str(caught.value)
    assert "hunter2" not in str(caught.value)
    write(clean_environment, f"[default]\nsubscription_id = {SUB_DEFAULT}\nmax_attempts = many\n")
    with pytest.raises(ProfileError, match=r"config \[default\] max_attempts: 'many'"):
        ServiceManagementService(transport=NullTransport())
    write(clean_environment, "password = hunter2\n[default]\n")
    with pytest.raises(ProfileError, match="not a valid config file.*line 1") as caught:
        ServiceManagementService(transport=NullTransport())
    assert "hunter2" not in str(caught.value)
    write(clean_environment, "[default]\nhost = x\n  hunter2 hunter2\n!x\n")
    with pytest.raises(ProfileError, match="cannot parse line 4") as caught:
        ServiceManagementService(transport=NullTransport())
    assert "hunter2" not in str(caught.value)


def test_the_file_is_read_only_when_a_setting_is_missing(clean_environment: Path) -> None:
    write(clean_environment, "not an ini file\n")
    from azure_asm import RetryPolicy

    sms = ServiceManagementService(
        SUB_WORK, host="h.example", transport=NullTransport(), retry=RetryPolicy()
    )
    assert sms.host == "h.example"  # no ProfileError: nothing was missing
    no_profile = ServiceManagementService(SUB_WORK, transport=NullTransport(), profile=False)
    assert no_profile.host == DEFAULT_HOST
    with pytest.raises(TypeError, match="profile"):
        ServiceManagementService(SUB_WORK, transport=NullTransport(), profile=3)  # type: ignore[arg-type]


def test_the_command_line_reads_the_file_through_the_runtime(
    clean_environment: Path, asm_emulator_server: AsmEmulator
) -> None:
    assert set(cli_config.PROFILE_KEYS) == set(profiles.PROFILE_KEYS)
    assert cli_config.read_config is profiles.read_config
    assert cli_config.write_profile is profiles.write_profile
    assert cli_config.ConfigError is ProfileError
    write(clean_environment, PROFILES)
    environ = {"AZURE_ASM_CONFIG_FILE": str(clean_environment)}
    assert cli_config.read_profile({"profile": "work"}, environ)["host"] == "work.example:9443"
    # The command line resolves the settings itself (its --profile, its environment): the
    # client it makes must not read a profile again, or the default one would fill gaps.
    settings = cli_config.Settings(
        subscription_id=asm_emulator_server.subscription_id,
        cert_file=str(asm_emulator_server.cert_path),
    )
    client = cli_config.make_client(ServiceManagementService, settings)
    try:
        assert client.host == DEFAULT_HOST  # not default.example:8443 from [default]
        assert client.retry.max_attempts == 5
    finally:
        client.close()

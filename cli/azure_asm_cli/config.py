"""Where the command line finds its settings: flags, then the environment, then a
``.publishsettings`` file.

| setting | flag | environment |
|---|---|---|
| subscription | ``--subscription-id`` | ``AZURE_ASM_SUBSCRIPTION_ID`` |
| management certificate (PEM with key, or PFX) | ``--cert`` | ``AZURE_ASM_CERT_FILE`` |
| its password, if encrypted | (none: never on a command line) | ``AZURE_ASM_CERT_PASSWORD`` |
| publish settings file | ``--publish-settings`` | ``AZURE_ASM_PUBLISH_SETTINGS`` |
| endpoint ``host[:port]`` | ``--host`` | ``AZURE_ASM_HOST`` |
| CA bundle to trust | ``--ca-bundle`` | ``AZURE_ASM_CA_BUNDLE`` |
| output format | ``--output`` | ``AZURE_ASM_OUTPUT`` |

A certificate and a publish settings file are two ways to give the credentials; whichever is
given by a flag wins over the environment, and with both at the same level the certificate
wins. A publish settings file supplies the subscription (the only one it holds, or the one
named by the subscription setting), its certificate and its endpoint (unless a host is set).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from azure_asm_runtime.client import ServiceClient
from azure_asm_runtime.recording import RecordingTransport, ReplayTransport

ENV_SUBSCRIPTION = "AZURE_ASM_SUBSCRIPTION_ID"
ENV_CERT = "AZURE_ASM_CERT_FILE"
ENV_CERT_PASSWORD = "AZURE_ASM_CERT_PASSWORD"
ENV_PUBLISH_SETTINGS = "AZURE_ASM_PUBLISH_SETTINGS"
ENV_HOST = "AZURE_ASM_HOST"
ENV_CA_BUNDLE = "AZURE_ASM_CA_BUNDLE"
ENV_OUTPUT = "AZURE_ASM_OUTPUT"

#: The subscription id used to replay a recording made without one named.
REPLAY_SUBSCRIPTION = "00000000-0000-0000-0000-000000000000"


class ConfigError(Exception):
    """The settings do not say how to reach the service (the message says what is missing)."""


@dataclass(frozen=True)
class Settings:
    subscription_id: str | None = None
    cert_file: str | None = None
    cert_password: str | None = None
    publish_settings: str | None = None
    host: str | None = None
    ca_bundle: str | None = None
    record: str | None = None
    replay: str | None = None


def resolve(flags: Mapping[str, Any], environ: Mapping[str, str]) -> Settings:
    """Settings from parsed flags (None when not given) and the environment."""

    def pick(flag: str, env: str) -> str | None:
        value = flags.get(flag)
        if value is not None:
            return str(value)
        return environ.get(env) or None

    cert_flag, publish_flag = flags.get("cert"), flags.get("publish_settings")
    cert: str | None
    publish: str | None
    if cert_flag is not None or publish_flag is not None:
        cert = None if cert_flag is None else str(cert_flag)
        publish = None if cert is not None or publish_flag is None else str(publish_flag)
    else:
        cert = environ.get(ENV_CERT) or None
        publish = None if cert else environ.get(ENV_PUBLISH_SETTINGS) or None
    return Settings(
        subscription_id=pick("subscription_id", ENV_SUBSCRIPTION),
        cert_file=cert,
        cert_password=environ.get(ENV_CERT_PASSWORD) or None,
        publish_settings=publish,
        host=pick("host", ENV_HOST),
        ca_bundle=pick("ca_bundle", ENV_CA_BUNDLE),
        record=flags.get("record"),
        replay=flags.get("replay"),
    )


def make_client(cls: type[ServiceClient], settings: Settings, **options: Any) -> ServiceClient:
    """A client of class ``cls`` as the settings say (see the module doc)."""
    if settings.replay is not None:
        transport = ReplayTransport(settings.replay, match_subscription=False)
        return cls(
            settings.subscription_id or REPLAY_SUBSCRIPTION,
            host=settings.host,
            transport=transport,
            **options,
        )
    if settings.cert_file is not None:
        if settings.subscription_id is None:
            raise ConfigError(
                f"no subscription id: give --subscription-id or set {ENV_SUBSCRIPTION}"
            )
        client = cls(
            settings.subscription_id,
            settings.cert_file,
            settings.host,
            cert_password=settings.cert_password,
            ca_bundle=settings.ca_bundle,
            **options,
        )
    elif settings.publish_settings is not None:
        client = cls.from_publish_settings(
            settings.publish_settings,
            settings.subscription_id,
            host=settings.host,
            cert_password=settings.cert_password,
            ca_bundle=settings.ca_bundle,
            **options,
        )
    else:
        raise ConfigError(
            "no credentials: give --cert PEM (with --subscription-id) or --publish-settings "
            f"FILE, or set {ENV_CERT} / {ENV_PUBLISH_SETTINGS}"
        )
    if settings.record is not None:
        client.transport = RecordingTransport(client.transport, settings.record, append=True)
    return client


def environment() -> Mapping[str, str]:
    return os.environ

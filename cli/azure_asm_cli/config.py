"""Where the command line finds its settings: flags, then the environment, then a profile of
the config file (then a ``.publishsettings`` file, for what it holds).

| setting | flag | environment | profile key |
|---|---|---|---|
| subscription | ``--subscription-id`` | ``AZURE_ASM_SUBSCRIPTION_ID`` | ``subscription_id`` |
| certificate (PEM + key, or PFX) | ``--cert`` | ``AZURE_ASM_CERT_FILE`` | ``cert_file`` |
| its password, if encrypted | (none) | ``AZURE_ASM_CERT_PASSWORD`` | (none) |
| publish file | ``--publish-settings`` | ``AZURE_ASM_PUBLISH_SETTINGS`` | ``publish_settings`` |
| endpoint ``host[:port]`` | ``--host`` | ``AZURE_ASM_HOST`` | ``host`` |
| CA bundle to trust | ``--ca-bundle`` | ``AZURE_ASM_CA_BUNDLE`` | ``ca_bundle`` |
| sends of a request at most | ``--max-attempts`` | ``AZURE_ASM_MAX_ATTEMPTS`` | ``max_attempts`` |
| output format | ``--output`` | ``AZURE_ASM_OUTPUT`` | ``output`` |
| the profile itself | ``--profile`` | ``AZURE_ASM_PROFILE`` | |

The config file is INI, as aws-cli's: ``[default]`` and ``[profile NAME]`` sections, at
``$XDG_CONFIG_HOME/azure-asm/config`` (``~/.config/azure-asm/config`` without it), or where
``AZURE_ASM_CONFIG_FILE`` says. ``asm configure`` writes it. It holds file paths and plain
settings only, never a secret: a certificate password stays in the environment. It is read
and written by `azure_asm_runtime.profiles`, which the SDK's clients use too.

A certificate and a publish settings file are two ways to give the credentials; the first
level (flags, environment, profile) that gives either wins, and with both at the same level
the certificate wins. A publish settings file supplies the subscription (the only one it holds,
or the one named by the subscription setting), its certificate and its endpoint (unless a host
is set).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from azure_asm_runtime import profiles
from azure_asm_runtime.client import ServiceClient
from azure_asm_runtime.polling import PollSchedule
from azure_asm_runtime.recording import RecordingTransport, ReplayTransport
from azure_asm_runtime.retry import RetryPolicy

ENV_SUBSCRIPTION = "AZURE_ASM_SUBSCRIPTION_ID"
ENV_CERT = "AZURE_ASM_CERT_FILE"
ENV_CERT_PASSWORD = profiles.ENV_CERT_PASSWORD
ENV_PUBLISH_SETTINGS = "AZURE_ASM_PUBLISH_SETTINGS"
ENV_HOST = "AZURE_ASM_HOST"
ENV_CA_BUNDLE = "AZURE_ASM_CA_BUNDLE"
ENV_OUTPUT = "AZURE_ASM_OUTPUT"
ENV_MAX_ATTEMPTS = "AZURE_ASM_MAX_ATTEMPTS"
ENV_PROFILE = profiles.ENV_PROFILE
ENV_CONFIG_FILE = profiles.ENV_CONFIG_FILE

DEFAULT_PROFILE = profiles.DEFAULT_PROFILE

#: Profile keys (`azure_asm_runtime.profiles.PROFILE_KEYS`), each with its flag (the argparse
#: dest) and environment variable.
PROFILE_KEYS: Mapping[str, tuple[str, str]] = {
    "subscription_id": ("subscription_id", ENV_SUBSCRIPTION),
    "cert_file": ("cert", ENV_CERT),
    "publish_settings": ("publish_settings", ENV_PUBLISH_SETTINGS),
    "host": ("host", ENV_HOST),
    "ca_bundle": ("ca_bundle", ENV_CA_BUNDLE),
    "max_attempts": ("max_attempts", ENV_MAX_ATTEMPTS),
    "output": ("output", ENV_OUTPUT),
}

#: The values of the output setting (``azure_asm_cli.output.FORMATS``).
OUTPUT_FORMATS = ("table", "json", "text", "tsv")

PATH_KEYS = profiles.PATH_KEYS

#: The subscription id used to replay a recording made without one named.
REPLAY_SUBSCRIPTION = "00000000-0000-0000-0000-000000000000"

#: Status polls of the command line's waits: every second at most, so that the elapsed time
#: it reports is at most about a second behind the operation's end (the SDK's default backs
#: off to 5 s, right for programs but not for someone watching).
POLL_SCHEDULE = PollSchedule(first=0.1, factor=2.0, cap=1.0)


#: The settings do not say how to reach the service, or the config file is wrong (the
#: message says what is missing): the runtime's `ProfileError`, so that errors of the file
#: and of the command line's own checks are one kind.
ConfigError = profiles.ProfileError


@dataclass(frozen=True)
class Settings:
    subscription_id: str | None = None
    cert_file: str | None = None
    cert_password: str | None = None
    publish_settings: str | None = None
    host: str | None = None
    ca_bundle: str | None = None
    max_attempts: int | None = None
    output: str | None = None
    record: str | None = None
    replay: str | None = None


# --- the config file ------------------------------------------------------------------------


config_path = profiles.config_path
section_name = profiles.section_name
read_config = profiles.read_config
write_profile = profiles.write_profile
parse_max_attempts = profiles.parse_max_attempts


def profile_name(flags: Mapping[str, Any], environ: Mapping[str, str]) -> str:
    return profiles.profile_name(flags.get("profile"), environ)


def read_profile(flags: Mapping[str, Any], environ: Mapping[str, str]) -> dict[str, str]:
    """The settings of the chosen profile; the default profile may be absent, a named one not."""
    return profiles.read_profile(flags.get("profile"), environ)


# --- resolving ------------------------------------------------------------------------------


def resolve(flags: Mapping[str, Any], environ: Mapping[str, str]) -> Settings:
    """Settings from parsed flags (None when not given), the environment and the profile."""
    profile = read_profile(flags, environ)
    levels: list[dict[str, str]] = [
        {
            key: str(flags[flag])
            for key, (flag, _) in PROFILE_KEYS.items()
            if flags.get(flag) is not None
        },
        {key: environ[env] for key, (_, env) in PROFILE_KEYS.items() if environ.get(env)},
        profile,
    ]

    def pick(key: str) -> str | None:
        return next((level[key] for level in levels if key in level), None)

    cert: str | None = None
    publish: str | None = None
    for level in levels:
        if "cert_file" in level or "publish_settings" in level:
            cert = level.get("cert_file")
            publish = None if cert is not None else level.get("publish_settings")
            break

    def source(key: str) -> str:
        """Where the value of ``key`` came from, for error messages."""
        flag, env = PROFILE_KEYS[key]
        names = ("--" + flag.replace("_", "-"), env, f"profile {key}")
        return next(name for name, level in zip(names, levels, strict=True) if key in level)

    attempts = pick("max_attempts")
    max_attempts = None
    if attempts is not None:
        max_attempts = parse_max_attempts(attempts, source("max_attempts"))
    output = pick("output")
    if output is not None and output not in OUTPUT_FORMATS:
        raise ConfigError(
            f"{source('output')}: {output!r} is not one of: {', '.join(OUTPUT_FORMATS)}"
        )
    return Settings(
        subscription_id=pick("subscription_id"),
        cert_file=cert,
        cert_password=environ.get(ENV_CERT_PASSWORD) or None,
        publish_settings=publish,
        host=pick("host"),
        ca_bundle=pick("ca_bundle"),
        max_attempts=max_attempts,
        output=output,
        record=flags.get("record"),
        replay=flags.get("replay"),
    )


def make_client(cls: type[ServiceClient], settings: Settings, **options: Any) -> ServiceClient:
    """A client of class ``cls`` as the settings say (see the module doc).

    Arguments are passed by keyword only: the constructors' positional order is the reference
    package's, not the command line's business.
    """
    options.setdefault("poll_schedule", POLL_SCHEDULE)
    # The settings are resolved here, from the command line's own environment and profile.
    options.setdefault("profile", False)
    if settings.max_attempts is not None:
        options["retry"] = RetryPolicy(max_attempts=settings.max_attempts)
    if settings.replay is not None:
        transport = ReplayTransport(settings.replay, match_subscription=False)
        return cls(
            subscription_id=settings.subscription_id or REPLAY_SUBSCRIPTION,
            host=settings.host,
            transport=transport,
            **options,
        )
    if settings.cert_file is not None:
        if settings.subscription_id is None:
            raise ConfigError(
                f"no subscription id: give --subscription-id, set {ENV_SUBSCRIPTION} "
                "or run `asm configure`"
            )
        client = cls(
            subscription_id=settings.subscription_id,
            cert_file=settings.cert_file,
            host=settings.host,
            cert_password=settings.cert_password,
            ca_bundle=settings.ca_bundle,
            **options,
        )
    elif settings.publish_settings is not None:
        client = cls.from_publish_settings(
            settings.publish_settings,
            subscription_id=settings.subscription_id,
            host=settings.host,
            cert_password=settings.cert_password,
            ca_bundle=settings.ca_bundle,
            **options,
        )
    else:
        raise ConfigError(
            "no credentials: give --cert PEM (with --subscription-id) or --publish-settings "
            f"FILE, set {ENV_CERT} / {ENV_PUBLISH_SETTINGS}, or run `asm configure`"
        )
    if settings.record is not None:
        client.transport = RecordingTransport(client.transport, settings.record, append=True)
    return client


def environment() -> Mapping[str, str]:
    return os.environ

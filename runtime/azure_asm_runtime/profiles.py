"""Profiles of the config file: settings shared by the SDK's clients and the ``asm`` command line.

The file is INI, as aws-cli's: a ``[default]`` section and ``[profile NAME]`` sections, at
``$XDG_CONFIG_HOME/azure-asm/config`` (``~/.config/azure-asm/config`` without it), or where
``AZURE_ASM_CONFIG_FILE`` says. The profile used is the one named by the client's ``profile=``
option (the command line's ``--profile``), else by ``AZURE_ASM_PROFILE``, else ``default``.
``asm configure`` writes it::

    [default]
    subscription_id = 11111111-2222-3333-4444-555555555555
    cert_file = /home/me/.azure/mycert.pem

    [profile emulator]
    subscription_id = ...
    cert_file = /home/me/asm/mycert.pem
    host = 127.0.0.1:8443
    ca_bundle = /home/me/asm/ca.pem
    max_attempts = 1

Its keys are `PROFILE_KEYS`; any other key is an error (a certificate password in particular
belongs in ``AZURE_ASM_CERT_PASSWORD``, never in the file). A profile is the last place a
setting is looked for: an explicit argument wins, then the environment.

This module is the one reader of the file; `azure_asm_cli.config` builds on it.
"""

from __future__ import annotations

import configparser
import os
from collections.abc import Mapping
from pathlib import Path

ENV_PROFILE = "AZURE_ASM_PROFILE"
ENV_CONFIG_FILE = "AZURE_ASM_CONFIG_FILE"
ENV_CERT_PASSWORD = "AZURE_ASM_CERT_PASSWORD"
DEFAULT_PROFILE = "default"

#: The keys a profile may hold. The SDK's clients read ``subscription_id``, ``cert_file``,
#: ``host``, ``ca_bundle`` and ``max_attempts``; ``publish_settings`` and ``output`` are the
#: command line's.
PROFILE_KEYS = (
    "subscription_id",
    "cert_file",
    "publish_settings",
    "host",
    "ca_bundle",
    "max_attempts",
    "output",
)

#: Keys holding file paths: written absolute, so the profile works from any directory.
PATH_KEYS = frozenset({"cert_file", "publish_settings", "ca_bundle"})


class ProfileError(ValueError):
    """The config file cannot be read, or the profile asked for is not in it or is invalid
    (the message names the file and the section)."""


def config_path(environ: Mapping[str, str] | None = None) -> Path:
    """Where the config file is (it need not exist)."""
    environ = os.environ if environ is None else environ
    explicit = environ.get(ENV_CONFIG_FILE)
    if explicit:
        return Path(explicit)
    xdg = environ.get("XDG_CONFIG_HOME")
    base = Path(xdg) if xdg else Path(environ.get("HOME") or Path.home()) / ".config"
    return base / "azure-asm" / "config"


def section_name(profile: str) -> str:
    return DEFAULT_PROFILE if profile == DEFAULT_PROFILE else f"profile {profile}"


def profile_name(explicit: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The profile used: `explicit`, else ``AZURE_ASM_PROFILE``, else ``default``."""
    environ = os.environ if environ is None else environ
    return explicit or environ.get(ENV_PROFILE) or DEFAULT_PROFILE


def read_config(path: Path) -> configparser.ConfigParser:
    """The whole config file (empty when it does not exist)."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except configparser.MissingSectionHeaderError as exc:
        # configparser's message quotes the line, which may be anything (a password): the
        # line number is enough to find it.
        raise ProfileError(
            f"{path}: not a valid config file (line {exc.lineno} comes before any section "
            "header such as [default] or [profile NAME])"
        ) from None
    except configparser.ParsingError as exc:
        lines = ", ".join(str(line) for line, _ in exc.errors)
        raise ProfileError(f"{path}: not a valid config file (cannot parse line {lines})") from None
    except configparser.Error as exc:  # duplicates: the message names sections and keys only
        raise ProfileError(f"{path}: not a valid config file ({exc.message})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{path}: cannot be read ({type(exc).__name__})") from None
    return parser


def read_profile(
    explicit: str | None = None, environ: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The settings of the profile `explicit` (or ``AZURE_ASM_PROFILE``, or ``default``),
    without empty values. The default profile may be absent (no settings); a named one not."""
    environ = os.environ if environ is None else environ
    name = profile_name(explicit, environ)
    path = config_path(environ)
    parser = read_config(path)
    section = section_name(name)
    if not parser.has_section(section):
        if name == DEFAULT_PROFILE:
            return {}
        raise ProfileError(
            f"profile {name!r} is not in {path} (create it with `asm configure --profile {name}`)"
        )
    values = dict(parser.items(section))
    unknown = sorted(set(values) - set(PROFILE_KEYS))
    if unknown:
        raise ProfileError(
            f"{path} [{section}]: unknown key {', '.join(unknown)} "
            f"(known: {', '.join(PROFILE_KEYS)}; a certificate password belongs in "
            f"{ENV_CERT_PASSWORD}, never in the file)"
        )
    return {key: value for key, value in values.items() if value}


def write_profile(path: Path, profile: str, values: Mapping[str, str | None]) -> None:
    """Set (or, with None or "", remove) ``values`` in ``profile`` of the config file."""
    parser = read_config(path)
    section = section_name(profile)
    if not parser.has_section(section):
        parser.add_section(section)
    for key, value in values.items():
        if key not in PROFILE_KEYS:
            raise ValueError(f"{key}: not a profile setting")
        if value:
            parser.set(section, key, value)
        else:
            parser.remove_option(section, key)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written whole then renamed: an interrupted write never leaves half a config.
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("w", encoding="utf-8") as stream:
        parser.write(stream)
    os.replace(temporary, path)


def parse_max_attempts(text: str, where: str) -> int:
    """A ``max_attempts`` setting: a whole number, 1 or more."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise ProfileError(f"{where}: {text!r} is not a number of attempts (1 or more)")
    return value


class LazyProfile:
    """The settings of a profile, read from the file when first asked for: a client whose
    settings are all given never reads it. A profile named explicitly (``profile=`` or
    ``AZURE_ASM_PROFILE``) is read at once, so that a missing one is an error even then."""

    def __init__(self, explicit: str | None, environ: Mapping[str, str] | None = None) -> None:
        self.environ = os.environ if environ is None else environ
        self.explicit = explicit
        self.name = profile_name(explicit, self.environ)
        self._values: dict[str, str] | None = None
        if self.name != DEFAULT_PROFILE:
            self.values()

    def values(self) -> dict[str, str]:
        if self._values is None:
            self._values = read_profile(self.explicit, self.environ)
        return self._values

    def get(self, key: str) -> str | None:
        return self.values().get(key)

    def where(self, key: str) -> str:
        """Names the setting in error messages: ``<file> [profile x] max_attempts``."""
        return f"{config_path(self.environ)} [{section_name(self.name)}] {key}"

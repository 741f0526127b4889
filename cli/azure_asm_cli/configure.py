"""``asm configure``: write a profile of the config file, as ``aws configure`` does.

With setting flags (``asm configure --profile prod --subscription-id ... --cert ...``) it sets
those and asks nothing; without, it asks for each setting on stdin, showing the current value
(an empty answer keeps it, ``-`` removes it). ``asm configure --list`` shows the settings a
command would use and where each comes from. Only file paths and plain settings are written:
a certificate password is never asked for nor stored (it stays in ``AZURE_ASM_CERT_PASSWORD``).
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TextIO

from azure_asm_cli import config
from azure_asm_cli.output import FORMATS

PROMPTS: Mapping[str, str] = {
    "subscription_id": "Subscription id",
    "cert_file": "Management certificate (PEM with its key, or PFX)",
    "publish_settings": "Publish settings file (instead of a certificate)",
    "host": "Management endpoint host[:port] (empty: the public one)",
    "ca_bundle": "CA bundle to trust (empty: the system's)",
    "max_attempts": "Sends of a request at most (retries + 1)",
    "output": f"Output format ({', '.join(FORMATS)})",
}

#: The flag of each setting, as ``asm configure`` takes it.
FLAGS: Mapping[str, str] = {
    key: "--" + flag.replace("_", "-") for key, (flag, _) in config.PROFILE_KEYS.items()
}


class Refused(Exception):
    """A value ``asm configure`` does not write (the message says why)."""


def checked(key: str, value: str) -> str:
    """``value`` as written for ``key``: paths absolute, numbers and formats checked."""
    value = value.strip()
    if key in config.PATH_KEYS:
        return str(Path(value).expanduser().resolve())
    if key == "max_attempts":
        try:
            return str(config.parse_max_attempts(value, FLAGS[key]))
        except config.ConfigError as exc:
            raise Refused(str(exc)) from None
    if key == "output" and value not in FORMATS:
        raise Refused(f"{FLAGS[key]}: {value!r} is not one of: {', '.join(FORMATS)}")
    return value


def _ask(key: str, current: str | None, inp: TextIO, err: TextIO) -> str | None:
    """The new value of ``key`` read from ``inp``: None keeps the current one, "" removes it."""
    while True:
        shown = f" [{current}]" if current else ""
        err.write(f"{PROMPTS[key]}{shown}: ")
        err.flush()
        line = inp.readline()
        if not line:  # end of input: keep the rest as it is
            err.write("\n")
            return None
        answer = line.strip()
        if not answer:
            return None
        if answer == "-":
            return ""
        try:
            return checked(key, answer)
        except Refused as exc:
            print(f"  {exc}", file=err)


def configure(
    args: argparse.Namespace, environ: Mapping[str, str], inp: TextIO, out: TextIO, err: TextIO
) -> int:
    flags: dict[str, Any] = vars(args)
    profile = config.profile_name(flags, environ)
    path = config.config_path(environ)
    if flags.get("list"):
        return show(flags, environ, out, err)
    given = {
        key: str(flags[flag])
        for key, (flag, _) in config.PROFILE_KEYS.items()
        if flags.get(flag) is not None
    }
    section = config.section_name(profile)
    try:
        parser = config.read_config(path)
    except config.ConfigError as exc:
        print(f"asm: error: {exc}", file=err)
        return 2
    current = dict(parser.items(section)) if parser.has_section(section) else {}
    updates: dict[str, str | None] = {}
    try:
        if given:
            updates = {key: checked(key, value) for key, value in given.items()}
        else:
            print(f"Profile {profile!r} in {path}", file=err)
            for key in config.PROFILE_KEYS:
                answer = _ask(key, current.get(key), inp, err)
                if answer is not None:
                    updates[key] = answer
    except Refused as exc:
        print(f"asm: error: {exc}", file=err)
        return 2
    for key in config.PATH_KEYS:
        value = updates.get(key)
        if value and not Path(value).exists():
            print(f"asm: warning: {FLAGS[key]}: {value} does not exist (yet)", file=err)
    try:
        config.write_profile(path, profile, updates)
    except (OSError, config.ConfigError) as exc:
        print(f"asm: error: cannot write {path}: {exc}", file=err)
        return 2
    print(f"Wrote profile {profile!r} to {path}", file=err)
    return 0


def show(flags: Mapping[str, Any], environ: Mapping[str, str], out: TextIO, err: TextIO) -> int:
    """The settings a command would use (``asm configure --list``) and where each comes from."""
    profile = config.profile_name(flags, environ)
    try:
        values = config.read_profile(flags, environ)
    except config.ConfigError as exc:
        print(f"asm: error: {exc}", file=err)
        return 2
    source = (
        "--profile"
        if flags.get("profile")
        else (config.ENV_PROFILE if environ.get(config.ENV_PROFILE) else "default")
    )
    rows = [("profile", profile, source)]
    for key, (flag, env) in config.PROFILE_KEYS.items():
        if flags.get(flag) is not None:
            rows.append((key, str(flags[flag]), FLAGS[key]))
        elif environ.get(env):
            rows.append((key, environ[env], env))
        elif key in values:
            rows.append((key, values[key], str(config.config_path(environ))))
        else:
            rows.append((key, "", "(not set)"))
    widths = [max(len(row[i]) for row in [("NAME", "VALUE", "SOURCE"), *rows]) for i in range(3)]
    for row in [("NAME", "VALUE", "SOURCE"), *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip(), file=out)
    return 0

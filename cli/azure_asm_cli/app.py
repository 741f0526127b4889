"""The ``asm`` command line, built from the generated operation table.

Every operation of the spec (``azure_asm.catalog.OPERATIONS``) is one command, ``asm GROUP
COMMAND``, named by the generator (``OperationInfo.cli_group`` / ``cli_command``); its help is
the operation's documentation and its arguments are the operation's parameters
(``OperationInfo.param_info``), documented by the spec:

* required parameters that name the resource (those in the URL path, ``name`` and
  ``*_name``) are positional, in the order of the Python signature
  (``azure_asm_cli.wording.is_positional``);
* every other parameter is an option, ``--kebab-case`` of its name, marked required when the
  spec says so; how each type is written is explained in ``azure_asm_cli.values``;
* asynchronous operations wait for the operation to finish, showing its progress on stderr,
  unless ``--no-wait`` is given (then the request id is printed); ``--timeout`` bounds the wait.

The spec's waiters (``azure_asm.waiters.WAITERS``) are ``asm GROUP wait CONDITION [ARGS]``
(``asm deployment wait running SVC DEP``): the arguments are those of the waiter's operation,
``--delay`` and ``--timeout`` those of the wait; progress goes to stderr with the elapsed time,
and the exit status is 0 when the condition holds, 1 when the wait failed or timed out.

Output is a table, JSON, text or TSV (``--output``), of what ``--query`` (JMESPath) selects
(``azure_asm_cli.output``). Help and errors name flags and commands, not Python names
(``azure_asm_cli.wording``). Settings come from flags, the environment and a profile of the
config file (``azure_asm_cli.config``), which ``asm configure`` writes. Failures are one line on
stderr, ``asm: error: ...`` with the ASM error code and the request id, and a non-zero exit
status: 1 when the service refused or the operation failed, 2 for usage and configuration
errors, 130 when interrupted. ``asm emulator ...`` runs the emulator's commands (``init``,
``serve``), as ``asm-emulator`` does; ``asm completion bash|zsh|fish`` prints the shell
completion script (argcomplete).
"""

from __future__ import annotations

import argparse
import functools
import logging
import os
import platform
import sys
import textwrap
import time
import typing
from collections.abc import Mapping, Sequence
from importlib import metadata
from typing import Any, TextIO

import azure_asm
from azure_asm.catalog import OPERATIONS
from azure_asm.waiters import WAITERS
from azure_asm_cli import config
from azure_asm_cli.configure import configure
from azure_asm_cli.output import (
    FORMATS,
    Progress,
    QueryError,
    WaitProgress,
    compile_query,
    emit,
)
from azure_asm_cli.values import (
    SCALAR_PARSERS,
    TYPE_KEY,
    BadValue,
    argument_value,
    pair_parser,
    takes_json,
)
from azure_asm_cli.wording import (
    argument_name,
    help_text,
    is_positional,
    option,
    plural,
    sdk_message,
    service_message,
)
from azure_asm_runtime.catalog import OperationInfo, ParamInfo
from azure_asm_runtime.errors import (
    AsmError,
    AsmHttpError,
    CertificateError,
    OperationFailedError,
)
from azure_asm_runtime.polling import AsyncOperation
from azure_asm_runtime.waiters import WaiterConfig

PROG = "asm"
EMULATOR_GROUP = "emulator"
COMPLETION_GROUP = "completion"
CONFIGURE_GROUP = "configure"
SHELLS = ("bash", "zsh", "fish")

DESCRIPTION = (
    "Command line for the Azure Service Management (classic, ASM) API, generated from the "
    "API's spec: one command per operation, grouped by resource "
    "(e.g. `asm hosted-service list`). Run `asm GROUP --help` for a group's commands and "
    "`asm GROUP COMMAND --help` for a command's arguments."
)

EPILOG = """\
settings (flags win over the environment, which wins over the profile; see `asm configure`):
  --subscription-id  AZURE_ASM_SUBSCRIPTION_ID   --cert         AZURE_ASM_CERT_FILE
  --publish-settings AZURE_ASM_PUBLISH_SETTINGS  --host         AZURE_ASM_HOST
  --ca-bundle        AZURE_ASM_CA_BUNDLE         --max-attempts AZURE_ASM_MAX_ATTEMPTS
  --output           AZURE_ASM_OUTPUT            --profile      AZURE_ASM_PROFILE
  a certificate password only from AZURE_ASM_CERT_PASSWORD; profiles are kept in
  $XDG_CONFIG_HOME/azure-asm/config (~/.config/azure-asm/config) or AZURE_ASM_CONFIG_FILE

output: --output table (default), json, text or tsv; --query applies a JMESPath expression
  to the JSON form first (`asm location list --query "[].name" -o text`)

shell completion: eval "$(asm completion bash)" (or zsh, fish: see `asm completion --help`)

exit status: 0 success, 1 service error or failed operation, 2 usage or configuration error
"""

COMPLETION_HELP = """\
Prints the script that makes your shell complete asm's groups, commands and flags:

  bash:  eval "$(asm completion bash)"          (add it to ~/.bashrc)
  zsh:   eval "$(asm completion zsh)"           (add it to ~/.zshrc, after compinit)
  fish:  asm completion fish | source           (or save it as
         ~/.config/fish/completions/asm.fish)
"""

CONFIGURE_HELP = """\
Writes a profile of the config file ($XDG_CONFIG_HOME/azure-asm/config, by default
~/.config/azure-asm/config; AZURE_ASM_CONFIG_FILE names another): the [default] profile, or
[profile NAME] with --profile NAME. Given setting flags, sets those and asks nothing;
otherwise asks for each setting on stdin (Enter keeps the value shown, - removes it).
Paths are written absolute. No secret is written: a certificate password stays in
AZURE_ASM_CERT_PASSWORD. Commands use the profile named by --profile or AZURE_ASM_PROFILE
(else [default]); flags and the environment win over it.
"""


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, without breaking lines at hyphens: a command
    (``asm hosted-service check-name-availability``) or a flag stays whole."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        text = " ".join(text.split())
        return textwrap.wrap(text, width, break_on_hyphens=False)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        text = " ".join(text.split())
        return textwrap.fill(
            text,
            width,
            initial_indent=indent,
            subsequent_indent=indent,
            break_on_hyphens=False,
        )


def _help(text: str) -> str:
    """Prose made safe for argparse's %-formatting."""
    return text.replace("%", "%%")


def _first_sentence(text: str) -> str:
    sentence = text.split(". ")[0].rstrip(".")
    return sentence if len(sentence) <= 90 else sentence[:87] + "..."


def _settings_options(parser: argparse._ActionsContainer, default: Any) -> None:
    """The settings that flags, the environment and profiles give (``config.PROFILE_KEYS``)."""
    parser.add_argument(
        "--profile", metavar="NAME", default=default(None), help="profile of the config file"
    )
    parser.add_argument(
        "--subscription-id", metavar="ID", default=default(None), help="subscription id"
    )
    parser.add_argument(
        "--cert",
        metavar="FILE",
        default=default(None),
        help="management certificate: PEM with its private key, or PFX",
    )
    parser.add_argument(
        "--publish-settings",
        metavar="FILE",
        default=default(None),
        help="a .publishsettings file (subscription, certificate and endpoint)",
    )
    parser.add_argument(
        "--host", metavar="HOST[:PORT]", default=default(None), help="management endpoint"
    )
    parser.add_argument(
        "--ca-bundle", metavar="FILE", default=default(None), help="CA certificates to trust"
    )
    parser.add_argument(
        "--max-attempts",
        metavar="N",
        default=default(None),
        help="sends of a request at most, retries included (1: no retry; default 5)",
    )
    parser.add_argument(
        "-o",
        "--output",
        choices=FORMATS,
        default=default(None),
        help="output format (default: table)",
    )


def _common_options(parser: argparse.ArgumentParser, *, defaults: bool) -> None:
    """Options accepted before the group and after the command (``asm ... --output json``)."""

    def default(value: Any) -> Any:
        return value if defaults else argparse.SUPPRESS

    group = parser.add_argument_group("global options")
    _settings_options(group, default)
    group.add_argument(
        "--query",
        metavar="JMESPATH",
        default=default(None),
        help="JMESPath expression applied to the JSON form of the result before output "
        '(e.g. "[].name")',
    )
    group.add_argument(
        "--record",
        metavar="FILE",
        default=default(None),
        help="append the requests and responses to the recording FILE (secrets redacted)",
    )
    group.add_argument(
        "--replay",
        metavar="FILE",
        default=default(None),
        help="answer from a recording instead of the network",
    )
    group.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=default(False),
        help="no progress messages on stderr",
    )
    group.add_argument(
        "--debug",
        action="store_true",
        default=default(False),
        help="log requests, retries and polling (the azure_asm logger) to stderr",
    )


def _param_help(param: ParamInfo, info: OperationInfo) -> str:
    parts = [help_text(param.doc, info, param) if param.doc else param.name.replace("_", " ")]
    if takes_json(param):
        if param.kind == "json":
            parts.append("JSON text, or @FILE.")
        elif param.kind == "list":
            parts.append(f"A JSON array of {param.item} objects, or @FILE.")
        else:
            parts.append(f"A JSON {param.type} object, or @FILE.")
        model = param.item if param.kind == "list" else param.type
        variants = _union_variants(model)
        if len(variants) > 1:
            parts.append(f'Name its class with "{TYPE_KEY}": {", ".join(variants)}.')
    elif param.kind == "map":
        parts.append("KEY=VALUE; repeat the option for more pairs.")
    elif param.kind == "list":
        parts.append("One or more values.")
    elif param.type == "datetime":
        parts.append("ISO 8601, e.g. 2024-05-01T12:00:00Z.")
    if param.secret and param.kind == "scalar":
        parts.append("Secret: may be given as @FILE.")
    if param.default is not None:
        shown = param.default
        if isinstance(shown, bool):
            shown = option(param) if shown else "--no-" + option(param)[2:]
        parts.append(f"Default: {shown}.")
    return _help(" ".join(parts))


def _union_variants(type_name: str | None) -> list[str]:
    if type_name is None:
        return []
    model = getattr(azure_asm.models, type_name, None)
    if model is None or isinstance(model, type):
        return [type_name] if model is not None else []
    return [arg.__name__ for arg in typing.get_args(model)]


def _add_param(parser: argparse.ArgumentParser, param: ParamInfo, info: OperationInfo) -> None:
    help_text_ = _param_help(param, info)
    metavar = param.name.upper()
    if is_positional(param):
        parser.add_argument(
            param.name,
            metavar=metavar,
            type=SCALAR_PARSERS.get(param.type, str),
            choices=param.enum or None,
            help=help_text_,
        )
        return
    kwargs: dict[str, Any] = {"dest": param.name, "help": help_text_, "default": None}
    if param.required:
        kwargs["required"] = True
    if param.kind == "scalar" and param.type == "bool":
        kwargs["action"] = argparse.BooleanOptionalAction
    elif param.kind == "scalar":
        kwargs["type"] = SCALAR_PARSERS.get(param.type, str)
        kwargs["metavar"] = "{" + ",".join(param.enum) + "}" if param.enum else metavar
        if param.enum:
            kwargs["choices"] = param.enum
    elif param.kind == "map":
        kwargs.update(action="append", type=pair_parser(), metavar="KEY=VALUE")
    elif param.kind == "list" and not param.item_is_shape:
        kwargs.update(action="extend", nargs="+", type=SCALAR_PARSERS.get(param.item or "", str))
        kwargs["metavar"] = metavar
    else:
        kwargs["metavar"] = "JSON"
    parser.add_argument(option(param), **kwargs)


def _waiters() -> dict[str, dict[str, WaiterConfig]]:
    """``{group: {condition: waiter}}`` of the spec's waiters."""
    groups: dict[str, dict[str, WaiterConfig]] = {}
    for waiter in WAITERS.values():
        groups.setdefault(waiter.cli_group, {})[waiter.cli_condition] = waiter
    return {name: dict(sorted(groups[name].items())) for name in sorted(groups)}


def _add_wait(sub: argparse._SubParsersAction[Any], conditions: dict[str, WaiterConfig]) -> None:
    """``asm GROUP wait CONDITION [ARGS]``: one condition per waiter of the group."""
    names = ", ".join(conditions)
    wait = sub.add_parser(
        "wait",
        help=f"wait until a condition holds: {names}",
        description=f"Waits until a condition holds ({names}), polling and showing what it "
        "sees on stderr; exit status 0 when it holds, 1 when the wait failed or timed out.",
        formatter_class=_HelpFormatter,
    )
    choices = wait.add_subparsers(dest="condition", metavar="CONDITION", required=True)
    for condition, waiter in conditions.items():
        info = OPERATIONS[waiter.operation]
        doc = help_text(waiter.doc or waiter.name, info)
        fixed = {name for name, _ in waiter.params}
        command = choices.add_parser(
            condition,
            help=_help(_first_sentence(doc)),
            description=_help(doc),
            epilog=_help(
                f"SDK: {info.client}.get_waiter({waiter.name!r}).wait(...), polling "
                f"{info.name}() every {waiter.delay:g} seconds, {waiter.max_attempts} times "
                "at most unless --timeout is given. Prints nothing on stdout."
            ),
            formatter_class=_HelpFormatter,
        )
        for param in info.param_info:
            if param.name not in fixed:
                _add_param(command, param, info)
        command.add_argument(
            "--delay",
            type=float,
            metavar="SECONDS",
            help=f"seconds between checks (default {waiter.delay:g})",
        )
        command.add_argument(
            "--timeout",
            type=float,
            metavar="SECONDS",
            help="give up after SECONDS (then the number of checks is not limited)",
        )
        _common_options(command, defaults=False)
        command.set_defaults(operation=info.name, waiter=waiter.name)


def _groups() -> dict[str, dict[str, OperationInfo]]:
    groups: dict[str, dict[str, OperationInfo]] = {}
    for info in OPERATIONS.values():
        groups.setdefault(info.cli_group, {})[info.cli_command] = info
    return {name: dict(sorted(groups[name].items())) for name in sorted(groups)}


def version_line() -> str:
    """``asm VERSION (azure-asm VERSION, python VERSION)``."""
    try:
        sdk = metadata.version("azure-asm")
    except metadata.PackageNotFoundError:  # run from a checkout without an install
        sdk = "unknown"
    # The command line ships in the azure-asm distribution: one version for both.
    return f"{PROG} {sdk} (azure-asm {sdk}, python {platform.python_version()})"


def build_parser(*, emulator_commands: bool = False) -> argparse.ArgumentParser:
    """The ``asm`` parser: one sub-command per operation of the catalog.

    ``asm emulator ...`` is handed to the emulator's own parser before this one parses
    anything; `emulator_commands` also gives the group that parser's commands and options
    (``init``, ``serve --fault-...``), for shell completion, which reads this parser only
    (importing the emulator costs every other command time, so only completion does)."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=version_line())
    _common_options(parser, defaults=True)
    groups = parser.add_subparsers(dest="group", metavar="GROUP", required=True)
    parents: list[argparse.ArgumentParser] = []
    if emulator_commands:
        from azure_asm_emulator.cli import build_parser as emulator_parser

        parents.append(emulator_parser())
    groups.add_parser(
        EMULATOR_GROUP,
        help="the local ASM emulator: init, serve (as asm-emulator)",
        add_help=False,
        parents=parents,
    )
    completion = groups.add_parser(
        COMPLETION_GROUP,
        help="print the shell completion script (bash, zsh, fish)",
        description=COMPLETION_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    completion.add_argument("shell", choices=SHELLS, help="your shell")
    setup = groups.add_parser(
        CONFIGURE_GROUP,
        help="write a profile of the config file (subscription, certificate, endpoint, ...)",
        description=CONFIGURE_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _settings_options(setup, lambda value: argparse.SUPPRESS)
    setup.add_argument(
        "--list",
        action="store_true",
        help="show the settings a command would use, and where each comes from",
    )
    waiters = _waiters()
    for group_name, commands in _groups().items():
        verbs = ", ".join([*commands, "wait"] if group_name in waiters else commands)
        group = groups.add_parser(
            group_name,
            help=verbs,
            formatter_class=_HelpFormatter,
            description=f"Commands for {plural(group_name.replace('-', ' '))}: {verbs}.",
        )
        sub = group.add_subparsers(dest="command", metavar="COMMAND", required=True)
        for command_name, info in commands.items():
            doc = help_text(info.doc or info.name, info)
            notes = [f"SDK method: {info.client}.{info.name}()."]
            if info.is_async:
                notes.append(
                    "Waits for the asynchronous operation, showing its progress on stderr, "
                    "unless --no-wait is given (then prints the request id, to follow with "
                    "`asm operation-status get REQUEST_ID`)."
                )
            command = sub.add_parser(
                command_name,
                help=_help(_first_sentence(doc)),
                description=_help(doc),
                epilog=_help(" ".join(notes)),
                formatter_class=_HelpFormatter,
            )
            for param in info.param_info:
                _add_param(command, param, info)
            if info.is_async:
                command.add_argument(
                    "--no-wait",
                    action="store_true",
                    help="return at once, printing the request id of the operation",
                )
                command.add_argument(
                    "--timeout",
                    type=float,
                    metavar="SECONDS",
                    help="give up waiting after SECONDS (the operation goes on)",
                )
            _common_options(command, defaults=False)
            command.set_defaults(operation=info.name)
        if group_name in waiters:
            _add_wait(sub, waiters[group_name])
    return parser


@functools.cache
def _parser() -> argparse.ArgumentParser:
    return build_parser()


# --- running a command ----------------------------------------------------------------------


def _error_line(exc: BaseException, info: OperationInfo | None = None) -> str:
    if isinstance(exc, AsmHttpError):
        code = exc.code or "HTTP error"
        message = " ".join(exc.message.split())
        if info is not None:
            message = service_message(message, info)
        text = f"{code} (HTTP {exc.status}): {message}"
        if exc.request_id:
            text += f" [request id {exc.request_id}]"
        return text
    if isinstance(exc, OperationFailedError):
        code = f"{exc.code}: " if exc.code else ""
        return f"operation {exc.request_id} failed: {code}{' '.join(exc.message.split())}" + (
            f" (HTTP {exc.http_status_code})" if exc.http_status_code else ""
        )
    return " ".join(str(exc).split()) or type(exc).__name__


def _kwargs(info: OperationInfo, args: argparse.Namespace) -> dict[str, Any]:
    kwargs: dict[str, Any] = {}
    for param in info.param_info:
        raw = getattr(args, param.name, None)
        if raw is None:
            continue
        kwargs[param.name] = argument_value(param, raw, argument_name(param))
    return kwargs


def _setup_logging(debug: bool, err: TextIO) -> None:
    if not debug:
        return
    logger = logging.getLogger("azure_asm")
    handler = logging.StreamHandler(err)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)


def run(
    args: argparse.Namespace,
    environ: Mapping[str, str],
    out: TextIO,
    err: TextIO,
) -> int:
    info = OPERATIONS[args.operation]
    _setup_logging(args.debug, err)
    try:
        query = None if args.query is None else compile_query(args.query)
        kwargs = _kwargs(info, args)
        settings = config.resolve(vars(args), environ)
        output = settings.output or "table"
        client_class = getattr(azure_asm, info.client)
        client = config.make_client(client_class, settings)
    except (BadValue, QueryError, config.ConfigError, CertificateError, ValueError) as exc:
        # ValueError: e.g. a subscription the publish settings file does not hold.
        print(f"{PROG}: error: {_error_line(exc)}", file=err)
        return 2
    try:
        if getattr(args, "waiter", None):
            return _wait(args, client, kwargs, err)
        started = time.monotonic()
        try:
            result = getattr(client, info.name)(**kwargs)
        except (ValueError, TypeError) as exc:  # the SDK's argument checks, before sending
            message = sdk_message(_error_line(exc), info)
            print(f"{PROG}: error: invalid argument: {message}", file=err)
            return 2
        if isinstance(result, AsyncOperation):
            if args.no_wait:
                handle: Any = {"request_id": result.request_id}
                if output != "json" and query is None:
                    handle = result.request_id  # bare, for `$(asm ... --no-wait)`
                emit(handle, output, out, err, query=query)
                return 0
            progress = Progress(f"{info.cli_group} {info.cli_command}", err, started=started)
            if not args.quiet:
                progress.start(result.request_id)
            try:
                final = result.result(args.timeout, None if args.quiet else progress)
            finally:
                if not args.quiet:
                    progress.finish()
            result = {
                "request_id": result.request_id,
                "status": final.status,
                "http_status_code": final.http_status_code,
            }
        emit(result, output, out, err, query=query)
        return 0
    except AsmError as exc:  # refused by the service, failed or timed out operation, network
        print(f"{PROG}: error: {_error_line(exc, info)}", file=err)
        return 1
    finally:
        client.close()


def _wait(args: argparse.Namespace, client: Any, kwargs: dict[str, Any], err: TextIO) -> int:
    """``asm GROUP wait CONDITION``: 0 when the condition holds (`WaiterError`, an
    `AsmError`, is reported by the caller with status 1)."""
    waiter = client.get_waiter(args.waiter)
    progress = WaitProgress(f"{args.group} wait {args.condition}", err)
    try:
        result = waiter.wait(
            delay=args.delay,
            timeout=args.timeout,
            progress=None if args.quiet else progress,
            **kwargs,
        )
    except (ValueError, TypeError) as exc:  # the SDK's checks of the arguments and options
        info = OPERATIONS[args.operation]
        print(f"{PROG}: error: invalid argument: {sdk_message(_error_line(exc), info)}", file=err)
        return 2
    if not args.quiet:
        checks = "check" if result.attempts == 1 else "checks"
        progress.finish(f"done ({result.elapsed:.1f}s, {result.attempts} {checks})")
    return 0


def _first_positional(argv: Sequence[str]) -> int | None:
    """Index of the group name in ``argv`` (skipping global options and their values)."""
    takes_value = {
        "--profile",
        "--subscription-id",
        "--cert",
        "--publish-settings",
        "--host",
        "--ca-bundle",
        "--max-attempts",
        "-o",
        "--output",
        "--query",
        "--record",
        "--replay",
    }
    index = 0
    while index < len(argv):
        item = argv[index]
        if item in takes_value:
            index += 2
        elif item.startswith("-"):
            index += 1
        else:
            return index
    return None


def _complete(parser: argparse.ArgumentParser) -> None:
    """Answer the shell's completion request, if this run is one (argcomplete exits then)."""
    if "_ARGCOMPLETE" not in os.environ:
        return
    import argcomplete

    argcomplete.autocomplete(parser)


def completion_script(shell: str) -> str:
    import argcomplete

    return argcomplete.shellcode([PROG], shell=shell)


def main(
    argv: Sequence[str] | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    inp: TextIO | None = None,
) -> int:
    """Entry point of the ``asm`` console script; returns the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    environ = config.environment() if environ is None else environ
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    inp = sys.stdin if inp is None else inp
    if argv is None and "_ARGCOMPLETE" in os.environ:
        _complete(build_parser(emulator_commands=True))
    group_at = _first_positional(arguments)
    if group_at is not None and arguments[group_at] == EMULATOR_GROUP:
        from azure_asm_emulator.cli import main as emulator_main

        return emulator_main(arguments[group_at + 1 :])
    try:
        args = _parser().parse_args(arguments)
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 2
    try:
        if args.group == COMPLETION_GROUP:
            out.write(completion_script(args.shell))
            return 0
        if args.group == CONFIGURE_GROUP:
            return configure(args, environ, inp, out, err)
        return run(args, environ, out, err)
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=err)
        return 130
    except BrokenPipeError:  # `asm ... | head`: the reader is gone, nothing left to say
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 0

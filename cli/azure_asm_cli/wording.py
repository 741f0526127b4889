"""The spec's and the SDK's words, said the command line's way.

The spec documents the Python API (``check it first with `check_hosted_service_name_availability```,
``give this or `affinity_group```) and the SDK's argument checks name Python parameters
(``location and affinity_group: exactly one must be given``) and state rules as regular
expressions (``must match (?i)production|staging``). The SDK keeps saying so to Python callers;
the command line says the same things in its own terms: commands (``asm hosted-service
check-name-availability``), flags (``--location``), positional arguments (``SERVICE_NAME``)
and choices (``must be one of: production, staging``).
"""

from __future__ import annotations

import re

from azure_asm.catalog import OPERATIONS
from azure_asm_runtime.catalog import OperationInfo, ParamInfo


def is_positional(param: ParamInfo) -> bool:
    """Required parameters that name the resource are positional arguments."""
    return (
        param.required
        and param.kind == "scalar"
        and param.type not in ("bool",)
        and (param.in_path or param.name == "name" or param.name.endswith("_name"))
    )


def option(param: ParamInfo) -> str:
    return "--" + param.name.replace("_", "-")


def argument_name(param: ParamInfo) -> str:
    """How the command line names a parameter: its flag, or its positional metavar."""
    return param.name.upper() if is_positional(param) else option(param)


def plural(noun: str) -> str:
    """English plural of a group's noun (``operation status`` -> ``operation statuses``)."""
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return noun + "s"


def command_of(operation: str) -> str | None:
    info = OPERATIONS.get(operation)
    return None if info is None else f"asm {info.cli_group} {info.cli_command}"


_OPERATION_NAME = re.compile(r"`?\b([a-z]+(?:_[a-z0-9]+)+)\b(?:\(\))?`?")
_BACKTICKED = re.compile(r"`([a-z][a-z0-9_]*)`")


def help_text(text: str, info: OperationInfo | None = None, param: ParamInfo | None = None) -> str:
    """Spec prose for the command line: operations named by their command, this operation's
    parameters by their flags; in the help of ``param``, Python's ``None`` is "not given" and
    ``True`` / ``False`` of a switch are its two flags."""

    def command(match: re.Match[str]) -> str:
        name = command_of(match.group(1))
        return match.group(0) if name is None else f"`{name}`"

    text = _OPERATION_NAME.sub(command, text)
    for pattern, replacement in _PYTHON_PHRASES:
        text = pattern.sub(replacement, text)
    if info is not None:
        params = {param.name: param for param in info.param_info}

        def switch(match: re.Match[str]) -> str:
            param = params.get(match.group(1))
            if param is None:
                return match.group(0)
            flag = option(param)
            return f"`{flag if match.group(2) == 'True' else '--no-' + flag[2:]}`"

        text = _SWITCH_VALUE.sub(switch, text)

        def flag(match: re.Match[str]) -> str:
            param = params.get(match.group(1))
            return match.group(0) if param is None else f"`{argument_name(param)}`"

        text = _BACKTICKED.sub(flag, text)

        def bare(match: re.Match[str]) -> str:
            found = params.get(match.group(0))
            return match.group(0) if found is None else argument_name(found)

        text = _SNAKE_WORD.sub(bare, text)
    if param is not None:
        if "None" not in param.enum:
            text = _NONE.sub("not given", text)
        if param.kind == "scalar" and param.type == "bool":
            text = _TRUE.sub(option(param), text)
            text = _FALSE.sub("--no-" + option(param)[2:], text)
    return text


#: What the SDK's docs say about return values, as the command line has it.
_PYTHON_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bReturns an AsyncOperation\b"), "Asynchronous: the command waits for it"),
    (re.compile(r"\bthe returned AsyncOperation\b"), "what `--no-wait` prints"),
    (re.compile(r"\bReturns None\b"), "Prints nothing"),
    (re.compile(r"\breturns None\b"), "prints nothing"),
    (re.compile(r"\bleft None\b"), "not given"),
    (re.compile(r"\b(are|is) None\b"), r"\1 empty"),
    (re.compile(r"\b(are|is) True\b"), r"\1 true"),
    (re.compile(r"\b(are|is) False\b"), r"\1 false"),
    # The SDK's page iterators have no command: the command line shows one page at a time.
    (re.compile(r",? or use `iter_\w+`(, which does so)?"), ""),
)
_SWITCH_VALUE = re.compile(r"`([a-z][a-z0-9_]*)=(True|False)`")
_SNAKE_WORD = re.compile(r"(?<![`\w-])[a-z]+(?:_[a-z0-9]+)+(?![`\w])")
_NONE = re.compile(r"\bNone\b")
_TRUE = re.compile(r"\bTrue\b")
_FALSE = re.compile(r"\bFalse\b")


# --- the SDK's argument checks -------------------------------------------------------------

_NAMES_HEAD = re.compile(r"^([a-z_][a-z0-9_]*(?: and [a-z_][a-z0-9_]*)*)(?=[:.\[])")
_MUST_MATCH = re.compile(r"must match (\S+)$")
_ONE_OF = re.compile(r"must be one of (?!:)")
_WORDS = re.compile(r"^\w+(?:\|\w+)+$")


def _alternatives(pattern: str) -> list[str] | None:
    """The words of a pattern that only lists words (``^(?i:production|staging)$``)."""
    core = pattern.removeprefix("^").removesuffix("$")
    core = core.removeprefix("(?i)")
    for opening in ("(?i:", "(?:", "("):
        if core.startswith(opening) and core.endswith(")"):
            core = core[len(opening) : -1]
            break
    return core.split("|") if _WORDS.match(core) else None


def sdk_message(message: str, info: OperationInfo) -> str:
    """An SDK argument-check message with parameters named as on the command line."""
    params = {param.name: param for param in info.param_info}
    head = _NAMES_HEAD.match(message)
    if head is not None:
        names = head.group(1).split(" and ")
        if all(name in params for name in names):
            named = " and ".join(argument_name(params[name]) for name in names)
            rest = message[head.end() :]
            if rest.startswith((".", "[")):
                # A member of a JSON argument: `system_config.user_name: ...`.
                path, _, detail = rest.partition(": ")
                rest = f": {path.lstrip('.')}: {detail}"
            message = named + rest
    match = _MUST_MATCH.search(message)
    if match is not None:
        words = _alternatives(match.group(1))
        if words is not None:
            message = message[: match.start()] + "must be one of: " + ", ".join(words)
    return _ONE_OF.sub("must be one of: ", message)


_WIRE_TOKEN = re.compile(r"`?\b([a-z][\w-]*=[\w|-]+)`?")


def service_message(message: str, info: OperationInfo) -> str:
    """A service message naming a wire detail that a flag of this command sets: ASM says
    ``delete the service with comp=media`` where the command's flag is ``--complete``."""
    for param in info.param_info:
        for token in _WIRE_TOKEN.findall(param.doc):
            message = message.replace(token, argument_name(param))
    return message

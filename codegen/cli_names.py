"""How the ``asm`` command line names operations: ``asm GROUP COMMAND``.

The rule, applied to the operation name (``snake_case`` words):

1. The *verb* is the first word (``list``, ``get``, ``create``, ``update``, ``delete``, ``add``,
   ``check``, ``capture``, ...); the *rest* is the other words.
2. The *resources* of the spec are the rests, made singular, of every ``list_``, ``create_``,
   ``add_`` and ``delete_`` operation (``list_hosted_services`` -> ``hosted_service``).
3. The *group* is the longest run of consecutive words of the rest that, made singular, is a
   resource (the first such run when several are as long); when no run is a resource, the
   group is the whole rest, made singular.
4. The *command* is the verb followed by the rest's words outside the group; when there are
   none, the group's words were plural and the verb is not ``list``, it is the verb followed
   by ``many`` (``start_roles`` starts several roles: ``role start-many``, next to
   ``start_role``'s ``role start``).
5. Both are written in kebab-case.

So ``list_hosted_services`` is ``hosted-service list``, ``get_hosted_service_properties`` is
``hosted-service get-properties``, ``check_storage_account_name_availability`` is
``storage-account check-name-availability``, ``get_deployment_by_slot`` is
``deployment get-by-slot``, ``get_all_jobs`` is ``job get-all`` and ``get_operation_status``
is ``operation-status get``.
An operation of the spec may name its own with ``cli: {group: deployment, command:
walk-upgrade-domain}``. Two operations that would get the same group and command are a spec
error.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

#: Verbs whose operations name a resource of their own.
RESOURCE_VERBS = ("list", "create", "add", "delete")


class CliNameError(ValueError):
    """Two operations would be reached by the same ``asm GROUP COMMAND``."""


def singular(word: str) -> str:
    """English singular of one word, as far as the API's nouns need it."""
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if word.endswith(("sses", "uses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("s") and len(word) > 1:
        return word[:-1]
    return word


def _singular(words: list[str]) -> str:
    return "_".join([*words[:-1], singular(words[-1])])


def cli_names(
    operation_names: Iterable[str], overrides: Mapping[str, tuple[str, str]] | None = None
) -> dict[str, tuple[str, str]]:
    """``{operation name: (group, command)}`` for every operation (see the module doc);
    ``overrides`` (the spec's ``cli: {group, command}``) replace the rule's names."""
    overrides = overrides or {}
    names = list(operation_names)
    split = {name: name.split("_") for name in names}
    resources = {
        _singular(words[1:])
        for words in split.values()
        if words[0] in RESOURCE_VERBS and len(words) > 1
    }
    result: dict[str, tuple[str, str]] = {}
    taken: dict[tuple[str, str], str] = {}
    for name, words in split.items():
        verb, rest = words[0], words[1:]
        if not rest:
            raise CliNameError(f"operation {name!r}: the name needs a verb and a resource")
        runs = [
            (start, start + size)
            for size in range(len(rest), 0, -1)
            for start in range(len(rest) - size + 1)
        ]
        run = next((r for r in runs if _singular(rest[r[0] : r[1]]) in resources), None)
        if run is None:
            group, tail = _singular(rest), []
        else:
            start, end = run
            group, tail = _singular(rest[start:end]), rest[:start] + rest[end:]
            if not tail and verb != "list" and singular(rest[end - 1]) != rest[end - 1]:
                tail = ["many"]  # start_roles: several at once
        key = overrides.get(name) or (group.replace("_", "-"), "-".join([verb, *tail]))
        if key in taken:
            raise CliNameError(
                f"operations {taken[key]!r} and {name!r} would both be `asm {key[0]} {key[1]}`"
            )
        taken[key] = name
        result[name] = key
    return result

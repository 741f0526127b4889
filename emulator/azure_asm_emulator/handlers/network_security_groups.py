"""Network security groups (``/services/networking/networksecuritygroups``), their rules and
their association with subnets, virtual machines and network interfaces.

State layout: ``state.backend(subscription_id).network_security_groups`` (a ``Collection``,
names ignoring case) maps the group name to a generated ``NetworkSecurityGroup`` holding its
name, label, location (catalogue spelling) and every rule (ASM's six default ones first). An
association is stored where ASM shows it: the subnet's ``network_security_group`` (in
``virtual_networks``, so list_virtual_network_sites shows it), the virtual machine's network
set or network interface ``network_security_group``.

Behaviour, as ASM (x-ms-version 2016-07-01): every write is asynchronous and holds the lock
``networksecuritygroup:NAME`` (associations also that of the subnet or machine). Create
refuses (400) an empty name, a label over 100 characters or an unknown location, and (409) a
name taken; the group is visible at once. Get shows the rules only with ``detaillevel=Full``;
list never. A rule needs a direction (Inbound, Outbound), an action (Allow, Deny), a protocol
(TCP, UDP, ``*``) and a priority from 100 to 4096 that no other rule of its direction has
(400 otherwise); default rules cannot be deleted (400). A subnet, machine or interface has at
most one group (400 while it has another), in its network's location (400); removing a group
it does not have, or asking for the group of one without, is 404. A group still associated
cannot be deleted (400).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from azure_asm.models import (
    NetworkSecurityGroup,
    NetworkSecurityGroupAssociation,
    NetworkSecurityRule,
)

from ..catalogue_locations import canonical_location
from ..errors import bad_request
from ..operations import LOCK_NOUNS
from ..routing import Response
from ..state import State
from . import network_common as net
from .compute_common import deployments
from .spec_io import Call, SpecRouter, not_found

router = SpecRouter()

LOCK_NOUNS.setdefault("networksecuritygroup", "network security group")

_DEFAULT_RULES = (
    ("ALLOW VNET INBOUND", "Inbound", 65000, "Allow", "VIRTUAL_NETWORK", "VIRTUAL_NETWORK"),
    ("ALLOW AZURE LOAD BALANCER INBOUND", "Inbound", 65001, "Allow", "AZURE_LOADBALANCER", "*"),
    ("DENY ALL INBOUND", "Inbound", 65500, "Deny", "*", "*"),
    ("ALLOW VNET OUTBOUND", "Outbound", 65000, "Allow", "VIRTUAL_NETWORK", "VIRTUAL_NETWORK"),
    ("ALLOW INTERNET OUTBOUND", "Outbound", 65001, "Allow", "*", "INTERNET"),
    ("DENY ALL OUTBOUND", "Outbound", 65500, "Deny", "*", "*"),
)
_CHOICES = {
    "type": ("Inbound", "Outbound"),
    "action": ("Allow", "Deny"),
    "protocol": ("TCP", "UDP", "*"),
}


def _lock(name: str) -> str:
    return f"networksecuritygroup:{name.lower()}"


def _same(a: str | None, b: str | None) -> bool:
    return (a or "").lower() == (b or "").lower()


def users(state: State, subscription_id: str, name: str) -> Iterator[str]:
    """What the group ``name`` is associated with."""
    for site in state.backend(subscription_id).virtual_networks.values():
        for subnet in site.subnets or []:
            if _same(subnet.network_security_group, name):
                yield f"subnet {subnet.name} of virtual network {site.name}"
    for key, deployment in deployments(state, subscription_id).items():
        for machine in deployment.role_list or []:
            for item in machine.configuration_sets or []:
                if _same(getattr(item, "network_security_group", None), name):
                    yield f"virtual machine {machine.role_name} of {key}"
                for interface in getattr(item, "network_interfaces", None) or []:
                    if _same(interface.network_security_group, name):
                        yield f"network interface {interface.name} of {key}"


def _check_create(call: Call[NetworkSecurityGroup], body: NetworkSecurityGroup) -> None:
    if not (body.name or "").strip():
        raise bad_request("The name of the network security group must be specified.")
    if body.label is not None and len(body.label) > 100:
        raise bad_request("The label of the network security group exceeds 100 characters.")
    if canonical_location(body.location) is None:
        raise bad_request(f"The location '{body.location}' is not a valid location.")


@router.handles("create_network_security_group", status=202, check=_check_create)
def create_network_security_group(call: Call[NetworkSecurityGroup]) -> Response:
    body = call.body
    name = body.name or ""
    rules = [
        NetworkSecurityRule(
            name=rule,
            type=kind,
            priority=priority,
            action=action,
            source_address_prefix=source,
            source_port_range="*",
            destination_address_prefix=target,
            destination_port_range="*",
            protocol="*",
            state="Active",
            is_default=True,
        )
        for rule, kind, priority, action, source, target in _DEFAULT_RULES
    ]
    group = NetworkSecurityGroup(
        name=name, label=body.label, location=canonical_location(body.location), rules=rules
    )
    call.state.operations.require_unlocked(_lock(name))
    call.backend.network_security_groups.add_or_409(name, group)
    return net.start(call, _lock(name))


@router.handles("get_network_security_group")
def get_network_security_group(call: Call[None]) -> NetworkSecurityGroup:
    group = call.backend.network_security_groups.get_or_404(
        call.param("network_security_group_name")
    )
    full = _same(call.request.query.get("detaillevel"), "Full")
    rules = list(group.rules or []) if full else None
    return NetworkSecurityGroup(
        name=group.name, label=group.label, location=group.location, rules=rules
    )


@router.handles("list_network_security_groups")
def list_network_security_groups(call: Call[None]) -> list[NetworkSecurityGroup]:
    groups = call.backend.network_security_groups.values()
    return [
        NetworkSecurityGroup(name=group.name, label=group.label, location=group.location)
        for group in groups
    ]


@router.handles("delete_network_security_group", status=202)
def delete_network_security_group(call: Call[None]) -> Response:
    groups = call.backend.network_security_groups
    name = groups.get_or_404(call.param("network_security_group_name")).name or ""
    used = list(users(call.state, call.subscription_id, name))
    if used:
        raise bad_request(
            f"The network security group {name} is in use by {', '.join(used)} and cannot be "
            "deleted."
        )

    def work() -> None:
        groups.remove_or_404(name)

    return net.start(call, _lock(name), work)


def _check_rule(call: Call[NetworkSecurityRule], rule: NetworkSecurityRule) -> None:
    for member, choices in _CHOICES.items():
        value = getattr(rule, member)
        if not any(_same(value, choice) for choice in choices):
            raise bad_request(
                f"The {member} '{value}' of the rule is not valid: use {', '.join(choices)}."
            )
    if rule.priority is None or not 100 <= rule.priority <= 4096:
        raise bad_request(f"The priority {rule.priority} of the rule is not in 100 to 4096.")


@router.handles("set_network_security_group_rule", status=202, check=_check_rule)
def set_network_security_group_rule(call: Call[NetworkSecurityRule]) -> Response:
    group = call.backend.network_security_groups.get_or_404(
        call.param("network_security_group_name")
    )
    name, body = call.param("rule_name"), call.body
    rules = group.rules or []
    for rule in rules:
        if _same(rule.name, name) and rule.is_default:
            raise bad_request(f"The default rule {rule.name} cannot be changed.")
        if (
            not _same(rule.name, name)
            and _same(rule.type, body.type)
            and (rule.priority == body.priority and not rule.is_default)
        ):
            raise bad_request(
                f"The rule {rule.name} already has priority {body.priority} for {rule.type} "
                "traffic."
            )
    body.name, body.state, body.is_default = name, "Active", False
    kept = [rule for rule in rules if not _same(rule.name, name)]
    position = sum(1 for rule in kept if not rule.is_default)

    def work() -> None:
        group.rules = [*kept[:position], body, *kept[position:]]

    return net.start(call, _lock(group.name or ""), work)


@router.handles("delete_network_security_group_rule", status=202)
def delete_network_security_group_rule(call: Call[None]) -> Response:
    group = call.backend.network_security_groups.get_or_404(
        call.param("network_security_group_name")
    )
    name = call.param("rule_name")
    rule = next((rule for rule in group.rules or [] if _same(rule.name, name)), None)
    if rule is None:
        raise not_found(f"The rule {name} does not exist in network security group {group.name}.")
    if rule.is_default:
        raise bad_request(f"The default rule {rule.name} cannot be deleted.")

    def work() -> None:
        group.rules = [kept for kept in group.rules or [] if kept is not rule]

    return net.start(call, _lock(group.name or ""), work)


# --- associations ---------------------------------------------------------------------------


class _Holder(Protocol):
    """Something a group is associated with: a subnet, a machine's network set or an interface."""

    network_security_group: str | None


def _add(
    call: Call[NetworkSecurityGroupAssociation], holder: _Holder, network: str | None, what: str
) -> Response:
    group = call.backend.network_security_groups.get_or_404(
        call.body.network_security_group_name or ""
    )
    if holder.network_security_group:
        raise bad_request(
            f"The {what} already has network security group {holder.network_security_group}."
        )
    net.check_location(call, network, group.location, f"network security group {group.name}")

    def work() -> None:
        holder.network_security_group = group.name

    return net.start(call, _lock(group.name or ""), work)


def _remove(call: Call[None], holder: _Holder, what: str) -> Response:
    name = call.param("network_security_group_name")
    if not holder.network_security_group or not _same(holder.network_security_group, name):
        raise not_found(f"The network security group {name} is not associated with the {what}.")

    def work() -> None:
        holder.network_security_group = None

    return net.start(call, _lock(name), work)


def _association(holder: _Holder, what: str) -> NetworkSecurityGroupAssociation:
    if not holder.network_security_group:
        raise not_found(f"The {what} has no network security group.")
    return NetworkSecurityGroupAssociation(
        network_security_group_name=holder.network_security_group, state="Created"
    )


@router.handles("add_network_security_group_to_subnet", status=202)
def add_network_security_group_to_subnet(call: Call[NetworkSecurityGroupAssociation]) -> Response:
    site, subnet = net.subnet(call)
    return _add(call, subnet, site.name, f"subnet {subnet.name}")


@router.handles("remove_network_security_group_from_subnet", status=202)
def remove_network_security_group_from_subnet(call: Call[None]) -> Response:
    return _remove(call, net.subnet(call)[1], "subnet")


@router.handles("get_network_security_group_for_subnet")
def get_network_security_group_for_subnet(call: Call[None]) -> NetworkSecurityGroupAssociation:
    return _association(net.subnet(call)[1], "subnet")


@router.handles("add_network_security_group_to_role", status=202)
def add_network_security_group_to_role(call: Call[NetworkSecurityGroupAssociation]) -> Response:
    deployment, network = net.role(call)
    return _add(call, network, deployment.virtual_network_name, "virtual machine")


@router.handles("remove_network_security_group_from_role", status=202)
def remove_network_security_group_from_role(call: Call[None]) -> Response:
    return _remove(call, net.role(call)[1], "virtual machine")


@router.handles("get_network_security_group_for_role")
def get_network_security_group_for_role(call: Call[None]) -> NetworkSecurityGroupAssociation:
    return _association(net.role(call)[1], "virtual machine")


@router.handles("add_network_security_group_to_network_interface", status=202)
def add_network_security_group_to_network_interface(
    call: Call[NetworkSecurityGroupAssociation],
) -> Response:
    deployment, interface = net.network_interface(call)
    return _add(call, interface, deployment.virtual_network_name, "network interface")


@router.handles("remove_network_security_group_from_network_interface", status=202)
def remove_network_security_group_from_network_interface(call: Call[None]) -> Response:
    return _remove(call, net.network_interface(call)[1], "network interface")


@router.handles("get_network_security_group_for_network_interface")
def get_network_security_group_for_network_interface(
    call: Call[None],
) -> NetworkSecurityGroupAssociation:
    return _association(net.network_interface(call)[1], "network interface")

"""Azure SQL: a server, its firewall rules and databases, then cleaning everything up."""

import json
import sys

from azure.common import AzureHttpError, AzureMissingResourceHttpError
from azure.servicemanagement import *  # noqa: F403


def main(subscription_id, cert_file, host):
    sql = SqlDatabaseManagementService(subscription_id, cert_file, host)  # noqa: F405
    out = {}

    server = sql.create_server("compatadmin", "Passw0rd!2024", "West US")
    name = server.server_name
    out["fqdn_matches"] = server.fully_qualified_domain_name == name + ".database.windows.net"

    servers = sql.list_servers()
    out["servers"] = [
        [s.name == name, s.administrator_login, s.location, s.version != ""] for s in servers
    ]
    sql.set_server_admin_password(name, "An0ther-Passw0rd")

    sql.create_firewall_rule(name, "office", "10.0.0.1", "10.0.0.255")
    sql.create_firewall_rule(name, "home", "192.168.1.10", "192.168.1.10")
    sql.update_firewall_rule(name, "home", "192.168.1.20", "192.168.1.20")
    rules = sql.list_firewall_rules(name)
    out["rules"] = sorted([r.name, r.start_ip_address, r.end_ip_address] for r in rules)
    sql.delete_firewall_rule(name, "office")
    out["rules_after_delete"] = [r.name for r in sql.list_firewall_rules(name)]

    objectives = sql.list_service_level_objectives(name)
    basic = [o for o in objectives if o.name == "Basic"][0]
    out["objective_names_include_s1"] = "S1" in [o.name for o in objectives]

    sql.create_database(name, "compatdb", basic.id, edition="Basic", max_size_bytes=1073741824)
    databases = sql.list_databases(name)
    out["databases"] = sorted(
        [d.name, d.edition, d.max_size_bytes, d.is_system_object] for d in databases
    )
    sql.update_database(name, "compatdb", new_database_name="compatdb2")
    out["renamed"] = sorted(d.name for d in sql.list_databases(name))

    out["quota_names"] = sorted(q.name for q in sql.list_quotas(name))

    try:
        sql.delete_database(name, "nosuchdb")
        out["delete_missing_db"] = "no error"
    except AzureMissingResourceHttpError as e:
        out["delete_missing_db"] = ["AzureMissingResourceHttpError", e.status_code]

    sql.delete_database(name, "compatdb2")
    sql.delete_server(name)
    out["servers_left"] = len(sql.list_servers())
    try:
        sql.list_firewall_rules(name)
        out["rules_of_deleted_server"] = "no error"
    except AzureHttpError as e:
        out["rules_of_deleted_server"] = ["AzureHttpError", e.status_code]
    return out


if __name__ == "__main__":
    # The outcome is the last line (wait_for_operation_status prints progress dots).
    print(json.dumps(main(*sys.argv[1:4]), sort_keys=True))

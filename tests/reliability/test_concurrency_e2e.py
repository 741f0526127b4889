"""Point 8 of issue #5: one client shared by many threads is safe; the pool is bounded."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from azure_asm_emulator import Request, Response, State, empty
from azure_asm_runtime.errors import AsmConnectTimeoutError
from azure_asm_runtime.retry import NO_RETRY


class ConnectionGauge:
    """Counts the emulator's open client connections and remembers the most at once."""

    def __init__(self, server: Any) -> None:
        connections = server._httpd.connections
        self.open = 0
        self.most = 0
        self.total = 0
        self._lock = threading.Lock()
        add, discard = connections.add, connections.discard

        def counted_add(sock: Any) -> None:
            with self._lock:
                self.open += 1
                self.total += 1
                self.most = max(self.most, self.open)
            add(sock)

        def counted_discard(sock: Any) -> None:
            with self._lock:
                self.open -= 1
            discard(sock)

        connections.add, connections.discard = counted_add, counted_discard


def test_many_threads_share_one_client_and_at_most_pool_maxsize_connections(emulator: Any) -> None:
    gauge = ConnectionGauge(emulator.server)
    client = emulator.client(pool_maxsize=3)
    emulator.server.set_faults(latency=0.005)

    def cycle(index: int) -> str:
        name = f"conc{index:03d}"
        operation = client.create_storage_account(name, "d", name, location="West US")
        assert client.get_storage_account_properties(name).service_name == name
        operation.result(timeout=30)
        client.delete_storage_account(name).result(timeout=30)
        return name

    with ThreadPoolExecutor(max_workers=24) as pool:
        names = list(pool.map(cycle, range(48)))
    assert names == [f"conc{i:03d}" for i in range(48)]
    assert client.list_storage_accounts() == []
    assert 1 <= gauge.most <= 3
    assert gauge.total <= 6  # connections are kept alive and reused, not reopened per request


def test_waiting_for_a_free_connection_is_bounded(emulator: Any) -> None:
    release = threading.Event()

    def slow(request: Request, state: State) -> Response:
        release.wait(5)
        return empty(200)

    # Handlers run under the state lock: block outside it, in a route of our own.
    emulator.server.router.add("GET", "/{subscription_id}/slow", slow)
    emulator.server.dispatch = lambda handler, request: handler(request, emulator.server.state)
    client = emulator.client(pool_maxsize=1, timeout=0.5, retry=NO_RETRY)
    path = f"/{client.subscription_id}/slow"
    holder = threading.Thread(target=lambda: client.with_options(timeout=10).perform_get(path))
    holder.start()
    time.sleep(0.2)
    started = time.monotonic()
    with pytest.raises(AsmConnectTimeoutError, match="no free connection"):
        client.perform_get(path)
    assert time.monotonic() - started < 2
    release.set()
    holder.join(10)

"""`make demo`: start the local emulator on a free port, run the seed walkthrough, stop it.

Exits with the walkthrough's status, so any failure of a seed sample fails the demo.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="asm-demo-") as tmp:
        demo_dir = Path(tmp)
        emulator = [sys.executable, "-m", "azure_asm_emulator"]
        subprocess.run([*emulator, "init", str(demo_dir)], check=True, stdout=subprocess.DEVNULL)
        port_file = demo_dir / "port"
        server = subprocess.Popen(
            [
                *emulator,
                "serve",
                "--dir",
                str(demo_dir),
                "--port",
                "0",
                "--port-file",
                str(port_file),
            ],
            stdout=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 30
            while not port_file.exists() or not port_file.read_text().strip():
                if server.poll() is not None or time.monotonic() > deadline:
                    print("the emulator did not start", file=sys.stderr)
                    return 1
                time.sleep(0.05)
            port = port_file.read_text().strip()
            env = dict(
                os.environ,
                ASM_DEMO_DIR=str(demo_dir),
                AZURE_ASM_HOST=f"127.0.0.1:{port}",
                AZURE_ASM_CA_BUNDLE=str(demo_dir / "ca.pem"),
            )
            print(f"emulator listening on https://127.0.0.1:{port}")
            return subprocess.run(
                [sys.executable, str(HERE / "seed_walkthrough.py")], env=env
            ).returncode
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())

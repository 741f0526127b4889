"""What `pip install .` puts on a user's machine, and what a type checker sees there.

The wheel holds our five packages, each typed (`py.typed`), and nothing else: not the generator,
the tests or the benchmarks. A user's script that imports `azure_asm` passes `mypy --strict` from
outside the repository, with the editable install `make install` makes and with the wheel,
without MYPYPATH.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).parents[2]
#: The SDK, its runtime, the emulator, the server's direction of the generated codecs (which
#: the emulator and the `Stubber` use) and the command line.
PACKAGES = {
    "azure_asm",
    "azure_asm_runtime",
    "azure_asm_emulator",
    "azure_asm_emulator_codecs",
    "azure_asm_cli",
}

USER_SCRIPT = """\
from azure_asm import LinuxConfigurationSet, ServiceManagementService
from azure_asm_runtime.errors import AsmHttpError


def location_names(sms: ServiceManagementService) -> list[str]:
    try:
        return [location.name for location in sms.list_locations() if location.name]
    except AsmHttpError as error:
        return [f"failed: {error.status}"]


def host_name(config: LinuxConfigurationSet) -> str:
    return config.host_name or "unnamed"
"""

#: The same script with a type error mypy must find, so that a pass above means it looked.
WRONG_SCRIPT = USER_SCRIPT + "\n\nwrong: int = ServiceManagementService\n"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        cwd=out,
    )
    [built] = out.glob("azure_asm-*.whl")
    return built


def run_mypy(python: Path | str, folder: Path, script: str) -> subprocess.CompletedProcess[str]:
    (folder / "app.py").write_text(script)
    env = {key: value for key, value in os.environ.items() if key != "MYPYPATH"}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--python-executable",
            str(python),
            "app.py",
        ],
        capture_output=True,
        text=True,
        cwd=folder,
        env=env,
    )


def test_wheel_holds_only_our_typed_packages(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    top_level = {name.split("/", 1)[0] for name in names}
    assert top_level - {n for n in top_level if n.endswith(".dist-info")} == PACKAGES
    for package in PACKAGES:
        assert f"{package}/py.typed" in names
    assert not [n for n in names if n.endswith((".pyc", ".jinja")) or "__pycache__" in n]
    assert "azure_asm/clients.py" in names and "azure_asm_runtime/client.py" in names


def test_wheel_carries_the_licence(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)


def test_script_type_checks_against_the_editable_install(tmp_path: Path) -> None:
    checked = run_mypy(sys.executable, tmp_path, USER_SCRIPT)
    assert checked.returncode == 0, checked.stdout
    wrong = run_mypy(sys.executable, tmp_path, WRONG_SCRIPT)
    assert "Incompatible types in assignment" in wrong.stdout


def test_script_type_checks_against_the_installed_wheel(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "env"
    venv.create(target, with_pip=False)
    [site] = target.glob("lib/python*/site-packages")
    zipfile.ZipFile(wheel).extractall(site)
    # The dependencies (lxml, urllib3, cryptography) from this environment, not our packages.
    (site / "dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    python = target / "bin" / "python"
    imported = subprocess.run(
        [python, "-c", "import azure_asm, azure_asm_cli; print(azure_asm.__file__)"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    assert imported.stdout.startswith(str(site))

    checked = run_mypy(python, tmp_path, USER_SCRIPT)
    assert checked.returncode == 0, checked.stdout
    assert "error" in run_mypy(python, tmp_path, WRONG_SCRIPT).stdout

"""`python -m codegen [--spec spec] [--out generated]`: regenerate the `azure_asm` package.

`--check` regenerates into a temporary folder and fails when anything differs from `--out`
(CI runs it so that `generated/` can never drift from `spec/`); `--validate` only loads the spec.

`python -m codegen diff [--base GIT_REF | OLD_DIR NEW_DIR]` reports what a change of the spec
means for users of the SDK (`codegen.diff`).
"""

from __future__ import annotations

import argparse
import filecmp
import io
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from codegen.diff import diff_specs, format_json, format_text
from codegen.ir import Spec
from codegen.loader import SpecError, load_spec
from codegen.render import SERVER_PACKAGE, generate, generate_docs


def _differences(expected: Path, actual: Path) -> list[str]:
    expected_files = {p.relative_to(expected) for p in expected.rglob("*") if p.is_file()}
    actual_files = {
        p.relative_to(actual)
        for p in actual.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    problems = [f"missing: {p}" for p in sorted(expected_files - actual_files)]
    problems += [f"not generated from the spec: {p}" for p in sorted(actual_files - expected_files)]
    for path in sorted(expected_files & actual_files):
        if not filecmp.cmp(expected / path, actual / path, shallow=False):
            problems.append(f"stale: {path}")
    return problems


def _git(arguments: list[str], cwd: Path) -> bytes:
    return subprocess.run(["git", *arguments], cwd=cwd, capture_output=True, check=True).stdout


def _load_unless_same(folder: Path, same_as: Path, same_spec: Spec) -> Spec:
    """`load_spec(folder)`, or `same_spec` when `folder` holds the same files as `same_as`.

    Parsing the YAML is nearly all the time a diff takes; identical files give an identical IR.
    """
    files = sorted(path.name for path in folder.glob("*.yaml"))
    if files == sorted(path.name for path in same_as.glob("*.yaml")) and all(
        (folder / name).read_bytes() == (same_as / name).read_bytes() for name in files
    ):
        return same_spec
    return load_spec(folder)


def _spec_at(ref: str, folder: Path, same_as: Path, same_spec: Spec) -> Spec:
    """The spec folder `folder` as committed at `ref`, read from git into a temporary folder
    (`same_spec` when it holds the same files as `same_as`)."""
    try:
        # `git archive` runs at the top of the work tree: give it the folder's tree object.
        top, tree = _git(["rev-parse", "--show-toplevel", f"{ref}:./"], folder).decode().split()
        archive = _git(["archive", "--format=tar", tree], Path(top))
    except (OSError, subprocess.CalledProcessError) as exc:
        detail = exc.stderr.decode(errors="replace").strip() if hasattr(exc, "stderr") else exc
        raise SpecError(f"{folder} at {ref}: cannot read it from git: {detail}") from None
    with tempfile.TemporaryDirectory() as tmp, tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        copy = Path(tmp) / folder.resolve().name  # the same name, for the same error messages
        copy.mkdir()
        # Only the spec files themselves: the loader reads nothing else, and nothing from the
        # archive is written outside the copy.
        for entry in tar.getmembers():
            if entry.isfile() and "/" not in entry.name and entry.name.endswith(".yaml"):
                content = tar.extractfile(entry)
                assert content is not None
                (copy / entry.name).write_bytes(content.read())
        return _load_unless_same(copy, same_as, same_spec)


def _diff(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m codegen diff",
        description="Compare two specs: added, removed and changed operations, parameters, "
        "shapes and members, each compatible or breaking for users of the SDK. By default "
        "the spec committed at --base against the working tree's.",
    )
    parser.add_argument(
        "folders", nargs="*", type=Path, metavar="OLD_DIR NEW_DIR", help="compare two folders"
    )
    parser.add_argument("--base", metavar="GIT_REF", help="the old spec's commit (HEAD)")
    parser.add_argument("--spec", type=Path, default=Path("spec"), help="the new spec's folder")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--fail-on-breaking", action="store_true", help="exit 1 when a change is breaking"
    )
    args = parser.parse_args(argv)
    if args.folders and (len(args.folders) != 2 or args.base):
        parser.error("give two folders (OLD_DIR NEW_DIR), or --base and --spec")
    try:
        if args.folders:
            old_folder, new_folder = args.folders
            old_label, new_label = str(old_folder), str(new_folder)
            new = load_spec(new_folder)
            old = _load_unless_same(old_folder, new_folder, new)
        else:
            base = args.base or "HEAD"
            old_label, new_label = f"{args.spec} at {base}", str(args.spec)
            new = load_spec(args.spec)
            old = _spec_at(base, args.spec, args.spec, new)
    except SpecError as exc:
        print(f"spec error: {exc}", file=sys.stderr)
        return 2
    changes = diff_specs(old, new)
    report = format_json if args.format == "json" else format_text
    print(report(changes, old_label, new_label), end="")
    return 1 if args.fail_on_breaking and any(c.breaking for c in changes) else 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["diff"]:
        return _diff(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--spec", type=Path, default=Path("spec"), help="folder of *.yaml files")
    parser.add_argument("--out", type=Path, default=Path("generated"), help="output root")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="fail if --out is stale")
    mode.add_argument("--validate", action="store_true", help="only load and validate the spec")
    mode.add_argument("--docs", type=Path, help="write the Markdown API reference here")
    mode.add_argument("--check-docs", type=Path, help="fail if this API reference is stale")
    args = parser.parse_args(argv)
    try:
        spec = load_spec(args.spec)
    except SpecError as exc:
        print(f"spec error: {exc}", file=sys.stderr)
        return 2
    if args.validate:
        print(f"{len(spec.operations)} operations, {len(spec.shapes)} shapes: valid")
        return 0
    if args.docs:
        written = generate_docs(spec, args.docs)
        print(f"wrote {len(written)} files to {args.docs}")
        return 0
    if args.check_docs:
        with tempfile.TemporaryDirectory() as tmp:
            generate_docs(spec, Path(tmp))
            problems = _differences(Path(tmp), args.check_docs)
        if problems:
            print(
                "the API reference is stale; run `make docs`:",
                *problems,
                sep="\n  ",
                file=sys.stderr,
            )
            return 1
        print(f"{args.check_docs} is up to date")
        return 0
    packages = ("azure_asm", SERVER_PACKAGE)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            generate(spec, Path(tmp))
            problems = [
                problem
                for package in packages
                for problem in _differences(Path(tmp) / package, args.out / package)
            ]
        if problems:
            print(
                "generated/ is stale; run `make generate`:", *problems, sep="\n  ", file=sys.stderr
            )
            return 1
        print("generated/ is up to date")
        return 0
    written = generate(spec, args.out)
    print(f"wrote {len(written)} files to {', '.join(str(args.out / p) for p in packages)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`python -m codegen [--spec spec] [--out generated]`: regenerate the `azure_asm` package.

`--check` regenerates into a temporary folder and fails when anything differs from `--out`
(CI runs it so that `generated/` can never drift from `spec/`); `--validate` only loads the spec.
"""

from __future__ import annotations

import argparse
import filecmp
import sys
import tempfile
from pathlib import Path

from codegen.loader import SpecError, load_spec
from codegen.render import generate, generate_docs


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


def main(argv: list[str] | None = None) -> int:
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
    package = args.out / "azure_asm"
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            generate(spec, Path(tmp) / "azure_asm")
            problems = _differences(Path(tmp) / "azure_asm", package)
        if problems:
            print(
                "generated/ is stale; run `make generate`:", *problems, sep="\n  ", file=sys.stderr
            )
            return 1
        print("generated/ is up to date")
        return 0
    written = generate(spec, package)
    print(f"wrote {len(written)} files to {package}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

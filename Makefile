# All targets create the virtual environment on first use (a fresh machine needs only Python).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: all install generate check-generated docs check-docs golden spec-diff test lint demo bench soak clean \
	crosscheck

all: check-generated test

# setuptools makes the editable install of our four package roots an import hook, which type
# checkers do not run: a path entry per root lets mypy, in a user's project, follow the package.
define WRITE_ROOTS_PTH
import pathlib, sysconfig
roots = [pathlib.Path(d).resolve() for d in ("generated", "runtime", "emulator", "cli")]
pth = pathlib.Path(sysconfig.get_path("purelib"), "azure_asm_roots.pth")
pth.write_text("".join(f"{root}\n" for root in roots))
endef
export WRITE_ROOTS_PTH

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -qq --upgrade pip
	$(PY) -m pip install -qq -e '.[test]'
	$(PY) -c "$$WRITE_ROOTS_PTH"
	touch $(STAMP)

install: $(STAMP)

generate: $(STAMP)
	$(PY) -m codegen --spec spec --out generated

check-generated: $(STAMP)
	$(PY) -m codegen --spec spec --out generated --check

# The Markdown API reference and the coverage table against the reference package.
docs: $(STAMP)
	$(PY) -m codegen --spec spec --docs docs/api

check-docs: $(STAMP)
	$(PY) -m codegen --spec spec --check-docs docs/api

# The spec against Microsoft's azure-asm-* npm packages (needs npm and the registry; not part of
# `make test`): prints what the spec lacks, then writes the counts into the API reference.
# PACKAGES="azure-asm-sql azure-asm-mgmt" checks only those; CROSSCHECK_CACHE=dir keeps the
# downloads there (default: ~/.cache/azure-asm-crosscheck, outside the repository).
crosscheck: $(STAMP)
	$(PY) -m codegen.crosscheck --spec spec --summary codegen/crosscheck_summary.json \
		$(if $(CROSSCHECK_CACHE),--cache $(CROSSCHECK_CACHE)) $(PACKAGES)
	$(PY) -m codegen --spec spec --docs docs/api

# The golden record: a tiny spec whose generated output is committed (tests/golden).
golden: $(STAMP)
	$(PY) -m codegen --spec tests/golden/spec --out tests/golden/expected

# What the working tree's spec changes for users of the SDK (`python -m codegen diff`), against
# where this branch forked from origin/main (their merge base; else from main; else HEAD, i.e.
# the uncommitted edits). BASE=<git ref> compares with that commit instead.
SPEC_DIFF_BASE = $(shell git merge-base HEAD origin/main 2>/dev/null \
	|| git merge-base HEAD main 2>/dev/null || echo HEAD)

spec-diff: $(STAMP)
	$(PY) -m codegen diff --spec spec --base $(or $(BASE),$(SPEC_DIFF_BASE))

test: $(STAMP)
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check codegen runtime emulator generated cli tests examples
	$(VENV)/bin/ruff format --check codegen runtime emulator generated cli tests examples
	$(VENV)/bin/mypy --strict generated/azure_asm generated/azure_asm_emulator_codecs \
		runtime/azure_asm_runtime codegen \
		emulator/azure_asm_emulator cli/azure_asm_cli examples

demo: $(STAMP)
	$(PY) examples/run_demo.py

# Benchmarks of issue #6 (about 3 minutes; not part of `make test`, which only smoke-runs them).
bench: $(STAMP)
	$(PY) -m bench

# Reliability soak of issue #5 (about 20 s): create/get/delete cycles on 8 threads under
# injected faults; prints the figures and fails if a resource was lost or duplicated.
soak: $(STAMP)
	$(PY) tests/reliability/soak.py --threads 8 --cycles 100

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis

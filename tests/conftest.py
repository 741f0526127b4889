"""Shared test settings: Hypothesis profiles (CI runs a fixed, bounded number of examples)."""

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "dev",
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

# The SDK's clients fill in missing settings (host, max_attempts, ...) from a profile of the
# config file: the tests must not depend on what `asm configure` wrote on the machine running
# them. Tests of profiles point AZURE_ASM_CONFIG_FILE at files of their own.
os.environ["AZURE_ASM_CONFIG_FILE"] = os.devnull
os.environ.pop("AZURE_ASM_PROFILE", None)

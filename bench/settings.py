"""Sizes and repetitions: ``FULL`` for ``make bench`` (about 2 minutes on 2 cores), ``SMOKE``
for the test that checks the harness runs (a few seconds, figures meaningless)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    name: str
    #: ListOSImages sizes; the second is the per-image reference, the last the largest.
    image_counts: tuple[int, ...]
    #: Interleaved rounds per ListOSImages size (same order as image_counts).
    image_rounds: tuple[int, ...]
    #: The reference (minidom, 30-50 times slower than ours) only informs: it takes part in
    #: this many rounds of each parsing comparison, and in reference_slow_rounds (one call
    #: per sample) at ListOSImages sizes from reference_slow_from up.
    reference_rounds: int
    reference_slow_from: int
    reference_slow_rounds: int
    #: GetDeployment: virtual machines in the deployment (ASM allows 50 per cloud service).
    deployment_roles: int
    #: ListHostedServices: services, each with its deployment embedded.
    hosted_services: int
    parse_rounds: int
    serialize_rounds: int
    min_sample_s: float
    https_rounds: int
    https_requests_per_sample: int
    import_runs: int
    generate_runs: int
    #: ListOSImages size of the peak memory measurement, and runs per contender.
    memory_images: int
    memory_runs: int
    #: Warm-up runs (writing .pyc files) before the import and regeneration timings.
    warmup: bool = True


FULL = Settings(
    name="full",
    image_counts=(10, 100, 1_000, 10_000),
    image_rounds=(31, 31, 21, 11),
    reference_rounds=9,
    reference_slow_from=10_000,
    reference_slow_rounds=3,
    deployment_roles=50,
    hosted_services=50,
    parse_rounds=31,
    serialize_rounds=31,
    min_sample_s=0.025,
    https_rounds=21,
    https_requests_per_sample=60,
    import_runs=15,
    generate_runs=5,
    memory_images=10_000,
    memory_runs=3,
)

SMOKE = Settings(
    name="smoke",
    image_counts=(2, 5, 10, 20),
    image_rounds=(2, 2, 2, 2),
    reference_rounds=2,
    reference_slow_from=20,
    reference_slow_rounds=1,
    deployment_roles=3,
    hosted_services=2,
    parse_rounds=2,
    serialize_rounds=2,
    min_sample_s=0.001,
    https_rounds=2,
    https_requests_per_sample=2,
    import_runs=1,
    generate_runs=1,
    memory_images=20,
    memory_runs=1,
    warmup=False,
)

PROFILES = {"full": FULL, "smoke": SMOKE}

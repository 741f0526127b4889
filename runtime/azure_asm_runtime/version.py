"""The package's version, without `importlib.metadata` (which costs more to import than the
whole SDK): the ``User-Agent`` of every request carries it. Kept equal to ``pyproject.toml``'s
``version`` (a test checks it)."""

__version__ = "0.1.0"

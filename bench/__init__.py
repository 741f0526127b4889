"""Benchmarks of azure-asm against the reference package and the floors (issue #6).

``make bench`` runs ``python -m bench``; see ``bench/__main__.py``. Not part of the installed
package.
"""

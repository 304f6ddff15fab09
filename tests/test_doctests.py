"""Every docstring example in the package runs as a doctest (numpydoc ``Examples`` sections)."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import policykg

MODULES = sorted(m.name for m in pkgutil.walk_packages(policykg.__path__, "policykg.")
                 if not m.name.endswith("__main__"))


def test_the_walk_finds_the_package():
    assert {"policykg.cli", "policykg.loaders.facts.amounts", "policykg.graph.model", "policykg.queries.catalog"} <= set(MODULES)


@pytest.mark.parametrize("module", MODULES)
def test_docstring_examples_run(module):
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{module}: {result.failed} of {result.attempted} examples failed"

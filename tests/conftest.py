from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def reasoner():
    from hybrid_nli import Reasoner

    return Reasoner(mode="symbolic")

"""The faster recogniser reads every post exactly as the implementation before it did.

Fingerprints of each case's recognition (``tests/talk_identity.py``) were stored from the
implementation before the work that made recognition linear; any change to a talk, span,
line number or event part of any corpus or test post, or of the big generated posts, fails here.
"""

from __future__ import annotations

import json

import pytest
from talk_identity import STORED, cases, fingerprint

from editor.core.talks import recognise

STORED_PRINTS = json.loads(STORED.read_text(encoding="utf-8"))
CASES = list(cases())


def test_every_case_has_a_stored_fingerprint():
    assert len(CASES) > 150
    assert {name for name, _t, _k in CASES} <= set(STORED_PRINTS)


@pytest.mark.parametrize("name, text, knowledge", [pytest.param(*c, id=c[0]) for c in CASES])
def test_recognition_is_unchanged(name, text, knowledge):
    assert fingerprint(recognise(text, knowledge)) == STORED_PRINTS[name]

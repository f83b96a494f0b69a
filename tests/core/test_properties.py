"""Generated front matter and edits: values survive, untouched keys never change."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.core.edits import apply_edits
from editor.core.frontmatter import parse
from editor.core.frontmatter_edits import delete_key, set_value

keys = st.from_regex(r"[a-z][a-z0-9_]{0,10}", fullmatch=True)
text = st.text(st.characters(blacklist_categories=("Cs", "Cc"),
                             blacklist_characters="\ufeff\x85\u2028\u2029"), max_size=30)
scalars = st.one_of(
    text, st.integers(-10**6, 10**6), st.booleans(), st.none(),
    st.dates(dt.date(1990, 1, 1), dt.date(2100, 1, 1)),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
)
values = st.one_of(scalars, st.lists(st.one_of(text, st.integers()), max_size=4))
bodies = st.text(max_size=200).map(lambda s: s.replace("\r", ""))


def _build(fm: dict, body: str) -> str:
    post = "---\n---\n" + body
    for k, v in fm.items():
        post = apply_edits(post, set_value(post, k, v))
    return post


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(keys, values, max_size=6), bodies)
def test_write_then_read_gives_the_same_values(fm, body):
    post = _build(fm, body)
    parsed = parse(post)
    assert parsed.values == fm
    assert parsed.body == body


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(keys, values, min_size=1, max_size=6),
       st.lists(st.tuples(st.sampled_from(["set", "delete"]), keys, values), max_size=8),
       bodies)
def test_random_edits_never_touch_other_keys(fm, ops, body):
    post = _build(fm, body)
    expected = dict(fm)
    for op, key, value in ops:
        if op == "set":
            post = apply_edits(post, set_value(post, key, value))
            expected[key] = value
        else:
            post = apply_edits(post, delete_key(post, key))
            expected.pop(key, None)
        parsed = parse(post)
        assert parsed.values == expected
        assert parsed.body == body

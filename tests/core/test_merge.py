"""Three-way merge: clean hunks from both sides, conflicts marked, nothing of either side lost."""

from hypothesis import given
from hypothesis import strategies as st

from editor.core.merge import OURS_MARKER, SEPARATOR, THEIRS_MARKER, has_conflict_markers, merge3

BASE = "---\ntitle: June\n---\nintro\n\n## Talk one\nabout one\n\n## Talk two\nabout two\n"


def test_edits_in_different_lines_both_survive():
    yours = BASE.replace("intro", "a longer intro")
    theirs = BASE.replace("about two", "about two, with slides")
    result = merge3(BASE, yours, theirs)
    assert result.clean
    assert result.text == yours.replace("about two", "about two, with slides")


def test_adjacent_line_replacements_merge_cleanly():
    yours = BASE.replace("## Talk one", "## Talk 1")
    theirs = BASE.replace("about one", "about 1")
    result = merge3(BASE, yours, theirs)
    assert result.clean
    assert "## Talk 1\nabout 1\n" in result.text


def test_same_change_on_both_sides_is_taken_once():
    changed = BASE.replace("intro", "hello")
    assert merge3(BASE, changed, changed).text == changed
    other = BASE.replace("intro", "hello").replace("about one", "x")
    result = merge3(BASE, changed, other)
    assert result.clean and result.text == other


def test_overlapping_edits_are_marked_and_both_kept():
    yours = BASE.replace("title: June", "title: June roundup")
    theirs = BASE.replace("title: June", "title: June meetup")
    result = merge3(BASE, yours, theirs)
    assert result.conflicts == 1
    assert has_conflict_markers(result.text)
    assert (OURS_MARKER + "title: June roundup\n" + SEPARATOR + "title: June meetup\n" + THEIRS_MARKER
            in result.text)
    assert result.text.startswith("---\n" + OURS_MARKER)
    assert result.text.endswith("---\nintro\n\n## Talk one\nabout one\n\n## Talk two\nabout two\n")


def test_insertions_at_the_same_place_conflict():
    yours = BASE + "yours at the end\n"
    theirs = BASE + "theirs at the end\n"
    result = merge3(BASE, yours, theirs)
    assert result.conflicts == 1
    assert "yours at the end\n" in result.text and "theirs at the end\n" in result.text


def test_conflict_on_a_last_line_without_newline_keeps_markers_on_their_own_lines():
    result = merge3("a\nb", "a\nmine", "a\ndisk")
    assert result.text == "a\n" + OURS_MARKER + "mine\n" + SEPARATOR + "disk\n" + THEIRS_MARKER


def test_deletion_against_an_edit_conflicts():
    yours = BASE.replace("about one\n", "")
    theirs = BASE.replace("about one", "about one, updated")
    result = merge3(BASE, yours, theirs)
    assert result.conflicts == 1
    assert "about one, updated\n" in result.text


texts = st.lists(st.text(alphabet="abc\n", max_size=12), max_size=4).map("".join)


@given(texts, texts)
def test_an_unchanged_side_gives_the_other_side(base, other):
    assert merge3(base, base, other).text == other
    assert merge3(base, other, base).text == other
    assert merge3(base, other, base).clean


@st.composite
def disjoint_line_edits(draw):
    n = draw(st.integers(min_value=1, max_value=12))
    base = [f"line {i}\n" for i in range(n)]
    chosen = draw(st.lists(st.sampled_from(range(n)), unique=True, max_size=n))
    split = draw(st.integers(min_value=0, max_value=len(chosen)))
    mine, theirs = set(chosen[:split]), set(chosen[split:])
    deleted = draw(st.sets(st.sampled_from(sorted(mine)))) if mine else set()
    return base, mine, theirs, deleted


@given(disjoint_line_edits())
def test_edits_to_different_lines_both_survive(case):
    base, mine, theirs, deleted = case
    yours = [("" if i in deleted else f"mine {i}\n") if i in mine else line for i, line in enumerate(base)]
    disk = [f"disk {i}\n" if i in theirs else line for i, line in enumerate(base)]
    expected = [yours[i] if i in mine else disk[i] for i in range(len(base))]
    result = merge3("".join(base), "".join(yours), "".join(disk))
    assert result.clean
    assert result.text == "".join(expected)


@given(texts, texts, texts)
def test_every_line_either_side_added_is_kept(base, yours, theirs):
    text = merge3(base, yours, theirs).text
    old = set(base.splitlines())
    for line in yours.splitlines() + theirs.splitlines():
        if line not in old:
            assert line in text.splitlines()

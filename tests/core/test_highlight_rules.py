"""The source pane's tokeniser: what each span of a line is, line by line with carried state."""

import pytest
from conftest import corpus_params

from editor.core.highlight_rules import (
    BODY,
    FRONT_MATTER,
    START,
    Kind,
    LineState,
    StateTable,
    lexer_for,
    tokenize_line,
)


def spans(line, state=BODY):
    """(text, kind) for each token of ``line``."""
    tokens, _ = tokenize_line(line, state)
    return [(line[s:s + n], k) for s, n, k in tokens]


def run(text):
    """Tokenise ``text`` line by line from the start of a file: [(line, [(text, kind)], state)]."""
    state = START
    out = []
    for line in text.split("\n"):
        tokens, state = tokenize_line(line, state)
        out.append((line, [(line[s:s + n], k) for s, n, k in tokens], state))
    return out


def kinds_of(result, text):
    """Every kind given to exactly ``text`` anywhere in ``result``."""
    return {k for _, toks, _ in result for t, k in toks if t == text}


# -- front matter ---------------------------------------------------------------

def test_front_matter_opens_only_on_the_first_line():
    assert tokenize_line("---", START) == ([(0, 3, Kind.FM_DELIMITER)], FRONT_MATTER)
    tokens, state = tokenize_line("---", BODY)
    assert state == BODY and tokens == [(0, 3, Kind.RULE)]
    _, state = tokenize_line("title: x", START)
    assert state == BODY


def test_front_matter_keys_strings_literals_comments_and_dashes():
    result = run('---\ntitle: "Hi: there" # note\ncount: 3\ndraft: false\n'
                 "tags:\n  - Photos\n  - '2018'\n# whole line\n---\nbody: not a key\n")
    assert kinds_of(result, "title") == {Kind.FM_KEY}
    assert kinds_of(result, '"Hi: there"') == {Kind.FM_STRING}
    assert kinds_of(result, "# note") == {Kind.FM_COMMENT}
    assert kinds_of(result, "3") == {Kind.FM_LITERAL}
    assert kinds_of(result, "false") == {Kind.FM_LITERAL}
    assert kinds_of(result, "-") == {Kind.FM_DASH}
    assert kinds_of(result, "Photos") == {Kind.FM_STRING}
    assert kinds_of(result, "'2018'") == {Kind.FM_STRING}
    assert kinds_of(result, "# whole line") == {Kind.FM_COMMENT}
    assert result[-3][1] == [("---", Kind.FM_DELIMITER)] and result[-3][2] == BODY
    assert result[-2][1] == []  # after the front matter "body: x" is prose


def test_front_matter_closes_with_dots_and_trailing_spaces():
    assert run("---  \na: 1\n...  \n")[2][2] == BODY


def test_plain_value_with_hash_inside_is_not_a_comment():
    assert spans("lang: C# rocks  # really", FRONT_MATTER)[2:] == [
        ("C# rocks", Kind.FM_STRING), ("# really", Kind.FM_COMMENT)]


def test_block_scalar_lines_are_strings_until_the_indent_drops():
    result = run("---\ndescription: >-\n  Some text: not a key\n\n  more\nnext: 1\n---\n")
    assert result[1][1][-1] == (">-", Kind.FM_PUNCTUATION)
    assert result[2][1] == [("Some text: not a key", Kind.FM_STRING)]
    assert result[4][1] == [("more", Kind.FM_STRING)]
    assert result[5][1][0] == ("next", Kind.FM_KEY)


def test_quoted_string_running_over_lines():
    result = run('---\ntitle: "one\n  two: three"\nnext: x\n---\n')
    assert result[2][1] == [('  two: three"', Kind.FM_STRING)]
    assert result[3][1][0] == ("next", Kind.FM_KEY)


def test_flow_sequence():
    assert spans("tags: [a, 'b c', 3]", FRONT_MATTER) == [
        ("tags", Kind.FM_KEY), (":", Kind.FM_PUNCTUATION), ("[", Kind.FM_PUNCTUATION),
        ("a", Kind.FM_STRING), (",", Kind.FM_PUNCTUATION), ("'b c'", Kind.FM_STRING),
        (",", Kind.FM_PUNCTUATION), ("3", Kind.FM_LITERAL), ("]", Kind.FM_PUNCTUATION)]


def test_keys_inside_a_sequence_of_mappings():
    result = spans("  - name: Ana Calin", FRONT_MATTER)
    assert result == [("-", Kind.FM_DASH), ("name", Kind.FM_KEY), (":", Kind.FM_PUNCTUATION),
                      ("Ana Calin", Kind.FM_STRING)]


# -- Markdown -------------------------------------------------------------------

def test_heading_with_marker_and_link_inside():
    assert spans("## Next [meetup](http://m.com)") == [
        ("## Next [meetup](http://m.com)", Kind.HEADING), ("##", Kind.HEADING_MARKER),
        ("[meetup]", Kind.LINK_TEXT), ("(http://m.com)", Kind.LINK_URL)]
    assert spans("#hashtag") == []


def test_emphasis_strong_and_intraword_underscores():
    assert spans("a *em* and **strong** and _em2_") == [
        ("**strong**", Kind.STRONG), ("*em*", Kind.EMPHASIS), ("_em2_", Kind.EMPHASIS)]
    assert spans("snake_case_name and 2 * 3 * 4") == []
    assert spans(r"not \*emphasis\*") == []


def test_code_span_hides_markup_inside():
    assert spans("use `*not em* [x](y)` here") == [("`*not em* [x](y)`", Kind.CODE_SPAN)]
    assert spans("``a ` b``") == [("``a ` b``", Kind.CODE_SPAN)]


def test_links_images_and_linked_images():
    assert spans("![Ana Calin](https://x/a.jpg)") == [
        ("![Ana Calin]", Kind.IMAGE), ("(https://x/a.jpg)", Kind.LINK_URL)]
    result = spans("[![badge](b.svg)](http://ci)")
    assert ("![badge]", Kind.IMAGE) in result and ("(http://ci)", Kind.LINK_URL) in result
    assert spans("just [brackets] here") == []
    assert spans("[text][ref] and note[^1]") == [
        ("[text]", Kind.LINK_TEXT), ("[ref]", Kind.LINK_URL), ("[^1]", Kind.LINK_TEXT)]


def test_reference_definition():
    assert spans('[ref]: https://x.org "T"') == [
        ("[ref]", Kind.LINK_TEXT), ('https://x.org "T"', Kind.LINK_URL)]


def test_lists_quotes_and_rules():
    assert spans("* item") == [("*", Kind.LIST_MARKER)]
    assert spans("  12. item") == [("12.", Kind.LIST_MARKER)]
    assert spans("> - quoted item")[:3] == [
        ("> - quoted item", Kind.QUOTE), ("> ", Kind.QUOTE_MARKER), ("-", Kind.LIST_MARKER)]
    assert spans("***") == [("***", Kind.RULE)]
    assert spans("====") == [("====", Kind.RULE)]


def test_html_tags_comments_and_attribute_lists():
    assert spans('<iframe src="x"></iframe>') == [('<iframe src="x">', Kind.HTML), ("</iframe>", Kind.HTML)]
    assert spans("{: .class #id}") == [("{: .class #id}", Kind.ATTRIBUTES)]
    assert spans("<https://x.org>") == [("<https://x.org>", Kind.LINK_URL)]


def test_html_comment_over_lines():
    result = run("a <!-- start\nmiddle *x*\nend --> *b*\n")
    assert result[0][1] == [("<!-- start", Kind.HTML_COMMENT)]
    assert result[0][2].mode == "html_comment"
    assert result[1][1] == [("middle *x*", Kind.HTML_COMMENT)]
    assert result[2][1] == [("end -->", Kind.HTML_COMMENT), ("*b*", Kind.EMPHASIS)]
    assert result[2][2] == BODY


def test_liquid_tags_and_output_win_over_links():
    assert spans("[home]({{ site.baseurl }}/) {% include rsvp.html %}") == [
        ("[home]", Kind.LINK_TEXT), ("({{ site.baseurl }}/)", Kind.LINK_URL),
        ("{{ site.baseurl }}", Kind.LIQUID_OUTPUT), ("{% include rsvp.html %}", Kind.LIQUID_TAG)]


# -- fenced code ----------------------------------------------------------------

def test_python_fence_uses_the_pygments_lexer():
    result = run("```python\ndef greet(name):\n    return 'hi'  # say\n```\n*after*")
    assert result[0][1] == [("```python", Kind.FENCE)]
    assert result[0][2].mode == "fence" and result[0][2].lang == "python"
    assert ("def", Kind.CODE_KEYWORD) in result[1][1]
    assert ("greet", Kind.CODE_NAME) in result[1][1]
    assert ("# say", Kind.CODE_COMMENT) in result[2][1]
    assert ("'", Kind.CODE_STRING) in result[2][1]
    assert result[3][1] == [("```", Kind.FENCE)] and result[3][2] == BODY
    assert result[4][1] == [("*after*", Kind.EMPHASIS)]


def test_markdown_is_not_recognised_inside_a_fence():
    result = run("~~~\n# not a heading *x*\n```\n~~~\n")
    assert result[1][1] == [("# not a heading *x*", Kind.CODE)]
    assert result[2][1] == [("```", Kind.CODE)]  # a backtick line does not close a tilde fence
    assert result[3][2] == BODY


def test_longer_fence_needs_a_closing_run_at_least_as_long():
    result = run("````md\n```\n````\n")
    assert result[1][2].mode == "fence"
    assert result[2][2] == BODY


def test_multi_line_string_keeps_its_colour_on_following_lines():
    result = run('```python\nx = """first\nsecond line\n"""\ny = 1\n```')
    assert result[2][1] == [("second line", Kind.CODE), ("second line", Kind.CODE_STRING)]
    assert ("1", Kind.CODE_NUMBER) in result[4][1]
    assert ("y", Kind.CODE_STRING) not in result[4][1]


def test_jekyll_highlight_tag_is_a_fence():
    result = run('{% highlight ruby linenos %}\nputs "hi"\n{% endhighlight %}\n**b**')
    assert result[0][1] == [("{% highlight ruby linenos %}", Kind.LIQUID_TAG)]
    assert ("puts", Kind.CODE_BUILTIN) in result[1][1]
    assert result[2][1] == [("{% endhighlight %}", Kind.LIQUID_TAG)]
    assert result[3][1] == [("**b**", Kind.STRONG)]


def test_unknown_language_is_plain_code_and_lexers_are_cached():
    result = run("```nosuchlang\nint x;\n```")
    assert result[1][1] == [("int x;", Kind.CODE)]
    assert lexer_for("nosuchlang") is None
    assert lexer_for("python") is lexer_for("python")


@pytest.mark.parametrize("lang", ["js", "bash", "yaml", "html", "java", "diff", "json", "ruby", "csharp"])
def test_common_languages_tokenise_without_errors(lang):
    lines = ["if (x) { y = 'a' } // c", "<div class=\"q\">", "- a: b", "+added", "  x = [1, 2]", ""]
    state = LineState("fence", fence="```", lang=lang, stack=("root",))
    for line in lines:
        tokens, state = tokenize_line(line, state)
        assert all(0 <= s and s + n <= len(line) for s, n, _ in tokens)
        assert state.mode == "fence"


# -- states -----------------------------------------------------------------------

def test_state_table_round_trips_and_minus_one_is_start():
    table = StateTable()
    fence = LineState("fence", fence="```", lang="python", stack=("root", "tdqs"))
    a, b = table.encode(BODY), table.encode(fence)
    assert a != b and table.encode(LineState("body")) == a
    assert table.decode(b) == fence and table.decode(-1) == START


def test_tokens_stay_inside_the_line_for_the_seed_post(seed_text):
    state = START
    for line in seed_text.split("\n"):
        tokens, state = tokenize_line(line, state)
        assert all(0 <= s and n > 0 and s + n <= len(line) for s, n, _ in tokens), line
    assert state == BODY


@pytest.mark.parametrize("path", corpus_params())
def test_every_corpus_post_tokenises_inside_its_lines(path):
    text = path.read_bytes().decode("utf-8", "replace").replace("\r\n", "\n")
    state = START
    for line in text.split("\n"):
        tokens, state = tokenize_line(line, state)
        assert all(0 <= s and n > 0 and s + n <= len(line) for s, n, _ in tokens), line


def test_emoji_positions_are_code_points():
    line = "\U0001F389 **party** \U0001F680 [x](y)"
    assert spans(line) == [("**party**", Kind.STRONG), ("[x]", Kind.LINK_TEXT), ("(y)", Kind.LINK_URL)]

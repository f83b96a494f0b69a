"""Recognition never breaks on odd text, and its spans always hold the values they claim."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.core.talks import recognise

FRAGMENTS = [
    "![Ana Calin](https://x/a.jpg)",
    "Ana Calin from Paybase gave a talk on ",
    '["Title"](https://youtu.be/abcdefghijk?t=240)',
    "* takeaway",
    "See her slides [here](https://speakerdeck.com/a/b)",
    "## Heading – Title",
    "### Jane Doe",
    "**Bo Chen**",
    "| Speaker | Talk |",
    "|---|---|",
    "| Jo Li | Things |",
    "19:00 - 19:15: ",
    '"Quoted"',
    " - ",
    "<iframe src=\"https://www.youtube.com/embed/abcdefghijk\"></iframe>",
    "{% include youtube.html id=\"x\" %}",
    "thanks to our sponsors [A](https://a/) and [B](https://b/)",
    "The next meetup is on 5 May. [RSVP](https://meetup.com/e/1)",
    "(starting at [1:02](https://youtu.be/abcdefghijk?t=62))",
    "I (Emily Hopkins) presented",
    "---", "***", "\n", "\n\n", " ", "[", "]", "(", ")", "**", "_", "“", "”", "山田太郎", "é", "\t", ":",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=40))
def test_spans_hold_values_on_any_text(parts):
    text = "".join(parts)
    rec = recognise(text)
    for t in rec.talks:
        assert 0 <= t.span[0] <= t.span[1] <= len(text)
        for i, name in enumerate(t.speakers):
            assert text[slice(*t.spans[f"speakers.{i}"])] == name
        for f in ("organisation", "title", "video_url", "slides_url", "photo"):
            v = getattr(t, f)
            if v is not None and f in t.spans:
                assert text[slice(*t.spans[f])] == v
        for i, k in enumerate(t.takeaways):
            assert text[slice(*t.spans[f"takeaways.{i}"])] == k
    rec.to_json()

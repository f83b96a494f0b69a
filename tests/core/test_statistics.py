from editor.core.statistics import count_words, line_column, text_stats


def test_words_ignore_markup_and_urls():
    body = "Ana Calin from **Paybase** gave a talk on [\"CD in the Cloud\"](https://youtu.be/x?t=240).\n"
    assert count_words(body) == 12


def test_liquid_and_html_are_not_words():
    assert count_words("{% include video.html id=\"abc\" %}\n<div class=\"x\">Hello world</div>") == 2


def test_contractions_and_cjk():
    assert count_words("It's a well-known fact") == 4
    assert count_words("日本語のテキスト") == 8


def test_reading_time_rounds_up():
    assert text_stats("word " * 231).minutes == 2
    assert str(text_stats("one")) == "1 word · 1 min read"
    assert text_stats("").minutes == 0


def test_line_column():
    assert line_column("ab\ncd\n", 4) == (2, 2)
    assert line_column("", 0) == (1, 1)

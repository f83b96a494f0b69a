"""Open Recent tells apart files with the same name by the folders that differ."""

from pathlib import PurePosixPath as P

from editor.core.naming import distinct_labels


def test_unique_names_stay_bare():
    assert distinct_labels([P("/a/_posts/one.md"), P("/b/_posts/two.md")]) == ["one.md", "two.md"]


def test_clashing_names_get_the_folders_that_differ():
    paths = [P("/sites/london/_posts/index.md"), P("/sites/paris/_posts/index.md"), P("/x/notes.md")]
    assert distinct_labels(paths) == ["index.md — london/_posts", "index.md — paris/_posts", "notes.md"]


def test_drafts_and_posts_of_one_site():
    paths = [P("/site/_drafts/june.md"), P("/site/_posts/june.md")]
    assert distinct_labels(paths) == ["june.md — _drafts", "june.md — _posts"]

"""Escaping for report.md: code-derived text renders as itself, never as markup."""

from migrate_kit.report.markdown import escape, mermaid_ids, mermaid_text


def test_markdown_text_is_inert():
    assert escape("<script>alert(1)</script>") == "&lt;script&gt;alert\\(1\\)&lt;/script&gt;"
    assert escape("a|b") == "a\\|b"
    assert escape("[link](http://x)") == "\\[link\\]\\(http://x\\)"
    assert escape("__init__ *x* `y`") == "\\_\\_init\\_\\_ \\*x\\* \\`y\\`"
    assert escape("two\nlines") == "two lines"


def test_mermaid_labels_cannot_close_their_quotes():
    assert mermaid_text('a"] --> b["<b>x</b>') == "a#quot;#93; --#gt; b#91;#quot;#lt;b#gt;x#lt;/b#gt;"
    assert "\n" not in mermaid_text("a\nb")


def test_mermaid_ids_are_safe_and_unique():
    ids = mermaid_ids(["end", "a-b", "a_b", "a b", "<x>"])
    assert ids == {"end": "s_end", "a-b": "s_a_b", "a_b": "s_a_b_2", "a b": "s_a_b_3", "<x>": "s__x_"}

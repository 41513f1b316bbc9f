"""The outline panel, links followed in the text, bookmarks (issue 17)."""

"""The only package that imports libcst: source files to `FileFacts`."""

"""The search engine: query parsing, per-language analysis, Whoosh behind one narrow class, the
ranking arrays written beside the index (the sidecar), ranking, snippets and spelling.

`engine.SearchEngine` is what the catalogue opens; everything else serves it.
"""

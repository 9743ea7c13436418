"""Strings of the index and of what looks across meetings: search, future needs, open actions,
insights."""

STRINGS: dict[str, tuple[str, str]] = {}

# ------------------------------------------------------------------------- the index ("index.")
STRINGS.update(
    {
        "maint.doctor.index_damaged": (
            "sökindexet (härlett ur sessionsfilerna) går inte att använda; det byggs om vid "
            "nästa lista, eller nu med 'facilitator reindex'",
            "the search index (derived from the session files) cannot be used; it is rebuilt "
            "at the next list, or now with 'facilitator reindex'",
        ),
        "maint.doctor.index_stale": (
            "sessioner som ändrats sedan sökindexet byggdes; de läses in vid nästa lista",
            "sessions changed since the search index was built; they are read at the next list",
        ),
        "index.reindex.progress": ("Bygger sökindexet", "Building the search index"),
        "index.reindex.done": (
            "Sökindexet är byggt: {count} sessioner lästes ({seconds:.1f} s). {path}",
            "The search index is built: {count} sessions read ({seconds:.1f} s). {path}",
        ),
        "index.reindex.memory": (
            "Cachemappen går inte att skriva i; indexet hålls bara i minnet: {path}",
            "The cache folder cannot be written; the index is kept in memory only: {path}",
        ),
    }
)

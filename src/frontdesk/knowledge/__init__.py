"""The knowledge base: guide files, their validation, search and rendering. No Qt here."""

"""Sub-commands of the ``frontdesk`` CLI, one module per area. No Qt imports here."""

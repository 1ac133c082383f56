"""frontdesk: offline guides, an anonymous visit log and reports for digital-help counters."""

__version__ = "0.1.0"

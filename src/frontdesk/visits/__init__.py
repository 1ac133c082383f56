"""The anonymous visit log: taxonomy, store, privacy rules, settings and station exchange (never Qt)."""

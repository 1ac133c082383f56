"""Benchmarks for frontdesk. Run: ``.venv/bin/python -m benchmarks.run`` (see docs/performance.md)."""

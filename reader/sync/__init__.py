"""Sync through a shared folder, merged by a CRDT (docs/ARCHITECTURE.md, issue 19)."""

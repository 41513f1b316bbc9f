"""File → Sync: the window's side of syncing through a shared folder."""

"""The NGO test page: a server-rendered form at "/" (no JavaScript needed, nothing external)."""

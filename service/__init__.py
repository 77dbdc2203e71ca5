"""How screenings reach people: the HTTP API, the NGO test page and the batch scorer."""

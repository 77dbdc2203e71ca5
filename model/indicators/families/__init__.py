"""One module per indicator family; see ``model.indicators.registry`` for the list."""

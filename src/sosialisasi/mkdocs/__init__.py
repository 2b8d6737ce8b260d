"""MkDocs adapters: one thin plugin per feature over the engine-free core."""

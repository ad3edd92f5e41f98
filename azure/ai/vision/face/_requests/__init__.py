"""Request builders, one module per operation group; each is the only home of its routes and wire names."""

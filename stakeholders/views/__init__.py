"""Pages of the registry: the public directory, a person's own page, organisations' pages."""

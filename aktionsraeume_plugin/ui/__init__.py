"""The dock panel: gathers inputs, calls the services, shows results."""

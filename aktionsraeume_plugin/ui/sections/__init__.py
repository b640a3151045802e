"""The panel's sections, one workflow step each, top to bottom."""

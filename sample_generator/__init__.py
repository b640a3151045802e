"""Development tool: generates the sample data "Dortmund 2020" committed under ``resources/sample/``.

Not part of the plugin (``make package`` does not ship it): the plugin only reads the files.
Run it with ``make sample`` (``python -m sample_generator --out resources/sample``).
"""

"""The bundled documents every new library starts with (read with importlib.resources)."""

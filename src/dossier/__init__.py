"""dossier: linked entity tables and explanatory figures from documents on migration policy."""

__version__ = "0.1.0"

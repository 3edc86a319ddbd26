"""Xianbao (县报): county e-commerce statistics for commerce bureaus."""

__version__ = "0.1.0"

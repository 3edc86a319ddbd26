"""Benchmarks for Xianbao: a generated province-scale database and the province roll-up timed on it."""

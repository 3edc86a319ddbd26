"""Checks on data, one rule per module. Each returns Issues (codes with parameters), never text."""

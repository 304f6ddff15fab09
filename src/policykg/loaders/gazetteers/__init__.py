"""Gazetteers and their data: agencies (national and local, with abbreviations), places; the data files in ``data/``."""

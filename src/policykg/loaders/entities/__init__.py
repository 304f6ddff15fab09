"""Entities: enterprises, platforms and institutions, programs — candidates, name boundaries and lexicons."""

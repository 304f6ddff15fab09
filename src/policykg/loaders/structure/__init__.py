"""Structure: lines, title and metadata, headings, measures (numbered items, task tables, replies) and lifecycle."""

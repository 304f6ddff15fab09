"""Reading: from a file on disk (or a carrier: HTML page, JSON record, SQL row, program source, .docx/PDF) to text."""

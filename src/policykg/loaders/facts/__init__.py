"""Facts of a measure or document: responsible units, amounts, cited policies, people, privacy redaction."""

"""Loaders: read policy documents and extract typed, evidence-backed models.

>>> from policykg.loaders import parse_document
>>> parse_document("关于推进区块链发展的实施意见\\n一、加强组织领导。由市工业和信息化局牵头。").title
'关于推进区块链发展的实施意见'
"""
from policykg.loaders.document import (
    ExtractResult,
    collect_paths,
    doc_id_for,
    extract,
    iter_extract,
    parse_document,
    read_document,
)
from policykg.loaders.export import write_json
from policykg.loaders.reading.files import decode_bytes, read_text

__all__ = [
    "ExtractResult",
    "collect_paths",
    "decode_bytes",
    "doc_id_for",
    "extract",
    "iter_extract",
    "parse_document",
    "read_document",
    "read_text",
    "write_json",
]

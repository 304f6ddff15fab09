"""Redaction of personal contact data: phone numbers, e-mail addresses, ID-card numbers.

Nothing matched here is ever stored: evidence sentences are redacted before
they enter a model, and extractors never keep such numbers as values.

>>> redact("(联系人: 蔡小勇 联系电话: 23949461)")
'(联系人: 蔡小勇 联系电话[已隐去])'
>>> redact("邮箱 abc@example.cn, 身份证 110101199003074518")
'邮箱 [已隐去], 身份证 [已隐去]'
"""
from __future__ import annotations

import re

__all__ = ["redact", "PERSONAL_DATA", "MASK"]

MASK = "[已隐去]"
PERSONAL_DATA = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail
    r"|(?<!\d)[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?!\d)"  # ID card
    r"|(?<![\d.])(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)"  # mobile
    r"|(?<![\d.])\(?0\d{2,3}\)?-\d{7,8}(?:-\d{1,4})?(?!\d)"  # landline with area code
    r"|(?:(?<=电话)|(?<=传真)|(?<=热线)|(?<=手机)|(?<=Tel)|(?<=TEL)|(?<=tel))[:：\s]*\(?\d[\d\s()-]{5,}\d"  # any number said to be a phone
)


def redact(text: str) -> str:
    """Replace phone numbers, e-mail addresses and ID-card numbers with a mask."""
    return PERSONAL_DATA.sub(MASK, text)

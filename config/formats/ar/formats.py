"""Arabic number format: Django's own leaves numbers ungrouped ("7770000000 MAD" in the admin).

Grouped by threes with a no-break space, as the public pages group them (docs/formats.md); the
rest (dates, decimal comma) comes from Django's Arabic formats.
"""

DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"
NUMBER_GROUPING = 3

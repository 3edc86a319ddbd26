"""Province Excel returns: template mappings, filling and reading workbooks with openpyxl."""

"""Turn real files (HTML, PDF, DOCX, text) into corpus documents: `partnerbot corpus add`."""

from index.corpus.importers.add import ImportOptions, ImportRefused, add_files, body_key, slugify, unique_id
from index.corpus.importers.readers import SUFFIXES, ReadError, read_file

__all__ = [
    "ImportOptions",
    "ImportRefused",
    "ReadError",
    "SUFFIXES",
    "add_files",
    "body_key",
    "read_file",
    "slugify",
    "unique_id",
]

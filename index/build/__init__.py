"""The index life cycle: building, the on-disk format and its integrity, the build lock."""

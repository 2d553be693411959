"""Errors a user can fix. Each carries one line that names the file or key and what to do."""


class PartnerbotError(Exception):
    """Base class: the message is shown to the user as is, without a traceback."""


class ConfigError(PartnerbotError):
    pass


class CorpusError(PartnerbotError):
    pass


class IndexMissingError(PartnerbotError):
    pass


class IndexMismatchError(PartnerbotError):
    pass


class IndexDamagedError(IndexMissingError):
    """A build whose files do not match their checksums or each other; names the file."""


class IndexBusyError(PartnerbotError):
    """Another build holds the build lock for longer than we wait."""


class CacheError(PartnerbotError):
    pass


class QuestionError(PartnerbotError):
    pass

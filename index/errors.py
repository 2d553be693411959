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


class QuestionError(PartnerbotError):
    pass

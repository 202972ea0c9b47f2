"""Named errors. Each message says what went wrong and what to do about it."""


class PolicyQAError(Exception):
    """Base class: the CLI prints `Error: <message>` and exits non-zero; the app shows it."""


class UnreadableDocument(PolicyQAError):
    """A file that cannot be read or decoded: broken, encrypted, binary, unknown encoding."""


class EmptyDocument(PolicyQAError):
    """A file with no text at all (an empty file, a PDF without a text layer)."""


class UnsupportedFormat(PolicyQAError):
    """A file whose extension the loader does not handle."""


class IndexMismatch(PolicyQAError):
    """An index folder built from another corpus, configuration or version."""


class IndexMissing(PolicyQAError):
    """No index folder where one was expected."""


class BadQuestion(PolicyQAError):
    """An empty, oversized or otherwise unusable question."""


class UnknownStrategy(PolicyQAError):
    """A strategy name (embedder, fusion method) that does not exist; the message lists valid ones."""


class UnknownUnit(PolicyQAError):
    """A unit reference (label or id) that matches nothing in the knowledge base."""


class ModelUnavailable(PolicyQAError):
    """An embedding model that cannot be loaded here (not on disk, hub unreachable)."""


class DocumentExists(PolicyQAError):
    """A corpus folder already holds a different file of that name."""

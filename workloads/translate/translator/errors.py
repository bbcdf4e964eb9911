"""The error raised for programs outside the subset, naming file, line and construct."""


class SubsetError(Exception):
    """A construct the translator does not accept, with where it was found."""

    def __init__(self, filename, line, message):
        Exception.__init__(self, filename + ":" + str(line) + ": " + message)
        self.filename = filename
        self.line = line
        self.message = message

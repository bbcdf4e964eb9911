"""_frozen_importlib_external for Tern: CPython's importlib/_bootstrap_external.py under
its frozen name; _frozen_importlib installs it."""

import _stdlib_source

_stdlib_source.run("importlib/_bootstrap_external.py", globals())
del _stdlib_source


def _code_from_source(self, fullname):
    """SourceLoader.get_code for Tern: the .pyc files under sys.implementation.cache_tag
    are Tern's own compiled-code cache, written and read by its importer in a format that
    is not marshal's, so importlib's loaders compile from source and neither read nor
    write them."""
    path = self.get_filename(fullname)
    return self.source_to_code(self.get_data(path), path)


SourceLoader.get_code = _code_from_source

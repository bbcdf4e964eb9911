__all__ = ["exported", "AlsoExported"]
exported = "yes"
not_listed = "hidden by __all__"
class AlsoExported:
    pass

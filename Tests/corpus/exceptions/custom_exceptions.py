class AppError(Exception):
    """Base for the application."""

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field

class NotFound(AppError):
    def __str__(self):
        return "not found: " + ", ".join(map(str, self.args))

def validate(user):
    if "name" not in user:
        raise ValidationError("name", "required")
    if user["name"] == "ghost":
        raise NotFound(user["name"], 404)
    return "valid"

for user in [{"name": "ann"}, {}, {"name": "ghost"}]:
    try:
        print(validate(user))
    except ValidationError as error:
        print("validation", error.field, error, error.args)
    except AppError as error:
        print("app error", error, repr(error))
print(AppError.__doc__)

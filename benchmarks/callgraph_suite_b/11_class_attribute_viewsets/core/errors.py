class ApiError(Exception):
    status = 500

    def __init__(self, detail):
        self.detail = detail


class PermissionDenied(ApiError):
    status = 403


class ValidationFailed(ApiError):
    status = 400

    def __init__(self, errors):
        super().__init__("validation failed")
        self.errors = errors

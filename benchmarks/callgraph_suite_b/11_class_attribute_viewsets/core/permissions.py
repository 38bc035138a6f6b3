class BasePermission:
    message = "permission denied"

    def has_permission(self, request, view):
        return True


class IsAuthenticated(BasePermission):
    message = "login required"

    def has_permission(self, request, view):
        return request.user is not None


class IsStaff(IsAuthenticated):
    message = "staff only"

    def has_permission(self, request, view):
        return super().has_permission(request, view) and request.user.is_staff


class ReadOnly(BasePermission):
    def has_permission(self, request, view):
        return request.method in ("GET", "HEAD")

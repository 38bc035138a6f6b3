from .errors import ApiError, PermissionDenied
from .permissions import IsAuthenticated


class ResourceView:
    permission_classes = [IsAuthenticated]
    serializer_class = None
    repository = None
    actions = []

    def get_permissions(self):
        return [permission() for permission in self.permission_classes]

    def check_permissions(self, request):
        for permission in self.get_permissions():
            if not permission.has_permission(request, self):
                raise PermissionDenied(permission.message)

    def get_serializer_class(self):
        return self.serializer_class

    def get_serializer(self, *args, **kwargs):
        serializer_class = self.get_serializer_class()
        return serializer_class(*args, **kwargs)

    def list(self, request):
        self.check_permissions(request)
        return [self.get_serializer(row).data() for row in self.repository.all()]

    def create(self, request):
        self.check_permissions(request)
        serializer = self.get_serializer(payload=request.body)
        serializer.validate()
        return self.repository.add(serializer.cleaned)

    def run_action(self, request, name, ids):
        self.check_permissions(request)
        for action in self.actions:
            if action.__name__ == name:
                return action(self, request, ids)
        raise ApiError(f"unknown action {name}")

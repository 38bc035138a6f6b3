"""Django root URL configuration."""

from django.contrib import admin
from django.http import JsonResponse
from django.urls import include, path


def healthcheck(request):
    return JsonResponse({"status": "ok"})


urlpatterns = [
    path("backoffice/admin/", admin.site.urls),
    path("backoffice/customers/", include("shop.customers.urls", namespace="customers")),
    path("healthz", healthcheck),
]

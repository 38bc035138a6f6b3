"""Root URLconf of the Django staff site."""
from django.contrib import admin
from django.urls import include, path, re_path

from libris.members import views as member_views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("catalog/", include("libris.catalog.urls")),
    re_path(r"^circulation/", include("libris.circulation.urls")),
    path("members/register/", member_views.register, name="member-register"),
    path("members/<str:card_number>/", member_views.MemberView.as_view(), name="member-detail"),
    path("members/<str:card_number>/card/renew", member_views.renew_card, name="card-renew"),
]

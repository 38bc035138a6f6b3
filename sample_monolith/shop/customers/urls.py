"""URL routes of the customers app (included from :mod:`shop.urls`)."""

from django.urls import include, path, re_path

from . import views

app_name = "customers"

address_patterns = [
    path("", views.CustomerAddressesView.as_view(), name="addresses"),
    path("<int:address_id>/", views.AddressDeleteView.as_view(), name="address-delete"),
]

urlpatterns = [
    path("register/", views.register, name="register"),
    path("search/", views.CustomerSearchView.as_view(), name="search"),
    path("<int:pk>/", views.CustomerDetailView.as_view(), name="detail"),
    re_path(r"^(?P<pk>\d+)/addresses/", include(address_patterns)),
]

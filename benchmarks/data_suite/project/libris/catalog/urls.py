from django.urls import path, re_path

from libris.catalog import views

app_name = "catalog"

urlpatterns = [
    path("books/", views.BookListView.as_view(), name="book-list"),
    path("books/<int:pk>/", views.BookDetailView.as_view(), name="book-detail"),
    path("search", views.search, name="search"),
    re_path(r"^isbn/(?P<isbn>[0-9X]{10,13})$", views.by_isbn, name="by-isbn"),
]

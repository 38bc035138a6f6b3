"""Django URLconfs: path, re_path, include, function and class-based views."""

from tests.unit.entries.helpers import entries_of

VIEWS = """
    from django.http import JsonResponse
    from django.views import View

    def order_list(request):
        return JsonResponse({"orders": []})

    def legacy(request, slug):
        return JsonResponse({"slug": slug})

    def cart(request):
        return JsonResponse({})

    def ping(request):
        return JsonResponse({"pong": True})

    class OrderDetailView(View):
        def get(self, request, pk):
            return JsonResponse({"id": pk})

        def post(self, request, pk):
            return JsonResponse({"id": pk}, status=201)

        def helper(self):
            return None

    class BaseDetail(View):
        def get(self, request, pk):
            return JsonResponse({"id": pk})

    class InvoiceDetail(BaseDetail):
        def delete(self, request, pk):
            return JsonResponse({}, status=204)
"""


def _project(urls: str, **extra: str) -> dict[str, str]:
    return {
        "project/__init__.py": "",
        "project/urls.py": urls,
        "shop/__init__.py": "",
        "shop/views.py": VIEWS,
        **extra,
    }


def test_path_to_function_view(tmp_path):
    """`path("orders/", view)` is an entry on the view for any method."""
    found = entries_of(tmp_path, _project("""
        from django.urls import path
        from shop import views

        urlpatterns = [
            path("orders/", views.order_list, name="order-list"),
        ]
    """))
    assert found == {("shop.views.order_list", "http", "ANY", "/orders/", "django")}


def test_re_path_drops_anchors(tmp_path):
    """`re_path(r"^...$")` keeps the pattern without its anchors."""
    found = entries_of(tmp_path, _project("""
        from django.urls import re_path
        from shop.views import legacy

        urlpatterns = [
            re_path(r"^legacy/(?P<slug>[\\w-]+)/$", legacy),
        ]
    """))
    assert found == {("shop.views.legacy", "http", "ANY", r"/legacy/(?P<slug>[\w-]+)/", "django")}


def test_include_module_by_name(tmp_path):
    """`include("shop.urls")` prefixes the included patterns."""
    found = entries_of(tmp_path, _project(
        """
        from django.urls import include, path

        urlpatterns = [
            path("shop/", include("shop.urls")),
        ]
        """,
        **{"shop/urls.py": """
            from django.urls import path
            from . import views

            app_name = "shop"
            urlpatterns = [
                path("cart/", views.cart, name="cart"),
            ]
        """},
    ))
    assert found == {("shop.views.cart", "http", "ANY", "/shop/cart/", "django")}


def test_include_list_of_patterns(tmp_path):
    """`include(api_patterns)` with a local list prefixes its patterns."""
    found = entries_of(tmp_path, _project("""
        from django.urls import include, path
        from shop import views

        api_patterns = [
            path("ping/", views.ping),
        ]

        urlpatterns = [
            path("api/", include(api_patterns)),
        ]
    """))
    assert found == {("shop.views.ping", "http", "ANY", "/api/ping/", "django")}


def test_nested_includes_with_re_path(tmp_path):
    """A re_path include of a module that itself includes another adds every prefix."""
    found = entries_of(tmp_path, _project(
        """
        from django.urls import include, re_path

        urlpatterns = [
            re_path(r"^api/", include("api.urls")),
        ]
        """,
        **{
            "api/__init__.py": "",
            "api/urls.py": """
                from django.urls import include, path

                urlpatterns = [
                    path("v2/", include("shop.urls")),
                ]
            """,
            "shop/urls.py": """
                from django.urls import path
                from shop.views import ping

                urlpatterns = [path("ping/", ping)]
            """,
        },
    ))
    assert found == {("shop.views.ping", "http", "ANY", "/api/v2/ping/", "django")}


def test_class_based_view_one_entry_per_method(tmp_path):
    """`View.as_view()` gives one entry per HTTP method the class defines, on that method."""
    found = entries_of(tmp_path, _project("""
        from django.urls import path
        from shop.views import OrderDetailView

        urlpatterns = [
            path("orders/<int:pk>/", OrderDetailView.as_view(), name="order-detail"),
        ]
    """))
    assert found == {
        ("shop.views.OrderDetailView.get", "http", "GET", "/orders/<int:pk>/", "django"),
        ("shop.views.OrderDetailView.post", "http", "POST", "/orders/<int:pk>/", "django"),
    }


def test_class_based_view_inherited_method(tmp_path):
    """A `get` inherited from a base view of ours is an entry on the base's method."""
    found = entries_of(tmp_path, _project("""
        from django.urls import path
        from shop import views

        urlpatterns = [
            path("invoices/<int:pk>/", views.InvoiceDetail.as_view()),
        ]
    """))
    assert found == {
        ("shop.views.BaseDetail.get", "http", "GET", "/invoices/<int:pk>/", "django"),
        ("shop.views.InvoiceDetail.delete", "http", "DELETE", "/invoices/<int:pk>/", "django"),
    }

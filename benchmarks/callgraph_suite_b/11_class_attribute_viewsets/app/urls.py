from .views import AdminOrderView, OrderView, ProductView

ROUTES = {
    "/products": ProductView(),
    "/orders": OrderView(),
    "/admin/orders": AdminOrderView(),
}


def dispatch(path, request):
    view = ROUTES[path]
    if request.method == "POST":
        return view.create(request)
    if request.method == "GET":
        return view.list(request)
    return view.run_action(request, request.params["action"], request.params["ids"])

from django.http import JsonResponse
from django.views import View
from django.views.generic import ListView

from .forms import OrderForm
from .models import Order
from .services import OrderService


class OrderListView(ListView):
    model = Order
    paginate_by = 20

    def get_queryset(self):
        qs = super().get_queryset()
        return qs.filter(customer=self.request.user)


class OrderCreateView(View):
    service_class = OrderService

    def dispatch(self, request, *args, **kwargs):
        self.service = self.service_class(request.user)
        return super().dispatch(request, *args, **kwargs)

    def post(self, request):
        form = OrderForm(request.POST)
        if not form.is_valid():
            return JsonResponse({"errors": form.errors}, status=400)
        order = self.service.place(form.cleaned_data)
        return JsonResponse({"id": order.pk}, status=201)

    def get(self, request):
        return self.http_method_not_allowed(request)

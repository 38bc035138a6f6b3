"""Reads and writes of Django models through managers, querysets and instances."""

from tests.unit.data.helpers import accesses, accesses_with_certainty, data_of

MODELS = """
    from django.db import models

    class Customer(models.Model):
        email = models.EmailField(unique=True)
        active = models.BooleanField(default=True)

    class Order(models.Model):
        customer = models.ForeignKey(Customer, on_delete=models.CASCADE)
        status = models.CharField(max_length=20)
        total = models.DecimalField(max_digits=10, decimal_places=2)
"""

ORDER = "shop.models.Order"
CUSTOMER = "shop.models.Customer"


def _tree(views: str) -> dict[str, str]:
    return {"shop/__init__.py": "", "shop/models.py": MODELS, "shop/views.py": views}


def test_queryset_reads(tmp_path):
    """filter/get/all/first/count/values_list/select_related are reads."""
    facts = data_of(tmp_path, _tree("""
        from shop.models import Order

        def open_orders():
            return list(Order.objects.filter(status="open"))

        def one(pk):
            return Order.objects.get(pk=pk)

        def everything():
            return Order.objects.all()

        def newest():
            return Order.objects.order_by("-id").first()

        def how_many():
            return Order.objects.count()

        def ids():
            return Order.objects.values_list("id", flat=True)

        def with_customers():
            return Order.objects.select_related("customer")
    """))
    assert accesses(facts) == {
        ("shop.views.open_orders", ORDER, "read"),
        ("shop.views.one", ORDER, "read"),
        ("shop.views.everything", ORDER, "read"),
        ("shop.views.newest", ORDER, "read"),
        ("shop.views.how_many", ORDER, "read"),
        ("shop.views.ids", ORDER, "read"),
        ("shop.views.with_customers", ORDER, "read"),
    }


def test_known_reads_are_certain(tmp_path):
    """A known queryset method gives a certain access."""
    facts = data_of(tmp_path, _tree("""
        from shop.models import Customer

        def active_customers():
            return Customer.objects.filter(active=True)
    """))
    assert accesses_with_certainty(facts) == {("shop.views.active_customers", CUSTOMER, "read", True)}


def test_manager_writes(tmp_path):
    """create/update/delete/bulk_create/get_or_create/update_or_create are writes."""
    facts = data_of(tmp_path, _tree("""
        from shop.models import Customer

        def register(email):
            return Customer.objects.create(email=email)

        def deactivate_all():
            Customer.objects.update(active=False)

        def purge():
            Customer.objects.all().delete()

        def import_many(emails):
            Customer.objects.bulk_create([Customer(email=e) for e in emails])

        def ensure(email):
            customer, _ = Customer.objects.get_or_create(email=email)
            return customer

        def upsert(email, active):
            Customer.objects.update_or_create(email=email, defaults={"active": active})
    """))
    assert accesses(facts) == {
        ("shop.views.register", CUSTOMER, "write"),
        ("shop.views.deactivate_all", CUSTOMER, "write"),
        ("shop.views.purge", CUSTOMER, "write"),
        ("shop.views.import_many", CUSTOMER, "write"),
        ("shop.views.ensure", CUSTOMER, "write"),
        ("shop.views.upsert", CUSTOMER, "write"),
    }


def test_filter_then_update_is_one_write(tmp_path):
    """`X.objects.filter(...).update(...)` is a single write, not a read too."""
    facts = data_of(tmp_path, _tree("""
        from shop.models import Order

        def cancel_stale(cutoff):
            return Order.objects.filter(status="pending", id__lt=cutoff).update(status="cancelled")
    """))
    assert [(a.scope, a.entity, a.kind) for a in facts.accesses] == [
        ("shop.views.cancel_stale", ORDER, "write"),
    ]


def test_save_on_new_instance_is_a_write(tmp_path):
    """`Order(...).save()` on a constructed instance writes the model."""
    facts = data_of(tmp_path, _tree("""
        from shop.models import Order

        def place(customer, total):
            order = Order(customer=customer, status="new", total=total)
            order.save()
            return order
    """))
    assert accesses(facts) == {("shop.views.place", ORDER, "write")}


def test_delete_on_fetched_instance(tmp_path):
    """An instance from `objects.get` is read, then `.delete()` writes it."""
    facts = data_of(tmp_path, _tree("""
        from shop.models import Order

        def remove(pk):
            order = Order.objects.get(pk=pk)
            order.delete()
    """))
    assert accesses(facts) == {("shop.views.remove", ORDER, "read"), ("shop.views.remove", ORDER, "write")}


def test_save_on_fetched_instance(tmp_path):
    """Changing an instance from `objects.get` and saving it reads then writes."""
    facts = data_of(tmp_path, _tree("""
        from shop.models import Customer

        def change_email(pk, email):
            customer = Customer.objects.get(pk=pk)
            customer.email = email
            customer.save(update_fields=["email"])
    """))
    assert accesses(facts) == {
        ("shop.views.change_email", CUSTOMER, "read"),
        ("shop.views.change_email", CUSTOMER, "write"),
    }


def test_access_through_models_module(tmp_path):
    """`models.Order.objects...` through an imported module and inside a method is attributed to the method."""
    facts = data_of(tmp_path, _tree("""
        from django.views import View
        from shop import models

        class OrderListView(View):
            def get(self, request):
                return models.Order.objects.filter(customer__active=True)
    """))
    assert accesses(facts) == {("shop.views.OrderListView.get", ORDER, "read")}


CUSTOM_MANAGER = """
    from django.db import models

    class CustomerManager(models.Manager):
        def active(self):
            return self.filter(active=True)

        def recent(self):
            return self.get_queryset().order_by("-joined")[:10]

    class Customer(models.Model):
        active = models.BooleanField(default=True)
        joined = models.DateTimeField(auto_now_add=True)

        objects = CustomerManager()
"""


def test_custom_manager_methods_access_their_model(tmp_path):
    """`self.filter(...)` and `self.get_queryset()` inside a manager method read the manager's model."""
    facts = data_of(tmp_path, {"crm/__init__.py": "", "crm/models.py": CUSTOM_MANAGER})
    assert accesses(facts) == {
        ("crm.models.CustomerManager.active", "crm.models.Customer", "read"),
        ("crm.models.CustomerManager.recent", "crm.models.Customer", "read"),
    }


def test_calling_our_manager_method_is_not_an_access_at_the_call_site(tmp_path):
    """Calling a method of our own manager is a call, not an access, where it is called."""
    facts = data_of(tmp_path, {
        "crm/__init__.py": "",
        "crm/models.py": CUSTOM_MANAGER,
        "crm/views.py": """
            from crm.models import Customer

            def dashboard():
                return {"active": list(Customer.objects.active()), "recent": Customer.objects.recent()}

            def lookup(pk):
                return Customer.objects.get(pk=pk)
        """,
    })
    assert accesses(facts) == {
        ("crm.models.CustomerManager.active", "crm.models.Customer", "read"),
        ("crm.models.CustomerManager.recent", "crm.models.Customer", "read"),
        ("crm.views.lookup", "crm.models.Customer", "read"),
    }


def test_unknown_manager_method_is_an_uncertain_read(tmp_path):
    """A manager method that is neither Django's known ones nor ours is an uncertain read."""
    facts = data_of(tmp_path, _tree("""
        from shop.models import Order

        def odd():
            return Order.objects.frobnicate(level=3)
    """))
    assert accesses_with_certainty(facts) == {("shop.views.odd", ORDER, "read", False)}

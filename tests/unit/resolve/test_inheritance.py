"""Inheritance: inherited and overridden methods, super(), MRO, dispatch, external bases."""

from tests.support import edges_of, internal_edges


def test_inherited_method(tmp_path):
    """A method defined only on the base is reached through a subclass instance."""
    edges = internal_edges(
        tmp_path,
        {
            "payments.py": """
                class Processor:
                    def refund(self, amount):
                        return amount

                class CardProcessor(Processor):
                    pass

                def cancel(amount):
                    return CardProcessor().refund(amount)
            """,
        },
    )
    assert edges == {("payments.cancel", "payments.Processor.refund")}


def test_overriding_method(tmp_path):
    """Each instance reaches the method its own class defines."""
    edges = internal_edges(
        tmp_path,
        {
            "payments.py": """
                class Processor:
                    def charge(self, amount):
                        return amount

                class PaypalProcessor(Processor):
                    def charge(self, amount):
                        return amount * 2

                def pay_card(amount):
                    return Processor().charge(amount)

                def pay_paypal(amount):
                    return PaypalProcessor().charge(amount)
            """,
        },
    )
    assert edges == {
        ("payments.pay_card", "payments.Processor.charge"),
        ("payments.pay_paypal", "payments.PaypalProcessor.charge"),
    }


def test_super_method_call(tmp_path):
    """`super().m()` gives an edge to the parent's method and to `<builtin>.super`."""
    edges = edges_of(
        tmp_path,
        {
            "models.py": """
                class Model:
                    def save(self):
                        return self

                class User(Model):
                    def save(self):
                        return super().save()
            """,
        },
    )
    assert edges == {
        ("models.User.save", "<builtin>.super"),
        ("models.User.save", "models.Model.save"),
    }


def test_super_init_chain(tmp_path):
    """`super().__init__()` through three levels reaches each parent's `__init__`."""
    edges = edges_of(
        tmp_path,
        {
            "widgets.py": """
                class Widget:
                    def __init__(self):
                        self.children = []

                class Button(Widget):
                    def __init__(self, label):
                        super().__init__()
                        self.label = label

                class IconButton(Button):
                    def __init__(self, label, icon):
                        super().__init__(label)
                        self.icon = icon

                def toolbar():
                    return IconButton("save", "disk")
            """,
        },
    )
    assert edges == {
        ("widgets.toolbar", "widgets.IconButton.__init__"),
        ("widgets.IconButton.__init__", "<builtin>.super"),
        ("widgets.IconButton.__init__", "widgets.Button.__init__"),
        ("widgets.Button.__init__", "<builtin>.super"),
        ("widgets.Button.__init__", "widgets.Widget.__init__"),
    }



def test_multiple_inheritance_follows_c3_mro(tmp_path):
    """Diamond `D(B, C)`, B and C from A: `D().m()` finds C.m before A.m (C3, not depth-first)."""
    edges = internal_edges(
        tmp_path,
        {
            "diamond.py": """
                class A:
                    def m(self):
                        return "A"

                class B(A):
                    pass

                class C(A):
                    def m(self):
                        return "C"

                class D(B, C):
                    pass

                def call():
                    return D().m()
            """,
        },
    )
    assert edges == {("diamond.call", "diamond.C.m")}



def test_cooperative_super_in_mixin_follows_runtime_mro(tmp_path):
    """`super().save()` in a mixin continues along the MRO of the class `self` is."""
    edges = internal_edges(
        tmp_path,
        {
            "models.py": """
                class Model:
                    def save(self):
                        return self

                class AuditMixin:
                    def save(self):
                        return super().save()

                class Customer(AuditMixin, Model):
                    pass

                def store():
                    return Customer().save()
            """,
        },
    )
    assert edges == {
        ("models.store", "models.AuditMixin.save"),
        ("models.AuditMixin.save", "models.Model.save"),
    }


def test_dynamic_dispatch_reaches_overrides_in_subclasses(tmp_path):
    """`self.hook()` in a base method reaches overrides in subclasses that inherit the caller."""
    edges = internal_edges(
        tmp_path,
        {
            "jobs.py": """
                class Job:
                    def run(self):
                        self.extract()
                        self.load()

                    def extract(self):
                        return []

                    def load(self):
                        return None

                class CsvJob(Job):
                    def extract(self):
                        return ["csv"]

                class ApiJob(Job):
                    def load(self):
                        return "api"

                class CustomJob(Job):
                    def run(self):
                        self.extract()

                    def extract(self):
                        return ["custom"]
            """,
        },
    )
    assert edges == {
        ("jobs.Job.run", "jobs.Job.extract"),
        ("jobs.Job.run", "jobs.CsvJob.extract"),
        ("jobs.Job.run", "jobs.Job.load"),
        ("jobs.Job.run", "jobs.ApiJob.load"),
        ("jobs.CustomJob.run", "jobs.CustomJob.extract"),
    }




def test_external_base_class_method_named_after_import(tmp_path):
    """A method the tree does not define is named after the external base: `django.views.View.dispatch`."""
    edges = edges_of(
        tmp_path,
        {
            "views.py": """
                from django.views import View

                class OrderView(View):
                    def get(self, request):
                        return self.render(request)

                    def render(self, request):
                        return request

                    def post(self, request):
                        return self.dispatch(request)
            """,
        },
    )
    assert edges == {
        ("views.OrderView.get", "views.OrderView.render"),
        ("views.OrderView.post", "django.views.View.dispatch"),
    }


def test_external_base_through_module_alias_and_root_intermediate(tmp_path):
    """`class V(generic.TemplateView)` and a ROOT subclass of it name the external method by import name."""
    edges = edges_of(
        tmp_path,
        {
            "views.py": """
                from django.views import generic

                class BaseView(generic.TemplateView):
                    def context(self):
                        return self.get_context_data()

                class HomeView(BaseView):
                    def page(self):
                        return self.context(), self.get_template_names()
            """,
        },
    )
    assert edges == {
        ("views.BaseView.context", "django.views.generic.TemplateView.get_context_data"),
        ("views.HomeView.page", "views.BaseView.context"),
        ("views.HomeView.page", "django.views.generic.TemplateView.get_template_names"),
    }

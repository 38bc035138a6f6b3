"""Classes: constructors, instances in variables and attributes, methods of every kind."""

from tests.support import internal_edges


def test_constructor_calls_first_init_on_mro(tmp_path):
    """Calling a class reaches its own `__init__`, or an inherited one, or nothing."""
    edges = internal_edges(
        tmp_path,
        {
            "models.py": """
                class Base:
                    def __init__(self, name):
                        self.name = name

                class Child(Base):
                    pass

                class Plain:
                    pass

                def build():
                    Base("a")
                    Child("b")
                    Plain()
            """,
        },
    )
    assert edges == {("models.build", "models.Base.__init__")}



def test_methods_through_instance_variable(tmp_path):
    """`repo = Repo(); repo.save()` reaches `Repo.save`."""
    edges = internal_edges(
        tmp_path,
        {
            "repo.py": """
                class Repo:
                    def __init__(self):
                        self.rows = []

                    def save(self, row):
                        self.rows.append(row)

                    def count(self):
                        return len(self.rows)

                def store(row):
                    repo = Repo()
                    repo.save(row)
                    return repo.count()
            """,
        },
    )
    assert edges == {
        ("repo.store", "repo.Repo.__init__"),
        ("repo.store", "repo.Repo.save"),
        ("repo.store", "repo.Repo.count"),
    }


def test_instance_attribute_on_self(tmp_path):
    """`self.repo = Repo()` in `__init__` then `self.repo.save()` in another method."""
    edges = internal_edges(
        tmp_path,
        {
            "service.py": """
                class Repo:
                    def save(self, obj):
                        return obj

                class Service:
                    def __init__(self):
                        self.repo = Repo()

                    def create(self, obj):
                        return self.repo.save(obj)
            """,
        },
    )
    assert edges == {("service.Service.create", "service.Repo.save")}


def test_instance_passed_to_constructor_and_stored(tmp_path):
    """An injected dependency stored on `self` resolves to the argument's class."""
    edges = internal_edges(
        tmp_path,
        {
            "app.py": """
                class Mailer:
                    def send(self, to):
                        return to

                class Signup:
                    def __init__(self, mailer):
                        self.mailer = mailer

                    def register(self, email):
                        self.mailer.send(email)

                def main():
                    Signup(Mailer()).register("a@b.c")
            """,
        },
    )
    assert edges == {
        ("app.main", "app.Signup.__init__"),
        ("app.main", "app.Signup.register"),
        ("app.Signup.register", "app.Mailer.send"),
    }


def test_return_values_of_functions_and_methods(tmp_path):
    """Objects returned by a function or a method keep their class."""
    edges = internal_edges(
        tmp_path,
        {
            "factory.py": """
                class Report:
                    def render(self):
                        return ""

                class Builder:
                    def build(self):
                        return Report()

                def make_builder():
                    return Builder()

                def main():
                    make_builder().build().render()
                    report = Builder().build()
                    report.render()
            """,
        },
    )
    assert edges == {
        ("factory.main", "factory.make_builder"),
        ("factory.main", "factory.Builder.build"),
        ("factory.main", "factory.Report.render"),
    }


def test_self_method_calls(tmp_path):
    """`self.m()` reaches the method of the class."""
    edges = internal_edges(
        tmp_path,
        {
            "cart.py": """
                class Cart:
                    def total(self):
                        return self.subtotal() + self.shipping()

                    def subtotal(self):
                        return 10

                    def shipping(self):
                        return 5
            """,
        },
    )
    assert edges == {("cart.Cart.total", "cart.Cart.subtotal"), ("cart.Cart.total", "cart.Cart.shipping")}


def test_classmethod_constructor_and_cls_calls(tmp_path):
    """`User.from_row()` reaches the classmethod; `cls(...)` and `cls.m()` inside it resolve."""
    edges = internal_edges(
        tmp_path,
        {
            "users.py": """
                class User:
                    def __init__(self, name):
                        self.name = name

                    @classmethod
                    def from_row(cls, row):
                        return cls(cls.normalize(row))

                    @classmethod
                    def normalize(cls, row):
                        return row

                def load(row):
                    user = User.from_row(row)
                    return user.name
            """,
        },
    )
    assert edges == {
        ("users.load", "users.User.from_row"),
        ("users.User.from_row", "users.User.__init__"),
        ("users.User.from_row", "users.User.normalize"),
    }


def test_staticmethod_via_class_and_instance(tmp_path):
    """A staticmethod is reachable through the class and through `self`."""
    edges = internal_edges(
        tmp_path,
        {
            "validate.py": """
                class Validator:
                    @staticmethod
                    def is_email(value):
                        return "@" in value

                    def check(self, value):
                        return self.is_email(value)

                def quick(value):
                    return Validator.is_email(value)
            """,
        },
    )
    assert edges == {
        ("validate.Validator.check", "validate.Validator.is_email"),
        ("validate.quick", "validate.Validator.is_email"),
    }



def test_reading_a_property_calls_its_getter(tmp_path):
    """`order.total` on an instance is a call to the getter."""
    edges = internal_edges(
        tmp_path,
        {
            "shipping.py": """
                class Order:
                    def __init__(self, items):
                        self.items = items

                    @property
                    def total(self):
                        return self.weight() * 2

                    def weight(self):
                        return len(self.items)

                def label(order_items):
                    order = Order(order_items)
                    return f"total: {order.total}"
            """,
        },
    )
    assert edges == {
        ("shipping.label", "shipping.Order.__init__"),
        ("shipping.label", "shipping.Order.total"),
        ("shipping.Order.total", "shipping.Order.weight"),
    }



def test_class_attribute_holding_an_instance(tmp_path):
    """A class attribute `default = Repo()` is reachable through the class and through `self`."""
    edges = internal_edges(
        tmp_path,
        {
            "registry.py": """
                class Repo:
                    def __init__(self):
                        self.items = {}

                    def get(self, key):
                        return self.items.get(key)

                class Registry:
                    default = Repo()

                    def lookup(self, key):
                        return self.default.get(key)

                def find(key):
                    return Registry.default.get(key)
            """,
        },
    )
    assert edges == {
        ("registry.Registry", "registry.Repo.__init__"),
        ("registry.Registry.lookup", "registry.Repo.get"),
        ("registry.find", "registry.Repo.get"),
    }




def test_calling_an_instance_calls_dunder_call(tmp_path):
    """An instance called like a function reaches `__call__`."""
    edges = internal_edges(
        tmp_path,
        {
            "middleware.py": """
                class Timing:
                    def __init__(self, app):
                        self.app = app

                    def __call__(self, request):
                        return self.app(request)

                def app(request):
                    return request

                wrapped = Timing(app)

                def handle(request):
                    return wrapped(request)
            """,
        },
    )
    assert edges == {
        ("middleware", "middleware.Timing.__init__"),
        ("middleware.handle", "middleware.Timing.__call__"),
        ("middleware.Timing.__call__", "middleware.app"),
    }


def test_class_body_reads_a_name_before_binding_it(tmp_path):
    """A class body runs top to bottom: `queues_cls = Queues` above `def Queues` reads the
    module's class; after the method is bound, the class body's own name wins."""
    edges = internal_edges(
        tmp_path,
        {
            "amqp.py": """
                class Queues(dict):
                    def __init__(self, names):
                        super().__init__()


                def helper():
                    return 1


                class AMQP:
                    queues_cls = Queues
                    default = helper

                    def Queues(self, names):
                        return self.queues_cls(names)

                    def helper(self):
                        return 2

                    again = helper

                    def run(self):
                        self.default()
                        self.again()
            """,
        },
    )
    assert ("amqp.AMQP.Queues", "amqp.Queues.__init__") in edges
    assert ("amqp.AMQP.Queues", "amqp.AMQP.Queues") not in edges
    assert ("amqp.AMQP.run", "amqp.helper") in edges
    assert ("amqp.AMQP.run", "amqp.AMQP.helper") in edges


def test_a_function_stub_for_type_checkers_and_the_class_at_runtime(tmp_path):
    """pydantic's pattern: `def Lazy(...)` under TYPE_CHECKING, `class Lazy` otherwise.
    The name is a class where the class is: constructing it reaches its `__init__`."""
    edges = internal_edges(
        tmp_path,
        {
            "lazy.py": """
                from typing import TYPE_CHECKING

                if TYPE_CHECKING:
                    def Lazy(name, factory): ...
                else:
                    class Lazy:
                        def __init__(self, name, factory):
                            self.name = name

                        def get(self):
                            return self.name

                def build():
                    return Lazy("x", list).get()
            """,
        },
    )
    assert {("lazy.build", "lazy.Lazy.__init__"), ("lazy.build", "lazy.Lazy.get")} <= edges

"""Look-alikes that are not ORM models, managers, sessions or SQL."""

from tests.unit.data.helpers import accesses, data_of, entities

SQLA_MODELS = """
    from sqlalchemy import Column, Integer, String
    from sqlalchemy.orm import declarative_base

    Base = declarative_base()

    class User(Base):
        __tablename__ = "users"
        id = Column(Integer, primary_key=True)
        name = Column(String(50))
"""


def test_plain_class_named_model(tmp_path):
    """A plain `class Model:` and its subclasses are not ORM models; their save() is no access."""
    facts = data_of(tmp_path, {
        "domain.py": """
            class Model:
                objects = []

                def save(self):
                    Model.objects.append(self)

            class Order(Model):
                __tablename__ = "orders"

            def place():
                order = Order()
                order.save()
        """,
    })
    assert entities(facts) == set()
    assert accesses(facts) == set()


def test_other_libraries_models(tmp_path):
    """Subclasses of keras.Model or pydantic.BaseModel are not entities."""
    facts = data_of(tmp_path, {
        "ml.py": """
            import tensorflow as tf
            from keras import Model
            from pydantic import BaseModel

            class Classifier(tf.keras.Model):
                def call(self, inputs):
                    return inputs

            class Regressor(Model):
                pass

            class OrderIn(BaseModel):
                id: int
                total: float

            def train(data):
                model = Classifier()
                model.save("model.keras")
                return OrderIn(id=1, total=2.0)
        """,
    })
    assert entities(facts) == set()
    assert accesses(facts) == set()


def test_manager_that_is_not_djangos(tmp_path):
    """A class-level `objects = Manager()` of our own Manager on a non-model gives no access."""
    facts = data_of(tmp_path, {
        "registry.py": """
            class Manager:
                def __init__(self):
                    self.items = []

                def filter(self, **criteria):
                    return [i for i in self.items if all(getattr(i, k) == v for k, v in criteria.items())]

                def create(self, **values):
                    self.items.append(values)

            class Team:
                objects = Manager()

            def backend_teams():
                Team.objects.create(name="core")
                return Team.objects.filter(area="backend")
        """,
    })
    assert entities(facts) == set()
    assert accesses(facts) == set()


def test_add_on_set_or_list_is_not_a_write(tmp_path):
    """`.add()`/`.append()` of a model instance to a set or list is not a session write."""
    facts = data_of(tmp_path, {
        "db/__init__.py": "",
        "db/models.py": SQLA_MODELS,
        "db/batch.py": """
            from db.models import User

            def collect(names):
                pending = set()
                seen = []
                for name in names:
                    user = User(name=name)
                    pending.add(user)
                    seen.append(user)
                return pending, seen
        """,
    })
    assert accesses(facts) == set()


def test_query_method_that_is_not_sqlalchemy(tmp_path):
    """A `query` method of our own search client, even given a model class, is no access."""
    facts = data_of(tmp_path, {
        "db/__init__.py": "",
        "db/models.py": SQLA_MODELS,
        "db/search.py": """
            from db.models import User

            class SearchIndex:
                def query(self, kind):
                    return SearchResults(kind)

            class SearchResults:
                def __init__(self, kind):
                    self.kind = kind

                def filter(self, **terms):
                    return self

                def all(self):
                    return []

            def find_users(term):
                index = SearchIndex()
                return index.query(User).filter(name=term).all()
        """,
    })
    assert accesses(facts) == set()


def test_execute_of_a_task_runner(tmp_path):
    """`.execute(...)` of a command runner with non-SQL arguments is nothing."""
    facts = data_of(tmp_path, {
        "runner.py": """
            import subprocess

            class CommandRunner:
                def execute(self, argv, check=True):
                    return subprocess.run(argv, check=check)

            def rebuild():
                runner = CommandRunner()
                runner.execute(["make", "clean"])
                runner.execute("docker compose up -d")
        """,
    })
    assert entities(facts) == set()
    assert accesses(facts) == set()

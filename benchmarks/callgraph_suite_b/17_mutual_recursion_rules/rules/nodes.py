class Node:
    kind = "node"

    def __init__(self, value=None, *children):
        self.value = value
        self.children = children

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    def depth(self):
        if not self.children:
            return 1
        return 1 + max(child.depth() for child in self.children)


class Const(Node):
    kind = "const"


class Var(Node):
    kind = "var"


class Call(Node):
    kind = "call"


class And(Node):
    kind = "and"

    def __init__(self, *children):
        super().__init__("and", *children)


class Or(Node):
    kind = "or"

    def __init__(self, *children):
        super().__init__("or", *children)

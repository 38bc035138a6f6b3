class RulePrinter:
    def render(self, node):
        method = getattr(self, f"render_{node.kind}")
        return method(node)

    def render_const(self, node):
        return repr(node.value)

    def render_var(self, node):
        return node.value

    def render_call(self, node):
        args = ", ".join(self.render(arg) for arg in node.children)
        return f"{node.value}({args})"

    def render_and(self, node):
        return "(" + " and ".join(self.render(child) for child in node.children) + ")"

    def render_or(self, node):
        return "(" + " or ".join(self.render(child) for child in node.children) + ")"

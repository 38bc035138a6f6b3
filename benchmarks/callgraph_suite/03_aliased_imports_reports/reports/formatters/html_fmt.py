from html import escape as html_escape


def _cell(value):
    return "<td>" + html_escape(str(value)) + "</td>"


def render(rows, columns):
    head = "".join("<th>" + html_escape(c) + "</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(_cell(row.get(c, "")) for c in columns) + "</tr>" for row in rows
    )
    return f"<table><tr>{head}</tr>{body}</table>"

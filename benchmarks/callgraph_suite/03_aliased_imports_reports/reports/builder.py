import datetime as dt
import statistics as stats

import reports.formatters.csv_fmt as csv_fmt
from reports.formatters import html_fmt
from reports.formatters.html_fmt import render as render_html


def summarize(rows, field):
    values = [float(r[field]) for r in rows if r.get(field) not in (None, "")]
    if not values:
        return {"count": 0}
    return {
        "count": len(values),
        "mean": stats.mean(values),
        "median": stats.median(values),
        "generated": dt.datetime.now().isoformat(),
    }


def build(rows, columns, fmt="csv"):
    if fmt == "csv":
        return csv_fmt.render(rows, columns)
    if fmt == "html":
        return render_html(rows, columns)
    if fmt == "html-body":
        return html_fmt.render(rows, columns)[7:-8]
    raise ValueError(f"unsupported format {fmt!r}")

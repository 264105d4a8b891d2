#!/usr/bin/env python3
"""The comparison for scripts/workbook-scale.sh: Python's XlsxWriter writing the same rows as WorkbookScaleTest
(10,000 documents, 100,000 Commitments rows) into the same sheets and named tables, with the same number formats,
column widths, row heights for wrapped text, frozen headers, print titles, a Charts sheet with a native bar chart
of the 20 largest amounts and an About sheet with the input files table. Source file cells are plain text, as in
the Java workbook above 10,000 outcomes; the Resources sheet's addresses are links.

Usage: pip install xlsxwriter; python3 scripts/workbook-scale-xlsxwriter.py [--constant-memory] [OUT.xlsx]
Prints wall time, CPU time and peak RSS of the process."""
import resource
import sys
import time
from datetime import date, datetime, timedelta

import xlsxwriter

DOCUMENTS, OUTCOMES = 10_000, 10
CURRENCIES = ["USD", "EUR", "GBP", "JPY", "CHF"]
RATES = {"USD": 1, "EUR": 1.1720, "GBP": 1.3720, "JPY": 0.006940}
SYMBOL = {"USD": "$", "EUR": '"€"', "GBP": '"£"', "JPY": '"¥"', "CHF": '"CHF "'}
TYPES = ["Agreement", "Initiative", "Coalition", "Funding", "Report", "Institution", "Other"]
COMMITMENTS = [("Summit", 32, 1), ("Start date", 11, 0), ("Location", 16, 0), ("Country", 8, 0), ("Type", 12, 0),
               ("Outcome", 40, 1), ("Actors", 32, 1), ("Amount", 18, 0), ("Currency", 9, 0), ("Amount in USD", 18, 0),
               ("Members/signatories", 12, 0), ("Unit", 18, 1), ("Purpose", 40, 1), ("Evidence", 60, 1),
               ("Source file", 30, 0)]
POSITIONS = [("Summit", 32, 1), ("Actor", 24, 1), ("ISO code", 8, 0), ("Stance", 10, 0), ("Subject", 32, 1),
             ("Reasons", 40, 1), ("Evidence", 60, 1)]
FIGURES = [("Summit", 32, 1), ("Kind", 9, 0), ("Text", 32, 1), ("Value", 18, 0), ("Currency/Unit", 20, 1),
           ("From", 11, 0), ("To", 11, 0)]
THEMES = [("Summit", 32, 1), ("Theme", 60, 1), ("Evidence", 70, 1)]
RESOURCES = [("Summit", 32, 1), ("URL", 60, 0), ("Host", 26, 0), ("Title", 44, 1), ("Status", 10, 0),
             ("Fetched at (UTC)", 20, 0)]
FILES = [("File", 36, 0), ("Document id", 24, 0), ("SHA-256", 66, 0), ("Characters", 11, 0), ("Summit", 30, 1),
         ("Start date", 11, 0)]


def lines(text, width):
    per_line = max(1, int((width + 2) * 1.1))
    return min(27, sum(max(1, -(-len(p) // per_line)) for p in text.split("\n")))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = args[0] if args else "target/workbook-scale-xlsxwriter.xlsx"
    start, cpu = time.perf_counter(), time.process_time()
    wb = xlsxwriter.Workbook(out, {"constant_memory": "--constant-memory" in sys.argv, "strings_to_numbers": False,
                                   "strings_to_formulas": False, "strings_to_urls": False})
    body = {"font_name": "Calibri", "font_size": 11, "valign": "top"}
    text = wb.add_format(body)
    wrapped = wb.add_format({**body, "text_wrap": True})
    header = wb.add_format({"font_name": "Calibri", "bold": True, "font_color": "white", "bg_color": "#008080",
                            "bottom": 1, "valign": "vcenter", "text_wrap": True})
    date_fmt = wb.add_format({**body, "num_format": "yyyy-mm-dd"})
    integer = wb.add_format({**body, "num_format": "#,##0"})
    link = wb.add_format({**body, "font_color": "blue", "underline": 1})
    money = {c: wb.add_format({**body, "num_format": SYMBOL[c] + "#,##0"}) for c in CURRENCIES}

    sheets = {}

    def sheet(name, columns):
        ws = wb.add_worksheet(name)
        for i, (title, width, _) in enumerate(columns):
            ws.write_string(0, i, title, header)
            ws.set_column(i, i, min(255, width + 2))
        sheets[name] = [ws, columns, 1]
        return ws

    def row(name, values):
        """values: (column, kind, value, format) tuples; returns the row index."""
        entry = sheets[name]
        ws, columns, r = entry
        height = 1
        for col, kind, value, fmt in values:
            if kind == "s":
                wrap = columns[col][2]
                ws.write_string(r, col, value, fmt or (wrapped if wrap else text))
                if wrap:
                    height = max(height, lines(value, columns[col][1]))
            elif kind == "n":
                ws.write_number(r, col, value, fmt)
            elif kind == "d":
                ws.write_datetime(r, col, value, date_fmt)
            elif kind == "u":
                ws.write_url(r, col, value, link, value)
        if height > 1:
            ws.set_row(r, min(409, height * 15))
        entry[2] = r + 1

    for name, cols in [("Commitments", COMMITMENTS), ("Positions", POSITIONS), ("Figures", FIGURES),
                       ("Themes", THEMES), ("Resources", RESOURCES)]:
        sheet(name, cols)
    charts_ws = wb.add_worksheet("Charts")
    about_ws = sheet("About", FILES)
    top, files = [], []
    for d in range(DOCUMENTS):
        summit = f"Summit number {d} on artificial intelligence and climate"
        start_date = date(2025, 1, 1) + timedelta(days=d % 365)
        for o in range(OUTCOMES):
            currency = CURRENCIES[(d + o) % len(CURRENCIES)]
            value = (d + 1) * (o + 1) * 1_000_000
            name = f"Initiative {o} of summit {d} for open and trustworthy AI"
            cells = [(0, "s", summit, None), (1, "d", start_date, None), (2, "s", f"City {d}", None),
                     (3, "s", "FR", None), (4, "s", TYPES[o % len(TYPES)], None), (5, "s", name, None),
                     (6, "s", f"Country {o}; Partner {d}", None)]
            if o % 3:
                cells += [(7, "n", value, money[currency]), (8, "s", currency, None)]
                if currency in RATES:
                    usd = value * RATES[currency]
                    cells.append((9, "n", usd, money["USD"]))
                    top = sorted(top + [(usd, name, summit)], reverse=True)[:20]
            else:
                cells += [(10, "n", 10 + o, integer), (11, "s", "countries", None)]
            cells += [(12, "s", f"foster the development of open and ethically governed models, outcome {o}", None),
                      (13, "s", f"The launch of {name}, backed by a robust investment, was announced on the second"
                                f" day of the summit by the host and {o + 3} partners.", None),
                      (14, "s", f"doc-{d}.txt", None)]
            row("Commitments", cells)
            row("Figures", [(0, "s", summit, None), (1, "s", "Money", None), (2, "s", f"{currency} {value}", None),
                            (3, "n", value, money[currency]), (4, "s", currency, None)])
        row("Figures", [(0, "s", summit, None), (1, "s", "Date", None), (2, "s", "February 10-11, 2025", None),
                        (5, "d", date(2025, 2, 10), None), (6, "d", date(2025, 2, 11), None)])
        row("Positions", [(0, "s", summit, None), (1, "s", "United States", None), (2, "s", "US", None),
                          (3, "s", "Declined", None), (4, "s", "declaration", None),
                          (5, "s", "national security", None), (6, "s", "the U.S. chose not to sign", None)])
        row("Positions", [(0, "s", summit, None), (1, "s", "France", None), (2, "s", "FR", None),
                          (3, "s", "Hosted", None), (4, "s", summit, None), (6, "s", "France hosted", None)])
        row("Themes", [(0, "s", summit, None), (1, "s", "AI accessibility and the digital divide", None),
                       (2, "s", "bridge the digital divide", None)])
        row("Themes", [(0, "s", summit, None), (1, "s", "sustainable AI for people and the planet", None),
                       (2, "s", "sustainable AI", None)])
        for url, host in [(f"https://example.org/summit/{d}", "example.org"),
                          (f"https://news.example.com/ai/{d}", "news.example.com")]:
            row("Resources", [(0, "s", summit, None), (1, "u", url, None), (2, "s", host, None)])
        files.append((f"doc-{d}.txt", f"doc-{d}", f"{d:064x}", 5000, summit, start_date))
    for f in files:
        row("About", [(0, "s", f[0], None), (1, "s", f[1], None), (2, "s", f[2], None), (3, "n", f[3], integer),
                      (4, "s", f[4], None), (5, "d", f[5], None)])

    for name, (ws, columns, rows) in sheets.items():
        ws.add_table(0, 0, rows - 1, len(columns) - 1, {"name": name.replace("About", "InputFiles"),
                     "style": "Table Style Medium 2", "columns": [{"header": c[0]} for c in columns]})
        ws.freeze_panes(1, 0)
        ws.repeat_rows(0)
        ws.set_landscape()
        ws.fit_to_pages(1, 0)

    charts_ws.write_string(0, 0, "Largest commitments (USD)", header)
    for i, (usd, name, summit) in enumerate(top):
        charts_ws.write_string(i + 1, 0, name, text)
        charts_ws.write_string(i + 1, 1, summit, text)
        charts_ws.write_number(i + 1, 2, usd, money["USD"])
    charts_ws.add_table(0, 0, len(top), 2, {"name": "TopAmounts", "style": "Table Style Medium 2",
                        "columns": [{"header": h} for h in ("Outcome", "Summit", "Amount in USD")]})
    chart = wb.add_chart({"type": "bar"})
    chart.add_series({"categories": ["Charts", 1, 0, len(top), 0], "values": ["Charts", 1, 2, len(top), 2]})
    charts_ws.insert_chart(1, 4, chart)
    wb.set_properties({"title": "Commitments workbook, run scale", "author": "briefing-pack"})
    wb.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"xlsxwriter {xlsxwriter.__version__} constant_memory={'--constant-memory' in sys.argv}"
          f" wall={time.perf_counter() - start:.1f}s cpu={time.process_time() - cpu:.1f}s peakRss={peak // 1024}MB")


if __name__ == "__main__":
    main()

"""pandas reference for `npm run bench` (bench/pandas-side-by-side.ts): the same work as
importPortfolio + paretoAnalysis, from bytes on disk to A/B/C classes.

Reads a generated pt-BR transaction export (`;`, decimal comma, thousands dot, dd/mm/yyyy, UTF-8),
sums the amounts per client (code), keeps each client's first and last date, sorts by revenue,
takes the cumulative share and classes A/B/C as paretoAnalysis does. Prints one JSON line with the
process's own CPU time and peak RSS, and a checksum the Node side compares with.

Usage: python3 bench/pandas_reference.py FILE
"""
import json
import resource
import sys
import time

t0 = time.perf_counter()
import pandas as pd  # noqa: E402  (the import is part of the process the bench times)

t_import = time.perf_counter()
path = sys.argv[1]
df = pd.read_csv(
    path,
    sep=";",
    decimal=",",
    thousands=".",
    encoding="utf-8",
    usecols=["Código", "Cliente", "Data de emissão", "Valor"],
    dtype={"Código": "string", "Cliente": "string"},
)
dates = pd.to_datetime(df["Data de emissão"], format="%d/%m/%Y")
df["Data de emissão"] = dates
t_read = time.perf_counter()

per_client = df.groupby("Código", sort=False).agg(
    name=("Cliente", "first"),
    revenue=("Valor", "sum"),
    first=("Data de emissão", "min"),
    last=("Data de emissão", "max"),
    rows=("Valor", "size"),
)
per_client["revenue"] = per_client["revenue"].round(2)
ranked = per_client[per_client["revenue"] > 0].sort_values("revenue", ascending=False, kind="stable")
total = ranked["revenue"].sum()
# As paretoAnalysis: a client is A while the share BEFORE it is below 80 %, B below 95 %, else C.
before = (ranked["revenue"].cumsum() - ranked["revenue"]) / total
classes = pd.cut(before, bins=[-1.0, 0.8, 0.95, 2.0], labels=["A", "B", "C"], right=False)
counts = classes.value_counts()
t_done = time.perf_counter()

usage = resource.getrusage(resource.RUSAGE_SELF)
print(
    json.dumps(
        {
            "rows": int(len(df)),
            "clients": int(len(per_client)),
            "total": round(float(total), 2),
            "A": int(counts.get("A", 0)),
            "B": int(counts.get("B", 0)),
            "C": int(counts.get("C", 0)),
            "importPandasMs": round((t_import - t0) * 1000),
            "readMs": round((t_read - t_import) * 1000),
            "analyseMs": round((t_done - t_read) * 1000),
            "cpuMs": round((usage.ru_utime + usage.ru_stime) * 1000),
            # ru_maxrss is in KiB on Linux.
            "peakRssBytes": usage.ru_maxrss * 1024,
        }
    )
)

#!/usr/bin/env python3
"""Reads a `dyad export` folder with pyarrow and DuckDB (and Polars and
pandas when installed), as analysts will, and checks that each sees every
event report, with typed columns.

    pip install pyarrow duckdb polars pandas
    dyad export --db news.db --out parquet/
    scripts/check-parquet.py parquet/ --events 542
"""
import argparse
import sys

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder")
    ap.add_argument("--events", type=int, help="the number of event reports expected")
    args = ap.parse_args()
    table = ds.dataset(args.folder, format="parquet", partitioning="hive").to_table()
    problems = []
    if table.schema.field("date").type != pa.date32():
        problems.append(f"pyarrow: date is {table.schema.field('date').type}, not date32")
    if table.schema.field("lat").type != pa.float64():
        problems.append(f"pyarrow: lat is {table.schema.field('lat').type}, not double")
    glob = args.folder.rstrip("/") + "/**/*.parquet"
    rows = duckdb.sql(f"SELECT count(*), count(DISTINCT id), min(year), max(year) FROM read_parquet('{glob}', hive_partitioning = true)").fetchall()[0]
    if rows[0] != table.num_rows or rows[1] != table.num_rows:
        problems.append(f"DuckDB sees {rows[0]} rows ({rows[1]} distinct ids), pyarrow {table.num_rows}")
    if args.events is not None and table.num_rows != args.events:
        problems.append(f"{table.num_rows} rows, expected {args.events}")
    print(f"pyarrow {pa.__version__}: {table.num_rows} rows, {len(table.schema)} columns; DuckDB {duckdb.__version__}: {rows[0]} rows, years {rows[2]}-{rows[3]}")
    try:
        import polars as pl
        frame = pl.read_parquet(glob, hive_partitioning=True)
        print(f"Polars {pl.__version__}: {frame.height} rows, date as {frame.schema['date']}")
        if frame.height != table.num_rows or str(frame.schema["date"]) != "Date":
            problems.append(f"Polars sees {frame.height} rows, date as {frame.schema['date']}")
    except ImportError:
        print("Polars not installed: not checked")
    try:
        import pandas as pd
        frame = pd.read_parquet(args.folder)
        print(f"pandas {pd.__version__}: {len(frame)} rows")
        if len(frame) != table.num_rows:
            problems.append(f"pandas sees {len(frame)} rows")
    except ImportError:
        print("pandas not installed: not checked")
    for p in problems:
        print("problem:", p, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()

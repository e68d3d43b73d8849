#!/usr/bin/env python3
"""Writes sample.json.gz and sample.json.bz2 from sample.json (run after editing sample.json)."""
import bz2, gzip, os

here = os.path.dirname(os.path.abspath(__file__))
data = open(os.path.join(here, "sample.json"), "rb").read()
# mtime=0: the same input always gives the same bytes
with open(os.path.join(here, "sample.json.gz"), "wb") as f:
    f.write(gzip.compress(data, compresslevel=9, mtime=0))
# two bzip2 streams one after the other, as parallel compressors write them
half = data.index(b"\n", len(data) // 2) + 1
with open(os.path.join(here, "sample.json.bz2"), "wb") as f:
    f.write(bz2.compress(data[:half]) + bz2.compress(data[half:]))

#!/usr/bin/env python3
"""Writes N rows of plausible ion gradients (ion,z,in_mM,out_mM,temp_C) to stdout; fixed seed."""
import random, sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
seed = int(sys.argv[2]) if len(sys.argv) > 2 else 42
rnd = random.Random(seed)
ions = [("K", 1, 100, 160, 2, 10), ("Na", 1, 5, 30, 120, 150), ("Cl", -1, 3, 60, 90, 130),
        ("Ca", 2, 0.00005, 0.001, 1, 3)]
out = sys.stdout
out.write("ion,z,in_mM,out_mM,temp_C\n")
buf = []
for i in range(n):
    name, z, lo_i, hi_i, lo_o, hi_o = ions[rnd.randrange(4)]
    buf.append("%s,%d,%.6g,%.6g,%.1f\n" % (name, z, rnd.uniform(lo_i, hi_i), rnd.uniform(lo_o, hi_o),
                                          rnd.uniform(4, 40)))
    if len(buf) >= 10000:
        out.write("".join(buf)); buf = []
out.write("".join(buf))

#!/usr/bin/env python3
"""diff.py requests.jsonl answers.jsonl: compare the engine's answers with ref.py, print the first mismatches"""
import json, sys
from ref import price, compare
reqs = [json.loads(l) for l in open(sys.argv[1])]
ans = [l for l in open(sys.argv[2])]
assert len(reqs) == len(ans), (len(reqs), len(ans))
bad = 0
for i, (rq, a) in enumerate(zip(reqs, ans)):
    got = json.loads(a)
    exp = price(rq)
    errs = compare(exp, got)
    # also require no extra rejected/applied entries: compare() checks list lengths
    if errs:
        bad += 1
        if bad <= int(sys.argv[3] if len(sys.argv) > 3 else 5):
            print(f"--- case {i}: {errs[:6]}")
            print(json.dumps(rq))
print(f"{len(reqs) - bad} passed, {bad} failed")

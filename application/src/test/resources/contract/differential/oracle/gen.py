#!/usr/bin/env python3
"""Random VALID pricing requests for differential testing against ref.py. usage: gen.py SEED COUNT > file.jsonl"""
import json, random, sys

CURS = [("CNY", 2), ("JPY", 0), ("KWD", 3)]
SKUS = ["s1", "s2", "s3", "s4", "s5"]
CATS = ["oil", "tea", "fruit"]
TIERS = ["junior", "senior", "gold"]
TAGS = ["vip", "new", "category:oil"]
COMMS = ["c1", "c2"]

def money(r, d, lo, hi, zero_p=0.05):
    if r.random() < zero_p: return "0" if d == 0 else "0." + "0" * d
    v = r.randint(lo * 10 ** d, hi * 10 ** d)
    if r.random() < 0.3: v = (v // 10 ** d) * 10 ** d
    s = str(v // 10 ** d)
    if d: s += "." + str(v % 10 ** d).zfill(d)
    return s

def pct(r):
    return r.choice(["5", "10", "12.5", "33.3", "50", "100", "0.1", "66.67", "20", "7"])

def gen(r):
    cur, d = r.choice(CURS)
    lines = []
    for i in range(r.randint(1, 5)):
        l = {"id": f"l{i+1}", "unitPrice": money(r, d, 0, 120), "quantity": r.choice([1, 1, 1, 2, 3, 4, 7])}
        if r.random() < 0.9: l["sku"] = r.choice(SKUS)
        if r.random() < 0.85: l["category"] = r.choice(CATS)
        lines.append(l)
    req = {"currency": cur, "at": "2026-11-11T12:00:00+08:00", "lines": lines}
    if r.random() < 0.85:
        m = {"id": "m1"}
        if r.random() < 0.8: m["tier"] = r.choice(TIERS)
        m["tags"] = r.sample(TAGS, r.randint(0, 2))
        m["communities"] = r.sample(COMMS, r.randint(0, 2))
        if r.random() < 0.9: m["paidOrders"] = r.randint(0, 3)
        m["usage"] = {}
        req["member"] = m
    if r.random() < 0.5: req["shipping"] = money(r, d, 0, 15)
    promos = []
    codes = []
    for k in range(r.randint(0, 6)):
        p = {"id": f"p{k}"}
        if r.random() < 0.3:
            c = r.choice(["A", "B", "SAVE", "x-1"]) + str(k % 3)
            p["code"] = c
            if r.random() < 0.75: codes.append(c.lower() if r.random() < 0.5 else c)
        if r.random() < 0.5: p["priority"] = r.randint(0, 3)
        et = r.choice(["percentOff", "amountOff", "spendThreshold", "buyXGetY", "fixedPrice", "gift", "depositCredit", "shippingOff"])
        if et != "depositCredit":
            if r.random() < 0.25: p["stacking"] = "exclusive"
            if r.random() < 0.25: p["group"] = r.choice(["g1", "g2"])
        if r.random() < 0.1: p["validFrom"] = r.choice(["2026-11-12T00:00:00+08:00", "2026-11-11T04:00:00Z", "2026-11-01T00:00:00Z"])
        if r.random() < 0.1: p["validUntil"] = r.choice(["2026-11-11T04:00:00Z", "2026-11-11T12:00:00.000000001+08:00", "2026-12-01T00:00:00+08:00"])
        if r.random() < 0.05: p["currency"] = r.choice(["CNY", "JPY", "KWD"]) if False else cur if r.random() < 0.5 else "USD"
        pd = 2 if p.get("currency") == "USD" else d
        conds = []
        for _ in range(r.choice([0, 0, 1, 1, 2])):
            ct = r.choice(["minSubtotal", "minQuantity", "tierIn", "hasTag", "memberOf", "purchaseOrdinal"])
            if ct == "minSubtotal": c = {"type": ct, "amount": money(r, pd, 0, 300)}
            elif ct == "minQuantity": c = {"type": ct, "quantity": r.randint(1, 8)}
            elif ct == "tierIn": c = {"type": ct, "tiers": r.sample(TIERS, r.randint(0, 2))}
            elif ct == "hasTag": c = {"type": ct, "tags": r.sample(TAGS, r.randint(0, 2))}
            elif ct == "memberOf": c = {"type": ct, "communities": r.sample(COMMS, r.randint(1, 2))}
            else:
                c = {"type": ct}
                if r.random() < 0.5: c["equals"] = r.randint(1, 3)
                else:
                    if r.random() < 0.7: c["atLeast"] = r.randint(1, 3)
                    if "atLeast" not in c or r.random() < 0.5: c["atMost"] = r.randint(1, 3)
            if ct in ("minSubtotal", "minQuantity") and r.random() < 0.4: c["scope"] = r.choice(["order", "target"])
            if ct == "hasTag" and r.random() < 0.5: c["match"] = r.choice(["any", "all"])
            conds.append(c)
        if conds: p["conditions"] = conds
        if r.random() < 0.5:
            t = {}
            if r.random() < 0.5: t["skus"] = r.sample(SKUS, r.randint(0, 2))
            if r.random() < 0.5: t["categories"] = r.sample(CATS, r.randint(0, 2))
            if r.random() < 0.2: t["excludeSkus"] = r.sample(SKUS, 1)
            if r.random() < 0.2: t["excludeCategories"] = r.sample(CATS, 1)
            p["target"] = t
        if et == "percentOff":
            e = {"type": et, "percent": pct(r)}
            if r.random() < 0.3: e["maxQuantity"] = r.randint(1, 3)
        elif et == "amountOff":
            e = {"type": et, "amount": money(r, pd, 0, 60, 0.02)}
            per = r.choice([None, "order", "unit", "line"])
            if per: e["per"] = per
            if per == "unit" and r.random() < 0.4: e["maxQuantity"] = r.randint(1, 3)
        elif et == "spendThreshold":
            if r.random() < 0.3:
                e = {"type": et, "steps": [{"spend": money(r, pd, 1, 100, 0), "off": money(r, pd, 0, 30)}], "repeat": True}
            else:
                e = {"type": et, "steps": [{"spend": money(r, pd, 0, 300, 0.1), "off": money(r, pd, 0, 60)} for _ in range(r.randint(1, 3))]}
                if r.random() < 0.3: e["repeat"] = False
        elif et == "buyXGetY":
            e = {"type": et, "buy": r.randint(1, 3), "get": r.randint(1, 2)}
            if r.random() < 0.4: e["percent"] = pct(r)
        elif et == "fixedPrice":
            e = {"type": et, "unitPrice": money(r, pd, 0, 80)}
        elif et == "gift":
            e = {"type": et, "sku": "g-" + str(k)}
            if r.random() < 0.5: e["quantity"] = r.randint(1, 3)
        elif et == "depositCredit":
            dep = money(r, pd, 0, 40, 0.15)
            from fractions import Fraction as F
            cr = money(r, pd, 0, 90, 0.1)
            if F(cr) < F(dep): dep, cr = cr, dep
            e = {"type": et, "deposit": dep, "credit": cr}
        else:
            e = {"type": et}
            if r.random() < 0.5: e["amount"] = money(r, pd, 0, 20)
            else: e["percent"] = pct(r)
        p["effect"] = e
        if r.random() < 0.15: p["maxDiscount"] = money(r, pd, 0, 40)
        if r.random() < 0.1:
            p["budget"] = {"limit": money(r, pd, 0, 60)}
            if r.random() < 0.5: p["budget"]["used"] = money(r, pd, 0, 30)
        if r.random() < 0.1:
            p["redemptions"] = {"limit": r.randint(0, 3)}
            if r.random() < 0.5: p["redemptions"]["used"] = r.randint(0, 3)
        if r.random() < 0.15:
            p["perMemberLimit"] = r.randint(0, 2)
            if "member" in req and r.random() < 0.5: req["member"]["usage"][p["id"]] = r.randint(0, 2)
        promos.append(p)
    if r.random() < 0.2: codes.append(r.choice(["nope", "NOPE", "zz"]))
    if codes and r.random() < 0.2: codes.append(codes[0].upper())
    if codes: req["codes"] = codes
    req["promotions"] = promos
    return req

if __name__ == "__main__":
    seed, count = int(sys.argv[1]), int(sys.argv[2])
    r = random.Random(seed)
    for _ in range(count):
        print(json.dumps(gen(r)))

#!/usr/bin/env python3
"""Independent reference evaluation of the Shequn pricing contract (valid requests only).
Written from contract/pricing.md for differential testing; exact Fractions throughout."""
import json, sys
from fractions import Fraction as F
from datetime import datetime

DIGITS = {"JPY": 0, "KWD": 3, "BHD": 3, "KRW": 0, "CNY": 2, "USD": 2, "EUR": 2}

def inst(s):
    import re
    m = re.match(r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$", s)
    base = datetime.fromisoformat(m.group(1) + ("+00:00" if m.group(3) == "Z" else m.group(3)))
    frac = int((m.group(2) or "0").ljust(9, "0"))
    return (int(base.timestamp()), frac)

def rhu(x):  # round half up, x >= 0 Fraction -> int
    n, d = x.numerator, x.denominator
    q, r = divmod(n, d)
    return q + (1 if 2 * r >= d else 0)

class Ctx: pass

def price(req):
    cur = req["currency"]; d = DIGITS[cur]; scale = 10 ** d
    def amt(s): return F(s) * scale  # minor units (may be fractional only if invalid)
    def fmt(m):
        m = int(m); sign = "-" if m < 0 else ""; m = abs(m)
        if d == 0: return sign + str(m)
        return sign + str(m // scale) + "." + str(m % scale).zfill(d)
    at = inst(req["at"])
    member = req.get("member")
    lines = req["lines"]
    n = len(lines)
    sub = [int(amt(l["unitPrice"])) * l["quantity"] for l in lines]
    qty = [l["quantity"] for l in lines]
    shipping = int(amt(req["shipping"])) if req.get("shipping") is not None else 0
    codes = req.get("codes") or []
    promos = req.get("promotions") or []
    def eqic(a, b):
        if len(a) != len(b): return False
        for x, y in zip(a, b):
            if x == y: continue
            ux, uy = x.upper(), y.upper()
            if len(ux) == 1 and len(uy) == 1 and ux == uy: continue
            if ux.lower() == uy.lower() and len(ux) == 1 and len(uy) == 1: continue
            return False
        return True
    def presented(code): return any(eqic(code, c) for c in codes)

    def targets(p, i):
        t = p.get("target") or {}
        l = lines[i]; sku = l.get("sku"); cat = l.get("category")
        if sku is not None and sku in (t.get("excludeSkus") or []): return False
        if cat is not None and cat in (t.get("excludeCategories") or []): return False
        skus = t.get("skus") or []; cats = t.get("categories") or []
        if not skus and not cats: return True
        return (sku is not None and sku in skus) or (cat is not None and cat in cats)

    def conds(p, typ): return [c for c in (p.get("conditions") or []) if c["type"] == typ]

    def caps(p):
        c = None
        if p.get("maxDiscount") is not None: c = amt(p["maxDiscount"])
        if p.get("budget") is not None:
            b = amt(p["budget"]["limit"]) - amt(p["budget"].get("used") or "0")
            c = b if c is None else min(c, b)
        return c

    def compute(p, rem, ship_rem):
        """returns (shares list of Fractions per line, shipping discount int, giveaway flag kind)"""
        e = p["effect"]; t = e["type"]
        T = [i for i in range(n) if targets(p, i)]
        shares = [F(0)] * n
        ship = 0
        def prop(total):
            R = sum(rem[i] for i in T)
            if R == 0 or total == 0: return
            for i in T: shares[i] = F(total) * rem[i] / R
        if t == "percentOff":
            pc = F(e["percent"]) / 100; mq = e.get("maxQuantity")
            for i in T:
                units = qty[i] if mq is None else min(qty[i], mq)
                shares[i] = F(rem[i]) / qty[i] * units * pc
        elif t == "amountOff":
            a = amt(e["amount"]); per = e.get("per") or "order"
            if per == "order":
                R = sum(rem[i] for i in T); prop(min(a, R))
            elif per == "unit":
                mq = e.get("maxQuantity")
                for i in T:
                    units = qty[i] if mq is None else min(qty[i], mq)
                    shares[i] = min(a, F(rem[i]) / qty[i]) * units
            else:
                for i in T: shares[i] = min(a, F(rem[i]))
        elif t == "spendThreshold":
            R = sum(rem[i] for i in T)
            steps = [(amt(s["spend"]), amt(s["off"])) for s in e["steps"]]
            if e.get("repeat"):
                sp, off = steps[0]
                total = off * (R // sp) if sp > 0 else 0
            else:
                reached = [s for s in steps if s[0] <= R]
                if reached:
                    best = max(reached, key=lambda s: (s[0], s[1]))
                    total = best[1]
                else:
                    total = 0
            prop(min(total, R))
        elif t == "buyXGetY":
            b, g = e["buy"], e["get"]; pc = F(e.get("percent") or "100") / 100
            units = []
            for i in T:
                up = F(rem[i]) / qty[i]
                units.append((up, i, qty[i]))
            N = sum(u[2] for u in units)
            k = (N // (b + g)) * g
            units.sort(key=lambda u: (u[0], u[1]))
            for up, i, q in units:
                if k <= 0: break
                take = min(q, k); k -= take
                shares[i] = up * take * pc
        elif t == "fixedPrice":
            u = amt(e["unitPrice"])
            for i in T:
                shares[i] = max(F(0), F(rem[i]) - u * qty[i])
        elif t == "gift":
            pass
        elif t == "depositCredit":
            R = sum(rem[i] for i in T)
            give = max(F(0), min(amt(e["credit"]), R) - amt(e["deposit"]))
            prop(give)
        elif t == "shippingOff":
            if e.get("amount") is not None:
                ship = min(amt(e["amount"]), ship_rem)
            else:
                ship = F(ship_rem) * F(e["percent"]) / 100
        c = caps(p)
        if t == "shippingOff":
            if c is not None: ship = min(ship, c)
            ship = rhu(F(ship))
            return shares, ship
        S = sum(shares)
        if c is not None and S > c:
            shares = [s * c / S for s in shares] if S > 0 else shares
        return shares, 0

    def allocate(shares):
        total = rhu(sum(shares))
        fl = [s.numerator // s.denominator for s in shares]
        left = total - sum(fl)
        order = sorted(range(n), key=lambda i: (-(shares[i] - fl[i]), i))
        alloc = fl[:]
        for k in range(left): alloc[order[k]] += 1
        return total, alloc

    def alone_worth(p):
        shares, ship = compute(p, sub[:], shipping)
        total, _ = allocate(shares)
        return total + ship

    def is_deposit(p): return p["effect"]["type"] == "depositCredit"

    def minq_ok(p, c):
        scope = c.get("scope") or "order"
        return sum(qty[i] for i in range(n) if scope == "order" or targets(p, i)) >= c["quantity"]
    def mins_ok(p, c):
        scope = c.get("scope") or "order"
        return sum(sub[i] for i in range(n) if scope == "order" or targets(p, i)) >= amt(c["amount"])

    # checks
    status = {}  # idx -> reason
    for idx, p in enumerate(promos):
        reason = None
        m = member
        if p.get("code") is not None and not presented(p["code"]): reason = "CODE_NOT_PRESENTED"
        elif p.get("validFrom") is not None and at < inst(p["validFrom"]): reason = "NOT_STARTED"
        elif p.get("validUntil") is not None and at >= inst(p["validUntil"]): reason = "EXPIRED"
        elif p.get("validFrom") is not None and p.get("validUntil") is not None and inst(p["validFrom"]) >= inst(p["validUntil"]): reason = "EXPIRED"
        elif p.get("currency") is not None and p["currency"] != cur: reason = "CURRENCY_MISMATCH"
        elif any(not (m and m.get("tier") is not None and m["tier"] in c["tiers"]) for c in conds(p, "tierIn")): reason = "TIER_NOT_ELIGIBLE"
        elif any(not tag_ok(m, c) for c in conds(p, "hasTag")): reason = "TAG_NOT_ELIGIBLE"
        elif any(not (m and set(m.get("communities") or []) & set(c["communities"])) for c in conds(p, "memberOf")): reason = "NOT_A_COMMUNITY_MEMBER"
        elif any(not ord_ok(m, c) for c in conds(p, "purchaseOrdinal")): reason = "PURCHASE_ORDINAL_NOT_MET"
        elif p.get("perMemberLimit") is not None and (m is None or (m.get("usage") or {}).get(p["id"], 0) >= p["perMemberLimit"]): reason = "USAGE_LIMIT_REACHED"
        elif p.get("redemptions") is not None and p["redemptions"]["limit"] - (p["redemptions"].get("used") or 0) <= 0: reason = "REDEMPTIONS_EXHAUSTED"
        elif p.get("budget") is not None and amt(p["budget"]["limit"]) - amt(p["budget"].get("used") or "0") <= 0: reason = "BUDGET_EXHAUSTED"
        elif not any(targets(p, i) for i in range(n)): reason = "NO_TARGET_LINES"
        elif any(not minq_ok(p, c) for c in conds(p, "minQuantity")): reason = "MIN_QUANTITY_NOT_MET"
        elif any(not mins_ok(p, c) for c in conds(p, "minSubtotal")): reason = "MIN_SUBTOTAL_NOT_MET"
        else:
            t = p["effect"]["type"]
            if t == "gift": pass
            elif t == "depositCredit":
                if amt(p["effect"]["deposit"]) == 0 and alone_worth(p) == 0: reason = "NOTHING_TO_DISCOUNT"
            elif t == "shippingOff" and shipping == 0: reason = "NOTHING_TO_DISCOUNT"
            elif alone_worth(p) == 0: reason = "NOTHING_TO_DISCOUNT"
        if reason: status[idx] = reason


    passing = [i for i in range(len(promos)) if i not in status]
    prio = lambda i: promos[i].get("priority") or 0
    deposits = [i for i in passing if is_deposit(promos[i])]
    excl = [i for i in passing if not is_deposit(promos[i]) and (promos[i].get("stacking") or "stackable") == "exclusive"]
    stack = [i for i in passing if not is_deposit(promos[i]) and (promos[i].get("stacking") or "stackable") != "exclusive"]
    # groups among stackables
    groups = {}
    for i in stack:
        g = promos[i].get("group")
        if g is not None: groups.setdefault(g, []).append(i)
    losers = set()
    for g, mem in groups.items():
        best = max(mem, key=lambda i: (alone_worth(promos[i]), prio(i), -i))
        for i in mem:
            if i != best: losers.add(i)
    stack_set = [i for i in stack if i not in losers]

    def run(members):
        order = sorted(members, key=lambda i: (-prio(i), i))
        rem = sub[:]; ship_rem = shipping
        out = []  # (idx, kind, total, alloc, ship)
        for i in order:
            p = promos[i]; t = p["effect"]["type"]
            shares, ship = compute(p, rem, ship_rem)
            total, alloc = allocate(shares)
            if t == "gift":
                out.append((i, "applied", 0, [0]*n, 0)); continue
            if t == "shippingOff":
                if ship == 0: out.append((i, "nothing", 0, [0]*n, 0)); continue
                ship_rem -= ship; out.append((i, "applied", ship, [0]*n, ship)); continue
            if t == "depositCredit":
                if total == 0 and amt(p["effect"]["deposit"]) == 0:
                    out.append((i, "nothing", 0, [0]*n, 0)); continue
            elif total == 0:
                out.append((i, "nothing", 0, [0]*n, 0)); continue
            for k in range(n): rem[k] -= alloc[k]
            out.append((i, "applied", total, alloc, 0))
        worth = sum(o[2] for o in out if o[1] == "applied")
        first = order[0] if order else None
        return out, worth, first

    cands = []
    for e in excl:
        out, worth, first = run([e] + deposits)
        cands.append((out, worth, e))  # an exclusive candidate ranks as its exclusive promotion
    if stack_set:
        cands.append(run(stack_set + deposits))
    if not cands and deposits:
        cands.append(run(deposits))
    best = None
    for c in cands:
        out, worth, first = c
        if first is None: continue
        if best is None: best = c; continue
        bo, bw, bf = best
        if (worth, prio(first), -first) > (bw, prio(bf), -bf): best = c
    chosen = set(o[0] for o in best[0]) if best else set()
    for i in passing:
        if i not in chosen: status[i] = "NOT_COMBINABLE"
    applied = []
    line_alloc = [[] for _ in range(n)]
    gifts = []
    ship_disc = 0
    dep_sum = 0
    if best:
        for (i, kind, total, alloc, ship) in best[0]:
            p = promos[i]
            if kind == "nothing": status[i] = "NOTHING_TO_DISCOUNT"; continue
            applied.append({"promotion": p["id"], "code": p.get("code"), "amount": fmt(total)})
            for k in range(n):
                if alloc[k] > 0: line_alloc[k].append({"promotion": p["id"], "amount": fmt(alloc[k])})
            ship_disc += ship
            t = p["effect"]["type"]
            if t == "gift": gifts.append({"promotion": p["id"], "sku": p["effect"]["sku"], "quantity": p["effect"].get("quantity") or 1})
            if t == "depositCredit": dep_sum += int(amt(p["effect"]["deposit"]))
    line_disc = [sum(int(F(a["amount"]) * scale) for a in line_alloc[k]) for k in range(n)]
    subtotal = sum(sub); disc = sum(line_disc)
    before = subtotal - disc + shipping - ship_disc
    dep = min(dep_sum, before)
    rejected = [{"promotion": promos[i]["id"], "code": promos[i].get("code"), "reason": status[i]} for i in range(len(promos)) if i in status]
    seen = []
    for c in codes:
        if any(eqic(c, s) for s in seen): continue
        seen.append(c)
        if not any(p.get("code") is not None and eqic(p["code"], c) for p in promos):
            rejected.append({"promotion": None, "code": c, "reason": "UNKNOWN_CODE"})
    return {"currency": cur, "subtotal": fmt(subtotal), "discountTotal": fmt(disc), "shipping": fmt(shipping),
            "shippingDiscount": fmt(ship_disc), "total": fmt(before - dep), "depositPaid": fmt(dep),
            "lines": [{"id": lines[k]["id"], "subtotal": fmt(sub[k]), "discount": fmt(line_disc[k]), "total": fmt(sub[k]-line_disc[k]),
                       "allocations": line_alloc[k]} for k in range(n)],
            "gifts": gifts, "applied": applied, "rejected": rejected}

def tag_ok(m, c):
    if m is None: return False
    tags = c["tags"]; have = set(m.get("tags") or [])
    if (c.get("match") or "any") == "all": return all(t in have for t in tags)
    return any(t in have for t in tags)

def ord_ok(m, c):
    if m is None: return False
    N = (m.get("paidOrders") or 0) + 1
    if c.get("equals") is not None: return N == c["equals"]
    lo = c.get("atLeast"); hi = c.get("atMost")
    return (lo is None or N >= lo) and (hi is None or N <= hi)


def compare(exp, got, path=""):
    """contract comparison: every field shown in exp equal; amounts as decimals; ignore detail/name/title"""
    if isinstance(exp, dict):
        if not isinstance(got, dict): return [f"{path}: expected object"]
        errs = []
        for k, v in exp.items():
            if k in ("detail", "name", "title"): continue
            if k not in got: errs.append(f"{path}/{k}: missing"); continue
            errs += compare(v, got[k], f"{path}/{k}")
        return errs
    if isinstance(exp, list):
        if not isinstance(got, list) or len(exp) != len(got): return [f"{path}: list {exp} != {got}"]
        errs = []
        for i, (a, b) in enumerate(zip(exp, got)): errs += compare(a, b, f"{path}/{i}")
        return errs
    if isinstance(exp, str) and isinstance(got, str):
        try:
            if F(exp) == F(got) and exp.count(".") == got.count("."): return []
        except Exception: pass
    return [] if exp == got else [f"{path}: {exp!r} != {got!r}"]

if __name__ == "__main__":
    import glob, os
    d = sys.argv[1]
    bad = 0
    for rq in sorted(glob.glob(os.path.join(d, "*.request.json"))):
        name = os.path.basename(rq)
        if name.startswith(("06", "19")): continue
        exp = json.load(open(rq.replace(".request.", ".answer.")))
        got = price(json.load(open(rq)))
        errs = compare(exp, got)
        print(name, "OK" if not errs else errs); bad += bool(errs)
    sys.exit(1 if bad else 0)

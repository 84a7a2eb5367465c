#!/usr/bin/env python3
"""Checks the arithmetic of the worked money examples in the pricing lessons.

Usage: python3 tools/check-pricing-examples.py [LESSONS_DIR]   (default: lessons)

Every amount is a whole number of đồng taken from the lesson's [vars]; percentages are
written here as fractions (Fraction) so nothing is rounded by accident. A number step's
`answer` is compared with the value computed here. Exit code 1 on any mismatch.
"""
import pathlib
import sys
import tomllib
from fractions import Fraction as Fr

ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "lessons")
failures = 0


def lesson(name):
    data = tomllib.loads((ROOT / name / "lesson.toml").read_text(encoding="utf-8"))
    answers = {s.get("prompt"): s.get("answer") for s in data["steps"] if s["type"] == "number"}
    return data.get("vars", {}), answers


def check(what, got, want):
    global failures
    ok = got == want
    failures += not ok
    print(f"{'ok ' if ok else 'BAD'} {what}: {got} (expected {want})")


def pct(n):
    return Fr(n) / 100


# Module 1, choose-platform: Sìn Hồ price gain per kilo.
v, a = lesson("choose-platform")
check("sin-ho gain", v["tiktok_high"] - v["farm_high"], v["gain"])
check("sin-ho-gain answer", a["sin-ho-gain"], v["gain"])
check("hint example", v["ex_big"] - v["ex_small"], v["ex_diff"])

# Module 4, price-basics: C = honey + jar + box + labour + returns allowance.
v, a = lesson("price-basics")
check("labour = rate / 2", v["labour_rate"] // 2, v["labour"])
check("returns allowance = loss / 10", v["return_loss"] // 10, v["returns_allow"])
check("cost C", v["honey"] + v["jar"] + v["box"] + v["labour"] + v["returns_allow"], v["cost"])
check("khoai cost", v["khoai"] + v["carton"] + v["khoai_labour"] + v["khoai_returns"], v["khoai_cost"])
check("labour-cost answer", a["labour-cost"], v["labour"])
check("returns-per-order answer", a["returns-per-order"], v["returns_allow"])
check("total-cost answer", a["total-cost"], v["cost"])
check("practice-khoai answer", a["practice-khoai"], v["khoai_cost"])
check("hint example labour", v["ex_hour"] // 2, v["ex_half"])
check("hint example returns", v["ex_loss"] // 10, v["ex_share"])
cost = v["cost"]

# platform-fees
v, a = lesson("platform-fees")
check("shopee fixed", v["shopee_infra"] + v["piship"], v["shopee_fixed"])
check("5% of price", v["price"] * pct(5), v["pay_fee"])
check("tiktok two fees", v["tiktok_fee"] + v["price"] * pct(5), v["tiktok_two"])
check("shopee-fixed-sum answer", a["shopee-fixed-sum"], v["shopee_fixed"])
check("percent-amount answer", a["percent-amount"], v["pay_fee"])
check("practice-tiktok-fees answer", a["practice-tiktok-fees"], v["tiktok_two"])
check("hint example 5%", v["ex_hundred"] * pct(5), v["ex_five"])
check("hint example split", v["shopee_infra"] + v["ex_thousand"] + v["ex_rest"], v["shopee_fixed"])

# tax-withheld: 1.5% on goods (Decree 117/2025).
v, a = lesson("tax-withheld")
check("tax on price", v["price"] * pct(Fr(3, 2)), v["tax"])
check("tax on practice price", v["practice_price"] * pct(Fr(3, 2)), v["practice_tax"])
check("tax-amount answer", a["tax-amount"], v["tax"])
check("practice-tax answer", a["practice-tax"], v["practice_tax"])
check("hint example tax", v["ex_price"] * pct(Fr(3, 2)), v["ex_tax"])

# price-formula: P = (C + F) / (1 - r - m).
v, a = lesson("price-formula")
check("C is the price-basics cost", v["cost"], cost)
r = pct(5) + pct(Fr(17, 2)) + pct(Fr(3, 2))
m = pct(15)
check("r", r * 100, a["step-r"])
check("1 - r - m", (1 - r - m) * 100, a["step-left"])
check("C + F", v["cost"] + v["order_fee"], v["cost_fee"])
price = Fr(v["cost_fee"]) / (1 - r - m)
check("price", price, v["price"])
check("step-price answer", a["step-price"], v["price"])
check("take at price", v["price"] * r, v["take"])
check("profit at price", v["price"] - v["take"] - v["order_fee"] - v["cost"], v["profit"])
check("profit is m of price", v["price"] * m, v["profit"])
check("tea C + F", v["tea_cost"] + v["tea_fee"], v["tea_cost_fee"])
check("tea price", Fr(v["tea_cost_fee"]) / (1 - pct(17) - pct(15)), v["tea_price"])
check("practice-tea-price answer", a["practice-tea-price"], v["tea_price"])
check("hint example 70%", Fr(v["ex_in"]) / pct(70), v["ex_out"])
check("adding 30% to cost is lower (why-price-base)", (v["cost_fee"] * Fr(13, 10)) < v["price"], True)
formula_price = v["price"]

# cheap-items
v, a = lesson("cheap-items")
check("fee share of khoai bag (%)", Fr(v["fee"] * 100, v["khoai_bag"]), a["fee-share-cheap"])
check("fee share of brocade bag (%)", Fr(v["fee"] * 100, v["brocade_bag"]), a["fee-share-dear"])
check("fee share of khoai box (%)", Fr(v["fee"] * 100, v["khoai_box"]), a["bundle-fee"])
check("paid after voucher", v["price"] - v["voucher"], v["paid"])
check("15% of paid", v["paid"] * pct(15), v["take_after"])
check("profit after voucher", v["paid"] - v["take_after"] - v["fee"] - v["cost"], v["profit_after"])
check("voucher-profit answer", a["voucher-profit"], v["profit_after"])
check("profit before voucher", v["price"] - v["price"] * pct(15) - v["fee"] - v["cost"], v["profit_before"])
check("same honey price as price-formula", v["price"], formula_price)
check("same cost as price-basics", v["cost"], cost)

print("all examples add up" if not failures else f"{failures} mismatches")
sys.exit(1 if failures else 0)

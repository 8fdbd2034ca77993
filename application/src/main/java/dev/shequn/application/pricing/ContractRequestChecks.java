package dev.shequn.application.pricing;

import dev.shequn.application.json.JsonPointer;
import dev.shequn.application.port.in.EvaluatePricingUseCase.ContractRequest;
import dev.shequn.application.port.in.EvaluatePricingUseCase.Violation;
import dev.shequn.domain.promotion.CartLine;
import dev.shequn.domain.promotion.Condition;
import dev.shequn.domain.promotion.Effect;
import dev.shequn.domain.promotion.Promotion;
import dev.shequn.domain.shared.Money;
import java.math.BigInteger;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What only the whole request can tell, for a request built in code rather than read from JSON (the JSON
 * reader refuses all of it already, at the same pointers): unique line and promotion ids, a promotion's
 * amounts in its own currency (or the request's), and amounts small enough to add up exactly.
 */
final class ContractRequestChecks {

    private final Violations out = new Violations();

    private ContractRequestChecks() {}

    static List<Violation> check(ContractRequest contract) {
        ContractRequestChecks checks = new ContractRequestChecks();
        checks.run(contract);
        return checks.out.list();
    }

    private void run(ContractRequest contract) {
        Currency currency = contract.request().currency();
        JsonPointer lines = JsonPointer.ROOT.child("lines");
        Map<String, Integer> lineIds = new HashMap<>();
        BigInteger orderMinor = BigInteger.ZERO;
        for (int i = 0; i < contract.request().lines().size(); i++) {
            CartLine line = contract.request().lines().get(i);
            Integer earlier = lineIds.putIfAbsent(line.id(), i);
            if (earlier != null) {
                out.add(lines.child(i).child("id"), "line id \"" + line.id() + "\" is already the id of /lines/" + earlier);
            }
            amount(line.unitPrice(), currency, lines.child(i).child("unitPrice"));
            BigInteger lineMinor = BigInteger.valueOf(line.unitPrice().minorUnits()).multiply(BigInteger.valueOf(line.quantity()));
            orderMinor = orderMinor.add(lineMinor);
            if (lineMinor.compareTo(Fields.MAX_MINOR_UNITS) > 0) {
                out.add(lines.child(i), "the line's subtotal (unitPrice x quantity) is too large");
            }
        }
        if (orderMinor.compareTo(Fields.MAX_MINOR_UNITS) > 0) {
            out.add(lines, "the order's subtotal is too large");
        }
        amount(contract.request().shipping(), currency, JsonPointer.ROOT.child("shipping"));

        Map<String, Integer> promotionIds = new HashMap<>();
        for (int i = 0; i < contract.promotions().size(); i++) {
            Promotion promotion = contract.promotions().get(i);
            JsonPointer at = JsonPointer.ROOT.child("promotions").child(i);
            Integer earlier = promotionIds.putIfAbsent(promotion.id(), i);
            if (earlier != null) {
                out.add(at.child("id"), "promotion id \"" + promotion.id() + "\" is already the id of /promotions/" + earlier);
            }
            promotion(promotion, promotion.currency().orElse(currency), at);
        }
    }

    private void promotion(Promotion promotion, Currency currency, JsonPointer at) {
        for (int i = 0; i < promotion.conditions().size(); i++) {
            if (promotion.conditions().get(i) instanceof Condition.MinSubtotal minSubtotal) {
                amount(minSubtotal.amount(), currency, at.child("conditions").child(i).child("amount"));
            }
        }
        JsonPointer effect = at.child("effect");
        Effect e = promotion.effect();
        if (e instanceof Effect.AmountOff amountOff) {
            amount(amountOff.amount(), currency, effect.child("amount"));
        } else if (e instanceof Effect.SpendThreshold spendThreshold) {
            for (int i = 0; i < spendThreshold.steps().size(); i++) {
                Effect.Step step = spendThreshold.steps().get(i);
                amount(step.spend(), currency, effect.child("steps").child(i).child("spend"));
                amount(step.off(), currency, effect.child("steps").child(i).child("off"));
            }
        } else if (e instanceof Effect.FixedPrice fixedPrice) {
            amount(fixedPrice.unitPrice(), currency, effect.child("unitPrice"));
        } else if (e instanceof Effect.DepositCredit depositCredit) {
            amount(depositCredit.deposit(), currency, effect.child("deposit"));
            amount(depositCredit.credit(), currency, effect.child("credit"));
        } else if (e instanceof Effect.ShippingOff shippingOff) {
            shippingOff.amount().ifPresent(amount -> amount(amount, currency, effect.child("amount")));
        }
        promotion.maxDiscount().ifPresent(max -> amount(max, currency, at.child("maxDiscount")));
        promotion.budget().ifPresent(budget -> {
            amount(budget.limit(), currency, at.child("budget").child("limit"));
            amount(budget.used(), currency, at.child("budget").child("used"));
        });
    }

    private void amount(Money amount, Currency currency, JsonPointer at) {
        if (!amount.currency().equals(currency)) {
            out.add(at, "the amount is in " + amount.currency().getCurrencyCode() + ", not in "
                    + currency.getCurrencyCode() + ", the currency of its promotion or request");
        } else if (amount.isNegative()) {
            out.add(at, "the amount must not be negative");
        } else if (BigInteger.valueOf(amount.minorUnits()).compareTo(Fields.MAX_MINOR_UNITS) > 0) {
            out.add(at, "the amount is too large: at most " + Fields.MAX_MINOR_UNITS + " minor units");
        }
    }
}

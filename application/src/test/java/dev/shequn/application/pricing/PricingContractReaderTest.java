package dev.shequn.application.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.application.port.in.EvaluatePricingUseCase.ContractRequest;
import dev.shequn.application.port.in.EvaluatePricingUseCase.Violation;
import dev.shequn.domain.promotion.CartLine;
import dev.shequn.domain.promotion.Condition;
import dev.shequn.domain.promotion.Effect;
import dev.shequn.domain.promotion.MemberContext;
import dev.shequn.domain.promotion.Promotion;
import dev.shequn.domain.promotion.Scope;
import dev.shequn.domain.promotion.Stacking;
import dev.shequn.domain.promotion.Target;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader's rules, one at a time. Requests are written with ' for " to keep them readable. */
class PricingContractReaderTest {

    static final String LINE = "{'id':'l1','sku':'oil','category':'oil','unitPrice':'10.00','quantity':1}";

    /** A valid request around the given line and promotion JSON (either may be empty). */
    static String request(String currency, String lines, String promotions) {
        return json("{'currency':'" + currency + "','at':'2026-11-23T10:00:00+08:00','lines':[" + lines + "],"
                + "'promotions':[" + promotions + "]}");
    }

    static String withPromotion(String promotion) {
        return request("CNY", LINE, promotion);
    }

    static String withEffect(String effect) {
        return withPromotion("{'id':'p','effect':" + effect + "}");
    }

    static String withLine(String line) {
        return request("CNY", line, "");
    }

    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    static List<String> pointers(String json) {
        return violations(json).stream().map(Violation::pointer).toList();
    }

    static List<Violation> violations(String json) {
        return PricingContractReader.read(json).swap().getOrElse(List.of());
    }

    static ContractRequest accepted(String json) {
        Either<List<Violation>, ContractRequest> read = PricingContractReader.read(json);
        assertThat(read.swap().getOrElse(List.of())).as("violations").isEmpty();
        return read.get();
    }

    @Test
    void givenTheContractsOwnRequestExample_whenReading_thenEveryFieldIsMapped() {
        String json = json("""
                {'currency':'CNY','at':'2026-11-23T10:00:00+08:00',
                 'member':{'id':'m-1001','tier':'senior','tags':['vip','category:oil'],'communities':['c-olive-fans'],
                           'paidOrders':1,'usage':{'WELCOME50-def':1}},
                 'lines':[{'id':'l1','sku':'oil-500ml','category':'oil','unitPrice':'120.00','quantity':2},
                          {'id':'l2','sku':'vinegar','category':'condiment','unitPrice':'35.50','quantity':1}],
                 'shipping':'10.00','codes':['WELCOME50'],
                 'promotions':[{'id':'ladder-2nd-order','name':'Second purchase 40% off','code':null,'currency':'CNY',
                   'priority':10,'stacking':'stackable','group':null,
                   'validFrom':'2026-11-01T00:00:00+08:00','validUntil':'2026-12-01T00:00:00+08:00',
                   'conditions':[{'type':'purchaseOrdinal','equals':2},{'type':'memberOf','communities':['c-olive-fans']}],
                   'target':{'categories':['oil']},'effect':{'type':'percentOff','percent':'40'},
                   'maxDiscount':'100.00','budget':{'limit':'5000.00','used':'4200.00'},
                   'redemptions':{'limit':1000,'used':998},'perMemberLimit':1}]}
                """);

        ContractRequest contract = accepted(json);

        Currency cny = Currency.getInstance("CNY");
        assertThat(contract.request().currency()).isEqualTo(cny);
        assertThat(contract.request().at()).isEqualTo(Instant.parse("2026-11-23T02:00:00Z"));
        assertThat(contract.request().member()).contains(new MemberContext("m-1001", Optional.of("senior"),
                List.of("vip", "category:oil"), List.of("c-olive-fans"), 1, Map.of("WELCOME50-def", 1L)));
        assertThat(contract.request().lines()).containsExactly(
                new CartLine("l1", Optional.of("oil-500ml"), Optional.of("oil"), Money.of("120.00", cny), 2),
                new CartLine("l2", Optional.of("vinegar"), Optional.of("condiment"), Money.of("35.50", cny), 1));
        assertThat(contract.request().shipping()).isEqualTo(Money.of("10.00", cny));
        assertThat(contract.request().codes()).containsExactly("WELCOME50");
        assertThat(contract.promotions()).containsExactly(new Promotion("ladder-2nd-order",
                Optional.of("Second purchase 40% off"), Optional.empty(), Optional.of(cny), 10, Stacking.STACKABLE,
                Optional.empty(), Optional.of(Instant.parse("2026-10-31T16:00:00Z")),
                Optional.of(Instant.parse("2026-11-30T16:00:00Z")),
                List.of(new Condition.PurchaseOrdinal(OptionalLong.of(2), OptionalLong.empty(), OptionalLong.empty()),
                        new Condition.MemberOf(List.of("c-olive-fans"))),
                new Target(Set.of(), Set.of("oil"), Set.of(), Set.of()),
                new Effect.PercentOff(new BigDecimal("40"), OptionalLong.empty()),
                Optional.of(Money.of("100.00", cny)),
                Optional.of(new Promotion.Budget(Money.of("5000.00", cny), Money.of("4200.00", cny))),
                Optional.of(new Promotion.Redemptions(1000, 998)), OptionalLong.of(1)));
    }

    @Test
    void givenOnlyTheRequiredFields_whenReading_thenTheContractsDefaultsApply() {
        ContractRequest contract = accepted(json("""
                {'currency':'JPY','at':'2026-11-23T10:00:00Z','lines':[{'id':'l1','unitPrice':'100','quantity':1}],
                 'promotions':[{'id':'p','effect':{'type':'gift','sku':'cup'}},
                               {'id':'q','effect':{'type':'buyXGetY','buy':2,'get':1}},
                               {'id':'r','effect':{'type':'amountOff','amount':'5'}},
                               {'id':'s','effect':{'type':'spendThreshold','steps':[{'spend':'0','off':'1'}]}},
                               {'id':'t','budget':{'limit':'10'},'redemptions':{'limit':0},
                                'conditions':[{'type':'minSubtotal','amount':'1'},{'type':'hasTag','tags':[]}],
                                'effect':{'type':'shippingOff','percent':'100'}}]}
                """));

        Currency jpy = Currency.getInstance("JPY");
        assertThat(contract.request().member()).isEmpty();
        assertThat(contract.request().shipping()).isEqualTo(Money.zero(jpy));
        assertThat(contract.request().codes()).isEmpty();
        Promotion gift = contract.promotions().get(0);
        assertThat(gift.priority()).isZero();
        assertThat(gift.stacking()).isEqualTo(Stacking.STACKABLE);
        assertThat(gift.target()).isEqualTo(Target.EVERY_LINE);
        assertThat(gift.conditions()).isEmpty();
        assertThat(gift.effect()).isEqualTo(new Effect.Gift("cup", 1));
        assertThat(contract.promotions().get(1).effect()).isEqualTo(new Effect.BuyXGetY(2, 1, BigDecimal.valueOf(100)));
        assertThat(contract.promotions().get(2).effect())
                .isEqualTo(new Effect.AmountOff(Money.of("5", jpy), Effect.Per.ORDER, OptionalLong.empty()));
        assertThat(contract.promotions().get(3).effect()).isEqualTo(new Effect.SpendThreshold(
                List.of(new Effect.Step(Money.zero(jpy), Money.of("1", jpy))), false));
        Promotion t = contract.promotions().get(4);
        assertThat(t.budget()).contains(new Promotion.Budget(Money.of("10", jpy), Money.zero(jpy)));
        assertThat(t.redemptions()).contains(new Promotion.Redemptions(0, 0));
        assertThat(t.conditions()).containsExactly(new Condition.MinSubtotal(Money.of("1", jpy), Scope.ORDER),
                new Condition.HasTag(List.of(), Condition.Match.ANY));
        assertThat(t.effect()).isEqualTo(new Effect.ShippingOff(Optional.empty(), Optional.of(new BigDecimal("100"))));
    }

    @Test
    void givenAMemberWithOnlyUsage_whenReading_thenDefaultsFillTheRest() {
        ContractRequest contract = accepted(json("{'currency':'CNY','at':'2026-11-23T10:00:00Z','member':{'usage':{'p':2}},"
                + "'lines':[" + LINE + "]}"));

        assertThat(contract.request().member())
                .contains(new MemberContext("", Optional.empty(), List.of(), List.of(), 0, Map.of("p", 2L)));
    }

    @Nested
    class UnknownDuplicateAndNull {

        @Test
        void givenAMisspeltField_whenReading_thenItIsRefusedAtItsOwnPointerWithASuggestion() {
            List<Violation> violations = violations(withPromotion("{'id':'p','perMemberLimt':1,'effect':{'type':'gift','sku':'x'}}"));

            assertThat(violations).extracting(Violation::pointer).containsExactly("/promotions/0/perMemberLimt");
            assertThat(violations.get(0).detail()).contains("did you mean 'perMemberLimit'");
        }

        @Test
        void givenUnknownFieldsAtEveryLevel_whenReading_thenEachIsRefusedWithItsNameEscaped() {
            String json = json("{'currency':'CNY','at':'2026-11-23T10:00:00Z','x~y':1,"
                    + "'member':{'id':'m','nick':'n'},"
                    + "'lines':[{'id':'l1','unitPrice':'1','quantity':1,'unit/price':'1'}],"
                    + "'promotions':[{'id':'p','target':{'sku':['a']},'budget':{'limit':'1','left':'1'},"
                    + "'redemptions':{'limit':1,'usedUp':true},'conditions':[{'type':'tierIn','tiers':[],'tier':'a'}],"
                    + "'effect':{'type':'spendThreshold','steps':[{'spend':'1','off':'1','of':'1'}],'repeats':true}}]}");

            assertThat(pointers(json)).containsExactly("/x~0y", "/member/nick", "/lines/0/unit~1price",
                    "/promotions/0/conditions/0/tier", "/promotions/0/target/sku", "/promotions/0/effect/repeats",
                    "/promotions/0/effect/steps/0/of", "/promotions/0/budget/left", "/promotions/0/redemptions/usedUp");
        }

        @Test
        void givenAFieldTwice_whenReading_thenItIsRefusedOnceAtThatField() {
            assertThat(pointers(withLine("{'id':'l1','quantity':1,'unitPrice':'1','quantity':2,'quantity':3}")))
                    .containsExactly("/lines/0/quantity");
        }

        @Test
        void givenARequiredFieldTwice_whenReading_thenOnlyTheDuplicateIsReported() {
            assertThat(pointers(json("{'currency':'CNY','currency':'CNY','at':'2026-11-23T10:00:00Z','lines':[" + LINE + "]}")))
                    .containsExactly("/currency");
        }

        @Test
        void givenADuplicateUsageKey_whenReading_thenItIsRefusedAtTheKey() {
            String json = json("{'currency':'CNY','at':'2026-11-23T10:00:00Z','member':{'usage':{'p':1,'q':-1,'p':2}},"
                    + "'lines':[" + LINE + "]}");

            assertThat(pointers(json)).containsExactly("/member/usage/p", "/member/usage/q");
        }

        @Test
        void givenNullForOptionalFields_whenReading_thenTheyAreAbsent() {
            ContractRequest contract = accepted(json("{'currency':'CNY','at':'2026-11-23T10:00:00Z','member':null,"
                    + "'lines':[{'id':'l1','sku':null,'unitPrice':'1','quantity':1}],'shipping':null,'codes':null,"
                    + "'promotions':[{'id':'p','code':null,'priority':null,'target':null,'effect':{'type':'gift','sku':'g','quantity':null}}]}"));

            assertThat(contract.request().member()).isEmpty();
            assertThat(contract.request().lines().get(0).sku()).isEmpty();
            assertThat(contract.promotions().get(0).effect()).isEqualTo(new Effect.Gift("g", 1));
        }

        @Test
        void givenNullForRequiredFields_whenReading_thenEachIsMissingAtItsPointer() {
            String json = json("{'currency':null,'at':null,'lines':[{'id':null,'unitPrice':null,'quantity':null}],"
                    + "'promotions':[{'id':null,'effect':null}]}");

            assertThat(pointers(json)).containsExactly("/currency", "/at", "/lines/0/id", "/lines/0/unitPrice",
                    "/lines/0/quantity", "/promotions/0/id", "/promotions/0/effect");
        }
    }

    @Nested
    class RequiredFields {

        @Test
        void givenAnEmptyObject_whenReading_thenCurrencyAtAndLinesAreMissing() {
            assertThat(pointers("{}")).containsExactly("/currency", "/at", "/lines");
        }

        @ParameterizedTest
        @ValueSource(strings = {"'lines':[]", "'lines':{}", "'lines':'l1'", "'lines':null", "'other':1"})
        void givenLinesMissingEmptyOrNotAList_whenReading_thenItIsRefusedAtLines(String lines) {
            String json = json("{'currency':'CNY','at':'2026-11-23T10:00:00Z'," + lines + "}");

            assertThat(pointers(json)).endsWith("/lines");
        }

        @Test
        void givenMissingFieldsInsidePromotions_whenReading_thenEachPointsAtTheMissingField() {
            String json = withPromotion("{'budget':{},'redemptions':{},'effect':{}}");

            assertThat(pointers(json)).containsExactly("/promotions/0/id", "/promotions/0/effect/type",
                    "/promotions/0/budget/limit", "/promotions/0/redemptions/limit");
        }

        @Test
        void givenEffectsWithoutTheirFields_whenReading_thenEachMissingFieldIsReported() {
            String json = request("CNY", LINE, json(String.join(",",
                    "{'id':'a','effect':{'type':'percentOff'}}",
                    "{'id':'b','effect':{'type':'amountOff'}}",
                    "{'id':'c','effect':{'type':'spendThreshold'}}",
                    "{'id':'d','effect':{'type':'buyXGetY'}}",
                    "{'id':'e','effect':{'type':'fixedPrice'}}",
                    "{'id':'f','effect':{'type':'gift'}}",
                    "{'id':'g','effect':{'type':'depositCredit'}}",
                    "{'id':'h','effect':{'type':'spendThreshold','steps':[{}]}}")));

            assertThat(pointers(json)).containsExactly("/promotions/0/effect/percent", "/promotions/1/effect/amount",
                    "/promotions/2/effect/steps", "/promotions/3/effect/buy", "/promotions/3/effect/get",
                    "/promotions/4/effect/unitPrice", "/promotions/5/effect/sku", "/promotions/6/effect/deposit",
                    "/promotions/6/effect/credit", "/promotions/7/effect/steps/0/spend", "/promotions/7/effect/steps/0/off");
        }

        @Test
        void givenConditionsWithoutTheirFields_whenReading_thenEachMissingFieldIsReported() {
            String json = withPromotion(json("{'id':'p','effect':{'type':'gift','sku':'g'},'conditions':["
                    + "{'type':'minSubtotal'},{'type':'minQuantity'},{'type':'tierIn'},{'type':'hasTag'},"
                    + "{'type':'memberOf'},{'type':'purchaseOrdinal'},{}]}"));

            assertThat(pointers(json)).containsExactly("/promotions/0/conditions/0/amount",
                    "/promotions/0/conditions/1/quantity", "/promotions/0/conditions/2/tiers",
                    "/promotions/0/conditions/3/tags", "/promotions/0/conditions/4/communities",
                    "/promotions/0/conditions/5/equals", "/promotions/0/conditions/6/type");
        }
    }

    @Nested
    class StrictTypes {

        @ParameterizedTest
        @ValueSource(strings = {"2.0", "'2'", "true", "2e0", "[2]", "{}", "-0", "0", "1000001", "99999999999999999999999"})
        void givenAQuantityThatIsNotAWholeNumberInRange_whenReading_thenItIsRefusedAtQuantity(String quantity) {
            String json = withLine(json("{'id':'l1','unitPrice':'1','quantity':" + quantity + "}"));

            assertThat(pointers(json)).containsExactly("/lines/0/quantity");
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 1_000_000})
        void givenAQuantityAtTheBounds_whenReading_thenItIsAccepted(int quantity) {
            accepted(withLine(json("{'id':'l1','unitPrice':'1','quantity':" + quantity + "}")));
        }

        @Test
        void givenPrioritiesAtTheLongBounds_whenReading_thenTheyAreAcceptedAndOneBeyondIsNot() {
            String gift = "'effect':{'type':'gift','sku':'g'}";
            assertThat(accepted(request("CNY", LINE, json("{'id':'a','priority':-9223372036854775808," + gift + "},"
                    + "{'id':'b','priority':9223372036854775807," + gift + "}"))).promotions())
                    .extracting(Promotion::priority).containsExactly(Long.MIN_VALUE, Long.MAX_VALUE);

            assertThat(pointers(withPromotion(json("{'id':'a','priority':9223372036854775808," + gift + "}"))))
                    .containsExactly("/promotions/0/priority");
        }

        @ParameterizedTest
        @ValueSource(strings = {"'true'", "1", "'yes'"})
        void givenRepeatThatIsNotABoolean_whenReading_thenItIsRefusedAtRepeat(String repeat) {
            String json = withEffect(json("{'type':'spendThreshold','steps':[{'spend':'100','off':'10'}],'repeat':" + repeat + "}"));

            assertThat(pointers(json)).containsExactly("/promotions/0/effect/repeat");
        }

        @ParameterizedTest
        @ValueSource(strings = {"12.5", "12", "true", "['12']"})
        void givenAnAmountThatIsNotAString_whenReading_thenItIsRefused(String amount) {
            assertThat(pointers(withLine(json("{'id':'l1','unitPrice':" + amount + ",'quantity':1}"))))
                    .containsExactly("/lines/0/unitPrice");
        }

        @Test
        void givenStringsOfTheWrongType_whenReading_thenEachIsRefusedAtItsPointer() {
            String json = json("{'currency':'CNY','at':'2026-11-23T10:00:00Z','member':{'id':7,'tags':['a',1],'communities':'c'},"
                    + "'lines':[{'id':1,'sku':false,'unitPrice':'1','quantity':1}],'codes':[null]}");

            assertThat(pointers(json)).containsExactly("/member/id", "/member/tags/1", "/member/communities",
                    "/lines/0/id", "/lines/0/sku", "/codes/0");
        }

        @Test
        void givenObjectsOfTheWrongType_whenReading_thenEachIsRefusedAtItsPointer() {
            String json = json("{'currency':'CNY','at':'2026-11-23T10:00:00Z','member':[],'lines':[1],"
                    + "'promotions':[2,{'id':'p','conditions':[3],'target':[],'effect':'gift','budget':1,'redemptions':'x'}]}");

            assertThat(pointers(json)).containsExactly("/member", "/lines/0", "/promotions/0",
                    "/promotions/1/conditions/0", "/promotions/1/target", "/promotions/1/effect",
                    "/promotions/1/budget", "/promotions/1/redemptions");
        }

        @Test
        void givenADocumentThatIsNotAnObject_whenReading_thenItIsRefusedAtTheRoot() {
            assertThat(pointers("[]")).containsExactly("");
        }

        @Test
        void givenEnumerationsWithUnknownWords_whenReading_thenEachIsRefusedAtItsField() {
            String json = withPromotion(json("{'id':'p','stacking':'Exclusive','conditions':["
                    + "{'type':'minQuantity','quantity':1,'scope':'lines'},{'type':'hasTag','tags':['a'],'match':'some'}],"
                    + "'effect':{'type':'gift','sku':'g'}}"));

            assertThat(pointers(json)).containsExactly("/promotions/0/stacking", "/promotions/0/conditions/0/scope",
                    "/promotions/0/conditions/1/match");
        }

        @Test
        void givenWholeNumbersOutOfTheirRanges_whenReading_thenEachIsRefused() {
            String json = json("{'currency':'CNY','at':'2026-11-23T10:00:00Z','member':{'paidOrders':-1},'lines':[" + LINE + "],"
                    + "'promotions':[{'id':'a','perMemberLimit':-1,'redemptions':{'limit':-1,'used':-1},"
                    + "'effect':{'type':'gift','sku':'g','quantity':0}},"
                    + "{'id':'b','effect':{'type':'buyXGetY','buy':0,'get':0}},"
                    + "{'id':'c','effect':{'type':'percentOff','percent':'10','maxQuantity':0}},"
                    + "{'id':'d','conditions':[{'type':'minQuantity','quantity':-1},{'type':'purchaseOrdinal','atLeast':-1}],"
                    + "'effect':{'type':'gift','sku':'g'}}]}");

            assertThat(pointers(json)).containsExactly("/member/paidOrders", "/promotions/0/effect/quantity",
                    "/promotions/0/redemptions/limit", "/promotions/0/redemptions/used", "/promotions/0/perMemberLimit",
                    "/promotions/1/effect/buy", "/promotions/1/effect/get", "/promotions/2/effect/maxQuantity",
                    "/promotions/3/conditions/0/quantity", "/promotions/3/conditions/1/atLeast");
        }

        @Test
        void givenZeroWhereTheContractAllowsIt_whenReading_thenItIsAccepted() {
            accepted(withPromotion(json("{'id':'a','perMemberLimit':0,'redemptions':{'limit':0,'used':0},"
                    + "'maxDiscount':'0','conditions':[{'type':'minQuantity','quantity':0}],'effect':{'type':'percentOff','percent':'0'}}")));
        }
    }

    @Nested
    class Decimals {

        @ParameterizedTest
        @ValueSource(strings = {"100", "0", "-0", "007"})
        void givenWholeYen_whenReading_thenTheyAreAccepted(String amount) {
            accepted(request("JPY", json("{'id':'l1','unitPrice':'" + amount + "','quantity':1}"), ""));
        }

        @ParameterizedTest
        @ValueSource(strings = {"100.0", "0.5", "100.00"})
        void givenYenWithDecimals_whenReading_thenTheyAreRefusedAsWritten(String amount) {
            List<Violation> violations = violations(request("JPY", json("{'id':'l1','unitPrice':'" + amount + "','quantity':1}"), ""));

            assertThat(violations).extracting(Violation::pointer).containsExactly("/lines/0/unitPrice");
            assertThat(violations.get(0).detail()).contains("JPY allows 0");
        }

        @ParameterizedTest
        @ValueSource(strings = {"12.5", "12.50", "12", "-0.00", "0.00"})
        void givenYuanWithUpToTwoDecimals_whenReading_thenTheyAreAccepted(String amount) {
            accepted(request("CNY", json("{'id':'l1','unitPrice':'" + amount + "','quantity':1}"), ""));
        }

        @Test
        void givenYuanWithThreeDecimals_whenReading_thenItIsRefusedEvenWhenTheLastIsZero() {
            assertThat(pointers(request("CNY", json("{'id':'l1','unitPrice':'12.500','quantity':1}"), "")))
                    .containsExactly("/lines/0/unitPrice");
        }

        @Test
        void givenDinarsWithThreeAndFourDecimals_whenReading_thenOnlyThreeAreAccepted() {
            ContractRequest contract = accepted(request("KWD", json("{'id':'l1','unitPrice':'1.234','quantity':1}"), ""));
            assertThat(contract.request().lines().get(0).unitPrice().minorUnits()).isEqualTo(1234);

            assertThat(pointers(request("KWD", json("{'id':'l1','unitPrice':'1.2345','quantity':1}"), "")))
                    .containsExactly("/lines/0/unitPrice");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1e2", "+1", " 1", "1 ", ".5", "5.", "1,00", "", "-", "0x10", "١٢", "1.2.3", "--1"})
        void givenTextThatIsNotAPlainDecimal_whenReading_thenItIsRefused(String amount) {
            assertThat(pointers(withLine(json("{'id':'l1','unitPrice':'" + amount + "','quantity':1}"))))
                    .containsExactly("/lines/0/unitPrice");
        }

        @Test
        void givenNegativeAmounts_whenReading_thenEveryAmountFieldRefusesThem() {
            String json = json("{'currency':'CNY','at':'2026-11-23T10:00:00Z','lines':[{'id':'l1','unitPrice':'-1','quantity':1}],"
                    + "'shipping':'-0.01','promotions':[{'id':'p','conditions':[{'type':'minSubtotal','amount':'-1'}],"
                    + "'effect':{'type':'amountOff','amount':'-5'},'maxDiscount':'-1','budget':{'limit':'-1','used':'-1'}}]}");

            assertThat(pointers(json)).containsExactly("/lines/0/unitPrice", "/shipping",
                    "/promotions/0/conditions/0/amount", "/promotions/0/effect/amount", "/promotions/0/maxDiscount",
                    "/promotions/0/budget/limit", "/promotions/0/budget/used");
        }

        @ParameterizedTest
        @ValueSource(strings = {"100.01", "-1", "101", "1e2", "50%"})
        void givenAPercentOutOfRangeOrNotPlain_whenReading_thenItIsRefused(String percent) {
            assertThat(pointers(withEffect(json("{'type':'percentOff','percent':'" + percent + "'}"))))
                    .containsExactly("/promotions/0/effect/percent");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "100", "100.000", "33.333333333", "-0"})
        void givenAPercentFromZeroToAHundred_whenReading_thenItIsAcceptedWithItsDecimals(String percent) {
            ContractRequest contract = accepted(withEffect(json("{'type':'percentOff','percent':'" + percent + "'}")));

            assertThat(((Effect.PercentOff) contract.promotions().get(0).effect()).percent())
                    .isEqualByComparingTo(new BigDecimal(percent));
        }

        @Test
        void givenAPercentAsAJsonNumber_whenReading_thenItIsRefused() {
            assertThat(pointers(withEffect(json("{'type':'percentOff','percent':40}"))))
                    .containsExactly("/promotions/0/effect/percent");
        }

        @Test
        void givenMoreThanThirtyDigits_whenReading_thenTheDecimalIsRefused() {
            String digits = "1".repeat(31);

            assertThat(pointers(withEffect(json("{'type':'percentOff','percent':'0." + digits + "'}"))))
                    .containsExactly("/promotions/0/effect/percent");
        }

        @Test
        void givenAnAmountBeyondTheExactRange_whenReading_thenItIsRefusedAsTooLarge() {
            List<Violation> violations = violations(withLine(json("{'id':'l1','unitPrice':'10000000000000.01','quantity':1}")));

            assertThat(violations).extracting(Violation::pointer).containsExactly("/lines/0/unitPrice");
            assertThat(violations.get(0).detail()).contains("too large");
        }

        @Test
        void givenALineWhoseSubtotalIsBeyondTheExactRange_whenReading_thenTheLineIsRefused() {
            assertThat(pointers(withLine(json("{'id':'l1','unitPrice':'10000000000000.00','quantity':2}"))))
                    .containsExactly("/lines/0");
        }

        @Test
        void givenLinesWhoseSumIsBeyondTheExactRange_whenReading_thenTheLinesAreRefused() {
            String line = "{'id':'lX','unitPrice':'6000000000000.00','quantity':1}";
            assertThat(pointers(request("CNY", json(line.replace("X", "1") + "," + line.replace("X", "2")), "")))
                    .containsExactly("/lines");
            assertThat(pointers(json("{'currency':'CNY','at':'today','lines':[" + line.replace("X", "1") + ","
                    + line.replace("X", "2") + "]}")))
                    .containsExactly("/at", "/lines");
        }
    }

    @Nested
    class Currencies {

        @ParameterizedTest
        @ValueSource(strings = {"cny", "CN", "CNYY", "ABC", "XXX", "XAU", " CNY"})
        void givenACodeThatIsNotAnUpperCaseCurrencyWithAMinorUnit_whenReading_thenItIsRefusedAndAmountDigitsAreNotJudged(
                String code) {
            String json = json("{'currency':'" + code + "','at':'2026-11-23T10:00:00Z',"
                    + "'lines':[{'id':'l1','unitPrice':'12.5000','quantity':1}],'shipping':'1.123',"
                    + "'promotions':[{'id':'p','effect':{'type':'amountOff','amount':'1.999'}}]}");

            assertThat(pointers(json)).containsExactly("/currency");
        }

        @Test
        void givenAnInvalidCurrencyAndANegativeAmount_whenReading_thenTheSignIsStillJudged() {
            String json = json("{'currency':'cny','at':'2026-11-23T10:00:00Z','lines':[{'id':'l1','unitPrice':'-1.123','quantity':1}]}");

            assertThat(pointers(json)).containsExactly("/currency", "/lines/0/unitPrice");
        }

        @Test
        void givenAnInvalidPromotionCurrency_whenReading_thenOnlyTheCurrencyIsReported() {
            String json = withPromotion(json("{'id':'p','currency':'usd','maxDiscount':'1.999',"
                    + "'effect':{'type':'amountOff','amount':'12.345'}}"));

            assertThat(pointers(json)).containsExactly("/promotions/0/currency");
        }

        @Test
        void givenAPromotionInAnotherCurrency_whenReading_thenItsAmountsAreJudgedByItsOwnCurrency() {
            assertThat(pointers(withPromotion(json("{'id':'p','currency':'JPY','effect':{'type':'amountOff','amount':'100.5'}}"))))
                    .containsExactly("/promotions/0/effect/amount");

            ContractRequest contract = accepted(withPromotion(json(
                    "{'id':'p','currency':'KWD','effect':{'type':'amountOff','amount':'1.234'}}")));
            assertThat(contract.promotions().get(0).currency()).contains(Currency.getInstance("KWD"));
            assertThat(((Effect.AmountOff) contract.promotions().get(0).effect()).amount())
                    .isEqualTo(Money.of("1.234", "KWD"));
        }

        @Test
        void givenAValidPromotionCurrencyInARequestWithAnInvalidOne_whenReading_thenThePromotionsAmountsAreStillJudged() {
            String json = json("{'currency':'yuan','at':'2026-11-23T10:00:00Z','lines':[" + LINE + "],"
                    + "'promotions':[{'id':'p','currency':'JPY','effect':{'type':'amountOff','amount':'1.5'}}]}");

            assertThat(pointers(json)).containsExactly("/currency", "/promotions/0/effect/amount");
        }
    }

    @Nested
    class Instants {

        static String at(String at) {
            return json("{'currency':'CNY','at':'" + at + "','lines':[" + LINE + "]}");
        }

        @Test
        void givenOneInstantWrittenWithZAndWithAnOffset_whenReading_thenBothAreTheSameInstant() {
            assertThat(accepted(at("2026-11-23T02:00:00Z")).request().at())
                    .isEqualTo(accepted(at("2026-11-23T10:00:00+08:00")).request().at())
                    .isEqualTo(Instant.parse("2026-11-23T02:00:00Z"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-11-23T10:00+08:00", "2026-11-23T10:00:00.1Z", "2026-11-23T10:00:00.123456789Z",
            "2026-11-23T10:00:00+18:00", "2026-11-23T10:00:00-18:00", "2026-11-23T10:00:00-00:00",
            "2026-11-23T23:59:59+05:45", "2024-02-29T00:00:00Z"})
        void givenTheAcceptedForms_whenReading_thenTheInstantIsRead(String at) {
            accepted(at(at));
        }

        @Test
        void givenFractionsOfOneToNineDigits_whenReading_thenEachIsExact() {
            assertThat(accepted(at("2026-11-23T10:00:00.5Z")).request().at()).isEqualTo(Instant.parse("2026-11-23T10:00:00.5Z"));
            assertThat(accepted(at("2026-11-23T10:00:00.000000001Z")).request().at())
                    .isEqualTo(Instant.parse("2026-11-23T10:00:00.000000001Z"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-11-23T10:00:00", "2026-11-23", "2026-11-23T10:00:00.Z", "2026-11-23T10:00:00.1234567890Z",
            "2026-11-23T10:00:00+18:01", "2026-11-23T10:00:00-19:00", "2026-11-23T10:00:00+08:60", "2026-11-23T24:00:00Z",
            "2026-11-23T23:59:60Z", "2026-11-23T10:60:00Z", "2026-02-30T10:00:00Z", "2026-13-01T10:00:00Z",
            "2026-11-23t10:00:00Z", "2026-11-23T10:00:00z", "2026-11-23 10:00:00Z", "2026-11-23T10:00:00+0800",
            "2026-11-23T10:00:00+08", "2026-11-23T10:00:00+08:00:00", "2026-11-23T10:00:00Z[UTC]", "26-11-23T10:00:00Z",
            "+2026-11-23T10:00:00Z", "2026-11-23T1:00:00Z", "2026-11-23T10:00:0Z", "2026-11-23T10:00:00 Z"})
        void givenAnythingElse_whenReading_thenItIsRefusedAtTheField(String at) {
            assertThat(pointers(at(at))).containsExactly("/at");
        }

        @Test
        void givenAHour24_whenReading_thenTheDetailSaysWhy() {
            assertThat(violations(at("2026-11-23T24:00:00Z")).get(0).detail()).contains("hour 24");
            assertThat(violations(at("2026-11-23T23:59:60Z")).get(0).detail()).contains("no leap second");
            assertThat(violations(at("2026-11-23T10:00:00")).get(0).detail()).contains("needs an offset");
        }

        @Test
        void givenPromotionWindows_whenReading_thenBothAreJudged() {
            String json = withPromotion(json("{'id':'p','validFrom':'2026-11-01','validUntil':20261201,"
                    + "'effect':{'type':'gift','sku':'g'}}"));

            assertThat(pointers(json)).containsExactly("/promotions/0/validFrom", "/promotions/0/validUntil");
        }

        @Test
        void givenAWindowThatEndsBeforeItStarts_whenReading_thenItIsAccepted() {
            accepted(withPromotion(json("{'id':'p','validFrom':'2026-12-01T00:00:00Z','validUntil':'2026-11-01T00:00:00Z',"
                    + "'effect':{'type':'gift','sku':'g'}}")));
        }
    }

    @Nested
    class PointerPlacements {

        @Test
        void givenTwoLinesWithOneId_whenReading_thenTheLaterLineIdIsRefused() {
            String lines = json("{'id':'l1','unitPrice':'1','quantity':1},{'id':'l2','unitPrice':'1','quantity':1},"
                    + "{'id':'l1','unitPrice':'1','quantity':1}");

            assertThat(pointers(request("CNY", lines, ""))).containsExactly("/lines/2/id");
        }

        @Test
        void givenTwoPromotionsWithOneId_whenReading_thenTheLaterPromotionIdIsRefused() {
            String gift = "'effect':{'type':'gift','sku':'g'}";

            assertThat(pointers(request("CNY", LINE, json("{'id':'p'," + gift + "},{'id':'q'," + gift + "},{'id':'p'," + gift + "}"))))
                    .containsExactly("/promotions/2/id");
        }

        @Test
        void givenAnUnknownEffectTypeWithOtherBrokenFields_whenReading_thenOnlyTheTypeIsReported() {
            assertThat(pointers(withEffect(json("{'type':'freeGift','sku':7,'whatever':1,'whatever':2}"))))
                    .containsExactly("/promotions/0/effect/type");
        }

        @Test
        void givenAnUnknownConditionType_whenReading_thenOnlyTheTypeIsReported() {
            String json = withPromotion(json("{'id':'p','conditions':[{'type':'minSpend','amount':'x'},{'type':7},"
                    + "{'type':'tierIn','type':'tierIn','tiers':1}],'effect':{'type':'gift','sku':'g'}}"));

            assertThat(pointers(json)).containsExactly("/promotions/0/conditions/0/type", "/promotions/0/conditions/1/type",
                    "/promotions/0/conditions/2/type");
        }

        @Test
        void givenCreditBelowDeposit_whenReading_thenCreditIsRefused() {
            assertThat(pointers(withEffect(json("{'type':'depositCredit','deposit':'50.00','credit':'20.00'}"))))
                    .containsExactly("/promotions/0/effect/credit");
        }

        @Test
        void givenCreditEqualToDeposit_whenReading_thenItIsAccepted() {
            accepted(withEffect(json("{'type':'depositCredit','deposit':'20','credit':'20.00'}")));
        }

        @Test
        void givenShippingOffWithBothOrNeither_whenReading_thenPercentOrAmountIsRefused() {
            assertThat(pointers(withEffect(json("{'type':'shippingOff','amount':'10.00','percent':'100'}"))))
                    .containsExactly("/promotions/0/effect/percent");
            assertThat(pointers(withEffect(json("{'type':'shippingOff','amount':'10.001','percent':'abc'}"))))
                    .containsExactly("/promotions/0/effect/amount", "/promotions/0/effect/percent");
            assertThat(pointers(withEffect(json("{'type':'shippingOff'}"))))
                    .containsExactly("/promotions/0/effect/amount");
            assertThat(pointers(withEffect(json("{'type':'shippingOff','amount':null,'percent':null}"))))
                    .containsExactly("/promotions/0/effect/amount");
        }

        @Test
        void givenRepeatWithSeveralSteps_whenReading_thenRepeatIsRefused() {
            assertThat(pointers(withEffect(json("{'type':'spendThreshold','repeat':true,"
                    + "'steps':[{'spend':'100','off':'10'},{'spend':'200','off':'25'}]}"))))
                    .containsExactly("/promotions/0/effect/repeat");
        }

        @Test
        void givenARepeatingStepOfSpendZero_whenReading_thenItsSpendIsRefused() {
            assertThat(pointers(withEffect(json("{'type':'spendThreshold','repeat':true,'steps':[{'spend':'0.00','off':'10'}]}"))))
                    .containsExactly("/promotions/0/effect/steps/0/spend");
        }

        @Test
        void givenAStepOfSpendZeroWithoutRepeat_whenReading_thenItIsAccepted() {
            accepted(withEffect(json("{'type':'spendThreshold','repeat':false,'steps':[{'spend':'0','off':'10'}]}")));
        }

        @Test
        void givenNoSteps_whenReading_thenStepsIsRefused() {
            assertThat(pointers(withEffect(json("{'type':'spendThreshold','steps':[],'repeat':true}"))))
                    .containsExactly("/promotions/0/effect/steps");
        }

        @Test
        void givenAnInvalidPer_whenReading_thenOnlyPerIsReportedEvenWithMaxQuantity() {
            assertThat(pointers(withEffect(json("{'type':'amountOff','amount':'1','per':'item','maxQuantity':2}"))))
                    .containsExactly("/promotions/0/effect/per");
        }

        @Test
        void givenMaxQuantityWhereItIsNotAllowed_whenReading_thenItIsRefusedAtMaxQuantity() {
            String json = request("CNY", LINE, json(String.join(",",
                    "{'id':'a','effect':{'type':'amountOff','amount':'1','maxQuantity':1}}",
                    "{'id':'b','effect':{'type':'amountOff','amount':'1','per':'line','maxQuantity':1}}",
                    "{'id':'c','effect':{'type':'gift','sku':'g','maxQuantity':1}}",
                    "{'id':'d','effect':{'type':'buyXGetY','buy':1,'get':1,'maxQuantity':1}}")));

            List<Violation> violations = violations(json);

            assertThat(violations).extracting(Violation::pointer).containsExactly("/promotions/0/effect/maxQuantity",
                    "/promotions/1/effect/maxQuantity", "/promotions/2/effect/maxQuantity", "/promotions/3/effect/maxQuantity");
            assertThat(violations).allSatisfy(v -> assertThat(v.detail()).contains("only on percentOff"));
        }

        @Test
        void givenMaxQuantityWhereItIsAllowed_whenReading_thenItIsMapped() {
            ContractRequest contract = accepted(request("CNY", LINE, json(
                    "{'id':'a','effect':{'type':'amountOff','amount':'1','per':'unit','maxQuantity':3}},"
                            + "{'id':'b','effect':{'type':'percentOff','percent':'50','maxQuantity':1}}")));

            assertThat(contract.promotions()).extracting(Promotion::effect).containsExactly(
                    new Effect.AmountOff(Money.of("1", "CNY"), Effect.Per.UNIT, OptionalLong.of(3)),
                    new Effect.PercentOff(new BigDecimal("50"), OptionalLong.of(1)));
        }

        @Test
        void givenADepositThatIsExclusiveOrGrouped_whenReading_thenThatFieldIsRefused() {
            String deposit = "'effect':{'type':'depositCredit','deposit':'20','credit':'50'}";
            String json = request("CNY", LINE, json("{'id':'a','stacking':'exclusive'," + deposit + "},"
                    + "{'id':'b','group':'g'," + deposit + "},{'id':'c','stacking':'stackable','group':null," + deposit + "}"));

            assertThat(pointers(json)).containsExactly("/promotions/0/stacking", "/promotions/1/group");
        }

        @Test
        void givenAPurchaseOrdinalWithEqualsAndARange_whenReading_thenTheRangeIsRefused() {
            String json = withPromotion(json("{'id':'p','conditions':[{'type':'purchaseOrdinal','equals':2,'atLeast':1},"
                    + "{'type':'purchaseOrdinal','equals':2,'atMost':3},{'type':'purchaseOrdinal','atLeast':3,'atMost':1}],"
                    + "'effect':{'type':'gift','sku':'g'}}"));

            assertThat(pointers(json)).containsExactly("/promotions/0/conditions/0/atLeast", "/promotions/0/conditions/1/atMost");
        }
    }

    @Nested
    class Order {

        @Test
        void givenFieldsInAnyDocumentOrder_whenReading_thenUnknownAndDuplicatesComeFirstThenTheSchemaOrder() {
            String json = json("{'promotions':[{'effect':{'type':'percentOff','percent':'120'},'id':'p','id':'q','bogus':1}],"
                    + "'lines':[{'quantity':0,'unitPrice':'-1','id':'l1','extra':1}],'at':'yesterday','currency':'CNY','zzz':0}");

            assertThat(pointers(json)).containsExactly("/zzz", "/at", "/lines/0/extra", "/lines/0/unitPrice",
                    "/lines/0/quantity", "/promotions/0/id", "/promotions/0/bogus", "/promotions/0/effect/percent");
        }
    }

    @Nested
    class UnreadableJson {

        @Test
        void givenBrokenJson_whenReading_thenOneViolationAtTheRootGivesLineAndColumn() {
            List<Violation> violations = violations("{\n  \"currency\": \"CNY\",\n  \"at\": 2026-11-23\n}");

            assertThat(violations).hasSize(1);
            assertThat(violations.get(0).pointer()).isEmpty();
            assertThat(violations.get(0).detail()).contains("line 3, column 13");
        }

        @Test
        void givenAnEmptyText_whenReading_thenItIsUnreadableAtLineOneColumnOne() {
            assertThat(violations("")).singleElement().satisfies(v -> {
                assertThat(v.pointer()).isEmpty();
                assertThat(v.detail()).contains("line 1, column 1");
            });
        }

        @Test
        void givenDeepNesting_whenReading_thenItIsRefusedWithoutExhaustingTheStack() {
            String deep = "[".repeat(200_000) + "]".repeat(200_000);
            String json = "{\"currency\":\"CNY\",\"member\":" + deep + "}";

            assertThat(violations(json)).singleElement().satisfies(v -> {
                assertThat(v.pointer()).isEmpty();
                assertThat(v.detail()).contains("nesting deeper than 128");
            });
        }

        @Test
        void givenAHugeIntegerText_whenReading_thenItIsOutOfRangeWithoutParsingIt() {
            String json = withLine("{\"id\":\"l1\",\"unitPrice\":\"1\",\"quantity\":" + "9".repeat(100_000) + "}");

            assertThat(violations(json)).singleElement().satisfies(v -> {
                assertThat(v.pointer()).isEqualTo("/lines/0/quantity");
                assertThat(v.detail()).contains("100000-character number");
            });
        }
    }
}

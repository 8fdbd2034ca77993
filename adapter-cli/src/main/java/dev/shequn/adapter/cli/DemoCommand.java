package dev.shequn.adapter.cli;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.Shequn;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.port.in.CommunityView;
import dev.shequn.application.port.in.CreateCommunityUseCase;
import dev.shequn.application.port.in.CreateJoinChannelUseCase;
import dev.shequn.application.port.in.CreateMerchantUseCase;
import dev.shequn.application.port.in.EvaluateAllTiersUseCase;
import dev.shequn.application.port.in.InsightUseCase;
import dev.shequn.application.port.in.JoinThroughChannelUseCase;
import dev.shequn.application.port.in.RecordPaidOrderUseCase;
import dev.shequn.application.port.in.RecordRefundUseCase;
import dev.shequn.application.port.in.SetTagRulesUseCase;
import dev.shequn.application.port.in.SetTierLadderUseCase;
import dev.shequn.application.port.in.SetTierLadderUseCase.RuleKind;
import dev.shequn.application.port.in.SetTierLadderUseCase.RuleSpec;
import dev.shequn.application.port.in.SetTierLadderUseCase.TierSpec;
import dev.shequn.application.port.in.UpsertMemberUseCase;
import dev.shequn.domain.community.Positioning;
import dev.shequn.domain.member.AgeBand;
import dev.shequn.domain.member.Gender;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shequn demo}: the olive-oil story on a fresh database, every step a use-case call, then the report the
 * insight query computes from what was stored. The steps that need the order life cycle (the half-price
 * welcome back coupon) and referrals (invitations, rewards) are not part of it yet: the report shows only what
 * the steps below really stored.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the olive-oil story end to end on a fresh embedded database (a temporary directory, or "
                + "--data DIR) and print the report.",
            "Steps: a merchant, a club community with a join channel, 100 past customers imported, a purchase "
                    + "ladder, 40 joins, paid orders (three for some members), one refund, tier evaluation."})
public final class DemoCommand implements Callable<Integer> {

    static final MerchantId MERCHANT = new MerchantId("olive-house");
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final int CUSTOMERS = 100;

    @Spec
    CommandSpec spec;
    @Mixin
    OutputOptions output;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Keep the demo's database here (must not hold one yet); default: a new temporary directory.")
    Path data;

    private final Backend.Factory backends;

    public DemoCommand(Backend.Factory backends) {
        this.backends = requireNonNull(backends, "backends");
    }

    /** A step refused: the demo stops and says which step and why. */
    private static final class StepFailed extends RuntimeException {
        final UseCaseError error;

        StepFailed(String step, UseCaseError error) {
            super(step);
            this.error = error;
        }
    }

    private static <T> T step(String name, Either<UseCaseError, T> answer) {
        if (answer.isLeft()) {
            throw new StepFailed(name, answer.getLeft());
        }
        return answer.get();
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path directory;
        try {
            directory = data != null ? data : Files.createTempDirectory("shequn-demo-");
            if (Files.exists(directory.resolve("shequn.mv.db"))) {
                err.println("error: " + directory + " already holds a database; the demo needs a fresh one");
                err.flush();
                return Failures.BAD_INPUT;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        err.println("Demo database: " + directory);
        err.flush();
        try (Backend backend = backends.open(new StorageChoice(directory, Optional.empty(), "", ""))) {
            InsightUseCase.Report report = story(backend.shequn(), err);
            output.printObject(out, show(report));
            out.flush();
            return Failures.DONE;
        } catch (StepFailed failed) {
            err.println("error: demo step '" + failed.getMessage() + "' was refused");
            Failures.refused(err, failed.error);
            return Failures.FAILURE;
        }
    }

    private static InsightUseCase.Report story(Shequn shequn, PrintWriter err) {
        step("merchant", shequn.createMerchant().createMerchant(
                new CreateMerchantUseCase.Command(MERCHANT, "Olive House", CNY)));
        step("tag rules", shequn.setTagRules().setTagRules(
                new SetTagRulesUseCase.Command(MERCHANT, Money.of("500.00", CNY), true, 180)));

        // 100 past customers from the shop's old system, as an import would bring them.
        List<MemberId> customers = new ArrayList<>();
        Gender[] genders = Gender.values();
        AgeBand[] bands = AgeBand.values();
        String[] regions = {"Shanghai", "Hangzhou", "Suzhou", "Nanjing"};
        for (int i = 1; i <= CUSTOMERS; i++) {
            UpsertMemberUseCase.Result member = step("import customer " + i, shequn.upsertMember().upsertMember(
                    new UpsertMemberUseCase.Command(MERCHANT, "past-" + i, genders[i % genders.length],
                            bands[i % bands.length], regions[i % regions.length], Set.of("past-customer"))));
            customers.add(member.member().id());
        }
        err.println("Imported " + customers.size() + " past customers");

        CommunityView club = step("community", shequn.createCommunity().createCommunity(
                CreateCommunityUseCase.Command.of(MERCHANT, "Olive Oil Club", customers.get(0), Positioning.LOW_FREQUENCY)));
        CreateJoinChannelUseCase.Result channel = step("channel", shequn.createJoinChannel().createJoinChannel(
                new CreateJoinChannelUseCase.Command(MERCHANT, "Welcome-back card", "OLIVE-CLUB", List.of(club.id()))));
        step("tier ladder", shequn.setTierLadder().setTierLadder(new SetTierLadderUseCase.Command(MERCHANT, List.of(
                new TierSpec("regular", "Regular", List.of(new RuleSpec(RuleKind.PAID_ORDERS_IN_WINDOW, 365, null, 2L)),
                        List.of(), List.of()),
                new TierSpec("connoisseur", "Connoisseur",
                        List.of(new RuleSpec(RuleKind.SPEND_IN_WINDOW, 365, Money.of("600.00", CNY), null)),
                        List.of(), List.of())), 30)));

        int joins = 0;
        for (int i = 0; i < 40; i++) {
            if (step("join " + i, shequn.joinThroughChannel().joinThroughChannel(new JoinThroughChannelUseCase.Command(
                    MERCHANT, channel.code(), customers.get(i), null))).newlyJoined()) {
                joins++;
            }
        }
        err.println(joins + " customers joined the club through " + channel.code());

        // Orders: 30 members buy once, 15 of them twice, 6 of them three times.
        int orders = 0;
        for (int i = 0; i < 30; i++) {
            int count = i < 6 ? 3 : i < 15 ? 2 : 1;
            for (int n = 1; n <= count; n++) {
                Money amount = Money.ofMinor(16_800 + (i % 5) * 4_000L + n * 1_000L, CNY);
                step("order", shequn.recordPaidOrder().recordPaidOrder(new RecordPaidOrderUseCase.Command(MERCHANT,
                        customers.get(i), "demo-order-" + i + "-" + n, amount, Set.of("olive-oil"), null)));
                orders++;
            }
        }
        err.println(orders + " paid orders recorded");
        step("refund", shequn.recordRefund().recordRefund(new RecordRefundUseCase.Command(MERCHANT, customers.get(29),
                "demo-order-29-1", Money.ofMinor(8_800, CNY))));
        step("tier evaluation", shequn.evaluateAllTiers().evaluateAllTiers(
                new EvaluateAllTiersUseCase.Command(MERCHANT, 100)));
        return step("report", shequn.insight().report(new InsightUseCase.Command(MERCHANT)));
    }

    static Map<String, Object> show(InsightUseCase.Report r) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("members", r.members());
        fields.put("joins", r.joins());
        fields.put("firstPurchases", r.buyers());
        fields.put("repeatBuyers", r.repeatBuyers());
        fields.put("repurchaseRatePercent", r.repurchaseRatePercent().toPlainString());
        fields.put("paidOrders", r.paidOrders());
        fields.put("refunds", r.refunds());
        fields.put("refunded", r.refunded().toString());
        fields.put("discountCost", r.discountCost().toString());
        fields.put("rewardsGranted", r.rewardsGranted());
        fields.put("commissionBooked", r.commissionBooked().toString());
        r.tiers().forEach((tier, count) -> fields.put("tier " + tier, count));
        return fields;
    }
}

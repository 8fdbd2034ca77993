package dev.shequn.adapter.cli;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.port.in.CommunityView;
import dev.shequn.application.port.in.CreateCommunityUseCase;
import dev.shequn.application.port.in.CreateJoinChannelUseCase;
import dev.shequn.application.port.in.CreateMerchantUseCase;
import dev.shequn.application.port.in.EvaluateTierUseCase;
import dev.shequn.application.port.in.MemberView;
import dev.shequn.application.port.in.UpsertMemberUseCase;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.Positioning;
import dev.shequn.domain.member.AgeBand;
import dev.shequn.domain.member.Gender;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import java.io.PrintWriter;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The admin commands: each parses its options into a use-case command, calls the use case once against the
 * chosen storage, prints the result on standard output or the refusal (field by field) on standard error.
 */
public final class AdminCommands {

    private AdminCommands() {}

    /** Every admin command group, wired to {@code backends}. */
    public static List<CommandLine> all(Backend.Factory backends) {
        return List.of(
                new CommandLine(new MerchantGroup()).addSubcommand(new MerchantCreate(backends)),
                new CommandLine(new CommunityGroup()).addSubcommand(new CommunityCreate(backends)),
                new CommandLine(new ChannelGroup()).addSubcommand(new ChannelCreate(backends)),
                new CommandLine(new MemberGroup()).addSubcommand(new MemberUpsert(backends)),
                new CommandLine(new TierGroup()).addSubcommand(new TierEvaluate(backends)));
    }

    /** A group alone is a usage error that lists its subcommands. */
    public abstract static class Group implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            throw new ParameterException(spec.commandLine(), "Missing subcommand");
        }
    }

    /** The shared part: storage and output options, one use-case call, and how its answer is printed. */
    public abstract static class AdminCommand<R> implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StorageOptions storage;
        @Mixin
        OutputOptions output;
        private final Backend.Factory backends;

        AdminCommand(Backend.Factory backends) {
            this.backends = requireNonNull(backends, "backends");
        }

        abstract Either<UseCaseError, R> call(Backend backend);

        abstract Map<String, Object> show(R result);

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Either<UseCaseError, R> answer;
            try (Backend backend = backends.open(storage.choice())) {
                answer = call(backend);
            }
            if (answer.isLeft()) {
                return Failures.refused(err, answer.getLeft());
            }
            output.printObject(out, show(answer.get()));
            out.flush();
            return Failures.DONE;
        }
    }

    static Map<String, Object> fields(Object... keyValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            fields.put((String) keyValues[i], keyValues[i + 1]);
        }
        return fields;
    }

    static Map<String, Object> community(CommunityView c) {
        return fields("communityId", c.id().value(), "name", c.name(), "leader", c.leader().value(),
                "capacity", c.capacity(), "positioning", c.positioning().name(),
                "minimumTier", c.minimumTier().orElse(""), "status", c.status().name(),
                "memberCount", c.memberCount());
    }

    static Map<String, Object> member(MemberView m) {
        return fields("memberId", m.id().value(), "externalId", m.externalId(), "paidOrders", m.paidOrders(),
                "totalSpend", m.totalSpend().toString(), "tags", String.join(",", m.tags()),
                "tier", m.tier().orElse(""));
    }

    /** Option text to a value, failing as a usage error (exit 2) that names the option. */
    static <T> T parse(CommandSpec spec, String option, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '" + option + "': " + e.getMessage());
        }
    }

    // ------------------------------------------------------------------------------------------- merchant

    @Command(name = "merchant", mixinStandardHelpOptions = true, description = "Merchants (商家).")
    static final class MerchantGroup extends Group {}

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a merchant.")
    static final class MerchantCreate extends AdminCommand<CreateMerchantUseCase.Result> {
        @Option(names = "--id", required = true, description = "The merchant id, e.g. olive-house.")
        String id;
        @Option(names = "--name", required = true)
        String name;
        @Option(names = "--currency", defaultValue = "CNY", description = "ISO 4217 (default: ${DEFAULT-VALUE}).")
        String currency;

        MerchantCreate(Backend.Factory backends) {
            super(backends);
        }

        @Override
        Either<UseCaseError, CreateMerchantUseCase.Result> call(Backend backend) {
            return backend.shequn().createMerchant().createMerchant(new CreateMerchantUseCase.Command(
                    parse(spec, "--id", id, MerchantId::new), name, parse(spec, "--currency", currency, Currency::getInstance)));
        }

        @Override
        Map<String, Object> show(CreateMerchantUseCase.Result result) {
            return fields("merchantId", result.merchantId().value());
        }
    }

    // ------------------------------------------------------------------------------------------ community

    @Command(name = "community", mixinStandardHelpOptions = true, description = "Communities (社群).")
    static final class CommunityGroup extends Group {}

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a community.")
    static final class CommunityCreate extends AdminCommand<CommunityView> {
        @Option(names = "--merchant", required = true)
        String merchant;
        @Option(names = "--name", required = true)
        String name;
        @Option(names = "--leader", required = true, description = "The member id of the group leader (团长).")
        String leader;
        @Option(names = "--positioning", defaultValue = "HIGH_FREQUENCY",
                description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        Positioning positioning;
        @Option(names = "--capacity", description = "Most members (default: the domain's).")
        Integer capacity;
        @Option(names = "--minimum-tier", description = "Tier code a member needs to join.")
        String minimumTier;

        CommunityCreate(Backend.Factory backends) {
            super(backends);
        }

        @Override
        Either<UseCaseError, CommunityView> call(Backend backend) {
            return backend.shequn().createCommunity().createCommunity(new CreateCommunityUseCase.Command(
                    parse(spec, "--merchant", merchant, MerchantId::new), name,
                    parse(spec, "--leader", leader, MemberId::new), capacity, positioning, minimumTier, null, null));
        }

        @Override
        Map<String, Object> show(CommunityView result) {
            return community(result);
        }
    }

    // -------------------------------------------------------------------------------------------- channel

    @Command(name = "channel", mixinStandardHelpOptions = true, description = "Join channels (入群渠道).")
    static final class ChannelGroup extends Group {}

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a join channel over a pool of communities.")
    static final class ChannelCreate extends AdminCommand<CreateJoinChannelUseCase.Result> {
        @Option(names = "--merchant", required = true)
        String merchant;
        @Option(names = "--name", required = true)
        String name;
        @Option(names = "--code", description = "The code members join with (default: generated).")
        String code;
        @Option(names = "--community", required = true, split = ",", description = "Community ids of the pool.")
        List<String> communities;

        ChannelCreate(Backend.Factory backends) {
            super(backends);
        }

        @Override
        Either<UseCaseError, CreateJoinChannelUseCase.Result> call(Backend backend) {
            return backend.shequn().createJoinChannel().createJoinChannel(new CreateJoinChannelUseCase.Command(
                    parse(spec, "--merchant", merchant, MerchantId::new), name, code,
                    communities.stream().map(c -> parse(spec, "--community", c, CommunityId::new)).toList()));
        }

        @Override
        Map<String, Object> show(CreateJoinChannelUseCase.Result result) {
            return fields("channelId", result.channelId().value(), "code", result.code());
        }
    }

    // --------------------------------------------------------------------------------------------- member

    @Command(name = "member", mixinStandardHelpOptions = true, description = "Members (会员).")
    static final class MemberGroup extends Group {}

    @Command(name = "upsert", mixinStandardHelpOptions = true,
            description = "Create a member, or update the one with that external id.")
    static final class MemberUpsert extends AdminCommand<UpsertMemberUseCase.Result> {
        @Option(names = "--merchant", required = true)
        String merchant;
        @Option(names = "--external-id", required = true, description = "The host system's customer id.")
        String externalId;
        @Option(names = "--gender", description = "${COMPLETION-CANDIDATES}")
        Gender gender;
        @Option(names = "--age-band", description = "${COMPLETION-CANDIDATES}")
        AgeBand ageBand;
        @Option(names = "--region")
        String region;
        @Option(names = "--tag", split = ",", description = "Manual tags.")
        Set<String> tags = Set.of();

        MemberUpsert(Backend.Factory backends) {
            super(backends);
        }

        @Override
        Either<UseCaseError, UpsertMemberUseCase.Result> call(Backend backend) {
            return backend.shequn().upsertMember().upsertMember(new UpsertMemberUseCase.Command(
                    parse(spec, "--merchant", merchant, MerchantId::new), externalId, gender, ageBand, region, tags));
        }

        @Override
        Map<String, Object> show(UpsertMemberUseCase.Result result) {
            Map<String, Object> fields = member(result.member());
            fields.put("created", result.created());
            return fields;
        }
    }

    // ----------------------------------------------------------------------------------------------- tier

    @Command(name = "tier", mixinStandardHelpOptions = true, description = "Member tiers (会员等级).")
    static final class TierGroup extends Group {}

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = "Evaluate one member's tier against the merchant's ladder.")
    static final class TierEvaluate extends AdminCommand<EvaluateTierUseCase.Result> {
        @Option(names = "--merchant", required = true)
        String merchant;
        @Option(names = "--member", required = true, description = "The member id.")
        String member;

        TierEvaluate(Backend.Factory backends) {
            super(backends);
        }

        @Override
        Either<UseCaseError, EvaluateTierUseCase.Result> call(Backend backend) {
            return backend.shequn().evaluateTier().evaluateTier(new EvaluateTierUseCase.Command(
                    parse(spec, "--merchant", merchant, MerchantId::new), parse(spec, "--member", member, MemberId::new)));
        }

        @Override
        Map<String, Object> show(EvaluateTierUseCase.Result result) {
            return fields("memberId", result.memberId().value(), "tier", result.tier().orElse(""),
                    "changed", result.changed());
        }
    }
}

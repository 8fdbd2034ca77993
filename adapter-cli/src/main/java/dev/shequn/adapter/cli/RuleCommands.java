package dev.shequn.adapter.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.port.in.SetTagRulesUseCase;
import dev.shequn.application.port.in.SetTierLadderUseCase;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code shequn tag-rules set} and {@code shequn tier-ladder set}: the merchant's automatic tag rules from
 * options, and its tier ladder (会员等级) from a JSON file. Amounts are decimal strings in {@code --currency}.
 */
public final class RuleCommands {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RuleCommands() {}

    public static List<CommandLine> all(Backend.Factory backends) {
        return List.of(
                new CommandLine(new TagRulesGroup()).addSubcommand(new TagRulesSet(backends)),
                new CommandLine(new TierLadderGroup()).addSubcommand(new TierLadderSet(backends)));
    }

    @Command(name = "tag-rules", mixinStandardHelpOptions = true, description = "Automatic member tags (标签).")
    static final class TagRulesGroup extends AdminCommands.Group {}

    @Command(name = "tier-ladder", mixinStandardHelpOptions = true, description = "The tier ladder (会员等级).")
    static final class TierLadderGroup extends AdminCommands.Group {}

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Replace a merchant's tag rules.")
    static final class TagRulesSet extends AdminCommands.AdminCommand<SetTagRulesUseCase.Result> {
        @Option(names = "--merchant", required = true)
        String merchant;
        @Option(names = "--high-value-at", paramLabel = "AMOUNT", description = "Total spend that earns the high-value tag.")
        String highValueAt;
        @Option(names = "--category-tags", description = "Tag members with the categories they bought.")
        boolean categoryTags;
        @Option(names = "--lapsed-after-days", paramLabel = "DAYS", description = "Days without an order until lapsed.")
        Integer lapsedAfterDays;
        @Option(names = "--currency", defaultValue = "CNY", description = "Currency of the amounts (default: ${DEFAULT-VALUE}).")
        String currency;

        TagRulesSet(Backend.Factory backends) {
            super(backends);
        }

        @Override
        Either<UseCaseError, SetTagRulesUseCase.Result> call(Backend backend) {
            Currency money = AdminCommands.parse(spec, "--currency", currency, Currency::getInstance);
            Money threshold = highValueAt == null ? null
                    : AdminCommands.parse(spec, "--high-value-at", highValueAt, a -> Money.of(a, money));
            return backend.shequn().setTagRules().setTagRules(new SetTagRulesUseCase.Command(
                    AdminCommands.parse(spec, "--merchant", merchant, MerchantId::new), threshold, categoryTags,
                    lapsedAfterDays));
        }

        @Override
        Map<String, Object> show(SetTagRulesUseCase.Result result) {
            return AdminCommands.fields("merchantId", result.merchantId().value(), "highValueAt",
                    highValueAt == null ? "" : highValueAt, "categoryTags", categoryTags,
                    "lapsedAfterDays", lapsedAfterDays == null ? "" : lapsedAfterDays);
        }
    }

    /** The ladder file: {@code {"graceDays": 30, "tiers": [{"code", "name", "rules": [...], ...}]}}. */
    record LadderFile(Integer graceDays, List<TierFile> tiers) {}

    record TierFile(String code, String name, List<RuleFile> rules, List<String> couponTemplateIds,
            List<String> communityIds) {}

    record RuleFile(SetTierLadderUseCase.RuleKind kind, int windowDays, String minSpend, Long minOrders) {}

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Replace a merchant's tier ladder from a JSON file, e.g.",
                "{\"graceDays\": 30, \"tiers\": [{\"code\": \"silver\", \"name\": \"Silver\", \"rules\": "
                        + "[{\"kind\": \"SPEND_IN_WINDOW\", \"windowDays\": 365, \"minSpend\": \"500.00\"}]}]}"})
    static final class TierLadderSet extends AdminCommands.AdminCommand<SetTierLadderUseCase.Result> {
        @Option(names = "--merchant", required = true)
        String merchant;
        @Option(names = "--file", required = true, paramLabel = "LADDER.json")
        Path file;
        @Option(names = "--currency", defaultValue = "CNY", description = "Currency of minSpend (default: ${DEFAULT-VALUE}).")
        String currency;

        TierLadderSet(Backend.Factory backends) {
            super(backends);
        }

        @Override
        Either<UseCaseError, SetTierLadderUseCase.Result> call(Backend backend) {
            return backend.shequn().setTierLadder().setTierLadder(command());
        }

        private SetTierLadderUseCase.Command command() {
            LadderFile ladder;
            try {
                ladder = JSON.readValue(Files.readString(file), LadderFile.class);
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "Cannot read the ladder " + file + ": " + e.getMessage());
            }
            Currency money = AdminCommands.parse(spec, "--currency", currency, Currency::getInstance);
            List<SetTierLadderUseCase.TierSpec> tiers = ladder.tiers() == null ? List.of() : ladder.tiers().stream()
                    .map(t -> new SetTierLadderUseCase.TierSpec(t.code(), t.name(),
                            t.rules() == null ? List.of() : t.rules().stream().map(r -> new SetTierLadderUseCase.RuleSpec(
                                    r.kind(), r.windowDays(),
                                    r.minSpend() == null ? null
                                            : AdminCommands.parse(spec, "minSpend", r.minSpend(), a -> Money.of(a, money)),
                                    r.minOrders())).toList(),
                            t.couponTemplateIds() == null ? List.of() : t.couponTemplateIds(),
                            t.communityIds() == null ? List.of()
                                    : t.communityIds().stream().map(c -> AdminCommands.parse(spec, "communityIds", c,
                                            CommunityId::new)).toList()))
                    .toList();
            return new SetTierLadderUseCase.Command(AdminCommands.parse(spec, "--merchant", merchant, MerchantId::new),
                    tiers, ladder.graceDays());
        }

        @Override
        Map<String, Object> show(SetTierLadderUseCase.Result result) {
            return AdminCommands.fields("merchantId", result.merchantId().value(), "tiers",
                    String.join(",", result.tierCodes()));
        }
    }
}

package dev.shequn.adapter.cli;

import static dev.shequn.adapter.cli.AdminCommands.fields;
import static dev.shequn.adapter.cli.AdminCommands.parse;
import static java.util.Objects.requireNonNull;

import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.json.JsonNumber;
import dev.shequn.application.json.JsonObject;
import dev.shequn.application.json.JsonParser;
import dev.shequn.application.json.JsonPointer;
import dev.shequn.application.json.JsonString;
import dev.shequn.application.json.JsonSyntaxError;
import dev.shequn.application.json.JsonValue;
import dev.shequn.application.port.in.ChangePromotionStatusUseCase;
import dev.shequn.application.port.in.CouponView;
import dev.shequn.application.port.in.CreatePromotionUseCase;
import dev.shequn.application.port.in.EvaluatePricingUseCase.Violation;
import dev.shequn.application.port.in.GrantCouponUseCase;
import dev.shequn.application.port.in.PromotionView;
import dev.shequn.application.pricing.PricingContractReader;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.promotion.CouponTerms;
import dev.shequn.domain.promotion.CouponValidity;
import dev.shequn.domain.promotion.Promotion;
import dev.shequn.domain.promotion.PromotionStatus;
import dev.shequn.domain.promotion.RefundPolicy;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shequn promotion create|status} and {@code shequn coupon grant}: thin calls of the catalogue's use cases.
 * The promotion file is the pricing contract's promotion object under {@code definition}, read by the
 * application's own contract reader, plus {@code couponTerms} for a coupon template.
 */
public final class PromotionCommands {

    private PromotionCommands() {}

    /** The promotion and coupon command groups, wired to {@code backends}. */
    public static List<CommandLine> all(Backend.Factory backends) {
        return List.of(
                new CommandLine(new PromotionGroup()).addSubcommand(new PromotionCreate(backends))
                        .addSubcommand(new PromotionStatusChange(backends)),
                new CommandLine(new CouponGroup()).addSubcommand(new CouponGrant(backends)));
    }

    static Map<String, Object> promotion(PromotionView p) {
        return fields("promotionId", p.id(), "status", p.status().name().toLowerCase(Locale.ROOT),
                "couponTemplate", p.couponTerms().isPresent());
    }

    @Command(name = "promotion", mixinStandardHelpOptions = true, description = "Promotions (促销).")
    static final class PromotionGroup extends AdminCommands.Group {}

    @Command(name = "coupon", mixinStandardHelpOptions = true, description = "Coupons (优惠券).")
    static final class CouponGroup extends AdminCommands.Group {}

    /** The promotion file read into a command, or the violations naming the fields at fault. */
    record Read(Optional<CreatePromotionUseCase.Command> command, List<Violation> violations) {}

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Add a promotion to the merchant's catalogue, in draft.",
                "FILE: {\"definition\": <a promotion as the pricing contract spells it>, \"couponTerms\": "
                        + "{\"quantity\": N, \"perMemberLimit\": N, \"validDays\": N, \"refundPolicy\": "
                        + "\"restore\"|\"void\"}} (couponTerms only for a definition with a code)."})
    static final class PromotionCreate implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StorageOptions storage;
        @Mixin
        OutputOptions output;
        @Option(names = "--merchant", required = true)
        String merchant;
        @Option(names = "--file", required = true, paramLabel = "FILE")
        Path file;
        @Option(names = "--currency", defaultValue = "CNY",
                description = "Currency of amounts the definition gives without its own currency (default: ${DEFAULT-VALUE}).")
        String currency;
        private final Backend.Factory backends;

        PromotionCreate(Backend.Factory backends) {
            this.backends = requireNonNull(backends, "backends");
        }

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            MerchantId merchantId = parse(spec, "--merchant", merchant, MerchantId::new);
            Read read = read(merchantId, Files.readString(file, StandardCharsets.UTF_8),
                    parse(spec, "--currency", currency, Currency::getInstance));
            if (read.command().isEmpty()) {
                read.violations().forEach(v -> err.println("error: " + file + ": "
                        + (v.pointer().isEmpty() ? "" : v.pointer() + ": ") + v.detail()));
                err.flush();
                return Failures.BAD_INPUT;
            }
            Either<UseCaseError, PromotionView> answer;
            try (Backend backend = backends.open(storage.choice())) {
                answer = backend.promotions().createPromotion().createPromotion(read.command().get());
            }
            if (answer.isLeft()) {
                return Failures.refused(err, answer.getLeft());
            }
            output.printObject(out, promotion(answer.get()));
            out.flush();
            return Failures.DONE;
        }
    }

    static Read read(MerchantId merchant, String text, Currency currency) {
        Either<JsonSyntaxError, JsonValue> parsed = JsonParser.parse(text);
        if (parsed.isLeft()) {
            JsonSyntaxError e = parsed.getLeft();
            return new Read(Optional.empty(), List.of(new Violation("", "not readable JSON: " + e.message()
                    + " at line " + e.position().line() + ", column " + e.position().column())));
        }
        if (!(parsed.get() instanceof JsonObject top)) {
            return new Read(Optional.empty(), List.of(new Violation("", "the file must hold a JSON object")));
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonObject.Member m : top.members()) {
            if (!m.name().equals("definition") && !m.name().equals("couponTerms")) {
                violations.add(new Violation("/" + JsonPointer.escape(m.name()),
                        "unknown field; expected definition and couponTerms"));
            }
        }
        Optional<Promotion> definition = Optional.empty();
        Optional<JsonValue> definitionJson = top.first("definition");
        if (definitionJson.isEmpty()) {
            violations.add(new Violation("/definition", "is required"));
        } else {
            Either<List<Violation>, Promotion> promotion =
                    PricingContractReader.readPromotion(definitionJson.get(), JsonPointer.ROOT.child("definition"), currency);
            if (promotion.isLeft()) {
                violations.addAll(promotion.getLeft());
            } else {
                definition = Optional.of(promotion.get());
            }
        }
        Optional<CouponTerms> terms = top.first("couponTerms").flatMap(t -> couponTerms(t, violations));
        if (!violations.isEmpty() || definition.isEmpty()) {
            return new Read(Optional.empty(), violations);
        }
        CreatePromotionUseCase.Command command =
                new CreatePromotionUseCase.Command(merchant, definition.get(), terms.orElse(null));
        return new Read(Optional.of(command), List.of());
    }

    private static Optional<CouponTerms> couponTerms(JsonValue value, List<Violation> violations) {
        if (!(value instanceof JsonObject terms)) {
            violations.add(new Violation("/couponTerms", "must be an object"));
            return Optional.empty();
        }
        int before = violations.size();
        for (JsonObject.Member m : terms.members()) {
            if (!List.of("quantity", "perMemberLimit", "validDays", "refundPolicy").contains(m.name())) {
                violations.add(new Violation("/couponTerms/" + JsonPointer.escape(m.name()),
                        "unknown field; expected quantity, perMemberLimit, validDays, refundPolicy"));
            }
        }
        OptionalLong quantity = count(terms, "quantity", violations);
        OptionalLong perMember = count(terms, "perMemberLimit", violations);
        OptionalLong days = count(terms, "validDays", violations);
        if (days.isEmpty() && violations.size() == before) {
            violations.add(new Violation("/couponTerms/validDays", "is required"));
        } else if (days.isPresent() && days.getAsLong() > 3650) {
            violations.add(new Violation("/couponTerms/validDays", "must be at most 3650"));
        }
        RefundPolicy policy = RefundPolicy.RESTORE;
        Optional<JsonValue> refund = terms.first("refundPolicy");
        if (refund.isPresent()) {
            if (refund.get() instanceof JsonString s && (s.value().equals("restore") || s.value().equals("void"))) {
                policy = RefundPolicy.valueOf(s.value().toUpperCase(Locale.ROOT));
            } else {
                violations.add(new Violation("/couponTerms/refundPolicy", "must be \"restore\" or \"void\""));
            }
        }
        if (violations.size() != before) {
            return Optional.empty();
        }
        return Optional.of(new CouponTerms(quantity, perMember,
                new CouponValidity.RelativeDays((int) days.getAsLong()), policy));
    }

    private static OptionalLong count(JsonObject object, String name, List<Violation> violations) {
        Optional<JsonValue> value = object.first(name);
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        if (value.get() instanceof JsonNumber n && n.isInteger() && n.integerValue().signum() > 0
                && n.integerValue().compareTo(BigInteger.valueOf(Long.MAX_VALUE)) <= 0) {
            return OptionalLong.of(n.integerValue().longValueExact());
        }
        violations.add(new Violation("/couponTerms/" + name, "must be a positive whole number"));
        return OptionalLong.empty();
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Activate, pause or end a promotion.")
    static final class PromotionStatusChange extends AdminCommands.AdminCommand<PromotionView> {
        @Option(names = "--merchant", required = true)
        String merchant;
        @Option(names = "--id", required = true, description = "The promotion id.")
        String id;
        @Option(names = "--status", required = true, description = "active, paused or ended.")
        String status;

        PromotionStatusChange(Backend.Factory backends) {
            super(backends);
        }

        @Override
        Either<UseCaseError, PromotionView> call(Backend backend) {
            PromotionStatus target = parse(spec, "--status", status, text -> switch (text) {
                case "active" -> PromotionStatus.ACTIVE;
                case "paused" -> PromotionStatus.PAUSED;
                case "ended" -> PromotionStatus.ENDED;
                default -> throw new IllegalArgumentException("expected active, paused or ended, got '" + text + "'");
            });
            return backend.promotions().changePromotionStatus().changeStatus(new ChangePromotionStatusUseCase.Command(
                    parse(spec, "--merchant", merchant, MerchantId::new), id, target));
        }

        @Override
        Map<String, Object> show(PromotionView result) {
            return promotion(result);
        }
    }

    @Command(name = "grant", mixinStandardHelpOptions = true,
            description = "Grant a member a coupon of an active coupon template.")
    static final class CouponGrant extends AdminCommands.AdminCommand<CouponView> {
        @Option(names = "--merchant", required = true)
        String merchant;
        @Option(names = "--promotion", required = true, description = "The coupon template's promotion id.")
        String promotion;
        @Option(names = "--member", required = true, description = "The member id.")
        String member;

        CouponGrant(Backend.Factory backends) {
            super(backends);
        }

        @Override
        Either<UseCaseError, CouponView> call(Backend backend) {
            return backend.promotions().grantCoupon().grantCoupon(new GrantCouponUseCase.Command(
                    parse(spec, "--merchant", merchant, MerchantId::new), promotion,
                    parse(spec, "--member", member, MemberId::new)));
        }

        @Override
        Map<String, Object> show(CouponView result) {
            return fields("code", result.code(), "promotionId", result.promotionId(), "memberId", result.memberId(),
                    "state", result.state().name().toLowerCase(Locale.ROOT));
        }
    }
}

package dev.shequn.adapter.cli.boot;

import dev.shequn.adapter.cli.Failures;
import dev.shequn.adapter.cli.StorageOptions;
import dev.shequn.adapter.persistence.config.Storage;
import dev.shequn.adapter.persistence.config.StorageFactory;
import dev.shequn.adapter.persistence.jdbc.JdbcApiKeyRepository;
import dev.shequn.adapter.persistence.jdbc.JdbcIdempotencyStore;
import dev.shequn.adapter.persistence.jdbc.JdbcStorageHealth;
import dev.shequn.adapter.rest.RestConfig;
import dev.shequn.adapter.rest.RestServer;
import dev.shequn.adapter.rest.Services;
import dev.shequn.application.Referrals;
import dev.shequn.application.Shequn;
import dev.shequn.application.ShequnPromotions;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.port.in.CreateMerchantUseCase;
import dev.shequn.application.port.out.ApiKeyRepository;
import dev.shequn.application.port.out.ApiKeyRepository.StoredApiKey;
import dev.shequn.application.pricing.EvaluatePricingService;
import dev.shequn.application.referral.ReferringOrders;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Currency;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shequn serve}: the REST service over the chosen storage until SIGTERM or Ctrl-C, then a graceful stop
 * (running requests finish, the pool closes). Lives in the composition root: it alone wires REST to storage.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the REST service (embedded H2 under --data by default, or PostgreSQL with --db-url).",
            "The admin key comes from SHEQUN_ADMIN_KEY, or is generated and printed once."})
final class ServeCommand implements Callable<Integer> {

    static final MerchantId DEMO_MERCHANT = new MerchantId("demo-olive");

    @Spec
    CommandSpec spec;
    @Mixin
    StorageOptions storage;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--demo", description = "Create the demo merchant first (if missing) and print a fresh API key for it.")
    boolean demo;

    private final Map<String, String> environment;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ServeCommand(Map<String, String> environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("error: --port must be 0 to 65535");
            err.flush();
            return Failures.BAD_INPUT;
        }
        String adminKey = environment.get("SHEQUN_ADMIN_KEY");
        boolean generated = adminKey == null || adminKey.isBlank();
        if (generated) {
            adminKey = "adm_" + newSecret();
        } else if (adminKey.length() < 16) {
            err.println("error: SHEQUN_ADMIN_KEY must have at least 16 characters");
            err.flush();
            return Failures.BAD_INPUT;
        }
        Storage opened = StorageFactory.open(Storages.config(storage.choice()));
        Shequn shequn = new Shequn(opened.outPorts(), clock);
        ApiKeyRepository apiKeys = new JdbcApiKeyRepository(opened.session());
        String demoKey = null;
        if (demo) {
            Either<UseCaseError, CreateMerchantUseCase.Result> created = shequn.createMerchant().createMerchant(
                    new CreateMerchantUseCase.Command(DEMO_MERCHANT, "Olive House (demo)", Currency.getInstance("CNY")));
            if (created.isLeft() && !(created.getLeft() instanceof UseCaseError.AlreadyExists)) {
                opened.close();
                return Failures.refused(err, created.getLeft());
            }
            demoKey = "sq_" + newSecret();
            String key = demoKey;
            opened.unitOfWork().inTransaction(() -> {
                apiKeys.save(new StoredApiKey(DEMO_MERCHANT, sha256Hex(key)));
                return null;
            });
        }
        JdbcStorageHealth health = new JdbcStorageHealth(opened.session());
        ShequnPromotions promotions = Storages.promotionsOn(opened, clock);
        Referrals referrals = Storages.referralsOn(opened, promotions, clock);
        // Paid and refunded orders go through the referral decorators, so rewards and commission are booked.
        ReferringOrders orders = referrals.orders(promotions.payOrder(), promotions.refundOrder());
        Services services = Services.builder()
                .unitOfWork(opened.unitOfWork())
                .apiKeys(apiKeys)
                .idempotency(new JdbcIdempotencyStore(opened.session()))
                .outbox(opened.eventOutbox())
                .health(health)
                .random(opened.outPorts().random())
                .createMerchant(shequn.createMerchant())
                .createCommunity(shequn.createCommunity())
                .updateCommunity(shequn.updateCommunity())
                .reportMessage(shequn.reportMessage())
                .createJoinChannel(shequn.createJoinChannel())
                .joinThroughChannel(referrals.joinThroughChannel(shequn.joinThroughChannel()))
                .upsertMember(shequn.upsertMember())
                .setTagRules(shequn.setTagRules())
                .setTierLadder(shequn.setTierLadder())
                .evaluateTier(shequn.evaluateTier())
                .evaluateAllTiers(shequn.evaluateAllTiers())
                .evaluatePricing(new EvaluatePricingService())
                .createPromotion(promotions.createPromotion())
                .findPromotion(promotions.findPromotion())
                .listPromotions(promotions.listPromotions())
                .changePromotionStatus(promotions.changePromotionStatus())
                .grantCoupon(promotions.grantCoupon())
                .listMemberCoupons(promotions.listMemberCoupons())
                .quoteOrder(promotions.quoteOrder())
                .placeOrder(promotions.placeOrder())
                .payOrder(orders)
                .cancelOrder(promotions.cancelOrder())
                .refundOrder(orders)
                .createInviteCode(referrals.createInviteCode())
                .setIncentiveRule(referrals.setIncentiveRule())
                .reportShare(referrals.reportShare())
                .reportTopUp(referrals.reportTopUp())
                .readLedger(referrals.readLedger())
                .requestWithdrawal(referrals.requestWithdrawal())
                .decideWithdrawal(referrals.decideWithdrawal())
                .findCommunity(shequn.findCommunity())
                .findJoinChannel(shequn.findJoinChannel())
                .findMember(shequn.findMember())
                .build();
        RestServer server;
        try {
            server = RestServer.create(RestConfig.defaults(adminKey).withHost(host), services).start(port);
        } catch (RuntimeException e) {
            opened.close();
            err.println("error: cannot listen on " + host + ":" + port + ": " + Main.describe(e));
            err.flush();
            return Failures.FAILURE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread stopper = new Thread(() -> {
            try {
                server.stop();
                opened.close();
            } finally {
                stopped.countDown();
            }
        }, "shequn-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);
        out.println("Shequn is listening on http://" + host + ":" + server.port() + "  (storage: " + storage.choice() + ")");
        if (generated) {
            out.println("Admin key (generated, shown only now; set SHEQUN_ADMIN_KEY to choose one): " + adminKey);
        }
        if (demoKey != null) {
            out.println("Demo merchant " + DEMO_MERCHANT.value() + " API key: " + demoKey);
        }
        out.println("Stop with Ctrl-C.");
        out.flush();
        // The shutdown hook stops the server; this thread only waits so the JVM keeps running until then.
        stopped.await();
        return Failures.DONE;
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The REST adapter keeps keys as the lowercase hex SHA-256 of their UTF-8 bytes. */
    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

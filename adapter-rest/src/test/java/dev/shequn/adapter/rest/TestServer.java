package dev.shequn.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shequn.adapter.persistence.memory.InMemoryApiKeyRepository;
import dev.shequn.adapter.persistence.memory.InMemoryIdempotencyStore;
import dev.shequn.adapter.persistence.memory.InMemoryPorts;
import dev.shequn.adapter.persistence.memory.SeededRandomSource;
import dev.shequn.adapter.persistence.memory.SequentialIdGenerator;
import dev.shequn.application.OutPorts;
import dev.shequn.application.PromotionPorts;
import dev.shequn.application.Referrals;
import dev.shequn.application.Shequn;
import dev.shequn.application.ShequnPromotions;
import dev.shequn.application.referral.CouponGrantingThroughCatalog;
import dev.shequn.application.referral.ReferringOrders;
import dev.shequn.adapter.persistence.memory.InMemoryPromotionPorts;
import dev.shequn.adapter.persistence.memory.InMemoryReferralAdapters;
import dev.shequn.application.pricing.EvaluatePricingService;
import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.application.port.out.ApiKeyRepository;
import dev.shequn.application.port.out.IdempotencyStore;
import dev.shequn.application.port.out.StorageHealth;
import dev.shequn.adapter.persistence.config.Storage;
import dev.shequn.adapter.persistence.config.StorageConfig;
import dev.shequn.adapter.persistence.config.StorageFactory;
import dev.shequn.adapter.persistence.jdbc.JdbcApiKeyRepository;
import dev.shequn.adapter.persistence.jdbc.JdbcIdempotencyStore;
import dev.shequn.adapter.persistence.jdbc.JdbcStorageHealth;
import dev.shequn.domain.shared.MerchantId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/** The REST server on a random loopback port, wired to in-memory storage or to H2, with an HTTP client to call it. */
final class TestServer implements AutoCloseable {

    static final String ADMIN_KEY = "admin-key-for-tests-0123456789";

    /** The instant every test runs at: use cases take time from an injected clock. */
    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    /** The storage the server runs on: the in-memory adapters, or the JDBC ones over an H2 file. */
    enum Backend { MEMORY, H2 }

    final OutPorts ports;
    final EventOutbox outbox;
    final ApiKeyRepository apiKeys;
    final AtomicBoolean storageUp = new AtomicBoolean(true);
    final Referrals referrals;
    final RestServer server;
    private final Storage storage;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = new ObjectMapper();

    TestServer() {
        this(Backend.MEMORY);
    }

    TestServer(Backend backend) {
        IdempotencyStore idempotency;
        StorageHealth health;
        if (backend == Backend.MEMORY) {
            storage = null;
            ports = InMemoryPorts.create(new SequentialIdGenerator(), new SeededRandomSource(42));
            apiKeys = new InMemoryApiKeyRepository();
            idempotency = new InMemoryIdempotencyStore();
            health = storageUp::get;
        } else {
            storage = StorageFactory.open(new StorageConfig.EmbeddedFile(temporaryDirectory()));
            ports = new OutPorts(storage.unitOfWork(), storage.eventOutbox(), new SequentialIdGenerator(),
                    new SeededRandomSource(42), storage.merchants(), storage.communities(), storage.memberships(),
                    storage.joinChannels(), storage.members(), storage.moderation(), storage.tagRules(),
                    storage.tierLadders());
            apiKeys = new JdbcApiKeyRepository(storage.session());
            idempotency = new JdbcIdempotencyStore(storage.session());
            JdbcStorageHealth database = new JdbcStorageHealth(storage.session());
            health = () -> storageUp.get() && database.isUp();
        }
        outbox = ports.outbox();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Shequn shequn = new Shequn(ports, clock);
        PromotionPorts promotionPorts = storage == null ? InMemoryPromotionPorts.beside(ports) : storage.promotionPorts();
        ShequnPromotions promotions = new ShequnPromotions(ports, promotionPorts, clock);
        CouponGrantingThroughCatalog coupons = new CouponGrantingThroughCatalog(promotions.grantCoupon());
        if (storage == null) {
            InMemoryReferralAdapters adapters = InMemoryReferralAdapters.over(ports);
            referrals = new Referrals(ports, adapters.referrals(), adapters.incentives(), adapters.ledgers(), coupons, clock);
        } else {
            referrals = new Referrals(ports, storage.referrals(), storage.incentives(), storage.ledgers(), coupons, clock);
        }
        ReferringOrders orders = referrals.orders(promotions.payOrder(), promotions.refundOrder());
        Services services = Services.builder()
                .unitOfWork(ports.unitOfWork())
                .apiKeys(apiKeys)
                .idempotency(idempotency)
                .outbox(outbox)
                .health(health)
                .random(ports.random())
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
        server = RestServer.create(RestConfig.defaults(ADMIN_KEY), services).start(0);
    }

    private static Path temporaryDirectory() {
        try {
            Path target = Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(target, "rest-h2-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates a merchant through the admin route and answers its API key. */
    String newMerchant(String merchantId) {
        Answer answer = post("/v1/merchants", ADMIN_KEY,
                "{\"merchantId\": \"" + merchantId + "\", \"name\": \"Shop " + merchantId + "\", \"currency\": \"CNY\"}");
        if (answer.status() != 201) {
            throw new AssertionError("creating merchant " + merchantId + ": " + answer);
        }
        return answer.json().path("apiKey").asText();
    }

    /** Gives a merchant an API key directly in storage, as if it had been issued. */
    String keyFor(String merchantId) {
        String key = "test-key-" + merchantId;
        apiKeys.save(new ApiKeyRepository.StoredApiKey(new MerchantId(merchantId), Hashing.sha256Hex(key)));
        return key;
    }

    Answer get(String path, String key) {
        return send("GET", path, key, null, (String) null, Map.of());
    }

    Answer post(String path, String key, String json) {
        return send("POST", path, key, "application/json", json, Map.of());
    }

    Answer post(String path, String key, String json, String idempotencyKey) {
        return send("POST", path, key, "application/json", json, Map.of("Idempotency-Key", idempotencyKey));
    }

    Answer patch(String path, String key, String json) {
        return send("PATCH", path, key, "application/json", json, Map.of());
    }

    Answer put(String path, String key, String json) {
        return send("PUT", path, key, "application/json", json, Map.of());
    }

    Answer send(String method, String path, String key, String contentType, String body, Map<String, String> headers) {
        return send(method, path, key, contentType,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
    }

    Answer send(String method, String path, String key, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = sendOnce(request.build());
            Map<String, String> responseHeaders = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> responseHeaders.put(name.toLowerCase(), values.get(0)));
            return new Answer(response.statusCode(), responseHeaders, response.body(), mapper);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The client pools connections; when the server has closed one (it does after answering a refused body,
     * such as a 413), the next request on it reads no bytes at all. That request never reached the server, so
     * it is sent once more on a fresh connection.
     */
    private HttpResponse<String> sendOnce(HttpRequest request) throws IOException, InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("header parser received no bytes")) {
                throw e;
            }
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    @Override
    public void close() {
        server.stop();
        if (storage != null) {
            storage.close();
        }
    }

    record Answer(int status, Map<String, String> headers, String body, ObjectMapper mapper) {
        JsonNode json() {
            try {
                return mapper.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        boolean isProblem() {
            return contentType().startsWith(Problem.MEDIA_TYPE) && json().path("type").asText().startsWith(Problem.BASE);
        }

        String problemType() {
            return json().path("type").asText().substring(Problem.BASE.length());
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}

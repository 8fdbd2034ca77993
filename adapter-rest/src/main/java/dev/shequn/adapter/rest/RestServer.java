package dev.shequn.adapter.rest;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.out.IdempotencyStore;
import dev.shequn.domain.shared.MerchantId;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Shequn REST service: Javalin on Jetty, JSON in and out, problem+json for every error. Built by the
 * composition root from a {@link RestConfig} and the {@link Services} it wires to storage.
 */
public final class RestServer {

    private static final Logger LOG = LoggerFactory.getLogger(RestServer.class);
    /** Its own logger, so the request log can be routed or silenced apart from the rest. */
    private static final Logger REQUESTS = LoggerFactory.getLogger("dev.shequn.adapter.rest.requests");

    private final RestConfig config;
    private final Services services;
    private final Json json = new Json();
    private final ValidatorFactory validatorFactory;
    private final Validator validator;
    private final byte[] adminKeyHash;
    private final String openApi;
    private final Javalin app;

    private RestServer(RestConfig config, Services services) {
        this.config = requireNonNull(config, "config");
        this.services = requireNonNull(services, "services");
        this.validatorFactory = jakarta.validation.Validation.buildDefaultValidatorFactory();
        this.validator = validatorFactory.getValidator();
        this.adminKeyHash = Hashing.digest(config.adminKey().getBytes(StandardCharsets.UTF_8));
        this.openApi = loadOpenApi();
        this.app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.http.maxRequestSize = config.maxBodyBytes();
            c.jetty.host = config.host();
            c.jetty.modifyServer(server -> {
                // Stop accepting, let running requests finish for the grace period, then close.
                server.setStopTimeout(config.shutdownGrace().toMillis());
                server.insertHandler(new GracefulHandler());
                server.setErrorHandler(new JettyProblems(json));
            });
            c.requestLogger.http((ctx, millis) -> REQUESTS.info("{} {} {} {}ms",
                    ctx.method().name(), ctx.path(), ctx.statusCode(), String.format(Locale.ROOT, "%.1f", millis)));
            registerErrors(c.routes);
            registerRoutes(c.routes);
        });
    }

    public static RestServer create(RestConfig config, Services services) {
        return new RestServer(config, services);
    }

    /** Starts listening; port 0 picks a free one, see {@link #port()}. */
    public RestServer start(int port) {
        app.start(config.host(), port);
        return this;
    }

    public int port() {
        return app.port();
    }

    /** Stops accepting requests, lets running ones finish within the grace period, then stops. */
    public void stop() {
        app.stop();
        validatorFactory.close();
    }

    /** Every registered route as {@code "METHOD /path"}, for the test that holds the OpenAPI document true. */
    List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(p -> p.endpoint)
                .filter(e -> e.method.isHttpMethod())
                .map(e -> e.method.name() + " " + e.path)
                .sorted()
                .toList();
    }

    // ---------------------------------------------------------------------------------------------- routes

    /** Who may call a route. */
    enum Access {
        /** No key: health and the OpenAPI document. */
        PUBLIC,
        /** The configured admin key. */
        ADMIN,
        /** A merchant's API key; the route sees only that merchant's data. */
        MERCHANT
    }

    /** A route's work, given the checked request. */
    @FunctionalInterface
    interface Action {
        Reply handle(Request request);
    }

    /** Where routes register; kept small so each resource class states access and idempotency per route. */
    final class Router {
        private final RoutesConfig routes;

        private Router(RoutesConfig routes) {
            this.routes = routes;
        }

        void get(String path, Access access, Action action) {
            routes.get(path, endpoint(access, false, action));
        }

        void delete(String path, Access access, Action action) {
            routes.delete(path, endpoint(access, false, action));
        }

        /** A POST that reads without changing anything (e.g. pricing): no Idempotency-Key bookkeeping. */
        void postQuery(String path, Access access, Action action) {
            routes.post(path, endpoint(access, false, action));
        }

        /** A POST that creates or moves something: honours Idempotency-Key. */
        void post(String path, Access access, Action action) {
            routes.post(path, endpoint(access, true, action));
        }

        void put(String path, Access access, Action action) {
            routes.put(path, endpoint(access, true, action));
        }

        void patch(String path, Access access, Action action) {
            routes.patch(path, endpoint(access, true, action));
        }

        Json json() {
            return json;
        }

        Services services() {
            return services;
        }
    }

    private void registerRoutes(RoutesConfig routes) {
        Router router = new Router(routes);
        routes.get("/health", ctx -> {
            if (services.health().isUp()) {
                write(ctx, Reply.ok(new Health("up")));
            } else {
                write(ctx, Reply.problem(Problem.unavailable("Storage does not answer.")));
            }
        });
        routes.get("/openapi.json", ctx -> ctx.status(200).contentType("application/json").result(openApi));
        new EventRoutes(router).register();
        new MerchantRoutes(router).register();
        new CommunityRoutes(router).register();
        new ChannelRoutes(router).register();
        new MemberRoutes(router).register();
        new PricingRoutes(router).register();
        new PromotionRoutes(router).register();
        new OrderRoutes(router).register();
        new ReferralRoutes(router).register();
    }

    record Health(String status) {}

    private Handler endpoint(Access access, boolean idempotent, Action action) {
        return ctx -> {
            MerchantId merchant = authenticate(ctx, access);
            Request request = new Request(ctx, merchant, json, validator, config.maxBodyBytes());
            if (idempotent) {
                MerchantId scope = access == Access.ADMIN ? IdempotencyStore.ADMIN_SCOPE : merchant;
                new Idempotency(services.idempotency(), json).run(scope, request, action, reply -> write(ctx, reply));
            } else {
                write(ctx, action.handle(request));
            }
        };
    }

    private MerchantId authenticate(Context ctx, Access access) {
        if (access == Access.PUBLIC) {
            return null;
        }
        String key = bearer(ctx.header("Authorization"));
        if (key == null) {
            throw new ProblemException(Problem.unauthorized());
        }
        if (access == Access.ADMIN) {
            // Compare digests in constant time, so the answer's timing says nothing about the admin key.
            if (!MessageDigest.isEqual(adminKeyHash, Hashing.digest(key.getBytes(StandardCharsets.UTF_8)))) {
                throw new ProblemException(Problem.unauthorized());
            }
            return null;
        }
        return services.apiKeys().merchantOf(Hashing.sha256Hex(key))
                .orElseThrow(() -> new ProblemException(Problem.unauthorized()));
    }

    private static String bearer(String header) {
        if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String key = header.substring(7).trim();
        return key.isEmpty() || key.length() > 200 ? null : key;
    }

    // ---------------------------------------------------------------------------------------------- errors

    private void registerErrors(RoutesConfig routes) {
        routes.exception(ProblemException.class, (e, ctx) -> writeProblem(ctx, e.problem()));
        routes.exception(ConstraintViolationException.class, (e, ctx) -> writeProblem(ctx, Validation.problem(e)));
        routes.exception(HttpResponseException.class, (e, ctx) -> writeProblem(ctx, fromJavalin(e, ctx)));
        // Domain value objects guard their invariants with IllegalArgumentException; one reached from a
        // request is bad input, not a server fault.
        routes.exception(IllegalArgumentException.class, (e, ctx) ->
                writeProblem(ctx, Problem.validation(List.of(Problem.FieldError.at("", String.valueOf(e.getMessage()))))));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected error on {} {}", ctx.method().name(), ctx.path(), e);
            writeProblem(ctx, Problem.internal());
        });
    }

    private Problem fromJavalin(HttpResponseException e, Context ctx) {
        return switch (e.getStatus()) {
            case 404 -> Problem.notFound("No route " + ctx.method().name() + " " + ctx.path() + ".");
            case 405 -> Problem.methodNotAllowed(e.getMessage());
            case 413 -> Problem.payloadTooLarge(config.maxBodyBytes());
            case 400 -> Problem.malformedJson(e.getMessage());
            default -> Problem.ofStatus(e.getStatus(), e.getMessage());
        };
    }

    void write(Context ctx, Reply reply) {
        if (reply.body() instanceof IdempotencyStore.StoredResponse stored) {
            ctx.status(stored.status()).contentType(stored.contentType()).header("Idempotent-Replayed", "true")
                    .result(stored.body());
            return;
        }
        if (reply.body() instanceof PricingRoutes.RawJson raw) {
            ctx.status(reply.status()).contentType(raw.contentType()).result(raw.text());
            return;
        }
        ctx.status(reply.status()).contentType(reply.contentType()).result(json.write(reply.body()));
    }

    private void writeProblem(Context ctx, Problem problem) {
        ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE).result(json.write(problem));
    }

    private static String loadOpenApi() {
        try (InputStream in = RestServer.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

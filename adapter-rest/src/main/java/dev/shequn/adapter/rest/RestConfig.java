package dev.shequn.adapter.rest;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How the server runs.
 *
 * @param adminKey the key that may create merchants; high-entropy, at least 16 characters
 * @param host the interface to listen on, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param maxBodyBytes larger request bodies answer 413
 * @param shutdownGrace how long {@link RestServer#stop()} lets running requests finish
 */
public record RestConfig(String adminKey, String host, long maxBodyBytes, Duration shutdownGrace) {

    public static final long ONE_MIB = 1024L * 1024L;

    public RestConfig {
        requireNonNull(adminKey, "adminKey");
        requireNonNull(host, "host");
        requireNonNull(shutdownGrace, "shutdownGrace");
        checkArgument(adminKey.length() >= 16, "the admin key must have at least 16 characters");
        checkArgument(maxBodyBytes > 0, "maxBodyBytes must be positive");
        checkArgument(!shutdownGrace.isNegative(), "shutdownGrace must not be negative");
    }

    /** Loopback only, 1 MiB bodies, 10 seconds to finish running requests. */
    public static RestConfig defaults(String adminKey) {
        return new RestConfig(adminKey, "127.0.0.1", ONE_MIB, Duration.ofSeconds(10));
    }

    public RestConfig withHost(String newHost) {
        return new RestConfig(adminKey, newHost, maxBodyBytes, shutdownGrace);
    }
}

package dev.shequn.adapter.persistence.jdbc;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.out.IdempotencyStore;
import dev.shequn.domain.shared.MerchantId;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Idempotency keys in {@code idempotency_key}. A claim is an insert: the primary key lets exactly one of
 * several concurrent requests (on any number of servers) win it; the losers read what the winner holds.
 */
public final class JdbcIdempotencyStore implements IdempotencyStore {

    private static final String UNIQUE_VIOLATION = "23505";

    private final JdbcSession session;

    public JdbcIdempotencyStore(JdbcSession session) {
        this.session = requireNonNull(session, "session");
    }

    @Override
    public Claim claim(MerchantId scope, String key, String requestHash) {
        requireNonNull(scope, "scope");
        requireNonNull(key, "key");
        requireNonNull(requestHash, "requestHash");
        return session.withHandle(handle -> {
            if (insert(handle, scope, key, requestHash)) {
                return new Claim.Claimed();
            }
            return handle.createQuery("""
                            SELECT request_hash, status, content_type, body FROM idempotency_key
                            WHERE merchant_id = :merchant AND idempotency_key = :key""")
                    .bind("merchant", scope.value())
                    .bind("key", key)
                    .map((rs, ctx) -> {
                        String storedHash = rs.getString("request_hash");
                        if (!storedHash.equals(requestHash)) {
                            return (Claim) new Claim.Mismatch();
                        }
                        int status = rs.getInt("status");
                        if (rs.wasNull()) {
                            return new Claim.InProgress();
                        }
                        return new Claim.Replay(new StoredResponse(storedHash, status, rs.getString("content_type"), rs.getString("body")));
                    })
                    .findOne()
                    // Released between our insert and our read: the key is free again.
                    .orElseGet(() -> insert(handle, scope, key, requestHash) ? new Claim.Claimed() : new Claim.InProgress());
        });
    }

    /** Inserts the claim; false when the key is already there. */
    private static boolean insert(Handle handle, MerchantId scope, String key, String requestHash) {
        boolean savepoint = handle.isInTransaction();
        if (savepoint) {
            // In an open PostgreSQL transaction a failed insert would abort it; the savepoint keeps it usable.
            handle.savepoint("idempotency_claim");
        }
        try {
            handle.createUpdate("""
                            INSERT INTO idempotency_key (merchant_id, idempotency_key, request_hash)
                            VALUES (:merchant, :key, :hash)""")
                    .bind("merchant", scope.value())
                    .bind("key", key)
                    .bind("hash", requestHash)
                    .execute();
            if (savepoint) {
                handle.releaseSavepoint("idempotency_claim");
            }
            return true;
        } catch (UnableToExecuteStatementException e) {
            if (savepoint) {
                handle.rollbackToSavepoint("idempotency_claim");
            }
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void complete(MerchantId scope, String key, StoredResponse response) {
        requireNonNull(response, "response");
        session.withHandle(handle -> handle.createUpdate("""
                        UPDATE idempotency_key SET status = :status, content_type = :contentType, body = :body
                        WHERE merchant_id = :merchant AND idempotency_key = :key AND request_hash = :hash""")
                .bind("status", response.status())
                .bind("contentType", response.contentType())
                .bind("body", response.body())
                .bind("merchant", scope.value())
                .bind("key", key)
                .bind("hash", response.requestHash())
                .execute());
    }

    @Override
    public void release(MerchantId scope, String key) {
        session.withHandle(handle -> handle.createUpdate("""
                        DELETE FROM idempotency_key
                        WHERE merchant_id = :merchant AND idempotency_key = :key AND status IS NULL""")
                .bind("merchant", scope.value())
                .bind("key", key)
                .execute());
    }
}

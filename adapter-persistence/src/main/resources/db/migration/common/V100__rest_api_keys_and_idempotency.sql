-- The REST adapter's tables. Versions from 100 on belong to REST, so its migrations never take a number the
-- domain tables (V1 to V99) need.

-- Merchants' API keys, as SHA-256 hashes only (see JdbcApiKeyRepository). Looked up by hash when a request
-- comes in, before the merchant is known, hence the unique hash besides the merchant-first key.
CREATE TABLE api_key (
    merchant_id VARCHAR(64) NOT NULL,
    key_hash    VARCHAR(64) NOT NULL,
    CONSTRAINT pk_api_key PRIMARY KEY (merchant_id, key_hash),
    CONSTRAINT uq_api_key_hash UNIQUE (key_hash)
);

-- Idempotency-Key claims and the answers to repeat (see JdbcIdempotencyStore). status is NULL while the
-- first request is still running.
CREATE TABLE idempotency_key (
    merchant_id     VARCHAR(64)  NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    status          INTEGER,
    content_type    VARCHAR(100),
    body            TEXT,
    CONSTRAINT pk_idempotency_key PRIMARY KEY (merchant_id, idempotency_key)
);

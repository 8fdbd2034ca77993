-- Domain events waiting for hosts, per merchant in sequence order (see JdbcEventOutbox).
CREATE TABLE outbox_sequence (
    merchant_id   VARCHAR(64) NOT NULL,
    last_sequence BIGINT      NOT NULL,
    CONSTRAINT pk_outbox_sequence PRIMARY KEY (merchant_id)
);

CREATE TABLE outbox_event (
    merchant_id VARCHAR(64)              NOT NULL,
    sequence    BIGINT                   NOT NULL,
    event_type  VARCHAR(200)             NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    payload     TEXT                     NOT NULL,
    CONSTRAINT pk_outbox_event PRIMARY KEY (merchant_id, sequence)
);

-- The member ledger: append-only entries of balanced legs. There is no balance column anywhere: a balance is
-- the sum of its account's legs. The primary key (merchant, member, sequence) is what keeps a member's
-- entries in one order: a writer that read a stale ledger collides on the next sequence number.

CREATE TABLE ledger_entry (
    merchant_id VARCHAR(64)              NOT NULL,
    member_id   VARCHAR(64)              NOT NULL,
    sequence    BIGINT                   NOT NULL,
    asset       VARCHAR(8)               NOT NULL,
    movement    VARCHAR(32)              NOT NULL,
    cause_kind  VARCHAR(16)              NOT NULL,
    cause_ref   VARCHAR(400)             NOT NULL,
    booked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_ledger_entry PRIMARY KEY (merchant_id, member_id, sequence),
    CONSTRAINT ck_ledger_entry_sequence CHECK (sequence >= 1)
);

-- A member account's leg belongs to the entry's member; a merchant account's leg to the merchant.
CREATE TABLE ledger_leg (
    merchant_id  VARCHAR(64) NOT NULL,
    member_id    VARCHAR(64) NOT NULL,
    sequence     BIGINT      NOT NULL,
    leg_no       INTEGER     NOT NULL,
    account_type VARCHAR(32) NOT NULL,
    asset        VARCHAR(8)  NOT NULL,
    units        BIGINT      NOT NULL,
    CONSTRAINT pk_ledger_leg PRIMARY KEY (merchant_id, member_id, sequence, leg_no),
    CONSTRAINT fk_ledger_leg_entry FOREIGN KEY (merchant_id, member_id, sequence)
        REFERENCES ledger_entry (merchant_id, member_id, sequence),
    CONSTRAINT ck_ledger_leg_units CHECK (units <> 0)
);

CREATE INDEX ix_ledger_leg_account ON ledger_leg (merchant_id, account_type, asset);

CREATE TABLE ledger_accrual (
    merchant_id     VARCHAR(64)              NOT NULL,
    accrual_id      VARCHAR(400)             NOT NULL,
    member_id       VARCHAR(64)              NOT NULL,
    order_id        VARCHAR(100)             NOT NULL,
    asset           VARCHAR(8)               NOT NULL,
    units           BIGINT                   NOT NULL,
    order_paid      BIGINT                   NOT NULL,
    currency        CHAR(3)                  NOT NULL,
    release_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    refunded        BIGINT                   NOT NULL,
    reversed        BIGINT                   NOT NULL,
    applied_refunds TEXT                     NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT pk_ledger_accrual PRIMARY KEY (merchant_id, accrual_id),
    CONSTRAINT ck_ledger_accrual_amounts CHECK (reversed <= units AND refunded <= order_paid)
);

CREATE INDEX ix_ledger_accrual_order ON ledger_accrual (merchant_id, order_id);
CREATE INDEX ix_ledger_accrual_due ON ledger_accrual (status, release_at);

CREATE TABLE ledger_withdrawal (
    merchant_id   VARCHAR(64)              NOT NULL,
    withdrawal_id VARCHAR(64)              NOT NULL,
    member_id     VARCHAR(64)              NOT NULL,
    amount        BIGINT                   NOT NULL,
    currency      CHAR(3)                  NOT NULL,
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    status        VARCHAR(16)              NOT NULL,
    decided_at    TIMESTAMP WITH TIME ZONE,
    note          VARCHAR(500),
    version       BIGINT                   NOT NULL,
    CONSTRAINT pk_ledger_withdrawal PRIMARY KEY (merchant_id, withdrawal_id),
    CONSTRAINT ck_ledger_withdrawal_amount CHECK (amount > 0)
);

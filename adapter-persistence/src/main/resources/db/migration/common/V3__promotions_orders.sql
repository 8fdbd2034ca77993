-- Stateful promotions and the host's orders. Every key starts with merchant_id (sharding by merchant).
-- Limits are kept by conditional updates of promotion_counter, never by locks held in one JVM.

CREATE TABLE promotion (
    merchant_id     VARCHAR(64)              NOT NULL,
    promotion_id    VARCHAR(64)              NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    coupon_template BOOLEAN                  NOT NULL,
    definition      TEXT                     NOT NULL,
    coupon_terms    TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT pk_promotion PRIMARY KEY (merchant_id, promotion_id)
);

CREATE INDEX ix_promotion_status ON promotion (merchant_id, status);

-- Budget amounts in minor units of budget_currency; a null limit is no limit.
CREATE TABLE promotion_counter (
    merchant_id          VARCHAR(64) NOT NULL,
    promotion_id         VARCHAR(64) NOT NULL,
    redemption_limit     BIGINT,
    budget_limit         BIGINT,
    budget_currency      CHAR(3),
    coupon_quantity      BIGINT,
    redemptions_used     BIGINT      NOT NULL,
    redemptions_reserved BIGINT      NOT NULL,
    budget_used          BIGINT      NOT NULL,
    budget_reserved      BIGINT      NOT NULL,
    coupons_granted      BIGINT      NOT NULL,
    CONSTRAINT pk_promotion_counter PRIMARY KEY (merchant_id, promotion_id),
    CONSTRAINT ck_promotion_counter_positive CHECK (redemptions_used >= 0 AND redemptions_reserved >= 0
        AND budget_used >= 0 AND budget_reserved >= 0 AND coupons_granted >= 0)
);

CREATE TABLE member_coupon (
    merchant_id  VARCHAR(64)              NOT NULL,
    code         VARCHAR(16)              NOT NULL,
    promotion_id VARCHAR(64)              NOT NULL,
    member_id    VARCHAR(64)              NOT NULL,
    granted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_from   TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    state        VARCHAR(16)              NOT NULL,
    order_id     VARCHAR(100),
    version      BIGINT                   NOT NULL,
    CONSTRAINT pk_member_coupon PRIMARY KEY (merchant_id, code)
);

CREATE INDEX ix_member_coupon_member ON member_coupon (merchant_id, member_id, promotion_id);
CREATE INDEX ix_member_coupon_lapse ON member_coupon (state, valid_until);

-- "order" is a reserved word: the host's order is host_order. Cart, lines, totals and refund requests are
-- value objects read and written whole, as JSON; the promotions an order holds are rows, for usage counts.
CREATE TABLE host_order (
    merchant_id  VARCHAR(64)              NOT NULL,
    order_id     VARCHAR(100)             NOT NULL,
    member_id    VARCHAR(64),
    currency     CHAR(3)                  NOT NULL,
    status       VARCHAR(24)              NOT NULL,
    total        BIGINT                   NOT NULL,
    cart         TEXT                     NOT NULL,
    order_lines  TEXT                     NOT NULL,
    totals       TEXT                     NOT NULL,
    refunds      TEXT                     NOT NULL,
    placed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    hold_until   TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at      TIMESTAMP WITH TIME ZONE,
    cancel_cause VARCHAR(32),
    cancelled_at TIMESTAMP WITH TIME ZONE,
    version      BIGINT                   NOT NULL,
    CONSTRAINT pk_host_order PRIMARY KEY (merchant_id, order_id)
);

CREATE INDEX ix_host_order_member ON host_order (merchant_id, member_id);
CREATE INDEX ix_host_order_hold ON host_order (status, hold_until);

CREATE TABLE order_promotion (
    merchant_id  VARCHAR(64)  NOT NULL,
    order_id     VARCHAR(100) NOT NULL,
    position     INTEGER      NOT NULL,
    promotion_id VARCHAR(64)  NOT NULL,
    coupon_code  VARCHAR(16),
    amount       BIGINT       NOT NULL,
    CONSTRAINT pk_order_promotion PRIMARY KEY (merchant_id, order_id, position)
);

-- Referrals and incentives. Every key starts with merchant_id (see V2). version: the optimistic version.
-- Percentages are kept as the exact decimal text they were given, so they read back equal (scale included).

CREATE TABLE referral_inviter (
    merchant_id     VARCHAR(64) NOT NULL,
    member_id       VARCHAR(64) NOT NULL,
    invite_code     VARCHAR(16),
    recent_bindings TEXT        NOT NULL,
    version         BIGINT      NOT NULL,
    CONSTRAINT pk_referral_inviter PRIMARY KEY (merchant_id, member_id),
    CONSTRAINT uq_referral_inviter_code UNIQUE (merchant_id, invite_code)
);

-- One row per invitee: the primary key is what binds an invitee once, whatever the number of servers.
CREATE TABLE referral (
    merchant_id          VARCHAR(64)              NOT NULL,
    invitee_id           VARCHAR(64)              NOT NULL,
    inviter_id           VARCHAR(64)              NOT NULL,
    invite_code          VARCHAR(16),
    bound_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    device_hash          VARCHAR(128),
    phone_hash           VARCHAR(128),
    invites_past_hour    BIGINT                   NOT NULL,
    flags                VARCHAR(200)             NOT NULL,
    first_purchase_order VARCHAR(100),
    version              BIGINT                   NOT NULL,
    CONSTRAINT pk_referral PRIMARY KEY (merchant_id, invitee_id)
);

CREATE INDEX ix_referral_inviter ON referral (merchant_id, inviter_id);
CREATE INDEX ix_referral_device ON referral (merchant_id, device_hash);
CREATE INDEX ix_referral_phone ON referral (merchant_id, phone_hash);

CREATE TABLE incentive_rule (
    merchant_id    VARCHAR(64)              NOT NULL,
    rule_id        VARCHAR(64)              NOT NULL,
    name           VARCHAR(200)             NOT NULL,
    trigger_type   VARCHAR(32)              NOT NULL,
    beneficiary    VARCHAR(16)              NOT NULL,
    reward_kind    VARCHAR(16)              NOT NULL,
    reward_units   BIGINT,
    reward_ccy     CHAR(3),
    reward_percent VARCHAR(40),
    reward_ref     VARCHAR(200),
    per_day_cap    BIGINT,
    total_cap      BIGINT,
    valid_from     TIMESTAMP WITH TIME ZONE,
    valid_until    TIMESTAMP WITH TIME ZONE,
    budget         BIGINT,
    active         BOOLEAN                  NOT NULL,
    spent          BIGINT                   NOT NULL,
    granted        BIGINT                   NOT NULL,
    version        BIGINT                   NOT NULL,
    CONSTRAINT pk_incentive_rule PRIMARY KEY (merchant_id, rule_id),
    CONSTRAINT ck_incentive_rule_spent CHECK (spent >= 0 AND granted >= 0)
);

CREATE INDEX ix_incentive_rule_trigger ON incentive_rule (merchant_id, trigger_type);

-- One row per reward key (rule, trigger, subject, role, occurrence): never paid twice, written once.
CREATE TABLE reward_grant (
    merchant_id     VARCHAR(64)              NOT NULL,
    reward_key      VARCHAR(400)             NOT NULL,
    rule_id         VARCHAR(64)              NOT NULL,
    trigger_type    VARCHAR(32)              NOT NULL,
    subject_id      VARCHAR(64)              NOT NULL,
    role            VARCHAR(16)              NOT NULL,
    occurrence      VARCHAR(100)             NOT NULL,
    beneficiary_id  VARCHAR(64)              NOT NULL,
    reward_kind     VARCHAR(16)              NOT NULL,
    reward_units    BIGINT,
    reward_ccy      CHAR(3),
    reward_percent  VARCHAR(40),
    reward_ref      VARCHAR(200),
    booked_asset    VARCHAR(8),
    booked_units    BIGINT,
    coupon_code     VARCHAR(100),
    withheld_code   VARCHAR(32),
    withheld_detail VARCHAR(1000),
    order_id        VARCHAR(100),
    granted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_reward_grant PRIMARY KEY (merchant_id, reward_key)
);

CREATE INDEX ix_reward_grant_beneficiary ON reward_grant (merchant_id, beneficiary_id, rule_id, granted_at);

CREATE TABLE commission_plan (
    merchant_id          VARCHAR(64) NOT NULL,
    community_id         VARCHAR(64) NOT NULL,
    leader_percent       VARCHAR(40) NOT NULL,
    second_level_percent VARCHAR(40),
    version              BIGINT      NOT NULL,
    CONSTRAINT pk_commission_plan PRIMARY KEY (merchant_id, community_id)
);

CREATE TABLE referral_settings (
    merchant_id             VARCHAR(64) NOT NULL,
    daily_invite_cap        INTEGER     NOT NULL,
    invites_per_hour_alert  INTEGER     NOT NULL,
    refund_window_seconds   BIGINT      NOT NULL,
    withdrawal_minimum      BIGINT      NOT NULL,
    withdrawal_ccy          CHAR(3)     NOT NULL,
    day_offset_seconds      INTEGER     NOT NULL,
    version                 BIGINT      NOT NULL,
    CONSTRAINT pk_referral_settings PRIMARY KEY (merchant_id)
);

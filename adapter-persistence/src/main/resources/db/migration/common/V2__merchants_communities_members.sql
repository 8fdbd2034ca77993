-- Every key starts with merchant_id, so the data can be sharded by merchant later (Citus).
-- version: the optimistic version, raised by one on every update (see the repository ports).
-- Columns holding JSON keep value objects that are only ever read and written whole.

CREATE TABLE merchant (
    merchant_id VARCHAR(64)              NOT NULL,
    name        VARCHAR(200)             NOT NULL,
    currency    CHAR(3)                  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL,
    CONSTRAINT pk_merchant PRIMARY KEY (merchant_id)
);

CREATE TABLE community (
    merchant_id   VARCHAR(64)              NOT NULL,
    community_id  VARCHAR(64)              NOT NULL,
    name          VARCHAR(200)             NOT NULL,
    leader_id     VARCHAR(64)              NOT NULL,
    capacity      INTEGER                  NOT NULL,
    positioning   VARCHAR(32)              NOT NULL,
    minimum_tier  VARCHAR(64),
    bot_threshold INTEGER                  NOT NULL,
    moderation    TEXT                     NOT NULL,
    status        VARCHAR(16)              NOT NULL,
    member_count  INTEGER                  NOT NULL,
    bot_requested BOOLEAN                  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL,
    CONSTRAINT pk_community PRIMARY KEY (merchant_id, community_id),
    CONSTRAINT ck_community_count CHECK (member_count >= 0 AND member_count <= capacity)
);

CREATE TABLE join_channel (
    merchant_id VARCHAR(64)              NOT NULL,
    channel_id  VARCHAR(64)              NOT NULL,
    name        VARCHAR(200)             NOT NULL,
    code        VARCHAR(64)              NOT NULL,
    pool        TEXT                     NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL,
    CONSTRAINT pk_join_channel PRIMARY KEY (merchant_id, channel_id),
    CONSTRAINT uq_join_channel_code UNIQUE (merchant_id, code)
);

CREATE TABLE membership (
    merchant_id    VARCHAR(64)              NOT NULL,
    community_id   VARCHAR(64)              NOT NULL,
    member_id      VARCHAR(64)              NOT NULL,
    joined_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    channel_id     VARCHAR(64),
    inviter_id     VARCHAR(64),
    status         VARCHAR(16)              NOT NULL,
    ended_at       TIMESTAMP WITH TIME ZONE,
    removal_reason VARCHAR(500),
    version        BIGINT                   NOT NULL,
    CONSTRAINT pk_membership PRIMARY KEY (merchant_id, community_id, member_id)
);

CREATE INDEX ix_membership_member ON membership (merchant_id, member_id);

CREATE TABLE moderation_record (
    merchant_id  VARCHAR(64) NOT NULL,
    community_id VARCHAR(64) NOT NULL,
    member_id    VARCHAR(64) NOT NULL,
    warnings     TEXT        NOT NULL,
    version      BIGINT      NOT NULL,
    CONSTRAINT pk_moderation_record PRIMARY KEY (merchant_id, community_id, member_id)
);

CREATE TABLE member (
    merchant_id  VARCHAR(64)              NOT NULL,
    member_id    VARCHAR(64)              NOT NULL,
    external_id  VARCHAR(100)             NOT NULL,
    currency     CHAR(3)                  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    tier         VARCHAR(64),
    paid_orders  BIGINT                   NOT NULL,
    total_spend  BIGINT                   NOT NULL,
    profile      TEXT                     NOT NULL,
    version      BIGINT                   NOT NULL,
    CONSTRAINT pk_member PRIMARY KEY (merchant_id, member_id),
    CONSTRAINT uq_member_external UNIQUE (merchant_id, external_id)
);

CREATE TABLE tag_rules (
    merchant_id       VARCHAR(64) NOT NULL,
    high_value_at     BIGINT,
    high_value_ccy    CHAR(3),
    category_tags     BOOLEAN     NOT NULL,
    lapsed_after_days INTEGER,
    version           BIGINT      NOT NULL,
    CONSTRAINT pk_tag_rules PRIMARY KEY (merchant_id)
);

CREATE TABLE tier_ladder (
    merchant_id  VARCHAR(64) NOT NULL,
    tiers        TEXT        NOT NULL,
    grace_period VARCHAR(64) NOT NULL,
    version      BIGINT      NOT NULL,
    CONSTRAINT pk_tier_ladder PRIMARY KEY (merchant_id)
);

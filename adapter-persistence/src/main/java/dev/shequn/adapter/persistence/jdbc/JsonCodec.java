package dev.shequn.adapter.persistence.jdbc;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.shequn.domain.promotion.Condition;
import dev.shequn.domain.promotion.CouponValidity;
import dev.shequn.domain.promotion.Effect;
import dev.shequn.domain.tier.QualificationRule;

/**
 * JSON for the outbox payload and for the value-object parts of aggregates kept in one text column (a member's
 * recent orders, a ladder's tiers, a promotion's definition and coupon terms, an order's cart and priced lines): plain JSON, instants as ISO-8601 text, an empty {@code Optional} as null,
 * readable by a host without Shequn's classes. Unknown fields are ignored when reading, so a row written by a
 * newer version whose record gained a component still reads. The domain carries no annotations: sealed value
 * types get their type names here, through mix-ins.
 */
final class JsonCodec {

    static final JsonCodec INSTANCE = new JsonCodec();

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = QualificationRule.SpendInWindow.class, name = "spendInWindow"),
        @JsonSubTypes.Type(value = QualificationRule.PaidOrdersInWindow.class, name = "paidOrdersInWindow")
    })
    private interface QualificationRuleMixIn {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Condition.MinSubtotal.class, name = "minSubtotal"),
        @JsonSubTypes.Type(value = Condition.MinQuantity.class, name = "minQuantity"),
        @JsonSubTypes.Type(value = Condition.TierIn.class, name = "tierIn"),
        @JsonSubTypes.Type(value = Condition.HasTag.class, name = "hasTag"),
        @JsonSubTypes.Type(value = Condition.MemberOf.class, name = "memberOf"),
        @JsonSubTypes.Type(value = Condition.PurchaseOrdinal.class, name = "purchaseOrdinal")
    })
    private interface ConditionMixIn {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Effect.PercentOff.class, name = "percentOff"),
        @JsonSubTypes.Type(value = Effect.AmountOff.class, name = "amountOff"),
        @JsonSubTypes.Type(value = Effect.SpendThreshold.class, name = "spendThreshold"),
        @JsonSubTypes.Type(value = Effect.BuyXGetY.class, name = "buyXGetY"),
        @JsonSubTypes.Type(value = Effect.FixedPrice.class, name = "fixedPrice"),
        @JsonSubTypes.Type(value = Effect.Gift.class, name = "gift"),
        @JsonSubTypes.Type(value = Effect.DepositCredit.class, name = "depositCredit"),
        @JsonSubTypes.Type(value = Effect.ShippingOff.class, name = "shippingOff")
    })
    private interface EffectMixIn {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = CouponValidity.Absolute.class, name = "absolute"),
        @JsonSubTypes.Type(value = CouponValidity.RelativeDays.class, name = "relativeDays")
    })
    private interface ValidityMixIn {
    }

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .addMixIn(QualificationRule.class, QualificationRuleMixIn.class)
            .addMixIn(Condition.class, ConditionMixIn.class)
            .addMixIn(Effect.class, EffectMixIn.class)
            .addMixIn(CouponValidity.class, ValidityMixIn.class)
            // Record components only: helpers such as Money.isPositive() are not data.
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored " + type.getName(), e);
        }
    }

    <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored " + type.getType(), e);
        }
    }
}

package dev.shequn.adapter.rest;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.in.CreatePromotionUseCase;
import dev.shequn.application.port.in.ChangePromotionStatusUseCase;
import dev.shequn.application.port.in.GrantCouponUseCase;
import dev.shequn.application.port.in.ListMemberCouponsUseCase;
import dev.shequn.application.port.in.QuoteOrderUseCase;
import dev.shequn.application.port.in.PlaceOrderUseCase;
import dev.shequn.application.port.in.PayOrderUseCase;
import dev.shequn.application.port.in.CancelOrderUseCase;
import dev.shequn.application.port.in.RefundOrderUseCase;
import dev.shequn.application.port.in.FindPromotionUseCase;
import dev.shequn.application.port.in.ListPromotionsUseCase;
import dev.shequn.application.port.in.CreateInviteCodeUseCase;
import dev.shequn.application.port.in.SetIncentiveRuleUseCase;
import dev.shequn.application.port.in.ReportShareUseCase;
import dev.shequn.application.port.in.ReportTopUpUseCase;
import dev.shequn.application.port.in.ReadLedgerUseCase;
import dev.shequn.application.port.in.RequestWithdrawalUseCase;
import dev.shequn.application.port.in.DecideWithdrawalUseCase;
import dev.shequn.application.port.in.FindCommunityUseCase;
import dev.shequn.application.port.in.FindJoinChannelUseCase;
import dev.shequn.application.port.in.FindMemberUseCase;
import dev.shequn.application.port.in.CreateCommunityUseCase;
import dev.shequn.application.port.in.CreateJoinChannelUseCase;
import dev.shequn.application.port.in.CreateMerchantUseCase;
import dev.shequn.application.port.in.EvaluateAllTiersUseCase;
import dev.shequn.application.port.in.EvaluatePricingUseCase;
import dev.shequn.application.port.in.EvaluateTierUseCase;
import dev.shequn.application.port.in.JoinThroughChannelUseCase;
import dev.shequn.application.port.in.ReportMessageUseCase;
import dev.shequn.application.port.in.SetTagRulesUseCase;
import dev.shequn.application.port.in.SetTierLadderUseCase;
import dev.shequn.application.port.in.UpdateCommunityUseCase;
import dev.shequn.application.port.in.UpsertMemberUseCase;
import dev.shequn.application.port.out.ApiKeyRepository;
import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.application.port.out.IdempotencyStore;
import dev.shequn.application.port.out.RandomSource;
import dev.shequn.application.port.out.StorageHealth;
import dev.shequn.application.port.out.UnitOfWork;

/**
 * What the REST service drives: the in-port use cases, and the few out-ports that belong to HTTP itself
 * (API keys, idempotency, the event feed, health, randomness for new keys, the unit of work that makes a
 * merchant and its first key one change). The composition root builds one with storage wired in; {@code payOrder}
 * and {@code refundOrder} should be the referral decorators ({@code Referrals.orders(pay, refund)}) so that
 * payments and refunds book rewards and commission.
 */
public record Services(
        UnitOfWork unitOfWork,
        ApiKeyRepository apiKeys,
        IdempotencyStore idempotency,
        EventOutbox outbox,
        StorageHealth health,
        RandomSource random,
        CreateMerchantUseCase createMerchant,
        CreateCommunityUseCase createCommunity,
        UpdateCommunityUseCase updateCommunity,
        ReportMessageUseCase reportMessage,
        CreateJoinChannelUseCase createJoinChannel,
        JoinThroughChannelUseCase joinThroughChannel,
        UpsertMemberUseCase upsertMember,
        SetTagRulesUseCase setTagRules,
        SetTierLadderUseCase setTierLadder,
        EvaluateTierUseCase evaluateTier,
        EvaluateAllTiersUseCase evaluateAllTiers,
        EvaluatePricingUseCase evaluatePricing,
        CreatePromotionUseCase createPromotion,
        ChangePromotionStatusUseCase changePromotionStatus,
        GrantCouponUseCase grantCoupon,
        ListMemberCouponsUseCase listMemberCoupons,
        QuoteOrderUseCase quoteOrder,
        PlaceOrderUseCase placeOrder,
        PayOrderUseCase payOrder,
        CancelOrderUseCase cancelOrder,
        RefundOrderUseCase refundOrder,
        FindPromotionUseCase findPromotion,
        ListPromotionsUseCase listPromotions,
        CreateInviteCodeUseCase createInviteCode,
        SetIncentiveRuleUseCase setIncentiveRule,
        ReportShareUseCase reportShare,
        ReportTopUpUseCase reportTopUp,
        ReadLedgerUseCase readLedger,
        RequestWithdrawalUseCase requestWithdrawal,
        DecideWithdrawalUseCase decideWithdrawal,
        FindCommunityUseCase findCommunity,
        FindJoinChannelUseCase findJoinChannel,
        FindMemberUseCase findMember) {

    public Services {
        requireNonNull(unitOfWork, "unitOfWork");
        requireNonNull(apiKeys, "apiKeys");
        requireNonNull(idempotency, "idempotency");
        requireNonNull(outbox, "outbox");
        requireNonNull(health, "health");
        requireNonNull(random, "random");
        requireNonNull(createMerchant, "createMerchant");
        requireNonNull(createCommunity, "createCommunity");
        requireNonNull(updateCommunity, "updateCommunity");
        requireNonNull(reportMessage, "reportMessage");
        requireNonNull(createJoinChannel, "createJoinChannel");
        requireNonNull(joinThroughChannel, "joinThroughChannel");
        requireNonNull(upsertMember, "upsertMember");
        requireNonNull(setTagRules, "setTagRules");
        requireNonNull(setTierLadder, "setTierLadder");
        requireNonNull(evaluateTier, "evaluateTier");
        requireNonNull(evaluateAllTiers, "evaluateAllTiers");
        requireNonNull(evaluatePricing, "evaluatePricing");
        requireNonNull(createPromotion, "createPromotion");
        requireNonNull(changePromotionStatus, "changePromotionStatus");
        requireNonNull(grantCoupon, "grantCoupon");
        requireNonNull(listMemberCoupons, "listMemberCoupons");
        requireNonNull(quoteOrder, "quoteOrder");
        requireNonNull(placeOrder, "placeOrder");
        requireNonNull(payOrder, "payOrder");
        requireNonNull(cancelOrder, "cancelOrder");
        requireNonNull(refundOrder, "refundOrder");
        requireNonNull(findPromotion, "findPromotion");
        requireNonNull(listPromotions, "listPromotions");
        requireNonNull(createInviteCode, "createInviteCode");
        requireNonNull(setIncentiveRule, "setIncentiveRule");
        requireNonNull(reportShare, "reportShare");
        requireNonNull(reportTopUp, "reportTopUp");
        requireNonNull(readLedger, "readLedger");
        requireNonNull(requestWithdrawal, "requestWithdrawal");
        requireNonNull(decideWithdrawal, "decideWithdrawal");
        requireNonNull(findCommunity, "findCommunity");
        requireNonNull(findJoinChannel, "findJoinChannel");
        requireNonNull(findMember, "findMember");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Names every part, so adding a use case does not silently shift positional arguments. */
    public static final class Builder {
        private UnitOfWork unitOfWork;
        private ApiKeyRepository apiKeys;
        private IdempotencyStore idempotency;
        private EventOutbox outbox;
        private StorageHealth health;
        private RandomSource random;
        private CreateMerchantUseCase createMerchant;
        private CreateCommunityUseCase createCommunity;
        private UpdateCommunityUseCase updateCommunity;
        private ReportMessageUseCase reportMessage;
        private CreateJoinChannelUseCase createJoinChannel;
        private JoinThroughChannelUseCase joinThroughChannel;
        private UpsertMemberUseCase upsertMember;
        private SetTagRulesUseCase setTagRules;
        private SetTierLadderUseCase setTierLadder;
        private EvaluateTierUseCase evaluateTier;
        private EvaluateAllTiersUseCase evaluateAllTiers;
        private EvaluatePricingUseCase evaluatePricing;
        private CreatePromotionUseCase createPromotion;
        private ChangePromotionStatusUseCase changePromotionStatus;
        private GrantCouponUseCase grantCoupon;
        private ListMemberCouponsUseCase listMemberCoupons;
        private QuoteOrderUseCase quoteOrder;
        private PlaceOrderUseCase placeOrder;
        private PayOrderUseCase payOrder;
        private CancelOrderUseCase cancelOrder;
        private RefundOrderUseCase refundOrder;
        private FindPromotionUseCase findPromotion;
        private ListPromotionsUseCase listPromotions;
        private CreateInviteCodeUseCase createInviteCode;
        private SetIncentiveRuleUseCase setIncentiveRule;
        private ReportShareUseCase reportShare;
        private ReportTopUpUseCase reportTopUp;
        private ReadLedgerUseCase readLedger;
        private RequestWithdrawalUseCase requestWithdrawal;
        private DecideWithdrawalUseCase decideWithdrawal;
        private FindCommunityUseCase findCommunity;
        private FindJoinChannelUseCase findJoinChannel;
        private FindMemberUseCase findMember;

        private Builder() {}

        public Builder unitOfWork(UnitOfWork value) {
            this.unitOfWork = value;
            return this;
        }

        public Builder apiKeys(ApiKeyRepository value) {
            this.apiKeys = value;
            return this;
        }

        public Builder idempotency(IdempotencyStore value) {
            this.idempotency = value;
            return this;
        }

        public Builder outbox(EventOutbox value) {
            this.outbox = value;
            return this;
        }

        public Builder health(StorageHealth value) {
            this.health = value;
            return this;
        }

        public Builder random(RandomSource value) {
            this.random = value;
            return this;
        }

        public Builder createMerchant(CreateMerchantUseCase value) {
            this.createMerchant = value;
            return this;
        }

        public Builder createCommunity(CreateCommunityUseCase value) {
            this.createCommunity = value;
            return this;
        }

        public Builder updateCommunity(UpdateCommunityUseCase value) {
            this.updateCommunity = value;
            return this;
        }

        public Builder reportMessage(ReportMessageUseCase value) {
            this.reportMessage = value;
            return this;
        }

        public Builder createJoinChannel(CreateJoinChannelUseCase value) {
            this.createJoinChannel = value;
            return this;
        }

        public Builder joinThroughChannel(JoinThroughChannelUseCase value) {
            this.joinThroughChannel = value;
            return this;
        }

        public Builder upsertMember(UpsertMemberUseCase value) {
            this.upsertMember = value;
            return this;
        }

        public Builder setTagRules(SetTagRulesUseCase value) {
            this.setTagRules = value;
            return this;
        }

        public Builder setTierLadder(SetTierLadderUseCase value) {
            this.setTierLadder = value;
            return this;
        }

        public Builder evaluateTier(EvaluateTierUseCase value) {
            this.evaluateTier = value;
            return this;
        }

        public Builder evaluateAllTiers(EvaluateAllTiersUseCase value) {
            this.evaluateAllTiers = value;
            return this;
        }

        public Builder evaluatePricing(EvaluatePricingUseCase value) {
            this.evaluatePricing = value;
            return this;
        }

        public Builder createPromotion(CreatePromotionUseCase value) {
            this.createPromotion = value;
            return this;
        }

        public Builder changePromotionStatus(ChangePromotionStatusUseCase value) {
            this.changePromotionStatus = value;
            return this;
        }

        public Builder grantCoupon(GrantCouponUseCase value) {
            this.grantCoupon = value;
            return this;
        }

        public Builder listMemberCoupons(ListMemberCouponsUseCase value) {
            this.listMemberCoupons = value;
            return this;
        }

        public Builder quoteOrder(QuoteOrderUseCase value) {
            this.quoteOrder = value;
            return this;
        }

        public Builder placeOrder(PlaceOrderUseCase value) {
            this.placeOrder = value;
            return this;
        }

        public Builder payOrder(PayOrderUseCase value) {
            this.payOrder = value;
            return this;
        }

        public Builder cancelOrder(CancelOrderUseCase value) {
            this.cancelOrder = value;
            return this;
        }

        public Builder refundOrder(RefundOrderUseCase value) {
            this.refundOrder = value;
            return this;
        }

        public Builder findPromotion(FindPromotionUseCase value) {
            this.findPromotion = value;
            return this;
        }

        public Builder listPromotions(ListPromotionsUseCase value) {
            this.listPromotions = value;
            return this;
        }

        public Builder createInviteCode(CreateInviteCodeUseCase value) {
            this.createInviteCode = value;
            return this;
        }

        public Builder setIncentiveRule(SetIncentiveRuleUseCase value) {
            this.setIncentiveRule = value;
            return this;
        }

        public Builder reportShare(ReportShareUseCase value) {
            this.reportShare = value;
            return this;
        }

        public Builder reportTopUp(ReportTopUpUseCase value) {
            this.reportTopUp = value;
            return this;
        }

        public Builder readLedger(ReadLedgerUseCase value) {
            this.readLedger = value;
            return this;
        }

        public Builder requestWithdrawal(RequestWithdrawalUseCase value) {
            this.requestWithdrawal = value;
            return this;
        }

        public Builder decideWithdrawal(DecideWithdrawalUseCase value) {
            this.decideWithdrawal = value;
            return this;
        }

        public Builder findCommunity(FindCommunityUseCase value) {
            this.findCommunity = value;
            return this;
        }

        public Builder findJoinChannel(FindJoinChannelUseCase value) {
            this.findJoinChannel = value;
            return this;
        }

        public Builder findMember(FindMemberUseCase value) {
            this.findMember = value;
            return this;
        }

        public Services build() {
            return new Services(unitOfWork, apiKeys, idempotency, outbox, health, random, createMerchant,
                    createCommunity, updateCommunity, reportMessage, createJoinChannel, joinThroughChannel,
                    upsertMember, setTagRules, setTierLadder, evaluateTier, evaluateAllTiers, evaluatePricing,
                    createPromotion, changePromotionStatus, grantCoupon, listMemberCoupons, quoteOrder, placeOrder, payOrder, cancelOrder, refundOrder,
                    findPromotion, listPromotions,
                    createInviteCode, setIncentiveRule, reportShare, reportTopUp, readLedger, requestWithdrawal, decideWithdrawal,
                    findCommunity, findJoinChannel, findMember);
        }
    }
}

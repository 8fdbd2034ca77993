package dev.shequn.adapter.persistence.jdbc;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.shequn.application.port.out.ModerationRepository;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.ModerationRecord;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A member's warnings in a community; the few recent warning times are a JSON array of instants. */
public final class JdbcModerationRepository implements ModerationRepository {

    private static final TypeReference<List<Instant>> INSTANTS = new TypeReference<>() {};

    private final JdbcSession session;
    private final JsonCodec json = JsonCodec.INSTANCE;

    public JdbcModerationRepository(JdbcSession session) {
        this.session = requireNonNull(session, "session");
    }

    @Override
    public Optional<ModerationRecord> find(MerchantId merchantId, CommunityId communityId, MemberId memberId) {
        requireNonNull(merchantId, "merchantId");
        requireNonNull(communityId, "communityId");
        requireNonNull(memberId, "memberId");
        return session.withHandle(h -> h.createQuery("""
                        SELECT warnings, version FROM moderation_record
                        WHERE merchant_id = :merchant AND community_id = :community AND member_id = :member""")
                .bind("merchant", merchantId.value())
                .bind("community", communityId.value())
                .bind("member", memberId.value())
                .map((rs, ctx) -> ModerationRecord.reconstitute(merchantId, communityId, memberId,
                        json.read(rs.getString("warnings"), INSTANTS), rs.getLong("version")))
                .findOne());
    }

    @Override
    public boolean save(ModerationRecord record) {
        requireNonNull(record, "record");
        return session.withHandle(h -> {
            var statement = record.version() == 0
                    ? h.createUpdate("""
                            INSERT INTO moderation_record (merchant_id, community_id, member_id, warnings, version)
                            VALUES (:merchant, :community, :member, :warnings, 1)""")
                    : h.createUpdate("""
                            UPDATE moderation_record SET warnings = :warnings, version = version + 1
                            WHERE merchant_id = :merchant AND community_id = :community AND member_id = :member
                              AND version = :version""").bind("version", record.version());
            statement.bind("merchant", record.merchantId().value())
                    .bind("community", record.communityId().value())
                    .bind("member", record.memberId().value())
                    .bind("warnings", json.write(record.warnings()));
            return record.version() == 0 ? Rows.insertUnlessTaken(h, statement) : Rows.updatedOne(statement);
        });
    }
}

package dev.shequn.adapter.rest;

import static dev.shequn.adapter.rest.RestServer.Access.MERCHANT;

import dev.shequn.application.port.in.CommunityView;
import dev.shequn.application.port.in.CreateCommunityUseCase;
import dev.shequn.application.port.in.FindCommunityUseCase;
import dev.shequn.application.port.in.ModerationSettings;
import dev.shequn.application.port.in.ReportMessageUseCase;
import dev.shequn.application.port.in.UpdateCommunityUseCase;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.Positioning;
import dev.shequn.domain.member.MemberId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;

/** Communities: open one, change one, and the host's report of a message for moderation. */
final class CommunityRoutes {

    private static final String NAME_MESSAGE = "must be 1 to 200 characters without control characters";
    private static final String ID_MESSAGE = "must be 1 to 64 characters without control characters";

    private final RestServer.Router router;

    CommunityRoutes(RestServer.Router router) {
        this.router = router;
    }

    void register() {
        router.post("/v1/communities", MERCHANT, this::create);
        router.get("/v1/communities/{id}", MERCHANT, this::find);
        router.patch("/v1/communities/{id}", MERCHANT, this::update);
        router.post("/v1/communities/{id}/messages", MERCHANT, this::reportMessage);
    }

    record ModerationBody(
            @NotNull @Size(max = 200) List<@NotNull @Pattern(regexp = "^[A-Za-z0-9.-]{1,253}$", message = "must be a domain name") String> allowedLinkDomains,
            @NotNull @Size(max = 1000) List<@NotNull @Pattern(regexp = "^[^\\p{Cntrl}]{1,100}$", message = "must be 1 to 100 characters without control characters") String> bannedWords,
            @NotNull @Min(0) @Max(100) Integer warningsBeforeRemoval,
            @NotNull @Min(1) @Max(3650) Integer warningWindowDays) {

        ModerationSettings toSettings() {
            return new ModerationSettings(new LinkedHashSet<>(allowedLinkDomains), new LinkedHashSet<>(bannedWords),
                    warningsBeforeRemoval, warningWindowDays);
        }
    }

    record CreateCommunityBody(
            @NotNull @Pattern(regexp = Wire.NAME, message = NAME_MESSAGE) String name,
            @NotNull @Pattern(regexp = Wire.ID, message = ID_MESSAGE) String leader,
            @Min(1) @Max(100_000) Integer capacity,
            @NotNull @Pattern(regexp = "^(high_frequency|low_frequency|niche)$", message = "must be high_frequency, low_frequency or niche") String positioning,
            @Pattern(regexp = Wire.ID, message = ID_MESSAGE) String minimumTier,
            @Min(1) @Max(100_000) Integer botThreshold,
            @Valid ModerationBody moderation) {}

    record UpdateCommunityBody(
            @Pattern(regexp = Wire.NAME, message = NAME_MESSAGE) String name,
            @Pattern(regexp = Wire.ID, message = ID_MESSAGE) String leader,
            @Min(1) @Max(100_000) Integer capacity,
            @Pattern(regexp = "^(high_frequency|low_frequency|niche)$", message = "must be high_frequency, low_frequency or niche") String positioning,
            @Pattern(regexp = Wire.ID, message = ID_MESSAGE) String minimumTier,
            @Min(1) @Max(100_000) Integer botThreshold,
            @Valid ModerationBody moderation,
            Boolean archived) {}

    record CommunityBody(String id, String name, String leader, int capacity, String positioning, String minimumTier,
            String status, int memberCount, int botThreshold, boolean botRequested) {

        static CommunityBody of(CommunityView view) {
            return new CommunityBody(view.id().value(), view.name(), view.leader().value(), view.capacity(),
                    Wire.name(view.positioning()), view.minimumTier().orElse(null), Wire.name(view.status()),
                    view.memberCount(), view.botThreshold(), view.botRequested());
        }
    }

    record ReportMessageBody(
            @NotNull @Pattern(regexp = Wire.ID, message = ID_MESSAGE) String memberId,
            @NotNull @Size(max = 20_000) String message) {}

    record ModerationVerdictBody(String action, String rule) {}

    private Reply create(Request request) {
        CreateCommunityBody body = request.body(CreateCommunityBody.class);
        var command = new CreateCommunityUseCase.Command(request.merchant(), body.name(), new MemberId(body.leader()),
                body.capacity(), Wire.enumValue("/positioning", body.positioning(), Positioning.class),
                body.minimumTier(), body.botThreshold(), body.moderation() == null ? null : body.moderation().toSettings());
        return UseCaseErrors.reply(router.services().createCommunity().createCommunity(command),
                view -> Reply.created(CommunityBody.of(view)));
    }

    private Reply find(Request request) {
        CommunityId id = Wire.pathId(request, "id", "community", CommunityId::new);
        return UseCaseErrors.reply(
                router.services().findCommunity().findCommunity(new FindCommunityUseCase.Query(request.merchant(), id)),
                view -> Reply.ok(CommunityBody.of(view)));
    }

    private Reply update(Request request) {
        CommunityId id = Wire.pathId(request, "id", "community", CommunityId::new);
        UpdateCommunityBody body = request.body(UpdateCommunityBody.class);
        var command = new UpdateCommunityUseCase.Command(request.merchant(), id, body.name(),
                body.leader() == null ? null : new MemberId(body.leader()), body.capacity(),
                Wire.enumValue("/positioning", body.positioning(), Positioning.class), body.minimumTier(),
                body.botThreshold(), body.moderation() == null ? null : body.moderation().toSettings(), body.archived());
        return UseCaseErrors.reply(router.services().updateCommunity().updateCommunity(command),
                view -> Reply.ok(CommunityBody.of(view)));
    }

    private Reply reportMessage(Request request) {
        CommunityId id = Wire.pathId(request, "id", "community", CommunityId::new);
        ReportMessageBody body = request.body(ReportMessageBody.class);
        var command = new ReportMessageUseCase.Command(request.merchant(), id, new MemberId(body.memberId()), body.message());
        return UseCaseErrors.reply(router.services().reportMessage().reportMessage(command),
                result -> Reply.ok(new ModerationVerdictBody(Wire.name(result.action()), result.rule().orElse(null))));
    }
}

package dev.shequn.adapter.rest;

import static dev.shequn.adapter.rest.RestServer.Access.MERCHANT;

import dev.shequn.application.port.in.CreateJoinChannelUseCase;
import dev.shequn.application.port.in.FindJoinChannelUseCase;
import dev.shequn.application.port.in.JoinThroughChannelUseCase;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.member.MemberId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Join channels (活码, live codes): create one over a pool of communities, and join through its code. */
final class ChannelRoutes {

    private static final String ID_MESSAGE = "must be 1 to 64 characters without control characters";
    private static final String CODE = "^[A-Za-z0-9_-]{4,64}$";

    private final RestServer.Router router;

    ChannelRoutes(RestServer.Router router) {
        this.router = router;
    }

    void register() {
        router.post("/v1/channels", MERCHANT, this::create);
        router.get("/v1/channels/{code}", MERCHANT, this::find);
        router.post("/v1/channels/{code}/joins", MERCHANT, this::join);
    }

    record CreateChannelBody(
            @NotNull @Pattern(regexp = Wire.NAME, message = "must be 1 to 200 characters without control characters") String name,
            @Pattern(regexp = CODE, message = "must be 4 to 64 letters, digits, '-' or '_'") String code,
            @NotNull @Size(min = 1, max = 100) List<@NotNull @Pattern(regexp = Wire.ID, message = ID_MESSAGE) String> pool) {}

    record ChannelCreated(String channelId, String code) {}

    record JoinBody(
            @NotNull @Pattern(regexp = Wire.ID, message = ID_MESSAGE) String memberId,
            @Pattern(regexp = Wire.ID, message = ID_MESSAGE) String inviter) {}

    record Joined(String communityId, boolean newlyJoined, int memberCount) {}

    private Reply create(Request request) {
        CreateChannelBody body = request.body(CreateChannelBody.class);
        var command = new CreateJoinChannelUseCase.Command(request.merchant(), body.name(), body.code(),
                body.pool().stream().map(CommunityId::new).toList());
        return UseCaseErrors.reply(router.services().createJoinChannel().createJoinChannel(command),
                result -> Reply.created(new ChannelCreated(result.channelId().value(), result.code())));
    }

    record ChannelAnswer(String channelId, String name, String code, List<String> pool, Instant createdAt) {}

    private Reply find(Request request) {
        String code = request.pathParam("code");
        if (!code.matches(CODE)) {
            throw new ProblemException(Problem.notFound("No join channel " + code + "."));
        }
        return UseCaseErrors.reply(
                router.services().findJoinChannel().findJoinChannel(new FindJoinChannelUseCase.Query(request.merchant(), code)),
                channel -> Reply.ok(new ChannelAnswer(channel.id().value(), channel.name(), channel.code(),
                        channel.pool().stream().map(CommunityId::value).toList(), channel.createdAt())));
    }

    private Reply join(Request request) {
        String code = request.pathParam("code");
        if (!code.matches(CODE)) {
            throw new ProblemException(Problem.notFound("No join channel " + code + "."));
        }
        JoinBody body = request.body(JoinBody.class);
        var command = new JoinThroughChannelUseCase.Command(request.merchant(), code, new MemberId(body.memberId()),
                body.inviter() == null ? null : new MemberId(body.inviter()));
        return UseCaseErrors.reply(router.services().joinThroughChannel().joinThroughChannel(command),
                result -> new Reply(result.newlyJoined() ? 201 : 200,
                        new Joined(result.communityId().value(), result.newlyJoined(), result.memberCount())));
    }
}

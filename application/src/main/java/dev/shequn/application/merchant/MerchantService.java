package dev.shequn.application.merchant;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.common.Commands;
import dev.shequn.application.common.Transactions;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.common.VersionConflict;
import dev.shequn.application.common.Violation;
import dev.shequn.application.port.in.CreateMerchantUseCase;
import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.application.port.out.MerchantRepository;
import dev.shequn.application.port.out.UnitOfWork;
import dev.shequn.domain.merchant.Merchant;
import io.vavr.control.Either;
import java.time.Clock;
import java.util.List;

public final class MerchantService implements CreateMerchantUseCase {

    private final MerchantRepository merchants;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;

    public MerchantService(MerchantRepository merchants, EventOutbox outbox, UnitOfWork unitOfWork, Clock clock) {
        this.merchants = requireNonNull(merchants, "merchants");
        this.outbox = requireNonNull(outbox, "outbox");
        this.transactions = new Transactions(unitOfWork);
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public Either<UseCaseError, Result> createMerchant(Command command) {
        return Commands.ifValid(command, () -> create(command));
    }

    private Either<UseCaseError, Result> create(Command command) {
        if (command.currency().getDefaultFractionDigits() < 0) {
            return Either.left(new UseCaseError.InvalidCommand(
                    List.of(new Violation("currency", "must be a currency with a minor unit"))));
        }
        return transactions.write("merchant " + command.merchantId(), () -> {
            if (merchants.find(command.merchantId()).isPresent()) {
                return Either.left(new UseCaseError.AlreadyExists("merchant", command.merchantId().value()));
            }
            Merchant merchant = Merchant.create(command.merchantId(), command.name(), command.currency(), clock.instant());
            VersionConflict.check(merchants.save(merchant), "merchant " + merchant.id());
            outbox.append(List.of(merchant.created()));
            return Either.right(new Result(merchant.id()));
        });
    }
}

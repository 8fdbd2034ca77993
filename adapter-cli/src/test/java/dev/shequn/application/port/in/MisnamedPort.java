package dev.shequn.application.port.in;

import dev.shequn.application.port.out.UnitOfWork;

/** Breaks two rules on purpose: an in-port not named *UseCase that knows an out-port. */
public interface MisnamedPort {

    UnitOfWork unitOfWork();
}

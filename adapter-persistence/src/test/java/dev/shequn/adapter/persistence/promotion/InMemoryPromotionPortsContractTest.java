package dev.shequn.adapter.persistence.promotion;

import dev.shequn.adapter.persistence.memory.InMemoryPorts;
import dev.shequn.adapter.persistence.memory.InMemoryPromotionPorts;
import dev.shequn.application.OutPorts;
import dev.shequn.application.PromotionPorts;
import dev.shequn.application.port.out.UnitOfWork;

class InMemoryPromotionPortsContractTest extends AbstractPromotionPortsContractTest {

    private final OutPorts base = InMemoryPorts.create();
    private final PromotionPorts ports = InMemoryPromotionPorts.beside(base);

    @Override
    protected PromotionPorts ports() {
        return ports;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return base.unitOfWork();
    }
}

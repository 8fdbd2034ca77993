package dev.shequn.adapter.persistence.promotion;

import dev.shequn.adapter.persistence.memory.InMemoryPorts;
import dev.shequn.adapter.persistence.memory.InMemoryPromotionPorts;
import dev.shequn.adapter.persistence.memory.SeededRandomSource;
import dev.shequn.adapter.persistence.memory.SequentialIdGenerator;
import dev.shequn.application.OutPorts;
import java.time.Instant;

class InMemoryPromotionFlowsTest extends AbstractPromotionFlowsTest {

    @Override
    protected PromotionWorld world(Instant start) {
        OutPorts ports = InMemoryPorts.create(new SequentialIdGenerator(), new SeededRandomSource(42));
        return new PromotionWorld(ports, InMemoryPromotionPorts.beside(ports), new MutableClock(start));
    }
}

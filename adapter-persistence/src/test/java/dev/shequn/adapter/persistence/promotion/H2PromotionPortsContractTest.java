package dev.shequn.adapter.persistence.promotion;

import dev.shequn.adapter.persistence.support.JdbcBackend;
import dev.shequn.application.PromotionPorts;
import dev.shequn.application.port.out.UnitOfWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class H2PromotionPortsContractTest extends AbstractPromotionPortsContractTest {

    private JdbcBackend backend;
    private PromotionPorts ports;

    @BeforeAll
    void open() {
        backend = JdbcBackend.h2();
        ports = backend.storage().promotionPorts();
    }

    @AfterAll
    void close() {
        backend.close();
    }

    @Override
    protected PromotionPorts ports() {
        return ports;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return backend.unitOfWork();
    }
}

package dev.shequn.adapter.persistence.promotion;

import dev.shequn.adapter.persistence.support.JdbcBackend;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresPromotionFlowsTest extends AbstractPromotionFlowsTest {

    private JdbcBackend backend;

    @BeforeAll
    void open() {
        backend = JdbcBackend.postgres();
    }

    @AfterAll
    void close() {
        backend.close();
    }

    @Override
    protected PromotionWorld world(Instant start) {
        return new PromotionWorld(backend.outPorts(), backend.storage().promotionPorts(), new MutableClock(start));
    }
}

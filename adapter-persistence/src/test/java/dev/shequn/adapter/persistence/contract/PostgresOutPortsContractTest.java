package dev.shequn.adapter.persistence.contract;

import dev.shequn.adapter.persistence.support.JdbcBackend;
import dev.shequn.application.OutPorts;
import org.junit.jupiter.api.AfterAll;

/** The foundation's whole-storage contract on Postgres: one database for the class, emptied before each test. */
class PostgresOutPortsContractTest extends OutPortsContract {

    private static JdbcBackend backend;

    @Override
    protected OutPorts freshPorts() {
        if (backend == null) {
            backend = JdbcBackend.postgres();
        }
        return backend.emptied().outPorts();
    }

    @AfterAll
    static void closeBackend() {
        if (backend != null) {
            backend.close();
            backend = null;
        }
    }
}

package dev.shequn.adapter.rest;

/** The same promotion and order flows with the server on the JDBC adapters over an H2 file. */
class H2OrderFlowTest extends OrderFlowTest {

    @Override
    TestServer newServer() {
        return new TestServer(TestServer.Backend.H2);
    }
}

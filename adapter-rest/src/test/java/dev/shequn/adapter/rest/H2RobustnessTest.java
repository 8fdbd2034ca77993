package dev.shequn.adapter.rest;

/** The same requests and answers with the server on the JDBC adapters over an H2 file. */
class H2RobustnessTest extends RobustnessTest {

    @Override
    TestServer newServer() {
        return new TestServer(TestServer.Backend.H2);
    }
}

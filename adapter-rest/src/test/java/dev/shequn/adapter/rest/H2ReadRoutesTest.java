package dev.shequn.adapter.rest;

/** The same reads with the server on the JDBC adapters over an H2 file. */
class H2ReadRoutesTest extends ReadRoutesTest {

    @Override
    TestServer newServer() {
        return new TestServer(TestServer.Backend.H2);
    }
}

package dev.shequn.adapter.rest;

/** The same invite and reward flows with the server on the JDBC adapters over an H2 file. */
class H2ReferralFlowTest extends ReferralFlowTest {

    @Override
    TestServer newServer() {
        return new TestServer(TestServer.Backend.H2);
    }
}

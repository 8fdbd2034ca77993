package dev.shequn.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void givenHelp_whenRunning_thenTheSubcommandsAreListed() {
        Shequn.Run run = Shequn.run("", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: shequn").contains("price").contains("help").contains("Exit codes:");
    }

    @Test
    void givenVersion_whenRunning_thenTheBuildsVersionIsPrinted() {
        Shequn.Run run = Shequn.run("", "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("shequn 0.1.0-SNAPSHOT\n").doesNotContain("${");
    }

    @Test
    void givenNoSubcommand_whenRunning_thenItIsAUsageError() {
        Shequn.Run run = Shequn.run("");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing subcommand").contains("Usage: shequn");
    }

    @Test
    void givenAnUnknownSubcommand_whenRunning_thenItIsAUsageError() {
        Shequn.Run run = Shequn.run("", "prices");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("prices");
    }

    @Test
    void givenHelpForASubcommand_whenRunning_thenItsUsageIsShown() {
        Shequn.Run run = Shequn.run("", "help", "price");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: shequn price");
    }
}

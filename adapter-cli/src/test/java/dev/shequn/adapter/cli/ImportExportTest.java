package dev.shequn.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import and export on the real embedded database in a temporary directory, through the default wiring. */
class ImportExportTest {

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private Shequn.Run run(String... args) {
        String[] withData = new String[args.length + 2];
        System.arraycopy(args, 0, withData, 0, args.length);
        withData[args.length] = "--data";
        withData[args.length + 1] = dir.resolve("db").toString();
        return Shequn.run("", withData);
    }

    private Path csv(String text) throws Exception {
        Path file = dir.resolve("members.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void givenGoodBadAndRepeatedRows_whenImportingTwice_thenGoodRowsLandOnceAndBadRowsAreNamedByLine() throws Exception {
        assertThat(run("merchant", "create", "--id", "olive", "--name", "Olive House").exitCode()).isZero();
        Path file = csv("""
                external_id,gender,age_band,region,tags
                c-1,FEMALE,FROM_25_TO_34,Shanghai,vip;oil
                c-2,martian,,,
                c-3,,,"Hangzhou, West Lake",
                ,MALE,,,
                c-1,FEMALE,FROM_25_TO_34,Shanghai,vip;oil
                c-4,MALE,FROM_55
                """);

        Shequn.Run first = run("import", "members", "--merchant", "olive", file.toString(), "--output", "json");

        assertThat(first.exitCode()).as(first.err()).isZero();
        List<JsonNode> printed = jsonDocuments(first.out());
        JsonNode summary = printed.get(0);
        assertThat(summary.path("rowsRead").asInt()).isEqualTo(6);
        assertThat(summary.path("imported").asInt()).isEqualTo(2);
        assertThat(summary.path("existing").asInt()).isEqualTo(1);
        assertThat(summary.path("refused").asInt()).isEqualTo(3);
        JsonNode refusals = printed.get(1);
        assertThat(refusals.get(0).path("line").asInt()).isEqualTo(3);
        assertThat(refusals.get(0).path("reason").asText()).startsWith("gender:");
        assertThat(refusals.get(1).path("line").asInt()).isEqualTo(5);
        assertThat(refusals.get(1).path("reason").asText()).contains("external_id");
        assertThat(refusals.get(2).path("line").asInt()).isEqualTo(7);
        assertThat(first.err()).contains("Importing members: 6/6");

        Shequn.Run again = run("import", "members", "--merchant", "olive", file.toString(), "--output", "json");
        JsonNode second = jsonDocuments(again.out()).get(0);
        assertThat(second.path("imported").asInt()).isZero();
        assertThat(second.path("existing").asInt()).isEqualTo(3);

        Shequn.Run export = run("export", "members", "--merchant", "olive");
        assertThat(export.exitCode()).as(export.err()).isZero();
        List<List<String>> rows = new ArrayList<>();
        try (Csv.Reader reader = new Csv.Reader(new StringReader(export.out()))) {
            for (Optional<Csv.Row> row = reader.next(); row.isPresent(); row = reader.next()) {
                rows.add(row.get().fields());
            }
        }
        assertThat(rows.get(0)).startsWith("external_id", "gender", "age_band", "region", "tags");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0)).containsExactlyInAnyOrder("c-1", "c-3");
        assertThat(rows).anySatisfy(r -> assertThat(r.subList(0, 5))
                .containsExactly("c-3", "", "", "Hangzhou, West Lake", ""));
        assertThat(rows).anySatisfy(r -> assertThat(r.subList(0, 5))
                .containsExactly("c-1", "FEMALE", "FROM_25_TO_34", "Shanghai", "oil;vip"));
    }

    @Test
    void givenOrdersWithGoodBadAndRepeatedRows_whenImportingTwice_thenEachOrderCountsOnce() throws Exception {
        assertThat(run("merchant", "create", "--id", "olive", "--name", "Olive House").exitCode()).isZero();
        Path members = csv("external_id,gender,age_band,region,tags\nc-1,,,,\nc-2,,,,\n");
        assertThat(run("import", "members", "--merchant", "olive", members.toString()).exitCode()).isZero();
        Path orders = dir.resolve("orders.csv");
        Files.writeString(orders, """
                order_id,member_external_id,amount,categories,paid_at
                o-1,c-1,168.00,olive-oil,2026-02-01T10:00:00Z
                o-2,c-1,88.50,olive-oil;vinegar,2026-02-15T10:00:00Z
                o-3,nobody,10.00,,
                o-4,c-2,abc,,
                o-5,c-2,20.00,,yesterday
                o-1,c-1,168.00,olive-oil,2026-02-01T10:00:00Z
                o-6,c-2,42.00,,
                """);

        Shequn.Run first = run("import", "orders", "--merchant", "olive", orders.toString(), "--output", "json");
        Shequn.Run again = run("import", "orders", "--merchant", "olive", orders.toString(), "--output", "json");

        assertThat(first.exitCode()).as(first.err()).isZero();
        List<JsonNode> printed = jsonDocuments(first.out());
        assertThat(printed.get(0).path("rowsRead").asInt()).isEqualTo(7);
        assertThat(printed.get(0).path("imported").asInt()).isEqualTo(3);
        assertThat(printed.get(0).path("existing").asInt()).isEqualTo(1);
        assertThat(printed.get(0).path("refused").asInt()).isEqualTo(3);
        assertThat(printed.get(1)).extracting(n -> n.path("line").asInt()).containsExactly(4, 5, 6);
        assertThat(printed.get(1).get(0).path("reason").asText()).startsWith("member_external_id:");
        assertThat(printed.get(1).get(1).path("reason").asText()).startsWith("amount:");
        assertThat(printed.get(1).get(2).path("reason").asText()).startsWith("paid_at:");
        JsonNode second = jsonDocuments(again.out()).get(0);
        assertThat(second.path("imported").asInt()).isZero();
        assertThat(second.path("existing").asInt()).isEqualTo(4);

        Shequn.Run export = run("export", "members", "--merchant", "olive");
        assertThat(export.out()).contains("c-1,,,,,").containsPattern("c-1,,,,,[^,]+,2,256.50,")
                .containsPattern("c-2,,,,,[^,]+,1,42.00,");
    }

    @Test
    void givenAWrongHeader_whenImporting_thenNothingIsImportedAndTheExitCodeIs2() throws Exception {
        Path file = csv("id,name\nc-1,Ann\n");

        Shequn.Run run = run("import", "members", "--merchant", "olive", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("external_id,gender,age_band,region,tags");
    }

    @Test
    void givenAMissingFile_whenImporting_thenTheExitCodeIs2() {
        Shequn.Run run = run("import", "members", "--merchant", "olive", dir.resolve("nope.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such file");
    }

    /** The import prints the summary object, then the refusals array: two JSON documents in a row. */
    private List<JsonNode> jsonDocuments(String text) throws Exception {
        List<JsonNode> documents = new ArrayList<>();
        try (var parser = json.getFactory().createParser(text)) {
            var iterator = json.readValues(parser, JsonNode.class);
            while (iterator.hasNext()) {
                documents.add(iterator.next());
            }
        }
        return documents;
    }
}

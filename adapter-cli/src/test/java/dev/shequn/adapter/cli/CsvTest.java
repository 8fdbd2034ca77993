package dev.shequn.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvTest {

    private static List<Csv.Row> read(String text) {
        List<Csv.Row> rows = new ArrayList<>();
        try (Csv.Reader reader = new Csv.Reader(new StringReader(text))) {
            for (Optional<Csv.Row> row = reader.next(); row.isPresent(); row = reader.next()) {
                rows.add(row.get());
            }
        }
        return rows;
    }

    @Test
    void givenQuotedFieldsWithCommasQuotesAndLineBreaks_whenReading_thenFieldsAndStartLinesAreKept() {
        List<Csv.Row> rows = read("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nlast,,\n");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).isEqualTo(new Csv.Row(1, List.of("a", "b", "c")));
        assertThat(rows.get(1)).isEqualTo(new Csv.Row(2, List.of("x, y", "say \"hi\"", "two\nlines")));
        assertThat(rows.get(2)).isEqualTo(new Csv.Row(4, List.of("last", "", "")));
    }

    @Test
    void givenNoFinalLineBreak_whenReading_thenTheLastRecordIsRead() {
        assertThat(read("a\nb")).extracting(Csv.Row::fields).containsExactly(List.of("a"), List.of("b"));
    }

    @Test
    void givenAnUnclosedQuote_whenReading_thenTheLineIsNamed() {
        assertThatThrownBy(() -> read("a\n\"open,b\n")).isInstanceOf(Csv.MalformedCsvException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void givenTextAfterAClosingQuote_whenReading_thenItIsMalformed() {
        assertThatThrownBy(() -> read("\"a\"b\n")).isInstanceOf(Csv.MalformedCsvException.class);
    }

    @Test
    void givenAwkwardFields_whenWritingThenReading_thenTheyComeBackUnchanged() {
        List<String> fields = List.of("plain", "a,b", "q\"uote", "line\r\nbreak", "", "上海");
        StringWriter out = new StringWriter();

        Csv.writeRow(out, fields);

        assertThat(out.toString()).isEqualTo("plain,\"a,b\",\"q\"\"uote\",\"line\r\nbreak\",,上海\r\n");
        assertThat(read(out.toString())).extracting(Csv.Row::fields).containsExactly(fields);
    }
}

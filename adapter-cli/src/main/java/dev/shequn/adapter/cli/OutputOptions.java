package dev.shequn.adapter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --output table|json}: how a command prints its result on standard output (a picocli mixin). */
public final class OutputOptions {

    public enum Format { table, json }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (for people, the default) or json (for scripts).")
    Format format = Format.table;

    /** One result object: a two-column table of field and value, or one JSON object. */
    public void printObject(PrintWriter out, Map<String, ?> fields) {
        if (format == Format.json) {
            out.println(json(fields));
            return;
        }
        List<Map<String, ?>> rows = new ArrayList<>();
        fields.forEach((k, v) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("field", k);
            row.put("value", v);
            rows.add(row);
        });
        printTable(out, List.of("field", "value"), rows);
    }

    /** Rows with the same columns: an aligned text table, or a JSON array of objects. */
    public void printRows(PrintWriter out, List<String> columns, List<? extends Map<String, ?>> rows) {
        if (format == Format.json) {
            out.println(json(rows));
            return;
        }
        printTable(out, columns, rows);
    }

    static void printTable(PrintWriter out, List<String> columns, List<? extends Map<String, ?>> rows) {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).length();
            for (Map<String, ?> row : rows) {
                widths[i] = Math.max(widths[i], text(row.get(columns.get(i))).length());
            }
        }
        out.println(line(columns.stream().map(c -> (Object) c).toList(), widths));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        }
        out.println(rule);
        for (Map<String, ?> row : rows) {
            out.println(line(columns.stream().map(c -> (Object) row.get(c)).toList(), widths));
        }
    }

    private static String line(List<Object> cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = text(cells.get(i));
            b.append(i == 0 ? "" : "  ").append(cell);
            if (i < cells.size() - 1) {
                b.append(" ".repeat(widths[i] - cell.length()));
            }
        }
        return b.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a result that Jackson cannot write", e);
        }
    }
}

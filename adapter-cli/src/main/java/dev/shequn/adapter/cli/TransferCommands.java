package dev.shequn.adapter.cli;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.port.in.MemberView;
import dev.shequn.application.port.in.RecordPaidOrderUseCase;
import dev.shequn.application.port.in.UpsertMemberUseCase;
import dev.shequn.domain.member.AgeBand;
import dev.shequn.domain.member.Gender;
import dev.shequn.domain.member.Member;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shequn import members|orders FILE.csv} and {@code shequn export members}: members in and out as CSV
 * with the columns {@value #MEMBER_HEADER} (tags separated by {@code ;}); paid orders in with
 * {@value #ORDER_HEADER}. Members go through the upsert use case (keyed by external id), orders through
 * record-paid-order (keyed by the host's order id), so importing a file again creates no duplicates.
 */
public final class TransferCommands {

    static final String MEMBER_HEADER = "external_id,gender,age_band,region,tags";
    static final List<String> MEMBER_COLUMNS = List.of(MEMBER_HEADER.split(","));
    private static final String EXPORT_HEADER_EXTRA = "member_id,paid_orders,total_spend,tier";

    private TransferCommands() {}

    public static List<CommandLine> all(Backend.Factory backends, boolean terminal) {
        return List.of(
                new CommandLine(new ImportGroup()).addSubcommand(new ImportMembers(backends, terminal))
                        .addSubcommand(new ImportOrders(backends, terminal)),
                new CommandLine(new ExportGroup()).addSubcommand(new ExportMembers(backends)));
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Import data from CSV files.")
    static final class ImportGroup extends AdminCommands.Group {}

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Export data as CSV.")
    static final class ExportGroup extends AdminCommands.Group {}

    /** A row the import refused, and why. */
    record Refusal(int line, String reason) {}

    @Command(name = "members", mixinStandardHelpOptions = true,
            description = {"Import members from a CSV file with the header " + MEMBER_HEADER + ".",
                "Rows are upserted by external_id: a bad row is reported and skipped, importing again creates "
                        + "no duplicates."})
    static final class ImportMembers implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StorageOptions storage;
        @Mixin
        OutputOptions output;
        @Option(names = "--merchant", required = true)
        String merchant;
        @Parameters(paramLabel = "FILE.csv")
        Path file;

        private final Backend.Factory backends;
        private final boolean terminal;

        ImportMembers(Backend.Factory backends, boolean terminal) {
            this.backends = requireNonNull(backends, "backends");
            this.terminal = terminal;
        }

        @Override
        public Integer call() {
            MerchantId merchantId = AdminCommands.parse(spec, "--merchant", merchant, MerchantId::new);
            return runImport(spec, output, storage, backends, terminal, file, MEMBER_COLUMNS, "Importing members",
                    (backend, row) -> importRow(backend, merchantId, row).map(UpsertMemberUseCase.Result::created));
        }

        private static List<String> header(Csv.Row row) {
            return row.fields().stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).toList();
        }

        private static List<Csv.Row> readAll(Csv.Reader reader) {
            List<Csv.Row> rows = new ArrayList<>();
            for (Optional<Csv.Row> row = reader.next(); row.isPresent(); row = reader.next()) {
                boolean blank = row.get().fields().size() == 1 && row.get().fields().get(0).isBlank();
                if (!blank) {
                    rows.add(row.get());
                }
            }
            return rows;
        }

        /** One row through the use case; a refusal is the reason text, never an exception that stops the import. */
        private static Either<String, UpsertMemberUseCase.Result> importRow(Backend backend, MerchantId merchant,
                Csv.Row row) {
            List<String> f = row.fields();
            if (f.size() != MEMBER_COLUMNS.size()) {
                return Either.left("expected " + MEMBER_COLUMNS.size() + " fields, found " + f.size());
            }
            Gender gender;
            AgeBand ageBand;
            try {
                gender = f.get(1).isBlank() ? null : Gender.valueOf(f.get(1).trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return Either.left("gender: must be one of " + Arrays.toString(Gender.values()));
            }
            try {
                ageBand = f.get(2).isBlank() ? null : AgeBand.valueOf(f.get(2).trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return Either.left("age_band: must be one of " + Arrays.toString(AgeBand.values()));
            }
            String region = f.get(3).isEmpty() ? null : f.get(3);
            Set<String> tags = Arrays.stream(f.get(4).split(";")).map(String::trim).filter(t -> !t.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            UpsertMemberUseCase.Command command =
                    new UpsertMemberUseCase.Command(merchant, f.get(0), gender, ageBand, region, tags);
            Either<UseCaseError, UpsertMemberUseCase.Result> answer = backend.shequn().upsertMember().upsertMember(command);
            return answer.mapLeft(TransferCommands::reason);
        }
    }

    static final String ORDER_HEADER = "order_id,member_external_id,amount,categories,paid_at";
    static final List<String> ORDER_COLUMNS = List.of(ORDER_HEADER.split(","));

    @Command(name = "orders", mixinStandardHelpOptions = true,
            description = {"Import paid orders from a CSV file with the header " + ORDER_HEADER + ".",
                "amount is a decimal in the member's currency, categories are separated by ';', paid_at is an "
                        + "ISO-8601 instant (empty: now). Orders are keyed by the host's order_id: importing again "
                        + "records nothing twice."})
    static final class ImportOrders implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        StorageOptions storage;
        @Mixin
        OutputOptions output;
        @Option(names = "--merchant", required = true)
        String merchant;
        @Parameters(paramLabel = "FILE.csv")
        Path file;

        private final Backend.Factory backends;
        private final boolean terminal;

        ImportOrders(Backend.Factory backends, boolean terminal) {
            this.backends = requireNonNull(backends, "backends");
            this.terminal = terminal;
        }

        @Override
        public Integer call() {
            MerchantId merchantId = AdminCommands.parse(spec, "--merchant", merchant, MerchantId::new);
            return runImport(spec, output, storage, backends, terminal, file, ORDER_COLUMNS, "Importing orders",
                    (backend, row) -> importOrder(backend, merchantId, row));
        }

        /** Left: why the row was refused; right: whether it recorded a new order (false: already there). */
        private static Either<String, Boolean> importOrder(Backend backend, MerchantId merchant, Csv.Row row) {
            List<String> f = row.fields();
            if (f.size() != ORDER_COLUMNS.size()) {
                return Either.left("expected " + ORDER_COLUMNS.size() + " fields, found " + f.size());
            }
            Optional<Member> member = backend.unitOfWork().inTransaction(
                    () -> backend.members().findByExternalId(merchant, f.get(1)));
            if (member.isEmpty()) {
                return Either.left("member_external_id: no member " + f.get(1));
            }
            Money amount;
            try {
                amount = Money.of(f.get(2).trim(), member.get().currency());
            } catch (IllegalArgumentException e) {
                return Either.left("amount: " + e.getMessage());
            }
            Instant paidAt;
            try {
                paidAt = f.get(4).isBlank() ? null : Instant.parse(f.get(4).trim());
            } catch (DateTimeParseException e) {
                return Either.left("paid_at: must be an ISO-8601 instant like 2026-03-01T08:00:00Z");
            }
            Set<String> categories = Arrays.stream(f.get(3).split(";")).map(String::trim).filter(t -> !t.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            long before = member.get().metrics().paidOrders();
            return backend.shequn().recordPaidOrder().recordPaidOrder(new RecordPaidOrderUseCase.Command(merchant,
                            member.get().id(), f.get(0), amount, categories, paidAt))
                    .mapLeft(TransferCommands::reason)
                    .map(view -> view.paidOrders() > before);
        }
    }

    /** One row's import: left is the refusal, right whether the row created something new. */
    @FunctionalInterface
    interface RowImport {
        Either<String, Boolean> apply(Backend backend, Csv.Row row);
    }

    /**
     * Reads the whole file, checks the header, imports row by row (a refused row never stops the others), then
     * prints the summary: rows read, imported (new), existing (a member updated in place, an order already recorded), refused with line and reason.
     */
    static int runImport(CommandSpec spec, OutputOptions output, StorageOptions storage, Backend.Factory backends,
            boolean terminal, Path file, List<String> columns, String task, RowImport rowImport) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Csv.Row> rows;
        try (Csv.Reader reader = new Csv.Reader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            rows = ImportMembers.readAll(reader);
        } catch (NoSuchFileException e) {
            err.println("error: no such file: " + file);
            err.flush();
            return Failures.BAD_INPUT;
        } catch (IOException | UncheckedIOException e) {
            err.println("error: cannot read " + file + ": " + e.getMessage());
            err.flush();
            return Failures.BAD_INPUT;
        } catch (Csv.MalformedCsvException e) {
            err.println("error: " + file + " is not valid CSV: " + e.getMessage());
            err.flush();
            return Failures.BAD_INPUT;
        }
        if (rows.isEmpty() || !ImportMembers.header(rows.get(0)).equals(columns)) {
            err.println("error: " + file + " must start with the header " + String.join(",", columns));
            err.flush();
            return Failures.BAD_INPUT;
        }
        List<Csv.Row> records = rows.subList(1, rows.size());
        int imported = 0;
        int existing = 0;
        List<Refusal> refused = new ArrayList<>();
        try (Backend backend = backends.open(storage.choice());
                Progress progress = new Progress(terminal, err, task, records.size())) {
            for (Csv.Row row : records) {
                Either<String, Boolean> answer = rowImport.apply(backend, row);
                if (answer.isLeft()) {
                    refused.add(new Refusal(row.line(), answer.getLeft()));
                } else if (answer.get()) {
                    imported++;
                } else {
                    existing++;
                }
                progress.step();
            }
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("rowsRead", records.size());
        summary.put("imported", imported);
        summary.put("existing", existing);
        summary.put("refused", refused.size());
        output.printObject(out, summary);
        if (!refused.isEmpty()) {
            List<Map<String, Object>> lines = refused.stream().map(r -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("line", r.line());
                m.put("reason", r.reason());
                return m;
            }).toList();
            output.printRows(out, List.of("line", "reason"), lines);
        }
        out.flush();
        return Failures.DONE;
    }

    static String reason(UseCaseError error) {
        if (error instanceof UseCaseError.InvalidCommand invalid) {
            return invalid.violations().stream()
                    .map(v -> column(v.field()) + ": " + v.message())
                    .collect(Collectors.joining("; "));
        }
        if (error instanceof UseCaseError.Refused refused) {
            return refused.reason() + ": " + refused.detail();
        }
        return error.code() + ": " + error;
    }

    /** The command's field names as the CSV's column names, so a refusal names the column the user wrote. */
    private static String column(String field) {
        return switch (field.replaceAll("\\[.*", "").replaceAll("<.*", "")) {
            case "externalId" -> "external_id";
            case "ageBand" -> "age_band";
            case "manualTags" -> "tags";
            default -> field;
        };
    }

    /**
     * Progress on standard error: a progress bar on a terminal, otherwise a plain line every 10% (and at the
     * end) so logs of scripted runs stay readable.
     */
    static final class Progress implements AutoCloseable {
        private final ProgressBar bar;
        private final PrintWriter err;
        private final String task;
        private final int total;
        private int done;
        private int lastTenth = -1;

        Progress(boolean terminal, PrintWriter err, String task, int total) {
            this.err = err;
            this.task = task;
            this.total = total;
            this.bar = terminal
                    ? new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                            .setStyle(ProgressBarStyle.ASCII).setConsumer(
                                    new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                            .build()
                    : null;
        }

        void step() {
            done++;
            if (bar != null) {
                bar.step();
                return;
            }
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                err.println(task + ": " + done + "/" + total);
                err.flush();
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }

    @Command(name = "members", mixinStandardHelpOptions = true,
            description = "Write every member of a merchant as CSV (RFC 4180) to standard output or --file.")
    static final class ExportMembers implements Callable<Integer> {
        private static final int PAGE = 500;

        @Spec
        CommandSpec spec;
        @Mixin
        StorageOptions storage;
        @Option(names = "--merchant", required = true)
        String merchant;
        @Option(names = "--file", paramLabel = "FILE.csv", description = "Write here instead of standard output.")
        Path file;

        private final Backend.Factory backends;

        ExportMembers(Backend.Factory backends) {
            this.backends = requireNonNull(backends, "backends");
        }

        @Override
        public Integer call() throws IOException {
            MerchantId merchantId = AdminCommands.parse(spec, "--merchant", merchant, MerchantId::new);
            Writer out = file == null ? spec.commandLine().getOut()
                    : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
            int count = 0;
            try (Backend backend = backends.open(storage.choice())) {
                Csv.writeRow(out, List.of((MEMBER_HEADER + "," + EXPORT_HEADER_EXTRA).split(",")));
                Optional<MemberId> after = Optional.empty();
                while (true) {
                    Optional<MemberId> from = after;
                    List<Member> page = backend.unitOfWork().inTransaction(
                            () -> backend.members().findPage(merchantId, from, PAGE));
                    for (Member member : page) {
                        Csv.writeRow(out, exportRow(member));
                        count++;
                    }
                    if (page.size() < PAGE) {
                        break;
                    }
                    after = Optional.of(page.get(page.size() - 1).id());
                }
            } finally {
                if (file != null) {
                    out.close();
                } else {
                    out.flush();
                }
            }
            if (file != null) {
                spec.commandLine().getErr().println("Exported " + count + " members to " + file);
                spec.commandLine().getErr().flush();
            }
            return Failures.DONE;
        }

        private static List<String> exportRow(Member member) {
            MemberView view = MemberView.of(member);
            return List.of(member.externalId(),
                    member.portrait().gender().map(Enum::name).orElse(""),
                    member.portrait().ageBand().map(Enum::name).orElse(""),
                    member.portrait().region().orElse(""),
                    String.join(";", member.manualTags()),
                    view.id().value(), Long.toString(view.paidOrders()), view.totalSpend().toPlainString(),
                    view.tier().orElse(""));
        }
    }
}

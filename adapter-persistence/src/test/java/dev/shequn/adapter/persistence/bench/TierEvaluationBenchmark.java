package dev.shequn.adapter.persistence.bench;

import dev.shequn.adapter.persistence.config.Storage;
import dev.shequn.adapter.persistence.config.StorageConfig;
import dev.shequn.adapter.persistence.config.StorageFactory;
import dev.shequn.adapter.persistence.jdbc.JdbcMemberRepository;
import dev.shequn.adapter.persistence.support.EmbeddedPostgresServer;
import dev.shequn.application.Shequn;
import dev.shequn.application.port.in.EvaluateAllTiersUseCase;
import dev.shequn.domain.member.Member;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.member.Portrait;
import dev.shequn.domain.member.TagRules;
import dev.shequn.domain.merchant.Merchant;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import dev.shequn.domain.tier.QualificationRule;
import dev.shequn.domain.tier.Tier;
import dev.shequn.domain.tier.TierBenefits;
import dev.shequn.domain.tier.TierLadder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-evaluates the tiers of every member of one merchant through {@link EvaluateAllTiersUseCase}, on the
 * embedded H2 file and on PostgreSQL, and reports members per second and peak heap. Run with a small heap
 * ({@code -Xmx256m} in the {@code scale} profile) to show that the evaluation streams members in batches: a
 * million members would not fit in it at once. Not part of {@code verify}; see the README for the command.
 *
 * <p>Arguments: member count (default 1,000,000), batch size (default 1,000), databases ({@code h2,postgres}).
 */
public final class TierEvaluationBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(TierEvaluationBenchmark.class);
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Instant SEEDED_AT = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant EVALUATED_AT = SEEDED_AT.plus(Duration.ofDays(1));
    private static final int SEED_CHUNK = 5_000;

    private TierEvaluationBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int members = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        List<String> databases = List.of((args.length > 2 ? args[2] : "h2,postgres").split(","));
        Path report = Path.of("target", "scale-report.txt");
        Files.createDirectories(report.getParent());
        for (String database : databases) {
            String line = switch (database) {
                case "h2" -> {
                    Path directory = Files.createTempDirectory("shequn-scale-h2");
                    try (Storage storage = StorageFactory.open(new StorageConfig.EmbeddedFile(directory))) {
                        yield run("H2 file", storage, members, batchSize);
                    } finally {
                        deleteRecursively(directory);
                    }
                }
                case "postgres" -> {
                    String url = EmbeddedPostgresServer.newDatabase();
                    try (Storage storage = StorageFactory.open(new StorageConfig.Postgres(url, "postgres", ""))) {
                        yield run("PostgreSQL 17 (embedded)", storage, members, batchSize);
                    }
                }
                default -> throw new IllegalArgumentException("unknown database " + database + " (h2 or postgres)");
            };
            LOG.info(line);
            Files.writeString(report, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String run(String database, Storage storage, int count, int batchSize) {
        MerchantId merchant = new MerchantId("scale-shop");
        long seedStart = System.nanoTime();
        seed(storage, merchant, count);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        LOG.info("{}: seeded {} members in {} s", database, count, String.format("%.1f", seedSeconds));

        Shequn shequn = new Shequn(storage.outPorts(), Clock.fixed(EVALUATED_AT, ZoneOffset.UTC));

        System.gc();
        EvaluateAllTiersUseCase.Result result;
        double seconds;
        long peakUsed;
        long peakRetained;
        try (HeapWatch heap = new HeapWatch()) {
            long start = System.nanoTime();
            result = shequn.evaluateAllTiers()
                    .evaluateAllTiers(new EvaluateAllTiersUseCase.Command(merchant, batchSize))
                    .getOrElseThrow(error -> new IllegalStateException(error.toString()));
            seconds = (System.nanoTime() - start) / 1e9;
            peakUsed = heap.peakUsed();
            peakRetained = heap.peakRetainedAfterGc();
        }
        long maxHeap = Runtime.getRuntime().maxMemory();
        if (result.evaluated() != count) {
            throw new IllegalStateException("evaluated " + result.evaluated() + " of " + count + " members: " + result);
        }
        return String.format("%s: re-evaluated %,d members (%,d changed tier, %,d skipped) in %.1f s = %,.0f members/s;"
                        + " batch %d; heap: peak used %.1f MiB, peak retained after GC %.1f MiB, max %.0f MiB",
                database, result.evaluated(), result.changed(), result.skipped(), seconds, result.evaluated() / seconds,
                batchSize, peakUsed / 1048576.0, peakRetained / 1048576.0, maxHeap / 1048576.0);
    }

    /**
     * A merchant with a two-tier ladder and members of three kinds: no order, one small order (regular tier), two
     * orders over 500 (gold tier). Loaded with the member repository's batched insert, a chunk per transaction.
     */
    private static void seed(Storage storage, MerchantId merchant, int count) {
        storage.unitOfWork().inTransaction(() -> {
            storage.merchants().save(Merchant.create(merchant, "Scale shop", CNY, SEEDED_AT));
            storage.tagRules().save(new TagRules(merchant, Optional.of(Money.of("500", CNY)), true, Optional.of(90), 0));
            storage.tierLadders().save(TierLadder.create(merchant, List.of(
                    new Tier("regular", "Regular", List.of(new QualificationRule.PaidOrdersInWindow(365, 1)),
                            TierBenefits.none()),
                    new Tier("gold", "Gold", List.of(new QualificationRule.SpendInWindow(365, Money.of("500", CNY))),
                            TierBenefits.none())),
                    Duration.ofDays(30)));
            return null;
        });
        TagRules noTags = TagRules.none(merchant);
        JdbcMemberRepository members = storage.members();
        for (int from = 0; from < count; from += SEED_CHUNK) {
            int start = from;
            int end = Math.min(count, from + SEED_CHUNK);
            storage.unitOfWork().inTransaction(() -> {
                List<Member> chunk = new ArrayList<>(end - start);
                for (int i = start; i < end; i++) {
                    Member member = Member.create(new MemberId(String.format("m-%08d", i)), merchant, "ext-" + i, CNY,
                            Portrait.unknown(), Set.of(), SEEDED_AT);
                    int orders = i % 3;
                    for (int o = 0; o < orders; o++) {
                        member.recordPaidOrder("o-" + i + "-" + o, Money.of(orders == 2 ? "300.00" : "42.50", CNY),
                                Set.of("oil"), SEEDED_AT.minus(Duration.ofDays(o + 1)), noTags, Duration.ofDays(365),
                                SEEDED_AT);
                    }
                    chunk.add(member);
                }
                members.insertAll(chunk);
                return null;
            });
        }
    }
}

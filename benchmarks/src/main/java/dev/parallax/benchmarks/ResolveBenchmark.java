package dev.parallax.benchmarks;

import dev.parallax.names.EntityDictionary;
import dev.parallax.names.NameResolver;
import dev.parallax.names.Resolution;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of {@link NameResolver#resolve} on a synthetic people-and-places dictionary ({@link
 * SyntheticNames}), and the time to parse and index that dictionary. The 1,000-entity size is the
 * baseline: the blocking index keeps the lookups cheap at 100,000, but a larger dictionary gives
 * each query more candidates that share a given name or a place-name pattern, and those are scored.
 *
 * <p>Run: {@code ./mvnw -q -B -ntp -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar ResolveBenchmark -f 1 -wi 2 -i 3}; add {@code -prof gc} for the
 * allocation per name. Setup prints the people and places, the first load's wall time, the heap the
 * dictionary and resolver retain, the queries linked, and names per CPU-second and a warm load's CPU
 * time, which a shared machine disturbs far less than the wall-clock scores.
 *
 * <p>Measured (November 2026, 2 shared cores at load average about 9; CPU-time figures, the code at
 * the start of that session in brackets): 100,000 entities 11,000-13,500 names per CPU-second
 * (5,500-7,000), load 1.1-1.4 s of CPU (1.6-2.0 s), 165 MB retained (175 MB); 1,000 entities
 * 85,000-115,000 names per CPU-second (60,000-63,000). Allocation per name at 100,000: 22 KB (56 KB); per load: 510 MB
 * (890 MB). The wall-clock JMH scores on that machine were 2 to 10 times lower and noisy.
 */
@State(Scope.Benchmark)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class ResolveBenchmark {
    static final int BATCH = 1000;

    @Param({"1000", "100000"})
    int entities;

    String tsv;
    List<String> queries;
    NameResolver resolver;

    @Setup(Level.Trial)
    public void setUp() {
        SyntheticNames.Data data = SyntheticNames.build(entities, BATCH, 42L);
        tsv = data.dictionaryTsv();
        queries = data.queries();
        Runtime rt = Runtime.getRuntime();
        long before = usedAfterGc(rt);
        long t0 = System.nanoTime();
        EntityDictionary dictionary = EntityDictionary.parse("synthetic", tsv);
        resolver = NameResolver.of(dictionary);
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        long retained = usedAfterGc(rt) - before;
        int linked = 0;
        for (String q : queries) {
            if (resolver.resolve(q).linked()) {
                linked++;
            }
        }
        // on a shared machine wall-clock throughput swings with the neighbours' load; this thread's
        // CPU time does much less, so it is printed too (after a warm-up of the same length)
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        double perCpuSecond = 0;
        for (int round = 0; round < 2; round++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long names = 0;
            while (mx.getCurrentThreadCpuTime() - c0 < 2_000_000_000L) {
                for (String q : queries) {
                    resolver.resolve(q);
                }
                names += queries.size();
            }
            perCpuSecond = names * 1e9 / (mx.getCurrentThreadCpuTime() - c0);
        }
        long c0 = mx.getCurrentThreadCpuTime();
        NameResolver.of(EntityDictionary.parse("synthetic", tsv));
        long loadCpuMs = (mx.getCurrentThreadCpuTime() - c0) / 1_000_000;
        System.out.printf(
                "%n[ResolveBenchmark] %d entities: %.0f names per CPU-second; a warm load takes %d ms of CPU%n",
                entities, perCpuSecond, loadCpuMs);
        System.out.printf(
                "%n[ResolveBenchmark] %d entities (%d people, %d places, %d variant lines): first load %d ms,"
                        + " dictionary and resolver retain ~%d MB; %d of %d queries linked (about 3 in 4 name"
                        + " someone or somewhere)%n",
                entities,
                data.people(),
                data.places(),
                dictionary.variantCount(),
                loadMs,
                retained >> 20,
                linked,
                queries.size());
    }

    private static long usedAfterGc(Runtime rt) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Names resolved per second (one operation = one name). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(BATCH)
    public void resolve(Blackhole bh) {
        for (String q : queries) {
            Resolution r = resolver.resolve(q);
            bh.consume(r);
        }
    }

    /** Parsing and indexing the whole dictionary, once per iteration. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, batchSize = 1)
    @Measurement(iterations = 3, batchSize = 1)
    public NameResolver load() {
        return NameResolver.of(EntityDictionary.parse("synthetic", tsv));
    }
}

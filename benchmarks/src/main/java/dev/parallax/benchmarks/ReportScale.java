package dev.parallax.benchmarks;

import dev.parallax.names.EntityDictionary;
import dev.parallax.report.Report;
import dev.parallax.report.ReportBuilder;
import dev.parallax.report.ReportJson;
import dev.parallax.text.Document;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;

/**
 * Time and memory of {@code parallax report} over synthetic corpora of growing size (see {@link
 * SyntheticCorpus}). One fresh JVM per size gives the cleanest memory figure:
 *
 * <pre>
 * ./mvnw -q -B -ntp -pl benchmarks -am package -DskipTests
 * for n in 100 1000 10000; do
 *   java -Xmx4g -cp benchmarks/target/benchmarks.jar dev.parallax.benchmarks.ReportScale seeds $n
 * done
 * </pre>
 *
 * <p>Prints one line per size: articles, sentences, seconds (wall clock) and CPU seconds (all
 * threads) to build the report and write its JSON, articles per second, peak heap in MB, and the number of facts, names and quotes found.
 * The first size run in a JVM includes warm-up (class loading, dictionaries).
 */
public final class ReportScale {
    private ReportScale() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ReportScale SEEDS_FOLDER N [N ...]");
            System.exit(2);
        }
        List<Document> seeds = SeedArticles.read(args[0]);
        SyntheticCorpus gen = SyntheticCorpus.from(seeds);
        ReportBuilder builder = ReportBuilder.of(EntityDictionary.builtIn());
        System.out.println(
                "articles  sentences  seconds  cpu-seconds  articles/s  peak-heap-MB  facts(2+)  names  quotes");
        for (int a = 1; a < args.length; a++) {
            int n = Integer.parseInt(args[a]);
            List<Document> corpus = gen.generate(n, 42L + n);
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            long c0 = cpuNanos();
            Report r = builder.build(corpus);
            int jsonLength = ReportJson.write(r).length();
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpu = (cpuNanos() - c0) / 1e9;
            long shared = r.facts().stream().filter(f -> f.sourceCount() > 1).count();
            int sentences =
                    r.sources().stream().mapToInt(Report.Source::sentences).sum();
            System.out.println(String.format(
                    Locale.ROOT,
                    "%8d  %9d  %7.1f  %11.1f  %10.1f  %12d  %9d  %5d  %6d   (json %d MB)",
                    n,
                    sentences,
                    secs,
                    cpu,
                    n / secs,
                    peakHeapMb(),
                    shared,
                    r.names().size(),
                    r.quotes().size(),
                    jsonLength >> 20));
        }
    }

    /** CPU time of the whole process (all threads, GC included), so that a loaded machine does not skew it. */
    private static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}

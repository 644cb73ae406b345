package dev.parallax.benchmarks;

import com.ibm.icu.text.BreakIterator;
import dev.parallax.text.Document;
import dev.parallax.text.TextAnalysis;
import dev.parallax.text.TextPipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Clean + segment throughput on news text, one thread. The corpus is the English articles of
 * {@code seeds/} (read from the working directory, so run it from the repository root):
 *
 * <pre>
 * ./mvnw -q -B -ntp -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar TextPipelineBenchmark -f 1 -wi 6 -w 10 -i 3 -r 10
 * </pre>
 *
 * <p>The {@code bytes} line of the result is the throughput in UTF-8 bytes per second (divide by
 * 10^6 for MB/s). Modes: {@code pipeline} (cleaning, language identification per document and
 * paragraph, segmentation: {@code TextPipeline.defaults()}), {@code known-language} (cleaning and
 * segmentation, language given), and {@code icu-baseline} (ICU's sentence iterator alone over the
 * raw text, the floor any ICU-based segmenter stands on).
 *
 * <p>The warm-up is long on purpose: on a loaded machine the JIT needs tens of seconds before the
 * cleaning and segmentation code is compiled, and short runs report interpreter speed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
@Threads(1)
public class TextPipelineBenchmark {
    @Param({"pipeline", "known-language", "icu-baseline"})
    public String mode;

    private List<Document> docs;
    private long corpusBytes;
    private TextPipeline pipeline;

    /** Bytes processed, reported by JMH as a rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public long bytes;

        @Setup(Level.Iteration)
        public void clear() {
            bytes = 0;
        }
    }

    @Setup
    public void setup() {
        docs = new ArrayList<>(SeedArticles.read("seeds"));
        corpusBytes = SeedArticles.utf8Bytes(docs);
        pipeline = mode.equals("known-language") ? TextPipeline.defaults().withLanguage("en") : TextPipeline.defaults();
        System.out.printf(Locale.ROOT, "%ncorpus: %d documents, %d bytes%n", docs.size(), corpusBytes);
    }

    @Benchmark
    public void cleanAndSegment(Bytes counter, Blackhole bh) {
        if (mode.equals("icu-baseline")) {
            for (Document d : docs) {
                BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
                it.setText(d.text());
                int n = 0;
                while (it.next() != BreakIterator.DONE) {
                    n++;
                }
                bh.consume(n);
            }
        } else {
            for (Document d : docs) {
                TextAnalysis a = pipeline.analyze(d);
                bh.consume(a.sentences().size());
            }
        }
        counter.bytes += corpusBytes;
    }
}

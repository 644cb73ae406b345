package dev.parallax.benchmarks;

import dev.parallax.names.EntityDictionary;
import dev.parallax.names.MentionFinder;
import dev.parallax.names.NameResolver;
import dev.parallax.quotes.QuoteExtractor;
import dev.parallax.quotes.SpeakerNames;
import dev.parallax.text.Document;
import dev.parallax.text.Tokenizer;
import java.util.List;
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

/**
 * Quotation extraction and attribution on news text, one thread: the articles of {@code seeds/}
 * through {@link QuoteExtractor#extract}. The primary score is passes over the folder per second;
 * the secondary metrics {@code bytes} (UTF-8 bytes of input per second; divide by 10^6 for MB/s)
 * and {@code quotes} (quotations found per second). Modes: {@code capitalised} (names guessed from
 * capitalisation), {@code linked} (speakers linked through the names module's MentionFinder with the
 * built-in dictionaries), and the {@code tokenize} baseline, the floor under any extractor.
 *
 * <pre>
 * ./mvnw -q -B -ntp -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar QuotesBenchmark -f 1 -wi 2 -i 3
 * </pre>
 *
 * Run from the repository root (it reads {@code seeds/}), or pass {@code -p seeds=/path}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@Threads(1)
@State(Scope.Benchmark)
public class QuotesBenchmark {
    @Param({"capitalised", "linked", "tokenize"})
    public String mode;

    @Param({"seeds"})
    public String seeds;

    private QuoteExtractor extractor;
    private List<Document> docs;
    private long bytesPerPass;

    /** Bytes and quotes processed, reported by JMH as rates. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public long bytes;
        public long quotes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
            quotes = 0;
        }
    }

    @Setup
    public void setUp() {
        extractor = QuoteExtractor.defaults();
        if (mode.equals("linked")) {
            EntityDictionary dict = EntityDictionary.builtIn();
            extractor = extractor.withNames(SpeakerNames.linked(MentionFinder.of(NameResolver.of(dict), dict)));
        }
        docs = SeedArticles.read(seeds);
        bytesPerPass = SeedArticles.utf8Bytes(docs);
        docs.forEach(extractor::extract);
    }

    @Benchmark
    public int extractAll(Counters counters) {
        int n = 0;
        if (mode.equals("tokenize")) {
            for (Document d : docs) {
                n += Tokenizer.tokenize(d.text()).size();
            }
        } else {
            for (Document d : docs) {
                n += extractor.extract(d).size();
            }
            counters.quotes += n;
        }
        counters.bytes += bytesPerPass;
        return n;
    }
}

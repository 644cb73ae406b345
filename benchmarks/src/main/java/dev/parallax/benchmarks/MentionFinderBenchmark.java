package dev.parallax.benchmarks;

import dev.parallax.names.EntityDictionary;
import dev.parallax.names.MentionFinder;
import dev.parallax.names.NameResolver;
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
 * Mention finding in English news, one thread: the articles of {@code seeds/} run through {@link
 * MentionFinder#find} with the built-in dictionaries. The secondary metric {@code bytes} is UTF-8
 * bytes of input per second (divide by 10^6 for MB/s). The {@code tokenize} baseline is the
 * tokenizer alone, the floor under any finder.
 *
 * <pre>
 * ./mvnw -q -B -ntp -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar MentionFinderBenchmark -f 1 -wi 2 -i 3
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
public class MentionFinderBenchmark {
    @Param({"find", "tokenize"})
    public String mode;

    @Param({"seeds"})
    public String seeds;

    private MentionFinder finder;
    private List<Document> docs;
    private long bytesPerPass;

    /** Bytes processed, reported by JMH as a rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Setup
    public void setUp() {
        EntityDictionary dict = EntityDictionary.builtIn();
        finder = MentionFinder.of(NameResolver.of(dict), dict);
        docs = SeedArticles.read(seeds);
        bytesPerPass = SeedArticles.utf8Bytes(docs);
        // Warm the key caches the way a long-running service would have them.
        docs.forEach(finder::find);
    }

    @Benchmark
    public int findAll(Bytes counter) {
        int n = 0;
        if (mode.equals("find")) {
            for (Document d : docs) {
                n += finder.find(d).size();
            }
        } else {
            for (Document d : docs) {
                n += Tokenizer.tokenize(d.text()).size();
            }
        }
        counter.bytes += bytesPerPass;
        return n;
    }
}

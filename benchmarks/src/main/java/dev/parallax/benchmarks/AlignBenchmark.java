package dev.parallax.benchmarks;

import dev.parallax.align.Bead;
import dev.parallax.align.ComparableMatcher;
import dev.parallax.align.ParallelAligner;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the aligner core on a synthetic translation pair (seeded; Latin source, Cyrillic
 * "translation" with kept names and numbers, 5% merges and 3% deletions). Sentences per second =
 * 2 x sentences / (seconds per operation).
 *
 * <p>Run: {@code ./mvnw -q -B -ntp -pl benchmarks -am package -DskipTests && java -jar
 * benchmarks/target/benchmarks.jar AlignBenchmark -f 1 -wi 2 -i 3}. The {@code learn=false} variant is
 * the baseline without the second, self-trained pass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class AlignBenchmark {
    @Param({"1000", "9000"})
    int sentences;

    @Param({"true", "false"})
    boolean learn;

    List<String> a;
    List<String> b;
    ParallelAligner aligner;
    ComparableMatcher matcher;

    private static final String[] WORDS = {
        "minister", "said", "today", "talks", "would", "continue", "partners", "army", "village", "report",
        "people", "water", "power", "station", "attack", "morning", "border", "city", "council", "budget"
    };
    private static final String[] NAMES = {"Kyiv", "Paris", "Macron", "Zelensky", "Berlin", "Odesa"};

    @Setup
    public void setup() {
        Random r = new Random(42);
        a = new ArrayList<>();
        b = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            StringBuilder s = new StringBuilder();
            StringBuilder t = new StringBuilder();
            int len = 5 + r.nextInt(20);
            for (int w = 0; w < len; w++) {
                int k = r.nextInt(12);
                String word = k == 0
                        ? NAMES[r.nextInt(NAMES.length)]
                        : k == 1 ? Integer.toString(r.nextInt(3000)) : WORDS[r.nextInt(WORDS.length)];
                s.append(word).append(' ');
                t.append(k <= 1 ? word : cipher(word)).append(' ');
            }
            a.add(s.toString().strip() + ".");
            double p = r.nextDouble();
            if (p < 0.03) {
                continue;
            }
            if (p < 0.08 && !b.isEmpty()) {
                b.set(b.size() - 1, b.get(b.size() - 1) + " " + t.toString().strip() + ".");
            } else {
                b.add(t.toString().strip() + ".");
            }
        }
        aligner = ParallelAligner.defaults().withLearning(learn);
        matcher = ComparableMatcher.defaults();
    }

    private static String cipher(String w) {
        StringBuilder sb = new StringBuilder();
        for (char c : w.toCharArray()) {
            sb.append((char) ('а' + (c - 'a') % 32));
        }
        return sb.toString();
    }

    @Benchmark
    public List<Bead> parallel() {
        return aligner.align(a, b);
    }

    @Benchmark
    public List<Bead> comparable() {
        return matcher.match(a, b);
    }
}

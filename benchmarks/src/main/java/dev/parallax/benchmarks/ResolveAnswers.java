package dev.parallax.benchmarks;

import dev.parallax.names.EntityDictionary;
import dev.parallax.names.NameResolver;
import dev.parallax.names.Resolution;
import dev.parallax.names.TokenEvidence;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes every answer {@link NameResolver} gives on the {@link SyntheticNames} query stream, one
 * line per query (query, entity id or {@code -}, score, method, evidence), so that a change meant
 * to make resolving faster can be shown to give byte-identical answers: run it before and after and
 * compare the files. Also prints the load time and the stream's names per CPU-second.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.parallax.benchmarks.ResolveAnswers
 * 100000 60000 answers.tsv}
 */
public final class ResolveAnswers {
    private ResolveAnswers() {}

    public static void main(String[] args) throws IOException {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Path out = Path.of(args.length > 2 ? args[2] : "resolve-answers.tsv");
        SyntheticNames.Data data = SyntheticNames.build(entities, queries, 42L);
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        NameResolver resolver = NameResolver.of(EntityDictionary.parse("synthetic", data.dictionaryTsv()));
        long loadCpu = mx.getCurrentThreadCpuTime() - c0;
        List<String> stream = data.queries();
        Resolution[] answers = new Resolution[stream.size()];
        // the first sixth compiles the code; the rate is of the rest, names not resolved before
        int warm = stream.size() / 6;
        for (int i = 0; i < warm; i++) {
            answers[i] = resolver.resolve(stream.get(i));
        }
        c0 = mx.getCurrentThreadCpuTime();
        for (int i = warm; i < stream.size(); i++) {
            answers[i] = resolver.resolve(stream.get(i));
        }
        long cpu = mx.getCurrentThreadCpuTime() - c0;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (Resolution r : answers) {
                StringBuilder sb = new StringBuilder();
                sb.append(r.input()).append('\t');
                sb.append(r.entity() == null ? "-" : r.entity().id()).append('\t');
                sb.append(r.score()).append('\t').append(r.method());
                for (TokenEvidence t : r.evidence()) {
                    sb.append('\t').append(t);
                }
                w.println(sb);
            }
        }
        System.out.printf(
                "%d entities: first load %d ms of CPU; %d names in %d ms of CPU, %.0f names per CPU-second%n",
                entities,
                loadCpu / 1_000_000,
                stream.size() - warm,
                cpu / 1_000_000,
                (stream.size() - warm) * 1e9 / cpu);
    }
}

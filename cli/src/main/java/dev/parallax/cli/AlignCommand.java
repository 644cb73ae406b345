package dev.parallax.cli;

import dev.parallax.align.AlignInput;
import dev.parallax.align.AlignMode;
import dev.parallax.align.AlignmentFormat;
import dev.parallax.align.Bead;
import dev.parallax.align.ComparableMatcher;
import dev.parallax.align.Lexicon;
import dev.parallax.align.ParallelAligner;
import dev.parallax.text.BadInputException;
import dev.parallax.text.Document;
import dev.parallax.text.Removal;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax align A B}: sentence alignment of a translation or of two reports. */
@Command(
        name = "align",
        description = {
            "Aligns the sentences of two texts: a text and its translation (parallel) or two reports of one event"
                    + " (comparable).",
            "Writes a ladder ([i, ...]:[j, ...] per bead), JSON lines or TMX 1.4."
        })
final class AlignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..2", paramLabel = "FILE", description = "The two texts, A then B (- for stdin, once).")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--input-format",
            defaultValue = "text",
            paramLabel = "lines|text",
            description = "lines: one sentence per line as it is; text (default): segmented into sentences first.")
    String inputFormat;

    @Option(
            names = "--mode",
            defaultValue = "auto",
            paramLabel = "parallel|comparable|auto",
            description = "parallel: a translation, order kept; comparable: reordered reports; auto (default) picks.")
    String mode;

    @Option(
            names = "--format",
            defaultValue = "ladder",
            paramLabel = "ladder|jsonl|tmx",
            description = "Output format (default ladder).")
    String format;

    @Option(
            names = "--lexicon",
            paramLabel = "FILE",
            description = "A bilingual word list: TSV source<TAB>target, or a dictd .index (with .dict or .dict.dz)."
                    + " Repeatable.")
    List<Path> lexicons = new ArrayList<>();

    @Option(names = "--source-lang", paramLabel = "TAG", description = "Language of A (BCP 47), instead of detection.")
    String sourceLang;

    @Option(names = "--target-lang", paramLabel = "TAG", description = "Language of B (BCP 47), instead of detection.")
    String targetLang;

    @Option(
            names = "--batch",
            paramLabel = "FILE",
            description = "Align many pairs in one process: each line A<TAB>B<TAB>OUT.")
    Path batch;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String inFmt = inputFormat.toLowerCase(Locale.ROOT);
        if (!inFmt.equals("lines") && !inFmt.equals("text")) {
            throw new IllegalArgumentException("--input-format must be lines or text, got '" + inputFormat + "'");
        }
        String modeName = mode.toLowerCase(Locale.ROOT);
        AlignMode fixedMode = modeName.equals("auto") ? null : AlignMode.parse(modeName);
        AlignmentFormat fmt = AlignmentFormat.parse(format);
        validateLang("--source-lang", sourceLang);
        validateLang("--target-lang", targetLang);
        Lexicon lexicon = Lexicon.empty();
        for (Path p : lexicons) {
            lexicon = lexicon.merge(Lexicon.load(p));
        }
        ParallelAligner aligner = ParallelAligner.defaults().withLexicon(lexicon);
        ComparableMatcher matcher = ComparableMatcher.defaults().withLexicon(lexicon);
        if (batch != null) {
            if (!files.isEmpty()) {
                throw new IllegalArgumentException("--batch takes no FILE arguments, got " + files);
            }
            return runBatch(aligner, matcher, fixedMode, fmt, inFmt, err);
        }
        if (files.size() != 2) {
            throw new IllegalArgumentException("align needs two files, A and B (or --batch FILE), got " + files.size());
        }
        if (files.get(0).toString().equals("-") && files.get(1).toString().equals("-")) {
            throw new IllegalArgumentException("only one of A and B can be standard input (-)");
        }
        List<Document> docs = Inputs.read(files, System.in);
        alignOne(docs.get(0), docs.get(1), aligner, matcher, fixedMode, fmt, inFmt, out, err);
        out.flush();
        return ParallaxCommand.OK;
    }

    private int runBatch(
            ParallelAligner aligner,
            ComparableMatcher matcher,
            AlignMode fixedMode,
            AlignmentFormat fmt,
            String inFmt,
            PrintWriter err)
            throws IOException {
        Document list = Document.read(batch);
        List<String> lines = AlignInput.lines(list);
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 3 || f[0].isEmpty() || f[1].isEmpty() || f[2].isEmpty()) {
                throw BadInputException.at(
                        batch.toString(),
                        k + 1,
                        0,
                        "expected A<TAB>B<TAB>OUT (3 non-empty fields), found: " + BadInputException.visible(line));
            }
        }
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Document a = Document.read(Path.of(f[0]));
            Document b = Document.read(Path.of(f[1]));
            Path outPath = Path.of(f[2]);
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(outPath, StandardCharsets.UTF_8));
                    PrintWriter pw = new PrintWriter(w)) {
                alignOne(a, b, aligner, matcher, fixedMode, fmt, inFmt, pw, err);
            }
        }
        return ParallaxCommand.OK;
    }

    private void alignOne(
            Document da,
            Document db,
            ParallelAligner aligner,
            ComparableMatcher matcher,
            AlignMode fixedMode,
            AlignmentFormat fmt,
            String inFmt,
            PrintWriter out,
            PrintWriter err) {
        AlignInput.Side sa = inFmt.equals("lines") ? AlignInput.lines(da, sourceLang) : AlignInput.text(da, sourceLang);
        AlignInput.Side sb = inFmt.equals("lines") ? AlignInput.lines(db, targetLang) : AlignInput.text(db, targetLang);
        reportRemoved(da, sa, err);
        reportRemoved(db, sb, err);
        List<String> a = sa.sentences();
        List<String> b = sb.sentences();
        if (a.isEmpty() || b.isEmpty()) {
            err.println("parallax: align: " + (a.isEmpty() ? da.source() : db.source())
                    + " has no sentences; every sentence of the other side is printed without counterpart");
        } else if (a.size() > 4 * b.size() + 10 || b.size() > 4 * a.size() + 10) {
            err.println("parallax: align: warning: " + da.source() + " has " + a.size() + " sentences and "
                    + db.source() + " " + b.size() + "; most of the longer side will have no counterpart");
        }
        AlignMode m = fixedMode != null ? fixedMode : AlignMode.detect(a, b, matcher);
        List<Bead> beads = m == AlignMode.PARALLEL ? aligner.align(a, b) : matcher.match(a, b);
        // Languages only label TMX; identifying them costs a model load, so only then.
        String la = fmt == AlignmentFormat.TMX ? sa.languageOrIdentify() : "und";
        String lb = fmt == AlignmentFormat.TMX ? sb.languageOrIdentify() : "und";
        fmt.write(out, beads, a, b, la, lb);
        out.flush();
    }

    /** Nothing silently lost: what the cleaning dropped is counted on stderr, by reason. */
    private static void reportRemoved(Document doc, AlignInput.Side side, PrintWriter err) {
        if (side.removed().isEmpty()) {
            return;
        }
        java.util.Map<String, Integer> byReason = new java.util.TreeMap<>();
        for (Removal r : side.removed()) {
            byReason.merge(r.reason(), 1, Integer::sum);
        }
        err.println("parallax: align: " + doc.source() + ": left out by cleaning: " + byReason);
    }

    private static void validateLang(String option, String tag) {
        if (tag != null && !tag.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
            throw new IllegalArgumentException(option + " must be a BCP 47 tag such as de or pt-BR, got '" + tag + "'");
        }
    }
}

package dev.parallax.cli;

import dev.parallax.names.EntityDictionary;
import dev.parallax.names.EntityType;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parallax dict check FILE…}: validates entity dictionaries and prints their counts. */
@Command(
        name = "dict",
        description = "Entity dictionary tools.",
        subcommands = {DictCommand.Check.class})
final class DictCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: check");
    }

    /** Validates each file; the first error names file, line and column (exit 2). */
    @Command(
            name = "check",
            description = "Validate dictionary files (TSV: id, type, name, lang); print entity and variant counts.")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Dictionary files.")
        List<Path> files = new ArrayList<>();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (Path p : files) {
                EntityDictionary d = EntityDictionary.load(p);
                Map<EntityType, Integer> byType = new EnumMap<>(EntityType.class);
                d.entities().forEach(e -> byType.merge(e.type(), 1, Integer::sum));
                StringBuilder sb = new StringBuilder();
                sb.append(p)
                        .append(": ok, ")
                        .append(d.size())
                        .append(" entities, ")
                        .append(d.variantCount())
                        .append(" variants");
                if (!byType.isEmpty()) {
                    sb.append(" (");
                    String sep = "";
                    for (Map.Entry<EntityType, Integer> e : byType.entrySet()) {
                        sb.append(sep).append(e.getValue()).append(' ').append(e.getKey());
                        sep = ", ";
                    }
                    sb.append(')');
                }
                out.println(sb);
            }
            out.flush();
            return ParallaxCommand.OK;
        }
    }
}

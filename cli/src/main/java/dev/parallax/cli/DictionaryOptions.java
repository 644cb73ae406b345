package dev.parallax.cli;

import dev.parallax.names.EntityDictionary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The dictionary options shared by the commands that link names ({@code resolve}, {@code names}):
 * a picocli mixin, so both spell and document them the same way.
 */
final class DictionaryOptions {
    @Option(
            names = "--dictionary",
            paramLabel = "FILE",
            description = "An entity dictionary (TSV: id, type, name, lang) added to the built-in ones; repeatable.")
    List<Path> dictionaries = new ArrayList<>();

    @Option(
            names = "--no-default-dictionary",
            description = "Leave the built-in entity dictionaries out (linguistic resources stay on).")
    boolean noDefault;

    /** The built-in dictionaries unless switched off, then the user's files, merged. */
    EntityDictionary load() {
        return Dictionaries.load(dictionaries, noDefault);
    }
}

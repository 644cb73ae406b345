package dev.parallax.cli;

import dev.parallax.names.EntityDictionary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The entity dictionaries a command uses: the built-in ones unless switched off, then the user's files. */
final class Dictionaries {
    private Dictionaries() {}

    static EntityDictionary load(List<Path> files, boolean noDefault) {
        List<EntityDictionary> parts = new ArrayList<>();
        if (!noDefault) {
            parts.add(EntityDictionary.builtIn());
        }
        for (Path p : files) {
            parts.add(EntityDictionary.load(p));
        }
        return EntityDictionary.merge(parts);
    }
}

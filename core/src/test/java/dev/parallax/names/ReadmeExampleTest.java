package dev.parallax.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's "Using the library (Java)" example, compiled and run; the README must show it verbatim. */
class ReadmeExampleTest {
    /** The example as the README shows it (must equal the code in {@link #run}). */
    private static final String CODE =
            """
            EntityDictionary dict = EntityDictionary.builtIn();
            NameResolver resolver = NameResolver.of(dict);
            System.out.println(resolver.resolve("Oleg Lugovskoy").entity().canonicalName());
            System.out.println(resolver.resolve("Сергей Кислица").entity().id());

            MentionFinder finder = MentionFinder.of(resolver, dict);
            String text = "Sergiy Kyslytsya met Hakan Fidan in ISTANBUL. Кислиця повернувся до Києва.";
            for (Mention m : finder.find("news.txt", text)) {
                System.out.println(m.text() + " -> " + m.id() + " (" + m.method() + ")");
            }
            """;

    private static final String OUTPUT =
            """
            Oleh Luhovskyi
            person:sergiy-kyslytsya
            Sergiy Kyslytsya -> person:sergiy-kyslytsya (dictionary)
            Hakan Fidan -> person:hakan-fidan (dictionary)
            ISTANBUL -> place:istanbul (dictionary)
            Кислиця -> person:sergiy-kyslytsya (coreference)
            Києва -> place:kyiv (inflection)
            """;

    private static void run(PrintStream System_out) {
        // Keep identical to CODE, with System.out renamed to the captured stream.
        EntityDictionary dict = EntityDictionary.builtIn();
        NameResolver resolver = NameResolver.of(dict);
        System_out.println(resolver.resolve("Oleg Lugovskoy").entity().canonicalName());
        System_out.println(resolver.resolve("Сергей Кислица").entity().id());

        MentionFinder finder = MentionFinder.of(resolver, dict);
        String text = "Sergiy Kyslytsya met Hakan Fidan in ISTANBUL. Кислиця повернувся до Києва.";
        for (Mention m : finder.find("news.txt", text)) {
            System_out.println(m.text() + " -> " + m.id() + " (" + m.method() + ")");
        }
    }

    @Test
    void theExamplePrintsWhatTheReadmeShows() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            run(ps);
        }
        assertThat(buf.toString(StandardCharsets.UTF_8).replace("\r\n", "\n")).isEqualTo(OUTPUT);
    }

    @Test
    void theReadmeShowsThisCodeAndOutput() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Using the library (Java)"));
        section = section.substring(0, section.indexOf("\n## ", 5));
        assertThat(section).contains("```java\n" + CODE + "```").contains("```\n" + OUTPUT + "```");
    }

    @Test
    void theCodeHereMatchesTheCodeThatRuns() throws Exception {
        String self = Files.readString(
                Path.of("src", "test", "java", "dev", "parallax", "names", "ReadmeExampleTest.java"),
                StandardCharsets.UTF_8);
        String body = self.substring(self.indexOf("// Keep identical to CODE"));
        body = body.substring(body.indexOf('\n') + 1, body.indexOf("\n    }\n"));
        String normalised =
                body.replace("System_out", "System.out").stripIndent().strip();
        assertThat(normalised).isEqualTo(CODE.strip());
    }
}

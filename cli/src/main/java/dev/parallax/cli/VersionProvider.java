package dev.parallax.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads the version that Maven filtered into {@code parallax-version.properties}. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("parallax-version.properties")) {
            if (in == null) {
                throw new IOException("parallax-version.properties is missing from the jar");
            }
            p.load(in);
        }
        return new String[] {"parallax " + p.getProperty("version"), "Java " + System.getProperty("java.version")};
    }
}

package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the seeds' HTML report in a real headless Chromium: no script errors, the entity filter
 * works, the outlets' columns stand side by side, and a screenshot shows them. Skipped, with a
 * message, only when no {@code chromium} is installed.
 */
class ReportHtmlBrowserTest {
    private static final String WINDOW = "--window-size=1400,1400";
    private static String chromium;

    @TempDir
    static Path dir;

    @BeforeAll
    static void findChromium() {
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(p, name))) {
                    chromium = Path.of(p, name).toString();
                    return;
                }
            }
        }
    }

    /** Test-only instrumentation put at the top of the page: records errors and layout into the DOM. */
    private static final String PROBE =
            """
            <script>
            window.__errors=[];
            window.addEventListener('error',function(e){window.__errors.push('error: '+e.message)});
            (function(){var oe=console.error;console.error=function(){
              window.__errors.push('console.error: '+Array.prototype.join.call(arguments,' '));oe.apply(console,arguments)};})();
            window.addEventListener('load',function(){
              function rects(sel){var row=document.querySelector(sel);if(!row)return [];
                return Array.prototype.map.call(row.children,function(td){var r=td.getBoundingClientRect();
                  return [Math.round(r.left),Math.round(r.top),Math.round(r.width),Math.round(r.height)]});}
              var sel=document.getElementById('entity');
              var before=document.querySelectorAll('#facts tr.fact:not(.hidden)').length;
              sel.value=sel.options[1].value;sel.dispatchEvent(new Event('change'));
              var after=document.querySelectorAll('#facts tr.fact:not(.hidden)').length;
              sel.value='';sel.dispatchEvent(new Event('change'));
              var p=document.createElement('pre');p.id='probe';
              p.textContent=JSON.stringify({errors:window.__errors,names:rects('#names thead tr'),
                facts:rects('#facts tbody tr.fact'),before:before,after:after,
                external:document.querySelectorAll('[src],link[href]').length});
              document.body.appendChild(p);
            });
            </script>""";

    private static String run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile"),
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                WINDOW));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Process p = new ProcessBuilder(cmd)
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 60 s: " + cmd);
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static List<int[]> rects(String json, String key) {
        Matcher m =
                Pattern.compile("\"" + key + "\":\\[((?:\\[[-\\d,]+\\],?)*)\\]").matcher(json);
        assertThat(m.find()).as(key + " in " + json).isTrue();
        List<int[]> out = new ArrayList<>();
        Matcher r = Pattern.compile("\\[(-?\\d+),(-?\\d+),(-?\\d+),(-?\\d+)\\]").matcher(m.group(1));
        while (r.find()) {
            out.add(new int[] {
                Integer.parseInt(r.group(1)),
                Integer.parseInt(r.group(2)),
                Integer.parseInt(r.group(3)),
                Integer.parseInt(r.group(4))
            });
        }
        return out;
    }

    private static int number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(\\d+)").matcher(json);
        assertThat(m.find()).as(key).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theSeedsPageRendersSideBySideWithoutErrors() throws Exception {
        assumeTrue(chromium != null, "chromium is not installed: skipping the browser test (apt-get install chromium)");
        Report r = Seeds.report();
        String html = ReportHtml.write(r);
        Path page = dir.resolve("report.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Path probed = dir.resolve("probed.html");
        Files.writeString(
                probed,
                html.replaceFirst("<head>", "<head>" + Matcher.quoteReplacement(PROBE)),
                StandardCharsets.UTF_8);

        String dom =
                run("--virtual-time-budget=3000", "--dump-dom", probed.toUri().toString());
        Matcher pm =
                Pattern.compile("<pre id=\"probe\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
        assertThat(pm.find()).as("probe output in the dumped DOM").isTrue();
        String probe = pm.group(1).replace("&quot;", "\"");
        assertThat(probe).contains("\"errors\":[]");
        assertThat(number(probe, "external")).as("external resources").isZero();
        assertThat(number(probe, "after"))
                .as("rows left by the entity filter")
                .isPositive()
                .isLessThan(number(probe, "before"));

        // one column per outlet, left to right on one line, equal widths
        int outlets = r.sources().size();
        List<int[]> facts = rects(probe, "facts");
        assertThat(facts).hasSize(outlets + 1);
        for (int k = 1; k < facts.size(); k++) {
            assertThat(facts.get(k)[1]).as("same row top").isEqualTo(facts.get(0)[1]);
            assertThat(facts.get(k)[0])
                    .as("column %d right of column %d", k, k - 1)
                    .isGreaterThan(facts.get(k - 1)[0]);
            assertThat(Math.abs(facts.get(k)[2] - facts.get(1)[2]))
                    .as("equal widths")
                    .isLessThanOrEqualTo(2);
        }

        // the screenshot shows the names table's header: grey header cells separated by darker borders
        Path shot = dir.resolve("report.png");
        run("--screenshot=" + shot, page.toUri().toString());
        BufferedImage img = ImageIO.read(shot.toFile());
        assertThat(img.getWidth()).isEqualTo(1400);
        List<int[]> head = rects(probe, "names");
        assertThat(head).hasSize(outlets + 1);
        int y = head.get(0)[1] + head.get(0)[3] / 2;
        assertThat(y).as("names header inside the first screen").isLessThan(img.getHeight());
        for (int k = 1; k < head.size(); k++) {
            int left = head.get(k)[0];
            int middle = left + head.get(k)[2] - 8;
            int border = 255;
            for (int x = left - 2; x <= left + 1; x++) {
                border = Math.min(border, luminance(img.getRGB(x, y)));
            }
            assertThat(border).as("border near x=%d", left).isLessThan(luminance(img.getRGB(middle, y)));
            assertThat(luminance(img.getRGB(middle, y)))
                    .as("header cell at x=%d", middle)
                    .isBetween(200, 245);
        }
        Files.copy(
                shot,
                Path.of(System.getProperty("java.io.tmpdir"), "parallax-report-seeds.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static int luminance(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return (r * 299 + g * 587 + b * 114) / 1000;
    }
}

package org.crosscheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Problem;
import org.crosscheck.model.Settings;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsLoaderTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "enabled: {0}")
    @CsvSource({"true, true", "yes, true", "on, true", "Yes, true", "false, false", "no, false", "off, false"})
    void readsEveryYamlBooleanWordForEnabled(String written, boolean enabled) throws Exception {
        Path file = Files.writeString(dir.resolve("crosscheck.yaml"), "rules:\n  SINGLE-SOURCE: {enabled: " + written + "}\n");
        List<Problem> problems = new ArrayList<>();

        Settings settings = new SettingsLoader().load(file, problems);

        assertThat(problems).isEmpty();
        assertThat(settings.isEnabled("SINGLE-SOURCE")).isEqualTo(enabled);
    }
}

package org.neurite.server.export;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the exported Python files. The interpreter is $NEURITE_PYTHON, else Debian's python3 (where
 * {@code ./neurite test} installs python3-numpy, python3-torch and python3-onnx), else python3 on the PATH.
 * A missing interpreter or package fails the test with the command that installs it: these tests never skip.
 */
final class Python {
    static final String INSTALL = "apt-get install python3-numpy python3-torch python3-onnx (./neurite test does"
            + " this when it may)";

    private Python() {
    }

    static String interpreter() {
        String chosen = System.getenv("NEURITE_PYTHON");
        if (chosen != null && !chosen.isBlank()) {
            return chosen;
        }
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    /** Fails unless the interpreter runs and imports every module named. */
    static void require(String... modules) {
        String imports = "import " + String.join(", ", modules);
        Result r = run(Path.of("."), "-c", imports);
        if (r.exit != 0) {
            fail("the export tests need " + interpreter() + " with " + String.join(", ", modules) + ", which failed: "
                    + r.errors.strip() + "\nInstall them: " + INSTALL);
        }
    }

    /** Runs the interpreter in {@code dir} with {@code args}; fails on a non-zero exit, showing its errors. */
    static String check(Path dir, String... args) {
        Result r = run(dir, args);
        if (r.exit != 0) {
            fail(interpreter() + " " + String.join(" ", args) + " exited with " + r.exit + ":\n" + r.errors);
        }
        return r.output;
    }

    private static Result run(Path dir, String... args) {
        List<String> command = new ArrayList<>();
        command.add(interpreter());
        command.addAll(List.of(args));
        try {
            Path err = Files.createTempFile("neurite-python", ".err");
            Process p = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectError(err.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(String.join(" ", command) + " took over two minutes");
            }
            String errors = Files.readString(err);
            Files.deleteIfExists(err);
            return new Result(p.exitValue(), out, errors);
        } catch (IOException e) {
            fail("cannot run " + interpreter() + " (" + e.getMessage() + "); install it: " + INSTALL);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Result(int exit, String output, String errors) {
    }
}

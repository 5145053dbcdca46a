package org.neurite.web.selfcheck;

import org.neurite.engine.model.ModelFile;
import org.neurite.engine.model.ModelFormatException;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.random.Rng;
import org.neurite.web.xor.XorProblem;

/** A model saved to bytes and read back is the same model, and a damaged file is refused with a reason. */
final class ModelFileCheck implements EngineCheck {
    @Override
    public String id() {
        return "model-file";
    }

    @Override
    public String title() {
        return "Model files save, load and reject damage";
    }

    @Override
    public void run(CheckReport report) {
        Model model = Model.create(ModelSpec.parse(XorProblem.SPEC), new Rng(XorProblem.FIRST_SEED));
        byte[] file = ModelFile.write(model);
        Model loaded = ModelFile.read(file);
        report.value("bytes", Integer.toString(file.length));
        report.note("A " + file.length + "-byte file round-trips with weight digest " + model.weightDigest() + ".");
        report.expectEqual("the weight digest after loading", model.weightDigest(), loaded.weightDigest());
        report.expectEqual("the spec after loading", model.spec().toText(), loaded.spec().toText());

        byte[] damaged = file.clone();
        damaged[damaged.length / 2] ^= 0x10;
        try {
            ModelFile.read(damaged);
            report.fail("A file with one flipped bit was accepted.");
        } catch (ModelFormatException expected) {
            report.note("A flipped bit is refused: " + expected.getMessage() + ".");
        }
    }
}

package org.neurite.engine.export;

import java.util.List;
import org.neurite.engine.train.Recipe;

/**
 * The network as a PyTorch script that reads like a course notebook: the same layers as an {@code nn.Sequential},
 * the lab's weights loaded into it (dense weights transposed: the lab keeps [inputs x units], {@code nn.Linear}
 * keeps [units x inputs]), an evaluation on the MNIST test set with torchvision, and a training loop with the
 * lab's optimizer, batch size, penalty and schedule. Importing it builds {@code model} with the weights loaded.
 */
public final class PyTorchExport {
    private PyTorchExport() {
    }

    public static String write(ExportPlan plan, Recipe recipe, String name, String npzName) {
        PythonWriter py = new PythonWriter();
        header(py, plan, recipe, name);
        network(py, plan);
        weights(py, plan, npzName);
        training(py, plan, recipe);
        if (plan.readsMnist()) {
            mnist(py, recipe);
        } else {
            demo(py, plan);
        }
        return py.toString();
    }

    private static void header(PythonWriter py, ExportPlan plan, Recipe r, String name) {
        py.line("\"\"\"" + name + ": a network trained in Neurite, as a PyTorch notebook.");
        py.blank();
        py.line("Lab spec: " + plan.model().spec().toText());
        py.line("Trained with: " + r.optimizer() + ", learning rate " + r.learningRate() + ", batch " + r.batchSize()
                + ", schedule " + scheduleText(r) + (r.l1() > 0 ? ", L1 " + r.l1() : "") + (r.l2() > 0 ? ", L2 " + r.l2() : ""));
        py.blank();
        if (plan.readsMnist()) {
            py.line("Run it:");
            py.line("    python3 " + name + ".py             # the lab's weights, scored on the MNIST test set");
            py.line("    python3 " + name + ".py --epochs 2  # ... then two more epochs with the lab's settings");
            py.line("Needs torch, torchvision and numpy; torchvision downloads MNIST into ./data the first time.");
        } else {
            py.line("Run it:  python3 " + name + ".py   (prints a few predictions; needs torch and numpy)");
            py.line("Its inputs are the lab's input features, in order; fit(x, y) trains on your own tensors.");
        }
        py.line("\"\"\"");
        py.line("import argparse");
        py.line("import math");
        py.line("import os");
        py.blank();
        py.line("import numpy as np");
        py.line("import torch");
        py.line("from torch import nn");
        py.blank();
    }

    private static String scheduleText(Recipe r) {
        if (!r.changesRate()) {
            return "none";
        }
        String id = r.schedule().id();
        return switch (r.schedule()) {
            case COSINE -> id + " (period " + r.period() + ")";
            case STEP -> id + " (decay " + r.decay() + ", period " + r.period() + ")";
            default -> id + " (decay " + r.decay() + ")";
        };
    }

    private static void network(PythonWriter py, ExportPlan plan) {
        py.line("# %% The network: the lab's layers in the same order, each activation a module of its own");
        py.line("INPUT_SHAPE = " + PythonWriter.tuple(plan.inputShape()) + "  # one sample, as the lab reads it");
        TorchModules modules = new TorchModules(plan);
        if (modules.usesStep) {
            py.blank();
            py.line("class Step(nn.Module):");
            py.line("    \"\"\"The perceptron's threshold, 1 where x > 0: its gradient is 0, so nothing below it learns.\"\"\"");
            py.line("    def forward(self, x):");
            py.line("        return (x > 0).to(x.dtype)");
            py.blank();
        }
        py.line("model = nn.Sequential(");
        for (String line : modules.lines) {
            py.line("    " + line);
        }
        py.line(")");
        py.blank();
    }

    private static void weights(PythonWriter py, ExportPlan plan, String npzName) {
        py.line("# %% The trained weights");
        py.line("# The lab keeps a dense layer's W as [inputs x units] (x @ W); nn.Linear keeps [units x inputs]");
        py.line("# (x @ W.T), so dense weights are transposed on the way in. Conv weights are");
        py.line("# [filters][channels][k][k] in both, and both flatten channels, then rows, then columns.");
        PythonWeights.write(py, plan, npzName);
        py.line("with torch.no_grad():");
        List<ExportLayer> weighted = plan.weighted();
        List<Integer> index = new TorchModules(plan).weightedIndex;
        for (int i = 0; i < weighted.size(); i++) {
            ExportLayer s = weighted.get(i);
            String transpose = s.kind() == ExportLayer.Kind.DENSE ? ".T" : "";
            py.line("    model[" + index.get(i) + "].weight.copy_(torch.from_numpy(W[\"" + s.weightsName() + "\"])"
                    + transpose + ")  " + PythonWriter.labComment(s));
            py.line("    model[" + index.get(i) + "].bias.copy_(torch.from_numpy(W[\"" + s.biasName() + "\"]))");
        }
        py.blank();
        py.line("def predict(x):");
        py.line("    \"\"\"The " + NumpyExport.outputText(plan) + ", as the lab shows them.\"\"\"");
        py.line("    model.eval()  # dropout off");
        py.line("    with torch.no_grad():");
        py.line("        out = model(torch.as_tensor(x, dtype=torch.float32).reshape((-1,) + INPUT_SHAPE))");
        py.line("    return " + switch (plan.head()) {
            case SOFTMAX -> "torch.softmax(out, dim=1)";
            case SIGMOID -> "torch.sigmoid(out)";
            case NONE -> "out";
        });
        py.blank();
    }

    private static void training(PythonWriter py, ExportPlan plan, Recipe r) {
        py.line("# %% Training as in the lab");
        py.line("loss_fn = " + TorchTraining.loss(plan));
        py.line("BATCH_SIZE = " + r.batchSize());
        py.blank();
        py.line("def make_optimizer():");
        py.line("    \"\"\"The lab's optimizer; its weight penalty applies to weights, not biases, as in the lab.\"\"\"");
        py.line("    weights = [p for n, p in model.named_parameters() if n.endswith(\"weight\")]");
        py.line("    biases = [p for n, p in model.named_parameters() if n.endswith(\"bias\")]");
        py.line("    groups = [{\"params\": weights, \"weight_decay\": " + r.l2() + "}, {\"params\": biases}]");
        py.line("    optimizer = " + TorchTraining.optimizer(r));
        py.line("    # the lab's schedule, stepped once per epoch: the factor of the starting rate after t epochs");
        py.line("    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, " + TorchTraining.schedule(r) + ")");
        py.line("    return optimizer, schedule");
        py.blank();
        py.line("L1 = " + r.l1() + "  # the lab's L1 rate: adds L1 * sum |w| over the weights to the loss");
        py.blank();
        py.line("def train_epoch(batches, optimizer):");
        py.line("    \"\"\"One pass over (x, y) batches; returns the mean loss.\"\"\"");
        py.line("    model.train()  # dropout on");
        py.line("    total, count = 0.0, 0");
        py.line("    for x, y in batches:");
        py.line("        optimizer.zero_grad()");
        py.line("        loss = loss_fn(model(x.reshape((-1,) + INPUT_SHAPE)), y)");
        py.line("        if L1 > 0:");
        py.line("            loss = loss + L1 * sum(p.abs().sum() for n, p in model.named_parameters()"
                + " if n.endswith(\"weight\"))");
        py.line("        loss.backward()");
        py.line("        optimizer.step()");
        py.line("        total, count = total + loss.item() * len(x), count + len(x)");
        py.line("    return total / count");
        py.blank();
        py.line("def fit(x, y, epochs):");
        py.line("    \"\"\"Trains on tensors x (features) and y (" + targetText(plan) + "), shuffled batches.\"\"\"");
        py.line("    optimizer, schedule = make_optimizer()");
        py.line("    for epoch in range(epochs):");
        py.line("        order = torch.randperm(len(x))");
        py.line("        batches = [(x[order[i:i + BATCH_SIZE]], y[order[i:i + BATCH_SIZE]])"
                + " for i in range(0, len(x), BATCH_SIZE)]");
        py.line("        print(f\"epoch {epoch + 1}: loss {train_epoch(batches, optimizer):.4f}\")");
        py.line("        schedule.step()");
        py.blank();
    }

    private static String targetText(ExportPlan plan) {
        return switch (plan.head()) {
            case SOFTMAX -> "class numbers";
            case SIGMOID -> "0/1 labels as floats, shape [N, 1]";
            case NONE -> "target values, shape [N, " + plan.outputSize() + "]";
        };
    }

    private static void mnist(PythonWriter py, Recipe r) {
        py.line("# %% MNIST, as torchvision serves it: pixels scaled to 0..1, as in the lab");
        py.line("def mnist(train):");
        py.line("    from torchvision import datasets, transforms");
        py.line("    data = datasets.MNIST(\"data\", train=train, download=True, transform=transforms.ToTensor())");
        py.line("    return torch.utils.data.DataLoader(data, batch_size=BATCH_SIZE if train else 1000, shuffle=train)");
        py.blank();
        py.line("def evaluate():");
        py.line("    correct, count = 0, 0");
        py.line("    for x, y in mnist(train=False):");
        py.line("        correct += int((predict(x).argmax(dim=1) == y).sum())");
        py.line("        count += len(y)");
        py.line("    print(f\"test accuracy: {correct / count:.4f} ({correct} of {count})\")");
        py.blank();
        py.line("if __name__ == \"__main__\":");
        py.line("    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])");
        py.line("    parser.add_argument(\"--epochs\", type=int, default=0, help=\"epochs to go on training (lab: "
                + r.epochs() + ")\")");
        py.line("    args = parser.parse_args()");
        py.line("    evaluate()");
        py.line("    if args.epochs > 0:");
        py.line("        optimizer, schedule = make_optimizer()");
        py.line("        for epoch in range(args.epochs):");
        py.line("            print(f\"epoch {epoch + 1}: loss {train_epoch(mnist(train=True), optimizer):.4f}\")");
        py.line("            schedule.step()");
        py.line("        evaluate()");
    }

    private static void demo(PythonWriter py, ExportPlan plan) {
        py.line("if __name__ == \"__main__\":");
        py.line("    x = torch.empty((5,) + INPUT_SHAPE).uniform_(-6, 6)");
        py.line("    for row, out in zip(x, predict(x)):");
        py.line("        print(row.tolist(), \"->\", out.tolist())");
    }
}

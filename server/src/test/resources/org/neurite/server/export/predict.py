# Loads an exported NumPy or PyTorch file and prints its predictions for the inputs in an .npy file, one row per
# sample, so the Java test can compare them with the engine's.
import importlib.util
import sys

import numpy as np

kind, path, inputs = sys.argv[1], sys.argv[2], sys.argv[3]
spec = importlib.util.spec_from_file_location("exported", path)
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
x = np.load(inputs)
if kind == "numpy":
    out = module.forward(x)
elif kind == "torch":
    out = module.predict(x).numpy()
else:
    raise SystemExit("unknown kind " + kind)
np.savetxt(sys.stdout, np.asarray(out, dtype=np.float64).reshape(len(x), -1), fmt="%.9g")

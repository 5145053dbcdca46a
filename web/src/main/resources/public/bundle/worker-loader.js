/*
 * Starts one TeaVM entry point of the Neurite bundle inside a dedicated Web Worker:
 *
 *   new Worker('/bundle/worker-loader.js?entry=trainer&target=wasm')
 *
 * loads /bundle/trainer.wasm (Wasm GC build, through the runtime script and TeaVM.wasmGC.load) or
 * /bundle/trainer.js (JavaScript build, with importScripts) and calls its main. target=wasm|js picks the
 * build (the page passes the one its own loader chose); without it, wasm when this browser runs WebAssembly GC.
 * The chosen build is left in self.neuriteTarget for the entry point to report. With the wasm build, the SIMD
 * matrix kernel simd-gemm.wasm is started on the engine's linear memory when this browser runs WebAssembly SIMD
 * (self.neuriteSimd, self.neuriteMemory; the entry point decides whether to use it, and
 * ?kernel=simd|scalar|scalar4x4, kept in self.neuriteKernel, can force its choice). Until main runs nothing
 * listens to messages, so the page waits for the entry point's {type: 'ready'} before sending any
 * (WorkerClient does); a failure to load is posted as {type: 'error', command: 'load', message}.
 */
(function () {
  'use strict';

  var params = new URLSearchParams(self.location.search);
  var entry = params.get('entry');
  var base = new URL('.', self.location.href).href;
  // Written by the build, as in loader.js: the bundle files are asked for as <file>?v=<version>.
  var version = '@neurite.bundle.version@';

  function versioned(url) {
    return version.charAt(0) === '@' ? url : url + '?v=' + version;
  }

  // The smallest module that only a WebAssembly GC engine accepts: one type section with one empty struct.
  var GC_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 3, 1, 0x5f, 0]);

  function supportsWasmGc() {
    try {
      return typeof WebAssembly === 'object' && WebAssembly.validate(GC_PROBE);
    } catch (e) {
      return false;
    }
  }

  function fail(error) {
    self.postMessage({
      type: 'error',
      command: 'load',
      message: 'The Neurite worker could not start: ' + (error && error.message ? error.message : String(error))
    });
  }

  // The SIMD kernel's module, compiled; null where it cannot run (no WebAssembly SIMD) or did not load.
  function compileSimdKernel() {
    return fetch(versioned(base + 'simd-gemm.wasm'))
      .then(function (response) { return response.ok ? response.arrayBuffer() : null; })
      .then(function (bytes) { return bytes && WebAssembly.validate(bytes) ? WebAssembly.compile(bytes) : null; })
      .catch(function () { return null; });
  }

  function start() {
    if (!entry || !/^[a-z0-9-]+$/.test(entry)) {
      throw new Error('worker-loader.js needs ?entry=<entry point> (lower-case letters, digits, dashes), got "'
          + entry + '"');
    }
    var target = params.get('target');
    if (target !== 'wasm' && target !== 'js') {
      target = supportsWasmGc() ? 'wasm' : 'js';
    } else if (target === 'wasm' && !supportsWasmGc()) {
      throw new Error('this browser does not run WebAssembly GC in workers; use target=js');
    }
    self.neuriteTarget = target;
    self.neuriteKernel = params.get('kernel') || '';
    if (target === 'wasm') {
      var simd = compileSimdKernel();
      var memory = null;
      importScripts(versioned(base + 'wasm-gc-runtime.js'));
      var teavm = TeaVM.wasmGC.load(versioned(base + entry + '.wasm'), {
        installImports: function (imports) { memory = imports.env && imports.env.memory; }
      });
      return Promise.all([simd, teavm]).then(function (loaded) {
        if (loaded[0] && memory) {
          self.neuriteMemory = memory;
          self.neuriteSimd = new WebAssembly.Instance(loaded[0], { env: { memory: memory } }).exports;
        }
        loaded[1].exports.main([]);
      });
    }
    importScripts(versioned(base + entry + '.js'));
    self.main([]);
    return Promise.resolve();
  }

  try {
    start().catch(fail);
  } catch (e) {
    fail(e);
  }
})();

/*
 * Starts one TeaVM entry point of the Neurite bundle.
 *
 *   <script src="bundle/loader.js" data-entry="landing"></script>
 *
 * loads bundle/landing.wasm (Wasm GC build) when this browser runs WebAssembly GC, else bundle/landing.js
 * (JavaScript build), and calls its main. The page URL's ?target=wasm or ?target=js forces one build.
 * The chosen build is recorded as <html data-engine-target="wasm|js"> and the bundle's absolute URL as
 * <html data-bundle> before main runs; a failure is shown
 * in #engine-error if the page has one, else in a banner at the top, and recorded as data-engine-error.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var bundleUrl = new URL(script ? script.src.replace(/[^/]*$/, '') : 'bundle/', document.baseURI).href;
  var entry = (script && script.dataset.entry) || document.documentElement.dataset.entry;
  // Written by the build: the bundle files are asked for as <file>?v=<version>, which may be cached for good.
  var version = '@neurite.bundle.version@';

  function versioned(url) {
    return version.charAt(0) === '@' ? url : url + '?v=' + version;
  }

  // The embed form drops the site's chrome: marked now, before the bundle loads, so the chrome never flashes.
  if (new URLSearchParams(window.location.search).has('embed')) {
    document.documentElement.classList.add('embed');
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

  function chooseTarget() {
    var forced = new URLSearchParams(window.location.search).get('target');
    if (forced === 'wasm' || forced === 'js') {
      return forced;
    }
    if (forced !== null) {
      console.warn('Neurite: ignoring ?target=' + forced + ' (use ?target=wasm or ?target=js)');
    }
    return supportsWasmGc() ? 'wasm' : 'js';
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var tag = document.createElement('script');
      tag.src = src;
      tag.onload = resolve;
      tag.onerror = function () {
        reject(new Error('could not load ' + src + '. Reload the page; if this keeps happening, the site was '
            + 'deployed without the compiled bundle.'));
      };
      document.head.appendChild(tag);
    });
  }

  function startWasm() {
    if (!supportsWasmGc()) {
      return Promise.reject(new Error('this browser does not run WebAssembly GC; open the page without '
          + '?target=wasm to use the JavaScript build'));
    }
    return loadScript(versioned(bundleUrl + 'wasm-gc-runtime.js'))
      .then(function () { return TeaVM.wasmGC.load(versioned(bundleUrl + entry + '.wasm')); })
      .then(function (teavm) { teavm.exports.main([]); });
  }

  function startJs() {
    return loadScript(versioned(bundleUrl + entry + '.js')).then(function () { window.main([]); });
  }

  function showError(error) {
    var message = 'The Neurite engine could not start in this browser: '
        + (error && error.message ? error.message : String(error));
    console.error(message, error);
    document.documentElement.dataset.engineError = message;
    var box = document.getElementById('engine-error');
    if (!box) {
      box = document.createElement('div');
      box.id = 'engine-error';
      box.style.cssText = 'background:#fdecea;color:#611a15;border-bottom:2px solid #d93025;'
          + 'padding:0.75em 1em;font:15px/1.4 system-ui,sans-serif;';
      document.body.insertBefore(box, document.body.firstChild);
    }
    box.setAttribute('role', 'alert');
    box.textContent = message;
    box.hidden = false;
  }

  function start() {
    if (!entry) {
      showError(new Error('loader.js needs data-entry="<page>" on its <script> tag'));
      return;
    }
    var target = chooseTarget();
    document.documentElement.dataset.engineTarget = target;
    // The site's root is the folder above the bundle: pages find the API, data and worker from it (SiteUrl).
    document.documentElement.dataset.bundle = bundleUrl;
    (target === 'wasm' ? startWasm() : startJs()).catch(showError);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();

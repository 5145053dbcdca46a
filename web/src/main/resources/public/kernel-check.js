// Runs the kernelcheck worker and shows what it found (kernel-check.html).
(function () {
  var out = document.getElementById('kernel-check');
  var worker = new Worker('bundle/worker-loader.js?entry=kernelcheck&target=wasm');
  worker.onmessage = function (e) {
    if (e.data.type === 'kernel-check') {
      out.dataset.simd = String(e.data.simd);
      out.dataset.compared = String(e.data.compared);
      out.textContent = e.data.failures || 'every product equals the reference bit for bit';
      out.dataset.state = e.data.failures ? 'failed' : 'passed';
    } else if (e.data.type === 'error') {
      out.textContent = e.data.message;
      out.dataset.state = 'error';
    }
  };
})();

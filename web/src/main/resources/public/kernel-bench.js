// Runs the kernelbench worker and shows its report (kernel-bench.html).
(function () {
  var out = document.getElementById('kernel-bench');
  var worker = new Worker('bundle/worker-loader.js?entry=kernelbench&target=wasm');
  worker.onmessage = function (e) {
    if (e.data.type === 'kernel-bench') {
      out.textContent = e.data.text;
      out.dataset.state = 'done';
    } else if (e.data.type === 'error') {
      out.textContent = e.data.message;
      out.dataset.state = 'error';
    }
  };
})();

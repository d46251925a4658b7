// The speaking-turn countdown: every element with data-ends-at (epoch milliseconds) shows the time
// left as m:ss, and "-m:ss" in the warning colour once the turn runs over. The server renders the
// same text, so the page is right without this script; it only keeps the clock moving.
(function () {
  function pad(n) { return n < 10 ? '0' + n : '' + n; }
  function tick() {
    var now = Date.now();
    document.querySelectorAll('[data-ends-at]').forEach(function (el) {
      var left = Math.round((Number(el.getAttribute('data-ends-at')) - now) / 1000);
      var abs = Math.abs(left);
      var clock = el.querySelector('.clock');
      if (clock) {
        clock.textContent = (left < 0 ? '-' : '') + Math.floor(abs / 60) + ':' + pad(abs % 60);
      }
      el.classList.toggle('overtime', left < 0);
    });
  }
  setInterval(tick, 500);
  document.addEventListener('DOMContentLoaded', tick);
})();

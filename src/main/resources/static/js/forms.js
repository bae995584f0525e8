// A form sent back with errors puts the keyboard focus on its first refused field, whose message is then read out
// (aria-describedby). Progressive enhancement: without scripts the summary at the top of the form says the same.
(function () {
  var first = document.querySelector('form [aria-invalid="true"]');
  if (first) {
    first.focus();
  }
})();

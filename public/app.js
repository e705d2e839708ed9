// Optional enhancements only: every page works without this file.
(function () {
  'use strict';
  // Copy buttons for blocks marked data-copy (e.g. recovery codes).
  document.querySelectorAll('[data-copy]').forEach(function (block) {
    if (!navigator.clipboard) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary';
    button.textContent = block.getAttribute('data-copy-label') || 'Copy';
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(block.innerText).then(function () {
        button.textContent = block.getAttribute('data-copied-label') || 'Copied';
      });
    });
    block.insertAdjacentElement('afterend', button);
  });
  // Move focus to the first field with an error, so keyboard users land on it.
  var invalid = document.querySelector('[aria-invalid="true"]');
  if (invalid) invalid.focus();
})();

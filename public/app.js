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
  // Letter safety check as you type: the same check the server runs on submit, shown beside the text.
  var letterForm = document.querySelector('form[data-letter-check]');
  if (letterForm && window.fetch) {
    var textArea = letterForm.querySelector('textarea[name="text"]');
    var live = letterForm.querySelector('.check-live');
    var timer = null;
    var runCheck = function () {
      if (!textArea.value.trim()) {
        live.hidden = true;
        return;
      }
      fetch('/api/v1/letters/check', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'omit',
        body: JSON.stringify({ text: textArea.value, lang: document.documentElement.lang, kind: letterForm.getAttribute('data-letter-check') }),
      })
        .then(function (res) { return res.ok ? res.json() : null; })
        .then(function (result) {
          if (!result) return;
          var list = document.createElement('ul');
          list.className = 'findings';
          result.findings.forEach(function (f) {
            var item = document.createElement('li');
            if (f.excerpt) {
              var words = document.createElement('strong');
              words.textContent = f.excerpt + ': ';
              item.appendChild(words);
            }
            item.appendChild(document.createTextNode(f.message));
            list.appendChild(item);
          });
          live.replaceChildren(list);
          live.hidden = result.findings.length === 0;
        })
        .catch(function () {});
    };
    textArea.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(runCheck, 700);
    });
  }
  // Move focus to the first field with an error, so keyboard users land on it.
  var invalid = document.querySelector('[aria-invalid="true"]');
  if (invalid) invalid.focus();
})();

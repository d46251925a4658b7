// Drafts of long texts, kept in this browser until the form has been sent. A resident writing a
// topic on a phone (often inside WeChat, whose web view drops sessions) must not lose the text to
// an ended session or a lost connection: the login brings them back to the form, and this puts the
// text back. Only fields marked data-draft-field are kept (never phone or ID numbers); the page
// after a successful submission names the draft to forget (meta gongshang-draft-done), and logging
// out forgets all drafts, for phones that are shared.
(function () {
  'use strict';
  var PREFIX = 'gongshang.draft.';

  function storage() {
    try {
      return window.localStorage;
    } catch (blocked) {
      return null; // private modes may refuse storage: then there are simply no drafts
    }
  }

  function forgetAll(store) {
    for (var i = store.length - 1; i >= 0; i--) {
      var key = store.key(i);
      if (key && key.indexOf(PREFIX) === 0) {
        store.removeItem(key);
      }
    }
  }

  function keep(form, store) {
    var key = PREFIX + form.getAttribute('data-draft');
    var fields = Array.prototype.slice.call(form.querySelectorAll('[data-draft-field][name]'));
    var note = form.querySelector('[data-draft-note]');
    var saved = null;
    try {
      saved = JSON.parse(store.getItem(key) || 'null');
    } catch (corrupt) {
      store.removeItem(key);
    }
    // The server's values win: a form shown again with errors already holds what was sent.
    var empty = fields.every(function (f) { return f.value === ''; });
    if (saved && empty) {
      var restored = false;
      fields.forEach(function (f) {
        if (typeof saved[f.name] === 'string' && saved[f.name] !== '') {
          f.value = saved[f.name];
          restored = true;
        }
      });
      if (restored && note) {
        note.hidden = false;
      }
    }
    form.addEventListener('input', function () {
      var values = {};
      var any = false;
      fields.forEach(function (f) {
        if (f.value !== '') {
          values[f.name] = f.value;
          any = true;
        }
      });
      try {
        if (any) {
          store.setItem(key, JSON.stringify(values));
        } else {
          store.removeItem(key);
        }
      } catch (full) {
        // storage full or refused: the form works as without drafts
      }
    });
    var discard = form.querySelector('[data-draft-discard]');
    if (discard) {
      discard.addEventListener('click', function () {
        store.removeItem(key);
        fields.forEach(function (f) { f.value = ''; });
        if (note) {
          note.hidden = true;
        }
      });
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var store = storage();
    if (!store) {
      return;
    }
    document.querySelectorAll('meta[name="gongshang-draft-done"]').forEach(function (done) {
      store.removeItem(PREFIX + done.getAttribute('content'));
    });
    document.querySelectorAll('form[data-logout]').forEach(function (logout) {
      logout.addEventListener('submit', function () { forgetAll(store); });
    });
    document.querySelectorAll('form[data-draft]').forEach(function (form) { keep(form, store); });
  });
})();

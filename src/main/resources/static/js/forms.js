// Forms: the error summary and the Enter key. Without JavaScript the summary still takes the focus
// (autofocus) and its links still lead to fields whose id is their name.
(function () {
  'use strict';

  // A field by its name: its id, else the first control of that name (a radio group's first choice).
  function fieldNamed(name) {
    var byId = document.getElementById(name);
    if (byId) {
      return byId;
    }
    var controls = document.getElementsByName(name);
    return controls.length > 0 ? controls[0] : null;
  }

  function summary(box) {
    if (document.activeElement === document.body || document.activeElement === null) {
      box.focus();
    }
    box.addEventListener('click', function (event) {
      var link = event.target.closest('a[data-field]');
      if (!link) {
        return;
      }
      var field = fieldNamed(link.getAttribute('data-field'));
      if (field) {
        event.preventDefault();
        field.focus();
        field.scrollIntoView({block: 'center'});
      }
    });
  }

  // Enter in a one-line field of a form that also has a long text (a topic's title above its
  // description) moves on to the next field instead of sending what is only half written.
  function enterMovesOn(event) {
    var field = event.target;
    if (event.key !== 'Enter' || event.isComposing || !(field instanceof HTMLInputElement)) {
      return;
    }
    var form = field.form;
    if (!form || !form.querySelector('textarea') || /^(checkbox|radio|submit|button|file|image|reset)$/.test(field.type)) {
      return;
    }
    event.preventDefault();
    var controls = Array.prototype.filter.call(form.elements, function (control) {
      return !control.disabled && control.type !== 'hidden' && control.offsetParent !== null;
    });
    var next = controls[controls.indexOf(field) + 1];
    if (next) {
      next.focus();
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var box = document.querySelector('[data-error-summary]');
    if (box) {
      summary(box);
    }
    document.addEventListener('keydown', enterMovesOn);
    // A form refused inside a part of the page that htmx replaced: the same, without a page load.
    document.body.addEventListener('htmx:afterSettle', function (event) {
      var swapped = event.target.querySelector && event.target.querySelector('[data-error-summary]');
      if (swapped) {
        summary(swapped);
        swapped.focus();
      }
    });
  });
})();

// The topic form: a missing 领域 is said next to it before the form goes out (the server says the same
// with JavaScript off), and the choice is where the focus lands.
document.addEventListener('DOMContentLoaded', () => {
  const missing = document.getElementById('category-missing');
  if (!missing) {
    return;
  }
  const form = missing.closest('form');
  const choices = Array.from(form.querySelectorAll('input[name="category"]'));
  const mark = (invalid) => {
    missing.hidden = !invalid;
    choices.forEach((choice) => choice.setAttribute('aria-invalid', String(invalid)));
    if (invalid) {
      choices.forEach((choice) => choice.setAttribute('aria-describedby', 'category-hint category-missing'));
    }
  };
  form.addEventListener('submit', (event) => {
    if (!choices.some((choice) => choice.checked)) {
      event.preventDefault();
      mark(true);
      choices[0].focus();
    }
  });
  choices.forEach((choice) => choice.addEventListener('change', () => mark(false)));
});

// The print buttons of the static workshop pages (`data-print`, with the translated failure text in
// `data-print-failed`). window.print() throws in some embedded and locked-down browsers: the click
// then says so beside the button instead of doing nothing.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
  button.addEventListener('click', () => {
    const said = button.nextElementSibling?.matches('[data-print-problem]') ? button.nextElementSibling : null;
    said?.remove();
    try {
      window.print();
    } catch (error) {
      const problem = document.createElement('span');
      problem.setAttribute('role', 'alert');
      problem.dataset.printProblem = '';
      problem.className = 'status-message is-error';
      const detail = error instanceof Error && error.message ? error.message : String(error);
      problem.textContent = (button.dataset.printFailed ?? '{detail}').replace('{detail}', detail);
      button.after(problem);
    }
  });
}

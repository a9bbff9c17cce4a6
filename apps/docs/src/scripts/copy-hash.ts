// One listener for every copy button on the page; the button says "copied" for a moment.
document.addEventListener('click', async (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button.copy-hash');
  if (!button) return;
  try {
    await navigator.clipboard.writeText(button.dataset.copy ?? '');
    button.textContent = 'copied';
  } catch {
    button.textContent = 'select and copy';
  }
  setTimeout(() => (button.textContent = 'copy'), 1500);
});

/**
 * Progressive enhancement for lists and tables: without JavaScript every row is shown; with it, a search
 * box and column selects hide the rows that do not match. Reads text with textContent and never writes HTML.
 */
function normalize(text: string): string {
  return text.toLocaleLowerCase('en').normalize('NFKD').replace(/\p{M}/gu, '');
}

function setUp(controls: HTMLElement): void {
  const target = document.getElementById(controls.dataset.filterFor ?? '');
  if (!target) return;
  const rows = [...target.querySelectorAll<HTMLElement>('[data-filter-row]')];
  // A cell that shows an entity's name keeps its ID in its title, and the search finds rows by ID too.
  const texts = rows.map((row) =>
    normalize(
      `${row.textContent ?? ''} ${[...row.querySelectorAll<HTMLElement>('[title]')].map((e) => e.title).join(' ')}`,
    ),
  );
  const input = controls.querySelector<HTMLInputElement>('[data-filter-input]');
  const selects = [...controls.querySelectorAll<HTMLSelectElement>('select[data-filter-column]')];
  const count = controls.querySelector<HTMLElement>('[data-filter-count]');
  const apply = () => {
    const terms = normalize(input?.value ?? '')
      .split(/\s+/u)
      .filter(Boolean);
    const exact = selects
      .filter((s) => s.value !== '')
      .map((s) => ({ column: s.dataset.filterColumn!, value: s.value }));
    let shown = 0;
    rows.forEach((row, i) => {
      const visible =
        terms.every((t) => texts[i]!.includes(t)) &&
        exact.every(
          ({ column, value }) =>
            row.querySelector<HTMLElement>(`[data-col="${CSS.escape(column)}"]`)?.dataset.value === value,
        );
      row.hidden = !visible;
      if (visible) shown++;
    });
    if (count) count.textContent = `${shown} of ${rows.length} shown`;
  };
  input?.addEventListener('input', apply);
  for (const s of selects) s.addEventListener('change', apply);
  controls.hidden = false;
  apply();
}

for (const controls of document.querySelectorAll<HTMLElement>('[data-filter-for]')) setUp(controls);

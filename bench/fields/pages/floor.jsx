import './floor.css';

// The floor: React rendering the same DOM shape as a labelled field with a hint (wrapper, label[for], hint text,
// input with id and aria-describedby), plain elements with static class names and hand-written CSS.
export const field = (i, label, hint) => (
  <div key={i} className="f-field">
    <label htmlFor={`f${i}`} className="f-label">
      {label}
    </label>
    <div id={`f${i}-hint`} className="f-hint">
      {hint}
    </div>
    <input id={`f${i}`} aria-describedby={`f${i}-hint`} className="f-input" />
  </div>
);

import './../floor.css';
// The floor: plain elements with static class names. Variant change = class change.
export const button = (i, label, v) => (
  <button key={i} type="button" className={v === 'a' ? 'f-btn' : 'f-btn f-secondary'}>
    {label}
  </button>
);
export const textField = (i, label) => (
  <div key={i} className="f-field">
    <label htmlFor={`f${i}`} className="f-label">
      {label}
    </label>
    <input id={`f${i}`} className="f-input" />
  </div>
);
const scores = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
export const nps = (i, question) => (
  <fieldset key={i} className="f-nps">
    <legend>{question}</legend>
    {scores.map((score) => (
      <label key={score}>
        <input type="radio" name={`nps${i}`} value={score} />
        {score}
      </label>
    ))}
  </fieldset>
);

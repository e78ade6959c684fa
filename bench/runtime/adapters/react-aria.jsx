import '../floor.css';
import { Button, Input, Label, TextField } from 'react-aria-components';

// react-aria-components ships no styles: it gets the floor's static CSS, so its ratio is its behaviour layer's cost.
export const button = (i, label, v) => (
  <Button key={i} className={v === 'a' ? 'f-btn' : 'f-btn f-secondary'}>
    {label}
  </Button>
);
export const textField = (i, label) => (
  <TextField key={i} className="f-field">
    <Label className="f-label">{label}</Label>
    <Input className="f-input" />
  </TextField>
);

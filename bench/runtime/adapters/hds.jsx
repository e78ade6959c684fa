import { Button, TextInput } from 'hds-react';

export const button = (i, label, v) => (
  <Button key={i} variant={v === 'a' ? 'primary' : 'secondary'}>
    {label}
  </Button>
);
export const textField = (i, label) => <TextInput key={i} id={`hds${i}`} label={label} />;

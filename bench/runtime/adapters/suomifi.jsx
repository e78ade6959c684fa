import { Button, TextInput } from 'suomifi-ui-components';

export const button = (i, label, v) => (
  <Button key={i} variant={v === 'a' ? 'default' : 'secondary'}>
    {label}
  </Button>
);
export const textField = (i, label) => <TextInput key={i} labelText={label} />;

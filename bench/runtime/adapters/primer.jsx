import '@primer/primitives/dist/css/primitives.css';
import '@primer/primitives/dist/css/functional/themes/light.css';
import { BaseStyles, Button, FormControl, TextInput, ThemeProvider } from '@primer/react';

export const Wrapper = ({ children }) => (
  <ThemeProvider>
    <BaseStyles>{children}</BaseStyles>
  </ThemeProvider>
);
export const button = (i, label, v) => (
  <Button key={i} variant={v === 'a' ? 'primary' : 'default'}>
    {label}
  </Button>
);
export const textField = (i, label) => (
  <FormControl key={i}>
    <FormControl.Label>{label}</FormControl.Label>
    <TextInput />
  </FormControl>
);

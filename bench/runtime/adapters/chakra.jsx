import { Button, ChakraProvider, Field, Input, defaultSystem } from '@chakra-ui/react';

export const Wrapper = ({ children }) => <ChakraProvider value={defaultSystem}>{children}</ChakraProvider>;
export const button = (i, label, v) => (
  <Button key={i} variant={v === 'a' ? 'solid' : 'outline'}>
    {label}
  </Button>
);
export const textField = (i, label) => (
  <Field.Root key={i}>
    <Field.Label>{label}</Field.Label>
    <Input />
  </Field.Root>
);

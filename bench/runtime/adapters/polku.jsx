import { Button, TextField } from '@polku/react';
import * as cx from '@polku/cx';

export const button = (i, label, v) => (
  <Button key={i} variant={v === 'a' ? 'primary' : 'secondary'}>
    {label}
  </Button>
);
export const textField = (i, label) => <TextField key={i} label={label} />;
// NpsQuestion is measured when @polku/cx exports it.
const NpsQuestion = cx['NpsQuestion'];
export const nps = NpsQuestion ? (i, question) => <NpsQuestion key={i} question={question} /> : undefined;

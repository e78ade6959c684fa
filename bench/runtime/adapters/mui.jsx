import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';

export const button = (i, label, v) => (
  <Button key={i} variant={v === 'a' ? 'contained' : 'outlined'}>
    {label}
  </Button>
);
export const textField = (i, label) => <TextField key={i} id={`mui${i}`} label={label} />;

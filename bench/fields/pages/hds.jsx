// hds-react's TextInput, as its docs show: id, label and helperText (linked with aria-describedby).
import { TextInput } from 'hds-react';

export const field = (i, label, hint) => <TextInput key={i} id={`hds${i}`} label={label} helperText={hint} />;

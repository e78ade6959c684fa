// Polku's TextField from the package sources (with the build's styled-template componentIds), tokens CSS linked.
import { TextField } from '@polku/react';

export const field = (i, label, hint) => <TextField key={i} label={label} hint={hint} />;

// Type-checked, not bundled (nothing imports this file): the other documented CSS subpath has types too.
import '@polku/tokens/polku.css';

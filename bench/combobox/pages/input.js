// The measurement's own floor: a bare <input> with the same probe and no handler, so a sample is only the wait for
// the next frame (keys land at any point of the 16.7 ms frame interval) and the paint of the typed text.
import { installProbe } from './probe.js';

document.getElementById('root').innerHTML = '<label for="q">Postcode</label><input id="q" type="text" autocomplete="off">';
installProbe(() => 0);
window.__ready = true;

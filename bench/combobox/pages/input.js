// The measurement's own floor: a bare <input> with the same probe and no handler, so a sample is only the frame that
// paints the typed text (on a loaded machine also the wait for a busy CPU).
import { installProbe } from './probe.js';

document.getElementById('root').innerHTML = '<label for="q">Postcode</label><input id="q" type="text" autocomplete="off">';
installProbe(() => 0);
window.__ready = true;

// react-aria-components' ComboBox as its docs show it (default contains filter, no virtualizer), unstyled.
import { createRoot } from 'react-dom/client';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import { options } from '../data.mjs';
import { installProbe } from './probe.js';

const items = options.map((option) => ({ id: option.value, name: option.label }));
installProbe(() => document.querySelectorAll('[role="option"]').length);
createRoot(document.getElementById('root')).render(
  <ComboBox defaultItems={items}>
    <Label>Postcode</Label>
    <div>
      <Input />
      <Button>▼</Button>
    </div>
    <Popover>
      <ListBox>{(item) => <ListBoxItem>{item.name}</ListBoxItem>}</ListBox>
    </Popover>
  </ComboBox>,
);
requestAnimationFrame(() => (window.__ready = true));

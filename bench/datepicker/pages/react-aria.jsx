import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { parseDate } from '@internationalized/date';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  Group,
  Heading,
  Label,
  Popover,
} from 'react-aria-components';
import { ready } from './probe.js';

// react-aria-components' DatePicker composed as its documentation shows (it ships no styles).
function Page() {
  useEffect(ready, []);
  return (
    <DatePicker defaultValue={parseDate('2027-03-10')}>
      <Label>Appointment date</Label>
      <Group>
        <DateInput>{(segment) => <DateSegment segment={segment} />}</DateInput>
        <Button data-bench-open="">▼</Button>
      </Group>
      <Popover>
        <Dialog aria-label="Choose a date">
          <Calendar>
            <header>
              <Button slot="previous">◀</Button>
              <Heading />
              <Button slot="next">▶</Button>
            </header>
            <CalendarGrid>{(date) => <CalendarCell date={date} />}</CalendarGrid>
          </Calendar>
        </Dialog>
      </Popover>
    </DatePicker>
  );
}

createRoot(document.getElementById('root')).render(<Page />);

import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { DatePicker } from '@polku/react';
import { ready } from './probe.js';

function Page() {
  useEffect(() => {
    // the calendar button gets the probe's marker (DatePicker passes no props to it)
    document.querySelector('button[aria-haspopup="dialog"]').setAttribute('data-bench-open', '');
    ready();
  }, []);
  return <DatePicker label="Appointment date" defaultValue="2027-03-10" />;
}

createRoot(document.getElementById('root')).render(<Page />);

import type { ReactElement } from 'react';

/**
 * Every icon is drawn on a 24 × 24 grid with 2 px strokes in `currentColor`, so it takes the colour of the text
 * around it (and the system colour in forced-colours mode). Shapes are kept simple enough to read at 16 px.
 */
export const iconNames = [
  // channels
  'chat',
  'phone',
  'email',
  'video',
  'branch',
  'web',
  'callback',
  // status
  'info',
  'success',
  'warning',
  'error',
  // interface
  'close',
  'chevron-left',
  'chevron-right',
  'chevron-up',
  'chevron-down',
  'arrow-right',
  'external-link',
  'check',
  'plus',
  'minus',
  'search',
  'menu',
  'clock',
  'star',
  'user',
  'calendar',
] as const;

export type IconName = (typeof iconNames)[number];

/** The drawing of each icon: static elements created once at module load, shared by every instance. */
export const iconShapes: Record<IconName, ReactElement> = {
  chat: (
    <>
      <path d="M4 5.5A1.5 1.5 0 0 1 5.5 4h13A1.5 1.5 0 0 1 20 5.5v9a1.5 1.5 0 0 1-1.5 1.5H10l-4.5 4v-4h0A1.5 1.5 0 0 1 4 14.5z" />
      <path d="M8 9h8M8 12h5" />
    </>
  ),
  phone: (
    <path d="M6.6 3.5h2.6l1.5 4-2 1.3a10.5 10.5 0 0 0 6.5 6.5l1.3-2 4 1.5v2.6a2 2 0 0 1-2.1 2A16.6 16.6 0 0 1 4.6 5.6a2 2 0 0 1 2-2.1z" />
  ),
  email: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="1.5" />
      <path d="m3.5 6 8.5 7 8.5-7" />
    </>
  ),
  video: (
    <>
      <rect x="2.5" y="6" width="13" height="12" rx="1.5" />
      <path d="m15.5 10.5 6-3.5v10l-6-3.5" />
    </>
  ),
  branch: (
    <>
      <path d="M3 10 12 4l9 6" />
      <path d="M5 10v10h14V10" />
      <path d="M10 20v-5h4v5" />
    </>
  ),
  web: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18" />
      <path d="M12 3c2.4 2.5 3.6 5.5 3.6 9s-1.2 6.5-3.6 9c-2.4-2.5-3.6-5.5-3.6-9S9.6 5.5 12 3z" />
    </>
  ),
  callback: (
    <>
      <path d="M5.6 6.5h2.2l1.3 3.4-1.7 1.1a9 9 0 0 0 5.6 5.6l1.1-1.7 3.4 1.3v2.2a1.7 1.7 0 0 1-1.8 1.7A14.2 14.2 0 0 1 3.9 8.3a1.7 1.7 0 0 1 1.7-1.8z" />
      <path d="M14 3.5a6.5 6.5 0 0 1 6.5 6.5" />
      <path d="m17.5 9.5 3 .8.8-3" />
    </>
  ),
  info: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 11v6" />
      <path d="M12 7.5v.01" />
    </>
  ),
  success: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="m8 12.5 2.7 2.7L16.5 9.5" />
    </>
  ),
  warning: (
    <>
      <path d="M10.3 4.1a2 2 0 0 1 3.4 0l7.6 13a2 2 0 0 1-1.7 3H4.4a2 2 0 0 1-1.7-3z" />
      <path d="M12 9.5v4.5" />
      <path d="M12 17v.01" />
    </>
  ),
  error: (
    <>
      <path d="M8.3 3h7.4L21 8.3v7.4L15.7 21H8.3L3 15.7V8.3z" />
      <path d="m9.2 9.2 5.6 5.6M14.8 9.2l-5.6 5.6" />
    </>
  ),
  close: <path d="M6 6l12 12M18 6 6 18" />,
  'chevron-left': <path d="m15 5-7 7 7 7" />,
  'chevron-right': <path d="m9 5 7 7-7 7" />,
  'chevron-up': <path d="m5 15 7-7 7 7" />,
  'chevron-down': <path d="m5 9 7 7 7-7" />,
  'arrow-right': <path d="M4 12h16M14 6l6 6-6 6" />,
  'external-link': (
    <>
      <path d="M18 13.5V19a1.5 1.5 0 0 1-1.5 1.5h-11A1.5 1.5 0 0 1 4 19V7.5A1.5 1.5 0 0 1 5.5 6H11" />
      <path d="M14.5 3.5h6v6" />
      <path d="m10 14 10.5-10.5" />
    </>
  ),
  check: <path d="m4.5 12.5 5 5L19.5 7" />,
  plus: <path d="M12 5v14M5 12h14" />,
  minus: <path d="M5 12h14" />,
  search: (
    <>
      <circle cx="10.5" cy="10.5" r="6.5" />
      <path d="m15.3 15.3 5.2 5.2" />
    </>
  ),
  menu: <path d="M4 6.5h16M4 12h16M4 17.5h16" />,
  clock: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3.5 2" />
    </>
  ),
  star: <path d="m12 3.5 2.6 5.4 5.9.8-4.3 4.1 1 5.8L12 16.8l-5.2 2.8 1-5.8-4.3-4.1 5.9-.8z" />,
  user: (
    <>
      <circle cx="12" cy="8" r="4" />
      <path d="M4.5 20.5c.8-3.8 3.7-6 7.5-6s6.7 2.2 7.5 6" />
    </>
  ),
  calendar: (
    <>
      <rect x="3.5" y="5" width="17" height="15.5" rx="1.5" />
      <path d="M3.5 10h17M8 3v4M16 3v4" />
    </>
  ),
};

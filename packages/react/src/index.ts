export * from './i18n';
export * from './PolkuProvider';
export * from './Button';
export * from './Tabs';
export * from './Accordion';

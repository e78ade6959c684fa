export { Accordion } from './Accordion';
export type { AccordionProps, AccordionItem, AccordionHeadingLevel } from './Accordion';

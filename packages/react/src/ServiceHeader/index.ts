export { ServiceHeader } from './ServiceHeader';
export type { ServiceHeaderProps, ServiceHeaderOwnProps, ServiceNavItem } from './ServiceHeader';
export { serviceHeaderMessages } from './ServiceHeader.messages';

export { Tabs, tabsActivations } from './Tabs';
export type { TabsProps, TabItem, TabsActivation } from './Tabs';

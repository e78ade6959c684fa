export { expectNoAxeViolations, expectAccessibleServerRender } from './axe';
export { captureConsole } from './console';
export { activateByClickEnterAndSpace } from './keyboard';

export { FileInput } from './FileInput';
export type { FileInputProps, FileInputOwnProps } from './FileInput';
export type { FileRejection } from './fileRules';

export { ChannelPicker } from './ChannelPicker';
export type { ChannelPickerProps, ChannelOption } from './ChannelPicker';
export { channelMessages } from './ChannelPicker.messages';

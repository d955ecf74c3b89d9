export { AvatarComponent } from './avatar';
export { AvatarImageComponent } from './avatar-image';
export { AvatarFallbackComponent } from './avatar-fallback';
export type { AvatarSize } from './avatar';

/**
 * Avatar Component Size Tokens
 *
 * Maps to CSS variables in styles.css:
 * --avatar-size-sm: 2rem (32px)
 * --avatar-size-md: 2.5rem (40px)
 * --avatar-size-lg: 3rem (48px)
 * --avatar-size-xl: 4rem (64px)
 * --avatar-font-size-sm: 0.75rem (12px)
 * --avatar-font-size-md: 0.875rem (14px)
 * --avatar-font-size-lg: 1rem (16px)
 */

/**
 * Avatar size variants for responsive design
 */
export type AvatarSize = 'sm' | 'md' | 'lg' | 'xl';

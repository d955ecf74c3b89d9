// UI Components
export { Button } from './Button'
export { Input } from './Input'
export { Card, CardHeader, CardContent, CardFooter } from './Card'
export { Modal } from './Modal'
export { Badge } from './Badge'
export { Spinner } from './Spinner'
export { Avatar } from './Avatar'

// Types
export type { ButtonProps } from './Button'
export type { InputProps } from './Input'
export type { CardProps, CardHeaderProps, CardContentProps, CardFooterProps } from './Card'
export type { ModalProps } from './Modal'
export type { BadgeProps } from './Badge'
export type { SpinnerProps } from './Spinner'
export type { AvatarProps } from './Avatar'
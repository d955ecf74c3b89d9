export { Badge } from './Badge';
export { Button } from './Button';
export { Card } from './Card';
export { SwipeToDelete } from './SwipeToDelete';
export { LongPressDelete } from './LongPressDelete';
export { SimpleGradient } from './SimpleGradient';
export { ClearDataModal } from './ClearDataModal';

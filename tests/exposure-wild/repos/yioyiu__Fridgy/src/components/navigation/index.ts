export { SwipeTabNavigator } from './SwipeTabNavigator';
export { SwipeHint } from './SwipeHint';
export { SwipeNavigationWrapper } from './SwipeNavigationWrapper';
export { SwipeAnimationWrapper } from './SwipeAnimationWrapper';
export { SwipePreviewWrapper } from './SwipePreviewWrapper';
export { SwipePagesContainer } from './SwipePagesContainer';

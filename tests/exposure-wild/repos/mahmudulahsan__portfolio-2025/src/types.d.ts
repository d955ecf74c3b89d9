declare module 'react-draggable';

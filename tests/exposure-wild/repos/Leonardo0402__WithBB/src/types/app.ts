export type PageType =
  | 'home'
  | 'timeline'
  | 'gallery'
  | 'wishlist'
  | 'messages'
  | 'games';

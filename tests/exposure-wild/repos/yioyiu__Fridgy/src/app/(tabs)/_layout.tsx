import React from 'react';
import SwipeLayout from './SwipeLayout';

export default function TabLayout() {
  return <SwipeLayout />;
}

'use client';

// This placeholder replaces a previously broken experimental page that imported
// missing dependencies. It intentionally renders nothing and is not part of any route.
export default function PageBrokenDisabled() {
  return null;
}
